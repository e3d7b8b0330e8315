import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit, toPageResult } from '../audit';
import { decodeHtml } from '../decode';
import { type PageResult, PageResultSchema } from '../model';
import { pageText } from './canonical';
import { pageJson } from './json';
import { notReport, samplePage } from './testing';

const fixtures = join(__dirname, '../../test/fixtures');

/** What the export printed before the shortcut: zod's parsed copy, stringified. */
const viaZod = (r: unknown) => JSON.stringify([PageResultSchema.parse(r)], null, 2).slice(4, -2);

/**
 * pageText's promise: when it writes a page, zod accepts the result and its copy prints the same
 * text (at the top level and indented, as the export nests it).
 */
function holds(r: unknown): boolean {
  const text = pageText(r);
  if (text !== null) {
    const parsed = PageResultSchema.parse(r);
    expect(text).toBe(JSON.stringify(parsed, null, 2));
    expect(pageText(r, '  ')).toBe(viaZod(r));
  }
  return text !== null;
}

describe('pageText', () => {
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

  it('leaves to zod an object whose keys its copy would drop or reorder; pageJson prints that copy', () => {
    const base = samplePage() as Extract<PageResult, { detected: true }>;
    const fact = { key: 'f.x', value: 1, pos: { end: 2, start: 1, block: 0 }, quote: 'q', label: 'l' };
    const cases: unknown[] = [
      {
        detected: true,
        findings: [{ cells: [], message: 'm', severity: 'info', rule: 'r', stray: 1 }, base.findings[0]],
        file: 'a.html',
        report: { ...base.report, facts: [base.report.facts[0], fact], extra: 'x' },
        stray: { deep: [1] },
      },
      {
        ...base,
        findings: [
          { ...base.findings[0], msg: { id: 'x', params: { p: { label: 'row', key: 'k', id: 'y' } } } },
        ],
      },
      {
        ...base,
        findings: [{ ...base.findings[0], msg: { id: 'x', params: { p: { id: 'y', list: [] } } } }],
      },
      {
        ...base,
        findings: [{ ...base.findings[0], msg: { id: 'x', params: { p: { label: 'shelf', id: 'y' } } } }],
      },
      { reason: 'r', detected: false },
      Object.assign(Object.create(null), { detected: false, file: 'a.html', reason: 'r' }),
      {
        ...base,
        report: { ...base.report, facts: [{ ...base.report.facts[0], pos: { end: 2, start: 1, block: 0 } }] },
      },
    ];
    for (const c of cases) {
      expect(holds(c), JSON.stringify(c)).toBe(false);
      expect(pageJson(c as PageResult)).toBe(viaZod(c));
    }
    // Keys in the schema's order, or undefined (printed by neither) wherever they stand: as it is.
    const asIs: unknown[] = [
      { ...base, url: undefined, report: { ...base.report, portal: undefined } },
      { stray: undefined, ...base, report: { ...base.report, extra: undefined } },
      { ...base, report: { ...base.report, cells: {}, facts: [] }, findings: [], checks: [], flags: [] },
      Object.assign(Object.create(null), { file: 'a.html', detected: false, reason: 'r' }),
      { detected: false },
    ];
    for (const c of asIs) expect(holds(c), JSON.stringify(c)).toBe(true);
  });

  it('leaves to zod whatever zod refuses', () => {
    const base = samplePage() as Extract<PageResult, { detected: true }>;
    const report = base.report;
    const finding = base.findings[0]!;
    const cases: unknown[] = [
      { ...base, report: { ...report, year: 2020.5 } },
      { ...base, report: { ...report, published: '2022年1月20日' } },
      { ...base, report: { ...report, cells: { 't3.new.total': { value: Number.NaN, raw: '' } } } },
      {
        ...base,
        report: { ...report, cells: { 't3.new.total': { value: Number.POSITIVE_INFINITY, raw: '' } } },
      },
      { ...base, report: { ...report, cells: { 't3.new.total': undefined } } },
      { ...base, report: { ...report, cells: { 't3.new.total': { value: 1, raw: '1', page: 1.5 } } } },
      { ...base, report: { ...report, cells: { 't3.new.total': { value: 1, raw: 1 } } } },
      { ...base, report: { ...report, cells: { 't3.new.total': { value: '1', raw: '1' } } } },
      { ...base, report: { ...report, template: '2020' } },
      { ...base, report: { ...report, agency: undefined } },
      { ...base, report: { ...report, facts: [{ key: 'f.x', quote: 'q' }] } },
      { ...base, findings: [{ ...finding, severity: 'fatal' }] },
      { ...base, findings: [{ ...finding, cells: [1] }] },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: { label: 'shelf', key: 'k' } } } }] },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: Number.NaN } } }] },
      { ...base, findings: [{ ...finding, msg: { id: 'x', params: { p: true } } }] },
      { ...base, flags: [{ id: 'f', address: null, quote: '', at: -1, note: '', created: '' }] },
      { ...base, checks: [{ rule: 'r', status: 'done' }] },
      { ...base, findings: [finding, undefined] },
      { detected: 'yes' },
      { detected: false, reason: 3 },
      { file: 'a.html' },
      null,
      [],
    ];
    for (const c of cases) expect(holds(c), JSON.stringify(c)).toBe(false);
    // Through pageJson these throw as zod does.
    for (const c of cases) expect(() => pageJson(c as PageResult), JSON.stringify(c)).toThrow();
    // Not plain data: zod decides (and takes it, as a page that is not a report).
    const odd = new (class {
      detected = false;
    })();
    expect(pageText(odd)).toBeNull();
    expect(pageJson(odd as PageResult)).toBe(viaZod(odd));
  });
});
