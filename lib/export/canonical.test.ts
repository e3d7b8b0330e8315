import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit, toPageResult } from '../audit';
import { decodeHtml } from '../decode';
import { type PageResult, PageResultSchema } from '../model';
import { exportShape } from './canonical';
import { pageJson } from './json';
import { notReport, samplePage } from './testing';

const fixtures = join(__dirname, '../../test/fixtures');

/** What the export printed before the shortcut: zod's parsed copy, stringified. */
const viaZod = (r: unknown) => JSON.stringify([PageResultSchema.parse(r)], null, 2).slice(4, -2);

/** exportShape's promise: when it gives a shape, zod accepts the result and its copy prints alike. */
function holds(r: unknown): boolean {
  const shape = exportShape(r);
  if (shape !== null) expect(JSON.stringify(shape)).toBe(JSON.stringify(PageResultSchema.parse(r)));
  return shape !== null;
}

describe('exportShape', () => {
  it("takes every fixture's audited result as it is, and the export prints what zod's copy prints", () => {
    const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    let detected = 0;
    for (const f of pages) {
      const html = decodeHtml(readFileSync(join(fixtures, f))).text;
      const result = toPageResult(audit(sourceFromHtml(html)), { file: f });
      if (result.detected) detected++;
      expect(holds(result), f).toBe(true);
      expect(pageJson(result), f).toBe(viaZod(result));
    }
    expect(detected).toBeGreaterThan(20);
  });

  it('takes the hand-made results, with a flag, a cross-report finding and every kind of message parameter', () => {
    const page = samplePage();
    if (!page.detected) throw new Error('samplePage is a report');
    page.checks = [{ rule: 't3-balance', status: 'skipped', reason: '表三缺失' }];
    page.flags = [
      {
        id: 'f1',
        address: 't3.new.total',
        quote: '12',
        at: 0,
        page: 1,
        note: '',
        created: 'x',
        orphan: false,
      },
    ];
    page.findings.push({
      rule: 'carry-over-mismatch',
      severity: 'error',
      message: 'm',
      cells: ['t3.carried_in.total'],
      other: { title: 't', url: 'https://a.gov.cn/', year: 2020, published: null },
      msg: {
        id: 'eq',
        params: {
          a: '文字',
          b: 3.5,
          c: { label: 'cell', key: 't3.new.total', tpl: '2021' },
          d: { list: [1, { id: 'term', params: { label: 'x', value: 0 } }], sep: 'plus' },
        },
      },
    });
    expect(holds(page)).toBe(true);
    expect(holds(notReport())).toBe(true);
    expect(holds({ detected: false })).toBe(true);
  });

  it('puts keys in the schema order, as zod copies them, and keeps what is in shape as it is', () => {
    const base = samplePage() as Extract<PageResult, { detected: true }>;
    const fact = { key: 'f.x', value: 1, pos: { end: 2, start: 1, block: 0 }, quote: 'q', label: 'l' };
    const moved = {
      detected: true,
      findings: [{ cells: [], message: 'm', severity: 'info', rule: 'r' }, base.findings[0]],
      file: 'a.html',
      report: { ...base.report, facts: [base.report.facts[0], fact] },
    };
    expect(holds(moved)).toBe(true);
    const shape = exportShape(moved)!;
    expect(shape).not.toBe(moved);
    expect(shape.findings[1]).toBe(moved.findings[1]);
    expect(shape.report.facts[0]).toBe(moved.report.facts[0]);
    expect(Object.keys(shape.report.facts[1]!)).toEqual(['key', 'value', 'quote', 'label', 'pos']);
    expect(exportShape(base)).toBe(base);
  });

  it('leaves to zod whatever zod would drop or refuse', () => {
    const base = samplePage() as Extract<PageResult, { detected: true }>;
    const report = base.report;
    const finding = base.findings[0]!;
    const cases: unknown[] = [
      // Keys zod drops.
      { ...base, stray: 1 },
      { ...base, report: { ...report, extra: 'x' } },
      {
        ...base,
        findings: [{ ...finding, msg: { id: 'x', params: { p: { label: 'row', key: 'k', id: 'y' } } } }],
      },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: { id: 'y', list: [] } } } }] },
      // An optional key present but undefined.
      { ...base, url: undefined },
      // Values zod refuses.
      { ...base, report: { ...report, year: 2020.5 } },
      { ...base, report: { ...report, published: '2022年1月20日' } },
      { ...base, report: { ...report, cells: { 't3.new.total': { value: Number.NaN, raw: '' } } } },
      {
        ...base,
        report: { ...report, cells: { 't3.new.total': { value: Number.POSITIVE_INFINITY, raw: '' } } },
      },
      { ...base, report: { ...report, template: '2020' } },
      { ...base, report: { ...report, agency: undefined } },
      { ...base, findings: [{ ...finding, severity: 'fatal' }] },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: { label: 'shelf', key: 'k' } } } }] },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: Number.NaN } } }] },
      { ...base, flags: [{ id: 'f', address: null, quote: '', at: -1, note: '', created: '' }] },
      { ...base, checks: [{ rule: 'r', status: 'done' }] },
      { detected: 'yes' },
      { detected: false, reason: 3 },
      // Not plain data.
      new (class {
        detected = false;
      })(),
      null,
      [],
    ];
    for (const c of cases) expect(holds(c), JSON.stringify(c)).toBe(false);
    // Through pageJson these still print zod's copy, or throw as zod does.
    expect(pageJson(cases[0] as PageResult)).toBe(viaZod(cases[0]));
    expect(pageJson(cases[1] as PageResult)).toBe(viaZod(cases[1]));
    expect(pageJson(cases[2] as PageResult)).toBe(viaZod(cases[2]));
    expect(() => pageJson(cases[5] as PageResult)).toThrow();
  });
});
