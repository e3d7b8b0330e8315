import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePage, variantFindings } from '../../test/unit/page-variants';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import type { Fact, Report } from '../model';
import { cells, fact, makeCtx, makeReport, sampleT3 } from './testing';
import { textTableMismatch } from './text-table-mismatch';

const run = (facts: Fact[], c: Record<string, number | null>, over: Partial<Report> = {}) =>
  textTableMismatch.run(makeReport({ facts, cells: cells(c), ...over }), makeCtx());

describe('text-table-mismatch', () => {
  it('holds no figure the text gives as an estimate or a bound to the table (50件以上, 约50件, 10件左右)', () => {
    // The page: 新收申请56件 and 予以公开22件 in the text and in 表三 (上年结转 4).
    const page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const rules = (from: string, to: string) => {
      expect(page).toContain(from);
      return audit(sourceFromHtml(page.replace(from, to))).findings.map((f) => f.rule);
    };
    const received = '区政府共新收政府信息公开申请56件';
    for (const rough of ['50件以上', '50件左右', '60件上下', '约50件', '近60件', '超过50件'])
      expect(rules(received, `区政府共新收政府信息公开申请${rough}`), rough).toEqual([]);
    expect(rules(received, '区政府共新收政府信息公开申请50件')).toEqual(['text-table-mismatch']);
    for (const rough of ['予以公开10件左右', '予以公开10件以上'])
      expect(rules('予以公开22件', rough), rough).toEqual([]);
    expect(rules('予以公开22件', '予以公开10件')).toEqual(['text-table-mismatch']);
    // Read and kept, as written, marked an estimate.
    const facts = audit(sourceFromHtml(page.replace('予以公开22件', '予以公开10件左右'))).report.facts;
    expect(facts.find((f) => f.key === 'f.outcome.granted')).toMatchObject({ value: 10, rough: true });
  });

  it('holds applications counted in the words reports use (公开政府信息申请, 依申请公开事项) to 表三', () => {
    // The page: 表三 新收 56, 上年结转 4.
    const from = '区政府共新收政府信息公开申请56件';
    const messages = variantFindings('district-gov-2020.html', from, 'text-table-mismatch');
    expect(messages('区政府共收到公开政府信息申请56件')).toEqual([]);
    expect(messages('区政府共收到公开政府信息申请50件')).toEqual([
      '正文称「区政府共收到公开政府信息申请50件」，表三 本年新收·总计 为 56',
    ]);
    expect(messages('区政府共受理依申请公开事项50件')).toEqual([
      '正文称「区政府共受理依申请公开事项50件」，表三 本年新收·总计 为 56',
    ]);
    expect(messages('区政府共收到50件政府信息公开申请')).toEqual([
      '正文称「区政府共收到50件政府信息公开申请」，表三 本年新收·总计 为 56',
    ]);
    // The two together, then the new ones past last year's: the new ones are held to 本年新收.
    expect(messages('区政府共受理依申请公开事项60件，结转上年后新收到依申请公开事项56件')).toEqual([]);
  });

  it('holds reviews and suits counted together as none (行政复议、行政诉讼案件为0件) to 表四', () => {
    // The page: 表四 行政复议 4 and 行政诉讼 4 in all.
    const from =
      '2020年，因政府信息公开工作被申请行政复议4件，其中结果维持2件、结果纠正1件、尚未审结1件；被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件';
    const messages = variantFindings('district-gov-2020.html', from, 'text-table-mismatch');
    const none = '2020年，涉及政府信息公开的行政复议、行政诉讼案件为0件';
    expect(messages(none)).toEqual([
      '正文称「涉及政府信息公开的行政复议、行政诉讼案件为0件」，表四 行政复议·总计 为 4',
      '正文称「涉及政府信息公开的行政复议、行政诉讼案件为0件」，表四 行政诉讼·未经复议直接起诉·总计 3 + 行政诉讼·复议后起诉·总计 1 = 4',
    ]);
    // A figure above 0 for both together is neither's.
    expect(messages('2020年，涉及政府信息公开的行政复议、行政诉讼案件为8件')).toEqual([]);
  });

  it('holds the figure before 结转下年度 and the new ones in a whole’s brackets to 表三', () => {
    // The page: 表三 新收 56, 上年结转 4, 办结 57, 结转下年度 3.
    const from = '区政府共新收政府信息公开申请56件，上年结转4件；办结57件，结转下年度继续办理3件。';
    const messages = variantFindings('district-gov-2020.html', from, 'text-table-mismatch');
    expect(
      messages('区政府共新收政府信息公开申请56件，上年结转4件；办结57件，另有3件结转下年度办理。'),
    ).toEqual([]);
    expect(
      messages('区政府共新收政府信息公开申请56件，上年结转4件；办结57件，另有5件结转下年度办理。'),
    ).toEqual(['正文称「另有5件结转下年度办理」，表三 结转下年度 为 3']);
    expect(messages('区政府共受理政府信息公开申请60件（其中本年新收56件，上年结转4件），办结57件。')).toEqual(
      [],
    );
    expect(messages('区政府共受理政府信息公开申请60件（其中本年新收65件，上年结转4件），办结57件。')).toEqual(
      [
        '正文称「区政府共受理政府信息公开申请60件（其中本年新收65件，上年结转4件）」，表三 本年新收·总计 为 56',
      ],
    );
  });

  it('says why a review decision by name is held to 表四’s result it is a kind of', () => {
    const t4 = { 't4.review.corrected': 0, 't4.review.other': 0 };
    expect(run([fact('f.reviews.corrected', 1, '撤销1件')], t4)[0]?.message).toBe(
      '正文称「撤销1件」，表四 行政复议·结果纠正 为 0（正文所称撤销计入表四的结果纠正）',
    );
    expect(run([fact('f.reviews.other', 1, '驳回申请1件')], t4)[0]?.message).toBe(
      '正文称「驳回申请1件」，表四 行政复议·其他结果 为 0（正文所称驳回申请计入表四的其他结果）',
    );
    // The result's own words need no note.
    expect(run([fact('f.reviews.corrected', 1, '结果纠正1件')], t4)[0]?.message).toBe(
      '正文称「结果纠正1件」，表四 行政复议·结果纠正 为 0',
    );
  });

  it('compares normative documents with 本年新制作数量 under the 2019 template', () => {
    const found = run([fact('f.normative_made', 9, '2020年制作规范性文件9篇')], { 't2.normative.made': 7 });
    expect(found).toMatchObject([
      {
        rule: 'text-table-mismatch',
        severity: 'error',
        message: '正文称「2020年制作规范性文件9篇」，表二 规范性文件·本年新制作数量 为 7',
        cells: ['f.normative_made', 't2.normative.made'],
      },
    ]);
  });

  it('uses 本年制发件数 under the 2021 template, and whichever exists without one', () => {
    const facts = [fact('f.normative_made', 9, '制发规范性文件9件')];
    const c = { 't2.normative.issued': 8, 't2.normative.made': 9 };
    expect(run(facts, c, { template: '2021' })[0]?.message).toBe(
      '正文称「制发规范性文件9件」，表二 行政规范性文件·本年制发件数 为 8',
    );
    expect(run(facts, { 't2.normative.issued': 8 }, { template: null })[0]?.cells).toEqual([
      'f.normative_made',
      't2.normative.issued',
    ]);
    expect(run(facts, c, { template: null })).toEqual([]);
  });

  it('compares applications received and closed with 表三', () => {
    const found = run(
      [fact('f.applications_received', 31, '新收到申请31件'), fact('f.applications_closed', 30, '办结30件')],
      { 't3.new.total': 41, 't3.outcome_total.total': 40 },
    );
    expect(found.map((f) => [f.message, f.cells])).toEqual([
      ['正文称「新收到申请31件」，表三 本年新收·总计 为 41', ['f.applications_received', 't3.new.total']],
      [
        '正文称「办结30件」，表三 办理结果总计·总计 为 40',
        ['f.applications_closed', 't3.outcome_total.total'],
      ],
    ]);
  });

  it("holds the text's second mention of the applications, with another figure, to 表三 too", () => {
    const c = { 't3.new.total': 56, 't3.carried_in.total': 4 };
    const facts = [
      fact('f.applications_received', 56, '区政府共新收政府信息公开申请56件'),
      fact('f.applications_received.again', 58, '全年区政府共受理政府信息公开申请58件'),
    ];
    expect(run(facts, c).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「全年区政府共受理政府信息公开申请58件」，表三 本年新收·总计 为 56（连同上年结转 4 件为 60 件，也不相符）',
        ['f.applications_received.again', 't3.new.total', 't3.carried_in.total'],
      ],
    ]);
    // Counted with the carried-over ones, it agrees.
    expect(run([facts[0]!, fact('f.applications_received.again', 60, '共受理申请60件')], c)).toEqual([]);
  });

  it('takes applications counted with the carried-over ones (本年新收 + 上年结转) as agreeing', () => {
    const c = { 't3.new.total': 56, 't3.carried_in.total': 4 };
    const said = (n: number) => [fact('f.applications_received', n, `共受理政府信息公开申请${n}件`)];
    expect(run(said(60), c)).toEqual([]);
    expect(run(said(61), c).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「共受理政府信息公开申请61件」，表三 本年新收·总计 为 56（连同上年结转 4 件为 60 件，也不相符）',
        ['f.applications_received', 't3.new.total', 't3.carried_in.total'],
      ],
    ]);
    expect(run(said(50), c).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「共受理政府信息公开申请50件」，表三 本年新收·总计 为 56',
        ['f.applications_received', 't3.new.total'],
      ],
    ]);
    // 新收 is new applications only.
    expect(run([fact('f.applications_received', 60, '共新收政府信息公开申请60件')], c)).toHaveLength(1);
    // Without carried-over applications, 60 is simply not 56.
    expect(run(said(60), { 't3.new.total': 56, 't3.carried_in.total': 0 })).toHaveLength(1);
  });

  it('compares reviews with 表四, including a text that says there were none', () => {
    const [f] = run([fact('f.reviews', 0, '未发生行政复议')], { 't4.review.total': 2 });
    expect(f?.message).toBe('正文称「未发生行政复议」，表四 行政复议·总计 为 2');
    expect(f?.cells).toEqual(['f.reviews', 't4.review.total']);
  });

  it('compares suits with both kinds of 行政诉讼 together', () => {
    const c = { 't4.suit_direct.total': 2, 't4.suit_after_review.total': 1 };
    const [f] = run([fact('f.suits', 2, '行政诉讼2件')], c);
    expect(f).toMatchObject({
      rule: 'text-table-mismatch',
      severity: 'error',
      message:
        '正文称「行政诉讼2件」，表四 行政诉讼·未经复议直接起诉·总计 2 + 行政诉讼·复议后起诉·总计 1 = 3',
      cells: ['f.suits', 't4.suit_direct.total', 't4.suit_after_review.total'],
    });
    expect(run([fact('f.suits', 3)], c)).toEqual([]);
    expect(
      run([fact('f.suits', 2)], { 't4.suit_direct.total': 2, 't4.suit_after_review.total': null }),
    ).toEqual([]);
  });

  it('is silent when either side is missing or they agree', () => {
    expect(run([fact('f.reviews', null, '行政复议共件')], { 't4.review.total': 2 })).toEqual([]);
    expect(run([fact('f.reviews', 2)], { 't4.review.total': null })).toEqual([]);
    expect(run([fact('f.reviews', 2)], {})).toEqual([]);
    expect(run([], { 't4.review.total': 2 })).toEqual([]);
    expect(run([fact('f.applications_received', 41)], { 't3.new.total': 41 })).toEqual([]);
  });
});

