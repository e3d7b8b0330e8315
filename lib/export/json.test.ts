import { describe, expect, it } from 'vitest';
import type { PageResult } from '../model';
import { toJson } from './json';
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

  it('writes an empty export as an empty array', () => {
    expect(toJson([])).toBe('[]\n');
  });

  it('refuses a result that breaks the contract', () => {
    const bad = samplePage({ published: '2022年1月20日' });
    expect(() => toJson([bad])).toThrow();
    expect(() => toJson([{ detected: true } as unknown as PageResult])).toThrow();
  });
});
