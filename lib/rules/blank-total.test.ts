import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import type { CellValue } from '../model';
import { blankTotal } from './blank-total';
import { cells, makeCtx, makeReport, sampleT3, sampleT4 } from './testing';

const fixture = (name: string) =>
  audit(sourceFromHtml(readFileSync(new URL(`../../test/fixtures/${name}.html`, import.meta.url), 'utf8')));
const run = (c: Record<string, CellValue>, ctx = makeCtx()) => blankTotal.run(makeReport({ cells: c }), ctx);

describe('blank-total', () => {
  it('is silent on a total the table has no cell for (a 表三 printed without its 总计 column)', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    for (const a of Object.keys(c)) if (a.startsWith('t3.') && a.endsWith('.total')) delete c[a];
    expect(run(c)).toEqual([]);
  });

  it('fires on a row total left blank while its row adds up, naming the total and its parts', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    c['t3.partial.total'] = { value: null, raw: '' };
    expect(run(c)).toMatchObject([
      {
        rule: 'blank-total',
        severity: 'error',
        message: '表三「部分公开」行：总计 为空，但该行各列之和为 17（自然人 17；其余 5 列为 0）',
        cells: [
          't3.partial.total',
          't3.partial.natural',
          't3.partial.commercial',
          't3.partial.research',
          't3.partial.social',
          't3.partial.legal',
          't3.partial.other',
        ],
      },
    ]);
  });

  it('reads blank parts as 0 beside a figure, and says so', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    for (const col of ['commercial', 'research', 'social', 'legal', 'other', 'total'])
      c[`t3.partial.${col}`] = { value: null, raw: col === 'research' ? '—' : '' };
    const [f] = run(c);
    expect(f?.message).toBe(
      '表三「部分公开」行：总计 为空，但该行各列之和为 17（自然人 17；其余 5 列空白，读作 0）',
    );
  });

  it('fires on a blank （七）总计 down a column, and on a blank 表四 total', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    c['t3.outcome_total.natural'] = { value: null, raw: '' };
    c['t4.review.total'] = { value: null, raw: '/' };
    expect(run(c).map((f) => f.message)).toEqual([
      '表三「自然人」列：办理结果总计 为空，但各办理结果之和为 20（予以公开 3 + 部分公开 17；其余 17 行为 0）',
      '表四「行政复议」行：总计 为「/」，但该行各列之和为 1（结果维持 1；其余 3 列为 0）',
    ]);
  });

  it('names the （七）总计 row’s own 总计 once, as its row', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    c['t3.outcome_total.total'] = { value: null, raw: '' };
    const found = run(c);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^表三「办理结果总计」行：总计 为空，但该行各列之和为 21/);
  });

  it('says a whole line of blank totals once, naming each sum', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    for (const a of Object.keys(c))
      if (a.startsWith('t3.') && a.endsWith('.total')) c[a] = { value: null, raw: '' };
    const found = run(c);
    expect(found.map((f) => f.message)).toEqual([
      '表三「总计」列全部空白，但 6 行的各列之和不为 0：本年新收 22、上年结转 1、予以公开 4、部分公开 17、办理结果总计 21、结转下年度 2',
    ]);
  });

  it('says several blank totals of one line once, where the rest of the line is filled', () => {
    // As a real 2019 report (上海市人民政府办公厅) prints it: 总计 filled on 本年新收, 上年结转,
    // （七）总计 and 结转下年度, blank on every outcome row with figures.
    const c = { ...sampleT3(), ...sampleT4() };
    c['t3.granted.total'] = { value: null, raw: '' };
    c['t3.partial.total'] = { value: null, raw: '' };
    c['t4.review.total'] = { value: null, raw: '' };
    c['t4.suit_direct.total'] = { value: null, raw: '' };
    const found = run(c);
    expect(found.map((f) => f.message)).toEqual([
      '表三「总计」列在 2 行空白，而这些行的各列之和不为 0：予以公开 4、部分公开 17',
      '表四「总计」列在 2 行空白，而这些行的各列之和不为 0：行政复议 1、行政诉讼·未经复议直接起诉 1',
    ]);
    // Every blank total and its parts are still named, so each is marked on the page.
    expect(found[0]?.cells).toEqual(
      expect.arrayContaining(['t3.granted.total', 't3.partial.total', 't3.granted.commercial']),
    );
    expect(found[1]?.cells).toEqual(expect.arrayContaining(['t4.review.total', 't4.suit_direct.pending']));
    // One blank total alone keeps its own message, with its parts.
    c['t4.suit_direct.total'] = { value: 1, raw: '1' };
    expect(run(c).map((f) => f.message)[1]).toBe(
      '表四「行政复议」行：总计 为空，但该行各列之和为 1（结果维持 1；其余 3 列为 0）',
    );
  });

  it('says a blank （七）总计 row once', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    for (const a of Object.keys(c)) if (a.startsWith('t3.outcome_total.')) c[a] = { value: null, raw: '' };
    const found = run(c);
    expect(found.map((f) => f.message)).toEqual([
      '表三「办理结果总计」行全部空白，但 3 列的各办理结果之和不为 0：自然人 20、商业企业 1、总计 21',
    ]);
    expect(found[0]?.cells).toContain('t3.outcome_total.commercial');
  });

  it('is silent when the parts are all blank (blank-cell), all 0, or not all readable', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    for (const col of ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'])
      c[`t3.partial.${col}`] = { value: null, raw: '' };
    c['t3.denied.safety.total'] = { value: null, raw: '' };
    c['t3.granted.total'] = { value: null, raw: '' };
    c['t3.granted.legal'] = { value: null, raw: '见附件' };
    expect(run(c)).toEqual([]);
    expect(run(cells({ 't4.review.upheld': 0, 't4.review.total': null }))).toEqual([]);
  });

  it('leaves rows whose figures could not be placed to short-row', () => {
    const c = { ...sampleT3(), ...sampleT4() };
    c['t3.granted.total'] = { value: null, raw: '' };
    const ctx = makeCtx({ unmapped: [{ table: 't3', row: 'granted', reason: '只有 6 个数值，应有 7 个' }] });
    expect(run(c, ctx)).toEqual([]);
  });

  it('is skipped when neither 表三 nor 表四 was found', () => {
    const none = makeCtx({ found: { t2: true, t3: false, t4: false } });
    expect(blankTotal.skip?.(makeReport(), none)).toBe('表三、表四均缺失 / no table 3 or 4');
    expect(blankTotal.skip?.(makeReport(), makeCtx())).toBeNull();
  });

  it('fires on the page that leaves its zeros blank and one total too, silent on its twin', () => {
    const blank = fixture('wuhan-sthjj-2020-total-blank');
    expect(blank.findings.filter((f) => f.rule === 'blank-total').map((f) => f.message)).toEqual([
      '表三「予以公开」行：总计 为空，但该行各列之和为 26（自然人 20 + 商业企业 3 + 科研机构 1 + 社会公益组织 1 + 法律服务机构 1；其余 1 列空白，读作 0）',
    ]);
    // Every cell it names is one the page can mark.
    const [f] = blank.findings.filter((x) => x.rule === 'blank-total');
    for (const a of f?.cells ?? []) expect(blank.cellNodes.has(a), a).toBe(true);
    const whole = fixture('wuhan-sthjj-2020-zeros-blank');
    expect(whole.findings.filter((x) => x.rule === 'blank-total')).toEqual([]);
    expect(whole.checks.find((c) => c.rule === 'blank-total')?.status).toBe('passed');
  });
});