describe('text-table-mismatch on outcome figures and shares', () => {
  // sampleT3: 本年新收 22, 上年结转 1, 予以公开 4, 部分公开 17, (七)总计 21, 结转下年度 2.
  const t3 = (over: Record<string, number | null> = {}) => ({ ...sampleT3(), ...cells(over) });
  const check = (facts: Fact[], c = t3()) =>
    textTableMismatch.run(makeReport({ facts, cells: c }), makeCtx());
  const withShare = (f: Fact, share: number): Fact => ({ ...f, share });

  it('compares 予以公开及部分公开 with 予以公开 + 部分公开 in the 总计 column, showing the sum', () => {
    const c = t3({ 't3.carried_in.total': 0 });
    const [f] = check([fact('f.outcome.granted_partial', 20, '其中予以公开及部分公开20件')], c);
    expect(f).toMatchObject({
      rule: 'text-table-mismatch',
      severity: 'error',
      message: '正文称「其中予以公开及部分公开20件」，表三 予以公开 4 + 部分公开 17 = 21',
      cells: ['f.outcome.granted_partial', 't3.granted.total', 't3.partial.total'],
    });
    expect(check([fact('f.outcome.granted_partial', 21)], c)).toEqual([]);
  });

  it('allows a breakdown of this year’s new applications only when some were carried over', () => {
    // 上年结转 1: the text may leave it out, so 3 or 4 予以公开 can both be right; 2 cannot.
    expect(check([fact('f.outcome.granted', 3, '予以公开3件')])).toEqual([]);
    expect(check([fact('f.outcome.granted', 5, '予以公开5件')])[0]?.message).toBe(
      '正文称「予以公开5件」，表三 予以公开 为 4（上年结转 1 件：即使正文只计本年新收的申请，也应在 3 至 4 之间）',
    );
    expect(check([fact('f.outcome.granted', 2)])).toHaveLength(1);
    // More carried over than the table's figure: the range starts at 0, never below.
    expect(
      check([fact('f.outcome.granted', 5, '予以公开5件')], t3({ 't3.carried_in.total': 6 }))[0]?.message,
    ).toBe(
      '正文称「予以公开5件」，表三 予以公开 为 4（上年结转 6 件：即使正文只计本年新收的申请，也应在 0 至 4 之间）',
    );
    // Carried-over count blank: only a figure above the table's is certainly wrong.
    const blank = t3({ 't3.carried_in.total': null });
    expect(check([fact('f.outcome.granted', 2)], blank)).toEqual([]);
    expect(check([fact('f.outcome.granted', 5)], blank)).toHaveLength(1);
  });

  it('sums 不予公开 over its eight rows, leaving out the zeros, and never reads a blank row', () => {
    const c = t3({
      't3.carried_in.total': 0,
      't3.denied.process.total': 2,
      't3.denied.third_party.total': 1,
    });
    expect(check([fact('f.outcome.denied', 2, '不予公开2件')], c)[0]?.message).toBe(
      '正文称「不予公开2件」，表三 不予公开·保护第三方合法权益 1 + 不予公开·属于四类过程性信息 2 = 3（共 8 项，其余 6 项为 0）',
    );
    const blankRow = Object.fromEntries(
      ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'].map((col) => [
        `t3.denied.safety.${col}`,
        null,
      ]),
    );
    expect(check([fact('f.outcome.denied', 2)], { ...c, ...cells(blankRow) })).toEqual([]);
  });

  it('reads a blank 总计 from its row’s columns, and accuses only what no reading of the blanks makes right', () => {
    // As a real 2019 report (上海市人民政府办公厅) prints 表三: 总计 blank on the outcome rows.
    const c = t3({ 't3.carried_in.total': 0, 't3.granted.total': null, 't3.partial.total': null });
    // Every column a figure: the row adds up to its total, exactly.
    const [f] = check([fact('f.outcome.granted_partial', 20, '予以公开及部分公开20件')], c);
    expect(f?.message).toBe(
      '正文称「予以公开及部分公开20件」，表三（总计空白，各行按各列相加） 予以公开 4 + 部分公开 17 = 21',
    );
    expect(f?.cells).toEqual(
      expect.arrayContaining(['f.outcome.granted_partial', 't3.granted.total', 't3.granted.natural']),
    );
    expect(check([fact('f.outcome.granted_partial', 21)], c)).toEqual([]);
    // Only one of them read so: the note stays with its row.
    const one = { ...c, ...cells({ 't3.partial.total': 17 }) };
    expect(check([fact('f.outcome.granted_partial', 20, '予以公开及部分公开20件')], one)[0]?.message).toBe(
      '正文称「予以公开及部分公开20件」，表三 予以公开（总计空白，按各列相加） 4 + 部分公开 17 = 21',
    );
    // A column blank too: the total may be more, never less, so only a smaller figure is wrong.
    const open = { ...c, ...cells({ 't3.granted.research': null }) };
    expect(check([fact('f.outcome.granted_partial', 25)], open)).toEqual([]);
    expect(check([fact('f.outcome.granted_partial', 20, '予以公开及部分公开20件')], open)[0]?.message).toBe(
      '正文称「予以公开及部分公开20件」，表三（总计空白，各行按各列相加） 予以公开 4 + 部分公开 17 = 21（另有空白单元格，表中之数只会更大）',
    );
    // Carried-over applications: the text may count new ones alone, so down to 21 - 18 is right.
    const carried = { ...open, ...cells({ 't3.carried_in.total': 18 }) };
    expect(check([fact('f.outcome.granted_partial', 3)], carried)).toEqual([]);
    expect(check([fact('f.outcome.granted_partial', 2, '予以公开及部分公开2件')], carried)[0]?.message).toBe(
      '正文称「予以公开及部分公开2件」，表三（总计空白，各行按各列相加） 予以公开 4 + 部分公开 17 = 21（上年结转 18 件：即使正文只计本年新收的申请，也不应少于 3；另有空白单元格，表中之数只会更大）',
    );
    // A column of text that is no figure: the row is not read.
    const text = { ...c, 't3.granted.legal': { value: null, raw: '见附件' } };
    expect(check([fact('f.outcome.granted_partial', 2)], text)).toEqual([]);
  });

  it('says a total the table was printed without is not in it, rather than blank', () => {
    // 表三 without its 总计 column: no total cell at all, the columns all figures.
    const noTotal = Object.fromEntries(
      Object.entries(t3({ 't3.carried_in.total': 0 })).filter(
        ([a]) => !a.endsWith('.total') || a === 't3.carried_in.total',
      ),
    );
    expect(noTotal['t3.granted.total']).toBeUndefined();
    expect(
      check([fact('f.outcome.granted_partial', 20, '予以公开及部分公开20件')], noTotal)[0]?.message,
    ).toBe(
      '正文称「予以公开及部分公开20件」，表三（表中没有总计列，各行按各列相加） 予以公开 4 + 部分公开 17 = 21',
    );
    expect(check([fact('f.outcome.granted_partial', 21)], noTotal)).toEqual([]);
  });

  it('compares 其他处理 with the rows the page has, and 结转下年度 exactly', () => {
    const c = t3({ 't3.carried_in.total': 0 });
    expect(check([fact('f.outcome.other', 1)], c)).toHaveLength(1);
    expect(check([fact('f.outcome.other', 0)], c)).toEqual([]);
    const [f] = check([fact('f.carried_out', 3, '结转下年度继续办理3件')]);
    expect(f?.message).toBe('正文称「结转下年度继续办理3件」，表三 结转下年度 为 2');
    const [g] = check([fact('f.carried_in', 5, '上年结转5件')]);
    expect(g?.message).toMatch(/^正文称「上年结转5件」，表三 上年结转\S* 为 1$/);
    expect(check([fact('f.carried_in', 1, '上年结转1件')])).toEqual([]);
  });

  it('fires on a share that matches none of the wholes it may be of, at its own precision', () => {
    // 部分公开 17 of (七)总计 21 = 80.95%, of 本年新收 22 = 77.27%, of 22 + 1 = 73.91%.
    const c = t3({ 't3.carried_in.total': 1 });
    const part = (share: number, quote: string) =>
      check([withShare(fact('f.outcome.partial', 17, quote), share)], c);
    expect(part(81, '部分公开17件，占81%')).toEqual([]);
    expect(part(80.9, '部分公开17件，占80.9%')).toEqual([]); // cut off, not rounded
    expect(part(77.3, '部分公开17件，占77.3%')).toEqual([]);
    expect(part(73.9, '部分公开17件，占73.9%')).toEqual([]);
    const [f] = part(33.9, '部分公开17件，占办结总数的33.9%');
    expect(f).toMatchObject({
      rule: 'text-table-mismatch',
      severity: 'error',
      message:
        '正文称「部分公开17件，占办结总数的33.9%」，表三 部分公开 17 ÷ 办理结果总计 21 = 81.0%，÷ 本年新收 22 = 77.3%，÷ (本年新收 22 + 上年结转 1) = 73.9%',
      cells: [
        'f.outcome.partial',
        't3.partial.total',
        't3.outcome_total.total',
        't3.new.total',
        't3.carried_in.total',
      ],
    });
    expect(part(80, '部分公开17件，占80%')).toEqual([]); // 80.95 cut off
    expect(part(79, '部分公开17件，占79%')).toHaveLength(1);
    // Its precision read from full-width digits too (占７７.３％): it was taken as a whole 77%,
    // and a true 77.3% called wrong (some reports type their figures full-width).
    expect(part(77.3, '部分公开１７件，占７７.３％')).toEqual([]);
  });

  it('leaves a share true of a whole the text states to that whole’s own finding', () => {
    // 部分公开 17 of 正文 收到申请 25 = 68%: no 表三 whole gives it, but the text's own does.
    const c = t3({ 't3.carried_in.total': 0 });
    const facts = [
      fact('f.applications_received', 25, '共收到申请25件'),
      withShare(fact('f.outcome.partial', 17, '部分公开17件，占68%'), 68),
    ];
    expect(check(facts, c).map((f) => f.cells[0])).toEqual(['f.applications_received']);
  });

  it('takes a share true of the listed outcomes’ own sum for right (of the answered, unstated as a whole)', () => {
    // A county bureau's words: 已答复59件。其中“予以公开”3件，占已答复件数的5.1%；“部分公开”36件，占61%；
    // “不予公开”2件，占3.4%；“无法提供”18件，占30.5%, its new applications 47 (the 59 with last year's).
    const listed = [
      fact('f.applications_received', 47, '结转上年后新收到依申请公开事项47件'),
      withShare(fact('f.outcome.granted', 3, '“予以公开”3件,占已答复件数的5.1%'), 5.1),
      withShare(fact('f.outcome.partial', 36, '“部分公开”36件,占61%'), 61),
      withShare(fact('f.outcome.denied', 2, '“不予公开”2件,占3.4%'), 3.4),
      withShare(fact('f.outcome.unable', 18, '“无法提供”18件,占30.5%'), 30.5),
    ];
    expect(check(listed, {})).toEqual([]);
    // A share true of no whole, the list's sum included, is still told.
    const wrong = [
      ...listed.slice(0, 4),
      withShare(fact('f.outcome.unable', 18, '“无法提供”18件,占40%'), 40),
    ];
    expect(check(wrong, {}).map((f) => f.cells[0])).toEqual(['f.outcome.unable']);
  });

  it('checks no share beside a figure that already disagrees, nor against a blank whole', () => {
    const c = t3({ 't3.carried_in.total': 0 });
    expect(check([withShare(fact('f.outcome.granted', 9, '予以公开9件，占90%'), 90)], c)).toHaveLength(1);
    const blank = t3({ 't3.carried_in.total': null, 't3.outcome_total.total': null, 't3.new.total': null });
    expect(check([withShare(fact('f.outcome.granted', 4, '予以公开4件，占90%'), 90)], blank)).toEqual([]);
  });

  it('holds a share to the text’s own figure where the table cannot be held to it', () => {
    // As a real 2019 report (上海市人民政府办公厅) states it, 表三's 总计 blank on its outcome rows:
    // 258 is 32.0% of the 805 answered, not 33.9%.
    const c = t3({
      't3.new.total': 859,
      't3.carried_in.total': 18,
      't3.outcome_total.total': 805,
      't3.granted.total': null,
      't3.partial.total': null,
      't3.granted.natural': 258,
      't3.granted.commercial': 12,
      't3.granted.research': null,
      't3.partial.natural': 3,
    });
    const said = withShare(fact('f.outcome.granted_partial', 258, '予以公开及部分公开258件，占33.9%'), 33.9);
    // The text's own wholes, which the table agrees with: named as the table's, and not marked.
    const wholes = [
      fact('f.applications_received', 859, '共受理政府信息公开申请859件'),
      fact('f.outcome.total', 805, '答复政府信息公开申请805件'),
    ];
    const [f] = check([...wholes, said], c);
    expect(f?.message).toBe(
      '正文称「予以公开及部分公开258件，占33.9%」，但 258 ÷ 办理结果总计 805 = 32.0%，÷ 本年新收 859 = 30.0%，÷ (本年新收 859 + 上年结转 18) = 29.4%',
    );
    expect(f?.cells).toEqual([
      'f.outcome.granted_partial',
      't3.outcome_total.total',
      't3.new.total',
      't3.carried_in.total',
    ]);
    // The share right for its own figure: nothing to say.
    expect(check([withShare(fact('f.outcome.granted_partial', 258, '258件，占32.0%'), 32.0)], c)).toEqual([]);
    // No 表三 at all: the wholes the text states are the measure.
    const text = [
      fact('f.outcome.total', 50, '答复申请50件'),
      withShare(fact('f.outcome.denied', 5, '不予公开5件，占12%'), 12),
    ];
    expect(check(text, {})[0]?.message).toBe(
      '正文称「不予公开5件，占12%」，但 5 ÷ 正文所称「答复申请50件」 = 10.0%',
    );
    expect(check([text[0]!, withShare(fact('f.outcome.denied', 5), 10)], {})).toEqual([]);
    // A share above 0 but under 1% written as 1% (a district's 部分公开4件,占比1% of 1245): no share of something is
    // shown as 0. 2% is still wrong, and so is 1% of nothing.
    const district = [fact('f.outcome.total', 1245, '答复政府信息公开申请1245件')];
    const partial = (share: number, value = 4) =>
      check(
        [...district, withShare(fact('f.outcome.partial', value, `部分公开${value}件,占比${share}%`), share)],
        {},
      );
    expect(partial(1)).toEqual([]);
    expect(partial(2)).toHaveLength(1);
    expect(partial(1, 0)).toHaveLength(1);
  });

  it('is skipped when the text states no figure, or when no table it speaks of is there', () => {
    const skip = (facts: Fact[], c: Record<string, number | null>) =>
      textTableMismatch.skip?.(makeReport({ facts, cells: cells(c) }), makeCtx());
    expect(skip([], { 't3.new.total': 1 })).toBe(
      '正文未陈述可核对的数字 / the text states no figure to check',
    );
    expect(skip([fact('f.outcome.granted', null)], { 't3.new.total': 1 })).toBe(
      '正文未陈述可核对的数字 / the text states no figure to check',
    );
    expect(skip([fact('f.outcome.granted', 3)], { 't4.review.total': 1 })).toBe('表三缺失 / no table 3');
    expect(skip([fact('f.outcome.granted', 3)], { 't3.granted.total': 1 })).toBeNull();
    // A blank total whose columns are all figures is checked; one with blank columns only where it
    // shows the text wrong.
    const row = (v: number | null) => ({
      't3.new.total': 1,
      't3.carried_in.total': 0,
      't3.granted.total': null,
      't3.granted.natural': 3,
      't3.granted.commercial': v,
      't3.granted.research': 0,
      't3.granted.social': 0,
      't3.granted.legal': 0,
      't3.granted.other': 0,
    });
    expect(skip([fact('f.outcome.granted', 3)], row(0))).toBeNull();
    expect(skip([fact('f.outcome.granted', 3)], row(null))).toBe(
      '表格中对应的数字空白 / the table leaves those figures blank',
    );
    expect(skip([fact('f.outcome.granted', 2)], row(null))).toBeNull();
    expect(skip([fact('f.outcome.granted', 3)], { 't3.new.total': 1, 't3.granted.total': null })).toBe(
      '表格中对应的数字空白 / the table leaves those figures blank',
    );
  });
});

