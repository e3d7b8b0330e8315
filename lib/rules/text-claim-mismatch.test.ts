import { describe, expect, it } from 'vitest';
import { variantFindings } from '../../test/unit/page-variants';
import type { Fact, Report } from '../model';
import { cells, makeCtx, makeReport, sampleT3, sampleT4 } from './testing';
import { textClaimMismatch } from './text-claim-mismatch';

const claim = (key: string, text: string, quote: string): Fact => ({ key, value: null, claim: text, quote });
const report = (facts: Fact[], over: Partial<Report> = {}) =>
  makeReport({ facts, cells: { ...sampleT3(), ...sampleT4() }, ...over });
const run = (r: Report) => textClaimMismatch.run(r, makeCtx());

describe('text-claim-mismatch', () => {
  it('fires when 均获维持 meets a pending suit, naming the cell', () => {
    // sampleT4: one review upheld, one suit 未经复议直接起诉 pending.
    const fact = claim(
      'f.claim.reviews_all_upheld',
      '行政复议和行政诉讼均获维持',
      '行政复议1件、行政诉讼1件，均获维持',
    );
    expect(run(report([fact]))).toMatchObject([
      {
        rule: 'text-claim-mismatch',
        severity: 'warning',
        message:
          '正文称「行政复议1件、行政诉讼1件，均获维持」，但表四 行政诉讼·未经复议直接起诉·尚未审结 为 1',
        cells: ['f.claim.reviews_all_upheld', 't4.suit_direct.pending'],
      },
    ]);
  });

  it('holds 申请均已办结 to 表三 结转下年度, or to the text where the table is silent', () => {
    const closed = claim('f.claim.applications_all_closed', '申请均已办结', '共收到申请56件，已全部办结');
    const carried = (n: number | null) => cells({ 't3.carried_out.total': n });
    expect(run(report([closed], { cells: carried(3) }))).toMatchObject([
      {
        message: '正文称「共收到申请56件，已全部办结」，但表三 结转下年度·总计 为 3',
        cells: ['f.claim.applications_all_closed', 't3.carried_out.total'],
      },
    ]);
    expect(run(report([closed], { cells: carried(0) }))).toEqual([]);
    const said = { key: 'f.carried_out', value: 3, quote: '结转下年度继续办理3件' };
    expect(run(report([closed, said], { cells: {} }))).toMatchObject([
      { cells: ['f.claim.applications_all_closed', 'f.carried_out'] },
    ]);
    expect(run(report([closed, said], { cells: carried(0) }))).toEqual([]);
  });

  it('holds 申请人均为自然人 to 表三 本年新收 from applicants of other kinds, or to the text', () => {
    const natural = claim(
      'f.claim.all_natural',
      '申请人均为自然人',
      '共收到政府信息公开申请5件,均为自然人申请',
    );
    const t3 = (commercial: number | null, legal: number | null = 0) =>
      cells({
        't3.new.natural': 3,
        't3.new.commercial': commercial,
        't3.new.research': 0,
        't3.new.social': 0,
        't3.new.legal': legal,
        't3.new.other': 0,
        't3.new.total': 3 + (commercial ?? 0) + (legal ?? 0),
      });
    expect(run(report([natural], { cells: t3(2) }))).toMatchObject([
      {
        message: '正文称「共收到政府信息公开申请5件,均为自然人申请」，但表三 本年新收·商业企业 为 2',
        cells: ['f.claim.all_natural', 't3.new.commercial'],
      },
    ]);
    expect(run(report([natural], { cells: t3(0) }))).toEqual([]);
    // Blank columns say nothing; the text's own count of legal persons does, where the table is silent.
    expect(run(report([natural], { cells: t3(null, null) }))).toEqual([]);
    const legal = { key: 'f.applicants.legal', value: 1, quote: '法人或其他组织申请1件' };
    expect(run(report([natural, legal], { cells: {} }))).toMatchObject([
      { cells: ['f.claim.all_natural', 'f.applicants.legal'] },
    ]);
  });

  it('holds 已审结的均获维持 to the corrected cases only, not the pending one', () => {
    const concluded = claim(
      'f.claim.reviews_all_upheld',
      '行政复议和行政诉讼已审结的均获维持',
      '行政复议1件、行政诉讼1件，已审结的均获维持',
    );
    expect(run(report([concluded]))).toEqual([]);
    const corrected = { ...sampleT4(), ...cells({ 't4.suit_direct.corrected': 1 }) };
    expect(run(report([concluded], { cells: corrected }))[0]?.cells).toEqual([
      'f.claim.reviews_all_upheld',
      't4.suit_direct.corrected',
    ]);
  });

  it('is silent when the claim speaks only of the reviews, all upheld, or says only 无被纠错', () => {
    expect(
      run(report([claim('f.claim.reviews_all_upheld', '行政复议均获维持', '行政复议1件，均获维持')])),
    ).toEqual([]);
    const weaker = claim('f.claim.reviews_all_upheld', '行政复议和行政诉讼无被纠错', '均未被纠错');
    expect(run(report([weaker]))).toEqual([]);
    const corrected = { ...sampleT4(), ...cells({ 't4.review.corrected': 1 }) };
    expect(run(report([weaker], { cells: corrected }))[0]?.cells).toEqual([
      'f.claim.reviews_all_upheld',
      't4.review.corrected',
    ]);
  });

  it('fires when 均已审结 meets a pending case of the cases it names, and only then', () => {
    // sampleT4: one review upheld, one suit 未经复议直接起诉 pending.
    const suits = claim('f.claim.cases_concluded', '行政诉讼均已审结', '被提起行政诉讼1件，均已审结');
    expect(run(report([suits]))).toMatchObject([
      {
        message: '正文称「被提起行政诉讼1件，均已审结」，但表四 行政诉讼·未经复议直接起诉·尚未审结 为 1',
        cells: ['f.claim.cases_concluded', 't4.suit_direct.pending'],
      },
    ]);
    const reviews = claim('f.claim.cases_concluded', '行政复议均已审结', '被申请行政复议1件，均已审结');
    expect(run(report([reviews]))).toEqual([]);
    // A corrected case is concluded: 均已审结 says nothing of how.
    const corrected = { ...sampleT4(), ...cells({ 't4.review.corrected': 1 }) };
    expect(run(report([reviews], { cells: corrected }))).toEqual([]);
  });

  it('on a whole report: 均已审结 against a pending review fires; the rest upheld after one corrected does not', () => {
    // district-gov-2020's 表四: reviews 维持 2, 纠正 1, 尚未审结 1.
    const said = '其中结果维持2件、结果纠正1件、尚未审结1件';
    const claimed = variantFindings('district-gov-2020.html', said, 'text-claim-mismatch');
    expect(claimed('均已审结')).toEqual([
      '正文称「因政府信息公开工作被申请行政复议4件，均已审结」，但表四 行政复议·尚未审结 为 1',
    ]);
    // Before, 其余均获维持 was read as every review upheld, and held to the corrected and pending ones.
    expect(claimed('其中1件被纠正、1件尚未审结，其余均获维持')).toEqual([]);
    expect(claimed('其中结果维持2件、结果纠正1件、尚未审结1件，目前均已审结')).toEqual([]);
  });

  it('fires when 未收到申请 meets 本年新收 above zero, and 未发生行政复议 a review', () => {
    const found = run(
      report([
        claim('f.claim.no_applications', '未收到申请', '我局未收到政府信息公开申请'),
        claim('f.claim.no_reviews', '未发生行政复议', '未发生政府信息公开行政复议案件'),
      ]),
    );
    expect(found.map((f) => f.message)).toEqual([
      '正文称「我局未收到政府信息公开申请」，但表三 本年新收·总计 为 22',
      '正文称「未发生政府信息公开行政复议案件」，但表四 行政复议·总计 为 1',
    ]);
  });

  it('fires when 未制发规范性文件 meets 表二 本年新制作 above zero, and is silent at zero', () => {
    const none = claim('f.claim.no_normative', '未制发规范性文件', '全年未制发规范性文件');
    const six = cells({ 't2.normative.made': 6 });
    expect(run(report([none], { cells: six }))).toMatchObject([
      {
        message: '正文称「全年未制发规范性文件」，但表二 规范性文件·本年新制作数量 为 6',
        cells: ['f.claim.no_normative', 't2.normative.made'],
      },
    ]);
    expect(run(report([none], { cells: cells({ 't2.normative.made': 0 }) }))).toEqual([]);
    expect(textClaimMismatch.skip?.(report([none], { cells: sampleT3() }), makeCtx())).toBe(
      '表二缺失 / no table 2',
    );
  });

  it('never reads a blank as a figure, and is silent on zero tables', () => {
    const none = claim('f.claim.no_reviews', '未发生行政复议和行政诉讼', '未发生行政复议和行政诉讼');
    const blank = cells({
      't4.review.total': null,
      't4.suit_direct.total': null,
      't4.suit_after_review.total': 0,
    });
    expect(run(report([none], { cells: blank }))).toEqual([]);
    expect(
      run(
        report([claim('f.claim.no_applications', '未收到申请', '未收到申请')], {
          cells: cells({ 't3.new.total': 0 }),
        }),
      ),
    ).toEqual([]);
  });

  it('is skipped without a claim, or without the table the claims need', () => {
    const ctx = makeCtx();
    expect(textClaimMismatch.skip?.(report([]), ctx)).toBe(
      '正文未作可核对的表述 / the text makes no claim to check',
    );
    const onlyT3 = report([claim('f.claim.no_reviews', '未发生行政复议', '未发生行政复议')], {
      cells: sampleT3(),
    });
    expect(textClaimMismatch.skip?.(onlyT3, ctx)).toBe('表四缺失 / no table 4');
    expect(
      textClaimMismatch.skip?.(report([claim('f.claim.no_reviews', '未发生行政复议', '…')]), ctx),
    ).toBeNull();
    const blank = report([claim('f.claim.no_reviews', '未发生行政复议', '…')], {
      cells: cells({ 't4.review.total': null, 't4.suit_direct.total': 2 }),
    });
    expect(textClaimMismatch.skip?.(blank, ctx)).toBe(
      '表格中对应的数字空白 / the table leaves those figures blank',
    );
  });
});

