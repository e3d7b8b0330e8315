import { describe, expect, it } from 'vitest';
import { ExportSchema, type PageResult } from '../model';
import { pageJson, toJson } from './json';
import { notReport, samplePage } from './testing';

describe('toJson', () => {
  it('pretty-prints the array of page results with a final newline', () => {
    const out = toJson([samplePage(), notReport()]);
    expect(out.endsWith('}\n]\n')).toBe(true);
    expect(out).toContain('\n  {\n    "file": "reports/a.html",');
    const back = JSON.parse(out) as PageResult[];
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual(samplePage());
    expect(back[1]).toEqual(notReport());
  });

  it('prints page by page exactly what stringifying the validated array prints', () => {
    const extra = { ...samplePage(), stray: 'dropped by the schema' } as unknown as PageResult;
    const results = [samplePage(), notReport(), extra];
    const whole = `${JSON.stringify(ExportSchema.parse(results), null, 2)}\n`;
    expect(toJson(results)).toBe(whole);
    expect(whole).not.toContain('stray');
    // Entries made beforehand are taken as they are, by the result object.
    const ready = new Map(results.map((r) => [r, pageJson(r)]));
    expect(toJson(results, ready)).toBe(whole);
    expect(toJson(results, new Map([[notReport(), 'not this one']]))).toBe(whole);
    expect(toJson([results[1]!], new Map([[results[1]!, '{"marked": 1}']]))).toBe('[\n  {"marked": 1}\n]\n');
  });

  it('writes an empty export as an empty array', () => {
    expect(toJson([])).toBe('[]\n');
  });

  it('refuses a result that breaks the contract', () => {
    const bad = samplePage({ published: '2022年1月20日' });
    expect(() => toJson([bad])).toThrow();
    expect(() => toJson([{ detected: true } as unknown as PageResult])).toThrow();
    // The error names the page's place in the array, as the whole array's validation does.
    expect(() => toJson([samplePage(), bad])).toThrow(/"path": \[\s*1,/);
  });
});