describe('text-table-mismatch: who applied', () => {
  const received = (v: number) => fact('f.applications_received', v, `共新收政府信息公开申请${v}件`);
  const t3 = {
    't3.new.natural': 48,
    't3.new.commercial': 5,
    't3.new.research': 0,
    't3.new.social': 1,
    't3.new.legal': 2,
    't3.new.other': 0,
    't3.new.total': 56,
  };

  it('holds the natural persons and the legal persons to 表三 本年新收 by column', () => {
    const found = run(
      [
        received(56),
        fact('f.applicants.natural', 46, '其中自然人申请46件'),
        fact('f.applicants.legal', 10, '法人或其他组织申请10件'),
      ],
      t3,
    );
    expect(found.map((f) => f.message)).toEqual([
      '正文称「其中自然人申请46件」，表三 本年新收·自然人 为 48',
      '正文称「法人或其他组织申请10件」，表三 本年新收·商业企业 5 + 本年新收·社会公益组织 1 + 本年新收·法律服务机构 2 = 8（共 5 项，其余 2 项为 0）',
    ]);
    expect(found[1]?.cells).toContain('t3.new.research');
    expect(run([received(56), fact('f.applicants.natural', 48), fact('f.applicants.legal', 8)], t3)).toEqual(
      [],
    );
  });

  it('holds them to 表三 by column where its 总计 is short of its own columns, which make the count', () => {
    // 平潭综合实验区农业农村局 2024: 共收到政府信息公开申请3份…其中法人申请1件、自然人申请2件; 表三 本年新收
    // 自然人 3, the others 0, 总计 0.
    const short = {
      ...t3,
      't3.new.natural': 3,
      't3.new.commercial': 0,
      't3.new.social': 0,
      't3.new.legal': 0,
    };
    const applicants = [
      fact('f.applicants.natural', 2, '自然人申请2件'),
      fact('f.applicants.legal', 1, '法人申请1件'),
    ];
    const split = (cells: Record<string, number | null>) =>
      run([received(3), ...applicants], cells)
        .filter((f) => f.cells.some((c) => c.startsWith('f.applicants.')))
        .map((f) => f.message);
    expect(split({ ...short, 't3.new.total': 0 })).toEqual([
      '正文称「自然人申请2件」，表三 本年新收·自然人 为 3',
      '正文称「法人申请1件」，表三 共 5 项，均为 0',
    ]);
    // Columns that make another count, or a blank among them: not the same applications.
    expect(split({ ...short, 't3.new.natural': 4, 't3.new.total': 0 })).toEqual([]);
    expect(split({ ...short, 't3.new.research': null, 't3.new.total': 0 })).toEqual([]);
  });

  it('is silent where the count they split is not 表三 本年新收 (it may hold the carried-over ones)', () => {
    const facts = [received(60), fact('f.applicants.natural', 53), fact('f.applicants.legal', 7)];
    expect(
      run(facts, { ...t3, 't3.carried_in.total': 4 }).filter((f) => f.cells.includes('f.applicants.natural')),
    ).toEqual([]);
    expect(run([fact('f.applicants.natural', 46)], t3)).toEqual([]);
  });

  it('is silent where they are listed after the whole with last year’s (新受理…56件，上年结转4件，共计60件。其中自然人…)', () => {
    // A city bureau's 2025 words: the ways and the applicants after 共计 are the whole's.
    const at = (f: Fact, block: number, start: number): Fact => ({
      ...f,
      pos: { block, start, end: start + 8 },
    });
    const whole = at(fact('f.applications_total', 60, '新受理申请56件，上年结转4件，共计60件'), 3, 0);
    const parts = [at(fact('f.applicants.natural', 53), 3, 40), at(fact('f.applicants.legal', 7), 3, 52)];
    const natural = (facts: Fact[]) => run(facts, t3).filter((f) => f.cells.includes('f.applicants.natural'));
    expect(natural([at(received(56), 3, 0), whole, ...parts])).toEqual([]);
    // Listed before the whole, they are the new ones' and held to 表三 本年新收.
    const before = [at(fact('f.applicants.natural', 53), 3, 0), at(fact('f.applicants.legal', 7), 3, 4)];
    expect(
      natural([at(received(56), 3, 0), { ...whole, pos: { block: 3, start: 20, end: 40 } }, ...before]),
    ).toHaveLength(1);
  });

  it('is silent where they follow the count and last year’s with no whole said, and make both (收到…56件，上年结转4件，其中自然人53件…)', () => {
    // A county bureau's 2024 words: 共收到政府信息公开申请12件,上年结转政府信息公开申请1件,其中:当面申请4件… (13).
    const at = (f: Fact, block: number, start: number): Fact => ({
      ...f,
      pos: { block, start, end: start + 8 },
    });
    const carried = at(fact('f.carried_in', 4, '上年结转4件'), 3, 10);
    const natural = (facts: Fact[]) => run(facts, t3).filter((f) => f.cells.includes('f.applicants.natural'));
    const applicants = (n: number, l: number) => [
      at(fact('f.applicants.natural', n), 3, 30),
      at(fact('f.applicants.legal', l), 3, 42),
    ];
    expect(natural([at(received(56), 3, 0), carried, ...applicants(53, 7)])).toEqual([]);
    // Making the count alone, they are the new ones' and held to 表三 本年新收.
    expect(natural([at(received(56), 3, 0), carried, ...applicants(46, 10)])).toHaveLength(1);
  });
});