describe('text-claim-mismatch: a claim of none against the text’s own count', () => {
  const none = claim('f.claim.no_applications', '未收到申请', '区政府未收到政府信息公开申请');
  const five: Fact = { key: 'f.applications_received', value: 5, quote: '全年共收到政府信息公开申请5件' };
  const noReviews = claim(
    'f.claim.no_reviews',
    '未发生行政复议',
    '未发生因政府信息公开工作被申请行政复议的情况',
  );
  const suits: Fact = { key: 'f.suits', value: 2, quote: '被提起行政诉讼2件' };
  const reviews: Fact = { key: 'f.reviews', value: 1, quote: '被申请行政复议1件' };

  it('fires where the table has no such figure (a picture, a report of 2018 or before)', () => {
    const r = makeReport({ facts: [none, five], cells: {} });
    const ctx = makeCtx({ found: { t2: false, t3: false, t4: false }, oldFormat: true });
    expect(textClaimMismatch.skip?.(r, ctx)).toBeNull();
    expect(textClaimMismatch.run(r, ctx)).toMatchObject([
      {
        message: '正文称「区政府未收到政府信息公开申请」，却又写有「全年共收到政府信息公开申请5件」',
        cells: ['f.claim.no_applications', 'f.applications_received'],
      },
    ]);
    // Without a count, a report of 2018 or before has nothing to hold the claim to.
    expect(textClaimMismatch.skip?.(makeReport({ facts: [none], cells: {} }), ctx)).toMatch(/^2018 年及以前/);
  });

  it("holds an old report's claim to its statistics table (未收到申请 against 受理 1), unless the table is headed with another year", () => {
    const ctx = makeCtx({ found: { t2: false, t3: false, t4: false }, oldFormat: true });
    const stat = (key: string, value: number, row: string): Fact => ({
      key,
      value,
      quote: String(value),
      label: `统计表·${row}`,
    });
    const old = (more: Fact[]) =>
      makeReport({
        year: 2018,
        template: null,
        cells: {},
        facts: [none, noReviews, ...more],
      });
    const received = (n: number) => stat('f.stat.applications', n, '受理政府信息公开申请总数');
    const r = old([received(1), stat('f.stat.reviews', 0, '行政复议数')]);
    expect(textClaimMismatch.skip?.(r, ctx)).toBeNull();
    expect(textClaimMismatch.run(r, ctx).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「区政府未收到政府信息公开申请」，但统计表 受理政府信息公开申请总数 为 1',
        ['f.claim.no_applications', 'f.stat.applications'],
      ],
    ]);
    // 0 in the table: the claim was held to it, and holds.
    const held = old([received(0), stat('f.stat.reviews', 0, '行政复议数')]);
    expect(textClaimMismatch.skip?.(held, ctx)).toBeNull();
    expect(textClaimMismatch.run(held, ctx)).toEqual([]);
    // 未发生行政复议 against 行政复议数 2 (the claim names reviews, not suits).
    const reviewed = old([stat('f.stat.reviews', 2, '行政复议数'), stat('f.stat.suits', 3, '行政诉讼数')]);
    expect(textClaimMismatch.run(reviewed, ctx).map((f) => f.cells)).toEqual([
      ['f.claim.no_reviews', 'f.stat.reviews'],
    ]);
    // 平潭综合实验区公安局 2018: 未收到…申请, its table 受理 1 but headed 2017年度: not compared, and said so.
    const stale = old([received(1), stat('f.stat.year', 2017, '年度')]);
    expect(textClaimMismatch.skip?.(stale, ctx)).toMatch(/^统计表的数字一栏标为另一年度/);
    // A page with both (a template's 表三 and a stale statistics table): the template's cell is held to.
    const both = { ...stale, template: '2019' as const, cells: cells({ 't3.new.total': 2 }) };
    expect(textClaimMismatch.skip?.(both, makeCtx())).toBeNull();
    expect(textClaimMismatch.run(both, makeCtx()).map((f) => f.cells)).toEqual([
      ['f.claim.no_applications', 't3.new.total'],
    ]);
  });

  it('holds 均获维持 in a report of the later form to its 被依法纠错数, naming the row it is under', () => {
    const ctx = makeCtx({ found: { t2: false, t3: false, t4: false }, oldFormat: true });
    const upheld = claim(
      'f.claim.reviews_all_upheld',
      '行政复议和行政诉讼均获维持',
      '行政复议、行政诉讼均获维持',
    );
    const stat = (key: string, value: number, row: string): Fact => ({
      key,
      value,
      quote: String(value),
      label: `统计表·${row}`,
    });
    const later = (reviewCorrected: number) =>
      makeReport({
        year: 2016,
        template: null,
        cells: {},
        facts: [
          upheld,
          stat('f.stat.reviews', 2, '行政复议数量'),
          stat('f.stat.reviews.part.1', 2 - reviewCorrected, '维持具体行政行为数'),
          stat('f.stat.reviews.part.2', reviewCorrected, '被依法纠错数'),
          stat('f.stat.reviews.part.3', 0, '其他情形数'),
          stat('f.stat.suits', 0, '行政诉讼数量'),
          stat('f.stat.suits.part.2', 0, '被依法纠错数'),
        ],
      });
    expect(textClaimMismatch.skip?.(later(1), ctx)).toBeNull();
    expect(textClaimMismatch.run(later(1), ctx).map((f) => [f.message, f.cells])).toEqual([
      [
        '正文称「行政复议、行政诉讼均获维持」，但统计表 行政复议数量·被依法纠错数 为 1',
        ['f.claim.reviews_all_upheld', 'f.stat.reviews.part.2'],
      ],
    ]);
    expect(textClaimMismatch.run(later(0), ctx)).toEqual([]);
    expect(textClaimMismatch.skip?.(later(0), ctx)).toBeNull();
  });

  it('holds a claim to the kinds of case it names only', () => {
    const r = makeReport({ facts: [noReviews, suits], cells: {} });
    expect(run(r)).toEqual([]);
    expect(run(makeReport({ facts: [noReviews, suits, reviews], cells: {} }))[0]?.cells).toEqual([
      'f.claim.no_reviews',
      'f.reviews',
    ]);
  });

  it('holds 均获维持 and 均已审结 to the results the text lists after its counts', () => {
    const upheld = claim('f.claim.reviews_all_upheld', '行政复议均获维持', '行政复议均获维持');
    const corrected: Fact = { key: 'f.reviews.corrected', value: 1, quote: '结果纠正1件' };
    const pending: Fact = { key: 'f.reviews.pending', value: 1, quote: '尚未审结1件' };
    const suitPending: Fact = { key: 'f.suits.pending', value: 1, quote: '尚未审结1件' };
    expect(run(makeReport({ facts: [upheld, reviews, corrected, pending], cells: {} }))).toMatchObject([
      {
        message: '正文称「行政复议均获维持」，却又写有「结果纠正1件」、「尚未审结1件」',
        cells: ['f.claim.reviews_all_upheld', 'f.reviews.corrected', 'f.reviews.pending'],
      },
    ]);
    // 已审结的均获维持: only a corrected case contradicts it; the suits' pending ones are not the reviews'.
    const closedUpheld = claim('f.claim.reviews_all_upheld', '行政复议已审结的均获维持', '已审结的均获维持');
    expect(run(makeReport({ facts: [closedUpheld, pending, suitPending], cells: {} }))).toEqual([]);
    const concluded = claim('f.claim.cases_concluded', '行政诉讼均已审结', '行政诉讼均已审结');
    expect(run(makeReport({ facts: [concluded, pending], cells: {} }))).toEqual([]);
    expect(run(makeReport({ facts: [concluded, suitPending], cells: {} }))[0]?.cells).toEqual([
      'f.claim.cases_concluded',
      'f.suits.pending',
    ]);
  });

  it('leaves it to the table where the table has the figure', () => {
    // sampleT3's 本年新收 is 22: the table contradicts the claim, not the text's count.
    expect(run(report([none, five]))[0]?.message).toMatch(/^正文称「区政府未收到政府信息公开申请」，但表三/);
    const zero = report([none, five], { cells: { ...sampleT3(), ...cells({ 't3.new.total': 0 }) } });
    expect(run(zero)).toEqual([]);
  });
});
