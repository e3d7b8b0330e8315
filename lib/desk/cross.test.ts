import { describe, expect, it } from 'vitest';
import type { Report } from '../model';
import { PAIR_RULES } from '../rules/index';
import { cells, makeReport } from '../rules/testing';
import type { PairRule } from '../rules/types';
import { link } from './agency';
import { crossFindings } from './cross';

const r = (agency: string | null, year: number | null, c: Record<string, number | null> = {}): Report =>
  makeReport({ agency, year, template: '2021', cells: cells(c) });

/** Records the pairs it sees, by year, and files one finding per pair. */
function recorder() {
  const seen: string[] = [];
  const rule: PairRule = {
    id: 'probe',
    severity: 'warning',
    title: 'probe / probe',
    explain: '',
    runPair(prev, next) {
      seen.push(`${prev.agency}${prev.year}→${next.agency}${next.year}`);
      return [{ rule: 'probe', severity: 'warning', message: 'x', cells: [] }];
    },
  };
  return { seen, rule };
}

describe('crossFindings', () => {
  it('pairs consecutive years of one agency (by key) and files findings under the later report', () => {
    const { seen, rule } = recorder();
    const out = crossFindings(
      [
        { id: 'c', report: r('某某区统计局', 2022) },
        { id: 'a', report: r('某某区 統計局', 2020) },
        { id: 'b', report: r('某某区统计局2021年度', 2021) },
        { id: 'gap', report: r('某某区统计局', 2024) },
        { id: 'other', report: r('另一个局', 2021) },
        { id: 'undated', report: r('某某区统计局', null) },
        { id: 'anon', report: r(null, 2023) },
      ],
      { pairs: [] },
      [rule],
    );
    expect(seen.sort()).toEqual([
      '某某区 統計局2020→某某区统计局2021年度2021',
      '某某区统计局2021年度2021→某某区统计局2022',
    ]);
    expect([...out.keys()].sort()).toEqual(['b', 'c']);
  });

  it("follows the user's links between names", () => {
    const { seen, rule } = recorder();
    const items = [
      { id: 'old', report: r('某某区统计局', 2021) },
      { id: 'new', report: r('某某区统计和信息局', 2022) },
    ];
    expect(crossFindings(items, { pairs: [] }, [rule]).size).toBe(0);
    const links = link({ pairs: [] }, '某某区统计和信息局', '某某区统计局');
    expect([...crossFindings(items, links, [rule]).keys()]).toEqual(['new']);
    expect(seen).toHaveLength(1);
  });

  it('runs every PAIR_RULE by default', () => {
    const out = crossFindings(
      [
        { id: '2021', report: r('某局', 2021, { 't3.carried_out.total': 3, 't2.rules.in_force': 5 }) },
        {
          id: '2022',
          report: r('某局', 2022, {
            't3.carried_in.total': 2,
            't2.rules.issued': 1,
            't2.rules.repealed': 0,
            't2.rules.in_force': 5,
          }),
        },
      ],
      { pairs: [] },
    );
    expect(out.get('2022')?.map((f) => f.rule)).toEqual(['carry-over-mismatch', 't2-continuity']);
    expect(PAIR_RULES.length).toBeGreaterThanOrEqual(3);
  });

  it('handles 5,000 reports quickly', () => {
    const t3 = Object.fromEntries(
      ['new', 'carried_in', 'granted', 'outcome_total', 'carried_out'].flatMap((row) =>
        ['natural', 'commercial', 'total'].map((c) => [`t3.${row}.${c}`, 1]),
      ),
    );
    const items = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i),
      report: r(`第${i % 1000}局`, 2019 + Math.floor(i / 1000), t3),
    }));
    const start = performance.now();
    const out = crossFindings(items, { pairs: [] });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(out.size).toBe(4000);
  });
});