describe('text-table-mismatch on the parts of 表四’s counts', () => {
  // district-gov-2020's 表四: 行政复议 2 | 1 | 0 | 1 | 4; 直接起诉 1 | 0 | 1 | 1 | 3; 复议后起诉 1 | 0 | 0 | 0 | 1.
  const page = fixturePage('district-gov-2020.html');
  const said =
    '被申请行政复议4件，其中结果维持2件、结果纠正1件、尚未审结1件；被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件';
  const fired = variantFindings('district-gov-2020.html', said, 'text-table-mismatch', (f) => [
    f.message,
    f.cells,
  ]);

  it('holds each result of the reviews to its cell, and the suits’ to both rows', () => {
    expect(fired(said)).toEqual([]);
    expect(fired(said.replace('结果维持2件', '结果维持3件'))).toEqual([
      ['正文称「结果维持3件」，表四 行政复议·结果维持 为 2', ['f.reviews.upheld', 't4.review.upheld']],
    ]);
    const suits = '被申请行政复议4件；被提起行政诉讼4件，其中结果维持2件、其他结果1件、尚未审结2件';
    expect(fired(suits)).toEqual([
      [
        '正文称「尚未审结2件」，表四 行政诉讼·未经复议直接起诉·尚未审结 1 + 行政诉讼·复议后起诉·尚未审结 0 = 1',
        ['f.suits.pending', 't4.suit_direct.pending', 't4.suit_after_review.pending'],
      ],
    ]);
  });

  it('holds a later mention of the reviews with another figure to 表四 as the first', () => {
    const page2 = page.replace(
      '全年制发规范性文件6件，',
      '全年因政府信息公开工作被申请行政复议5件。全年制发规范性文件6件，',
    );
    expect(page2).not.toBe(page);
    const a = audit(sourceFromHtml(page2));
    // The first mention is now the wrong one; the review sentence, later, agrees with 表四.
    expect(a.report.facts.find((f) => f.key === 'f.reviews.again')?.value).toBe(4);
    expect(a.findings.filter((f) => f.rule === 'text-table-mismatch').map((f) => f.cells)).toEqual([
      ['f.reviews', 't4.review.total'],
    ]);
    expect(a.findings.map((f) => f.rule)).not.toContain('text-self-mismatch');
  });

  it('holds each way of coming to court to its row’s 总计', () => {
    expect(fired(said.replace('直接起诉3件、复议后起诉1件', '直接起诉2件、复议后起诉2件'))).toEqual([
      [
        '正文称「未经复议直接起诉2件」，表四 行政诉讼·未经复议直接起诉·总计 为 3',
        ['f.suits.direct', 't4.suit_direct.total'],
      ],
      [
        '正文称「复议后起诉2件」，表四 行政诉讼·复议后起诉·总计 为 1',
        ['f.suits.after_review', 't4.suit_after_review.total'],
      ],
    ]);
  });
});

