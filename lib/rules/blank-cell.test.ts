import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { requiredAddresses } from '../keys';
import type { CellValue } from '../model';
import { blankCell } from './blank-cell';
import { cells, makeCtx, makeReport, sampleT3, sampleT4 } from './testing';

const fixture = (name: string) =>
  audit(sourceFromHtml(readFileSync(new URL(`../../test/fixtures/${name}.html`, import.meta.url), 'utf8')));

/** Every required cell of a template filled with 0. */
function full(template: '2019' | '2021'): Record<string, CellValue> {
  const req = requiredAddresses(template);
  return cells(Object.fromEntries([...req.t2, ...req.t3, ...req.t4].map((a) => [a, 0])));
}
const blank = (c: Record<string, CellValue>, addrs: string[], raw = '') => {
  for (const a of addrs) c[a] = { value: null, raw };
};
const LEGAL = ['commercial', 'research', 'social', 'legal', 'other'];

describe('blank-cell', () => {
  it('is silent when every required cell holds a number', () => {
    expect(blankCell.run(makeReport({ cells: full('2019') }), makeCtx())).toEqual([]);
    expect(blankCell.run(makeReport({ template: '2021', cells: full('2021') }), makeCtx())).toEqual([]);
  });

  it('takes the 其他处理 rows the page printed: a 2021 report with the 2019 single row has no 2021 rows to be blank', () => {
    const c = full('2021');
    for (const a of Object.keys(c)) if (/^t3\.other\./.test(a)) delete c[a];
    for (const col of ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'])
      c[`t3.other.${col}`] = { value: 0, raw: '0' };
    expect(blankCell.run(makeReport({ template: '2021', cells: c }), makeCtx())).toEqual([]);
    // Neither kind printed: the template's rows are the ones missing.
    for (const a of Object.keys(c)) if (a.startsWith('t3.other.')) delete c[a];
    const [f] = blankCell.run(makeReport({ template: '2021', cells: c }), makeCtx());
    expect(f?.cells).toContain('t3.other.no_fee.total');
    expect(f?.cells).not.toContain('t3.other.total');
  });

  it('names a few scattered blanks and says the sums hold with them read as 0', () => {
    const c = full('2019');
    c['t3.new.natural'] = { value: null, raw: '—' };
    c['t3.new.commercial'] = { value: null, raw: '' };
    c['t3.carried_out.total'] = { value: null, raw: '' };
    expect(blankCell.run(makeReport({ cells: c }), makeCtx())).toMatchObject([
      {
        rule: 'blank-cell',
        severity: 'warning',
        message:
          '表三有 3 个单元格为空或不是数字：本年新收·自然人「—」、本年新收·商业企业、结转下年度·总计。读作 0 时各项勾稽关系均成立',
        cells: ['t3.new.natural', 't3.new.commercial', 't3.carried_out.total'],
      },
    ]);
  });

  it('says a table is blank as a whole instead of listing its cells, and lists them all in cells', () => {
    const c: Record<string, CellValue> = {};
    const req = requiredAddresses('2019');
    blank(c, [...req.t2, ...req.t3, ...req.t4]);
    const found = blankCell.run(makeReport({ cells: c }), makeCtx());
    expect(found.map((f) => f.message)).toEqual([
      '表二全部空白（22 个单元格）',
      '表三全部空白（161 个单元格）。读作 0 时各项勾稽关系均成立',
      '表四全部空白（15 个单元格）。读作 0 时各项勾稽关系均成立',
    ]);
    expect(found.map((f) => f.cells.length)).toEqual([22, 161, 15]);
  });

  it('says cells the page’s table does not have are not in it, not blank', () => {
    // A found table with none of its cells (表四's header and no figures row).
    expect(blankCell.run(makeReport({ cells: {} }), makeCtx())[2]?.message).toBe(
      '表四只有表头，模板要求的 15 个单元格都不在表中',
    );
    // A 2021 表二 that leaves out its 行政许可 … 行政事业性收费 rows (a real malformed page's shape).
    const c = full('2021');
    for (const a of Object.keys(c)) if (/^t2\.(permit|penalty|coercion|fees)\./.test(a)) delete c[a];
    const [f] = blankCell.run(makeReport({ template: '2021', cells: c }), makeCtx());
    expect(f?.message).toBe(
      '表二有 4 个单元格为空、不是数字或不在表中：「行政许可」行、「行政处罚」行、「行政强制」行、「行政事业性收费」行不在表中',
    );
    // Blank and left out together (in a city government's report, which may make 规章).
    c['t2.rules.issued'] = { value: null, raw: '' };
    delete c['t2.rules.repealed'];
    const city = makeReport({ template: '2021', cells: c, agency: '某某市人民政府' });
    expect(blankCell.run(city, makeCtx())[0]?.message).toMatch(
      /^表二有 6 个单元格为空、不是数字或不在表中：.*规章·本年制发件数、规章·本年废止件数/,
    );
  });

  it('says rows of 「/」 are 「/」 where others are left out, not blank (a real county bureau’s cut 表三)', () => {
    const c = full('2021');
    blank(
      c,
      LEGAL.slice(0, 4).map((col) => `t3.granted.${col}`),
      '/',
    );
    blank(
      c,
      [...LEGAL.slice(0, 4), 'natural', 'other', 'total'].map((col) => `t3.partial.${col}`),
      '/',
    );
    for (const col of LEGAL.slice(0, 4)) delete c[`t3.new.${col}`];
    blank(c, ['t3.granted.natural', 't3.granted.other', 't3.granted.total'], '/');
    for (const a of Object.keys(c))
      if (/^t3\.(denied|unable|refused|other|outcome_total|carried_out)/.test(a)) delete c[a];
    const t3 = blankCell.run(makeReport({ template: '2021', cells: c }), makeCtx())[0]?.message ?? '';
    expect(t3).toMatch(/「予以公开」行、「部分公开」行、.*均为「\/」或不在表中/);
    expect(t3).not.toMatch(/空白或不在表中/);
  });

  it('does not count 规章 left blank, `/` or out by an agency that cannot make any', () => {
    const c = full('2021');
    for (const k of ['issued', 'repealed', 'in_force']) c[`t2.rules.${k}`] = { value: null, raw: '/' };
    const run = (agency: string | null) =>
      blankCell.run(makeReport({ template: '2021', cells: c, agency }), makeCtx()).map((f) => f.message);
    for (const agency of [
      '某某区统计局',
      '某某县人民政府',
      '相山区',
      '某某镇人民政府',
      '某某市住房和城乡建设局',
    ])
      expect(run(agency), agency).toEqual([]);
    // Those that may (a province's or a city's government, a State Council department), or unknown.
    for (const agency of ['某某省人民政府', '某某市人民政府', '某某自治区人民政府', '国家统计局', null])
      expect(run(agency), String(agency)).toEqual(['表二有 3 个单元格为空或不是数字：「规章」行全部为「/」']);
    // Another row left blank by such an agency is still a gap.
    c['t2.normative.issued'] = { value: null, raw: '' };
    expect(run('某某区统计局')).toEqual(['表二有 1 个单元格为空或不是数字：行政规范性文件·本年制发件数']);
  });

  it('names blank columns and groups of rows, then what is left', () => {
    const c = { ...full('2019'), ...sampleT3(), ...sampleT4() };
    const req = requiredAddresses('2019').t3;
    // 法人或其他组织 left blank wherever it is 0, and the whole of 不予公开.
    blank(
      c,
      req.filter((a) => LEGAL.some((k) => a.endsWith(`.${k}`)) && c[a]?.value === 0),
    );
    blank(
      c,
      req.filter((a) => a.startsWith('t3.denied.')),
    );
    const t3 = blankCell.run(makeReport({ cells: c }), makeCtx()).find((f) => f.message.startsWith('表三'));
    expect(t3?.message).toBe(
      '表三有 128 个单元格为空或不是数字：「科研机构」「社会公益组织」「法律服务机构」「其他」列全部空白；「不予公开」各行全部空白；' +
        '另有 本年新收·商业企业、部分公开·商业企业、无法提供·本机关不掌握相关政府信息·商业企业、无法提供·没有现成信息需要另行制作·商业企业、' +
        '无法提供·补正后申请内容仍不明确·商业企业 等 12 个。读作 0 时各项勾稽关系均成立',
    );
    expect(t3?.cells).toHaveLength(128);
    const d = { ...full('2019') };
    blank(
      d,
      req.filter((a) => LEGAL.some((k) => a.endsWith(`.${k}`))),
      '/',
    );
    const t3d = blankCell.run(makeReport({ cells: d }), makeCtx()).find((f) => f.message.startsWith('表三'));
    expect(t3d?.message).toBe(
      '表三有 115 个单元格为空或不是数字：法人或其他组织五列全部为「/」。读作 0 时各项勾稽关系均成立',
    );
  });

  it('says which sums would fail with the blanks read as 0: a blank there hides a figure', () => {
    const c = { ...full('2019'), ...sampleT3(), ...sampleT4() };
    c['t4.review.upheld'] = { value: null, raw: '' };
    const [t4] = blankCell.run(makeReport({ cells: c }), makeCtx());
    expect(t4?.message).toBe(
      '表四有 1 个单元格为空或不是数字：行政复议·结果维持。空白读作 0 时以下勾稽关系不成立：表四「行政复议」行（各列之和等于总计），空白处可能漏填了数字',
    );
  });

  it('does not claim every sum holds when one fails on its figures alone (that is t4-sum’s finding)', () => {
    const c = { ...full('2019'), ...sampleT3(), ...sampleT4() };
    c['t4.review.total'] = { value: 5, raw: '5' };
    c['t4.suit_after_review.other'] = { value: null, raw: '' };
    const [t4] = blankCell.run(makeReport({ cells: c }), makeCtx());
    expect(t4?.message).toBe(
      '表四有 1 个单元格为空或不是数字：行政诉讼·复议后起诉·其他结果。空白读作 0 时，涉及空白单元格的勾稽关系均成立',
    );
  });

  it('leaves rows that could not be placed to short-row and blank totals to blank-total', () => {
    const c = { ...full('2019'), ...sampleT3(), ...sampleT4() };
    blank(
      c,
      ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'].map(
        (k) => `t3.granted.${k}`,
      ),
    );
    c['t3.partial.total'] = { value: null, raw: '' };
    const ctx = makeCtx({ unmapped: [{ table: 't3', row: 'granted', reason: '只有 6 个数值，应有 7 个' }] });
    expect(blankCell.run(makeReport({ cells: c }), ctx)).toEqual([]);
  });

  it('without a template skips 表二 and takes whichever 其他处理 rows the page has', () => {
    const none = (c: Record<string, CellValue>) =>
      blankCell.run(makeReport({ template: null, cells: c }), makeCtx());
    expect(none({ ...sampleT3('2019'), ...sampleT4() })).toEqual([]);
    expect(none({ ...sampleT3('2021'), ...sampleT4() })).toEqual([]);
    const c = { ...sampleT3('2021'), ...sampleT4() };
    delete c['t3.other.else.legal'];
    expect(none(c)).toEqual([expect.objectContaining({ cells: ['t3.other.else.legal'] })]);
  });

  it('is skipped when no table was found', () => {
    const none = makeCtx({ found: { t2: false, t3: false, t4: false } });
    expect(blankCell.skip?.(makeReport(), none)).toBe('未找到表格 / no table found');
  });

  it('fires on the page that leaves its zeros blank, and says the sums hold; silent on a page with every figure', () => {
    const a = fixture('wuhan-sthjj-2020-zeros-blank');
    const t3 = a.findings.find((f) => f.rule === 'blank-cell' && f.message.startsWith('表三'));
    expect(t3?.message).toContain('「其他」列全部空白');
    expect(t3?.message).toMatch(/。读作 0 时各项勾稽关系均成立$/);
    expect(t3?.cells.length).toBeGreaterThan(100);
    const whole = fixture('seed004-cms');
    expect(whole.findings.filter((f) => f.rule === 'blank-cell')).toEqual([]);
    expect(whole.checks.find((c) => c.rule === 'blank-cell')?.status).toBe('passed');
  });
});