describe('text-table-mismatch: the reasons of an outcome, each held to its 表三 row', () => {
  it('holds 其中属于国家秘密3件 to 不予公开·属于国家秘密 where 不予公开 itself agrees', () => {
    const said = '不予公开3件，无法提供21件，不予处理4件。';
    const found = variantFindings(
      'district-gov-2020.html',
      said,
      'text-table-mismatch',
      (f) => f.message.split('（')[0],
    );
    // 表三: 不予公开 3 (第三方 1, 过程性 2), 无法提供 21 (不掌握 18, 另行制作 1, 不明确 2). A cell of 0
    // leaves no range of this year's new ones to name (no 也应在 0 至 0 之间).
    expect(found('不予公开3件（其中属于国家秘密3件），无法提供21件，不予处理4件。')).toEqual([
      '正文称「属于国家秘密3件」，表三 不予公开·属于国家秘密 为 0',
    ]);
    expect(found('不予公开3件（其中属于国家秘密3件），无法提供21件，不予处理4件。')).toEqual([
      '正文称「属于国家秘密3件」，表三 不予公开·属于国家秘密 为 0',
    ]);
    expect(found('不予公开3件，无法提供21件（其中本机关不掌握相关政府信息21件），不予处理4件。')).toEqual([
      '正文称「本机关不掌握相关政府信息21件」，表三 无法提供·本机关不掌握相关政府信息 为 18',
    ]);
    expect(
      found(
        '不予公开3件（其中涉及第三方合法权益1件，属于过程性信息2件），无法提供21件（本机关不掌握相关政府信息18件、没有现成信息需要另行制作1件、补正后申请内容仍不明确2件），不予处理4件。',
      ),
    ).toEqual([]);
  });

  it('holds 因本机关不掌握等原因无法提供N件 to 无法提供, or to 不掌握 alone where N is that row', () => {
    // 表三: 无法提供 10 (不掌握 9, 不明确 1), nothing carried in; the text: 無法提供10件,占35.7%.
    const found = variantFindings(
      'guangzhou-guoziwei-2020-outcomes.html',
      '無法提供<span lang=EN-US>10</span>件',
      'text-table-mismatch',
      (f) => f.message.split('（')[0],
    );
    const said = (n: number) => found(`因本機關不掌握等原因無法提供<span lang=EN-US>${n}</span>件`);
    expect(said(10)).toEqual([]);
    expect(said(9)).toEqual([]);
    // Neither the outcome's total nor the named reason's (不明确 1 is another reason's).
    for (const n of [7, 1])
      expect(said(n), String(n)).toEqual([
        `正文称「因本機關不掌握等原因無法提供${n}件」，表三 无法提供·本机关不掌握相关政府信息 9 + 无法提供·没有现成信息需要另行制作 0 + 无法提供·补正后申请内容仍不明确 1 = 10`,
      ]);
  });

  it("holds an old report's counts to its 2008-form statistics table, and nothing else of it to the template's", () => {
    const old = makeCtx({ found: { t2: false, t3: false, t4: false }, oldFormat: true });
    const report = (facts: Fact[]) => makeReport({ year: 2017, template: null, cells: {}, facts });
    const stat = [
      fact('f.stat.proactive_total', 626, '626', '统计表·主动公开文件数'),
      fact('f.stat.proactive_total.cumulative', 2027, '2027', '统计表·主动公开文件数（历年累计）'),
      fact('f.stat.proactive_total.channel.1', 600, '600', '统计表·政府网站公开数'),
      fact('f.stat.applications', 13, '13', '统计表·受理政府信息公开申请总数'),
    ];
    const said = (key: string, value: number, quote: string) => fact(key, value, quote);
    // 环境与国土资源局 2017 and 2018: the text's 733 and its 11 and 14 against the table's 626 and 13.
    const wrong = report([
      said('f.proactive_total', 733, '主动公开政府信息733条'),
      said('f.applications_received', 11, '2018年我局受理依申请公开11件'),
      said('f.applications_received.again', 14, '受理的14件依申请公开'),
      ...stat,
    ]);
    expect(textTableMismatch.skip?.(wrong, old)).toBeNull();
    expect(textTableMismatch.run(wrong, old).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「主动公开政府信息733条」，统计表 主动公开文件数 为 626',
        ['f.proactive_total', 'f.stat.proactive_total'],
      ],
      [
        '正文称「2018年我局受理依申请公开11件」，统计表 受理政府信息公开申请总数 为 13',
        ['f.applications_received', 'f.stat.applications'],
      ],
      [
        '正文称「受理的14件依申请公开」，统计表 受理政府信息公开申请总数 为 13',
        ['f.applications_received.again', 'f.stat.applications'],
      ],
    ]);
    // The running total, or one channel's count, is what the text may give: no contradiction.
    for (const value of [2027, 600])
      expect(
        textTableMismatch.run(report([said('f.proactive_total', value, `…${value}条`), ...stat]), old),
      ).toEqual([]);
    // An estimate is held to nothing.
    const rough = { ...said('f.proactive_total', 700, '700余条'), rough: true };
    expect(textTableMismatch.run(report([rough, ...stat]), old)).toEqual([]);
    // Without the table's figure, an old report is not held to the template's tables: skipped, saying why.
    expect(textTableMismatch.skip?.(report([said('f.proactive_total', 733, '…733条')]), old)).toMatch(
      /^2018 年及以前的年度报告按 2008 年《条例》/,
    );
  });
});
