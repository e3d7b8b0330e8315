import { describe, expect, it } from 'vitest';
import { copiedTable } from './copied-table';
import { cells, makeReport, sampleT3, sampleT4 } from './testing';

const t3 = sampleT3('2021');
/** A 表四 with three telling figures: two reviews upheld, one corrected, one suit pending. */
const busyT4 = {
  't4.review.upheld': 2,
  't4.review.corrected': 1,
  't4.review.total': 3,
  't4.suit_direct.pending': 1,
  't4.suit_direct.total': 1,
};
const report = (year: number, over: Record<string, number | null> = {}, template: '2019' | '2021' = '2021') =>
  makeReport({ year, template, cells: { ...t3, ...sampleT4(), ...cells(over) } });

describe('copied-table', () => {
  it('warns per table that the later report repeats figure for figure', () => {
    const found = copiedTable.runPair(
      report(2021),
      report(2022, { 't4.review.upheld': 2, 't4.review.total': 2 }),
    );
    expect(found.map((f) => f.message)).toEqual(['表三与上一年度（2021年）报告完全相同，可能沿用了旧报告']);
    expect(found[0]).toMatchObject({ rule: 'copied-table', severity: 'warning' });
    expect(found[0]?.cells).toContain('t3.new.total');
    expect(found[0]?.cells.every((c) => c.startsWith('t3.'))).toBe(true);
  });

  it('is silent when one figure differs or is blank', () => {
    const tables = (over: Record<string, number | null>) =>
      copiedTable.runPair(report(2021, busyT4), report(2022, over)).map((f) => f.message.slice(0, 2));
    expect(tables(busyT4)).toEqual(['表三', '表四']);
    expect(tables({ ...busyT4, 't3.granted.natural': 4 })).toEqual(['表四']);
    expect(tables({ ...busyT4, 't3.granted.natural': null, 't4.review.pending': null })).toEqual([]);
  });

  it('ignores quiet offices: all zeros, or too few telling figures (totals and stocks do not count)', () => {
    // One review upheld and one suit pending: four non-zero figures, but two of them are totals.
    const quiet = {
      't4.review.upheld': 1,
      't4.review.total': 1,
      't4.suit_direct.pending': 1,
      't4.suit_direct.total': 1,
    };
    const zeroT3 = Object.fromEntries(Object.keys(t3).map((a) => [a, 0]));
    const stocks = { 't2.rules.in_force': 5, 't2.normative.in_force': 12, 't2.permit.decisions': 3 };
    const found = copiedTable.runPair(
      report(2021, { ...zeroT3, ...quiet, ...stocks }),
      report(2022, { ...zeroT3, ...quiet, ...stocks }),
    );
    expect(found).toEqual([]);
    const busy = { ...stocks, 't2.penalty.decisions': 9, 't2.rules.issued': 1 };
    expect(
      copiedTable.runPair(report(2021, busy), report(2022, busy)).map((f) => f.message.slice(0, 2)),
    ).toEqual(['表二', '表三']);
  });

  it('needs the same template, consecutive years and some shared cells', () => {
    expect(copiedTable.runPair(report(2020, {}, '2019'), report(2021))).toEqual([]);
    expect(copiedTable.runPair(report(2020), report(2022))).toEqual([]);
    expect(copiedTable.runPair(makeReport({ year: 2021 }), makeReport({ year: 2022 }))).toEqual([]);
  });

  it('compares only one template of consecutive years with a figure both years give', () => {
    expect(copiedTable.compares(report(2021), report(2022))).toBe(true);
    const none = (year: number) => makeReport({ year, template: '2021', cells: {} });
    expect(copiedTable.compares(none(2021), none(2022))).toBe(false);
    expect(copiedTable.compares(report(2021, {}, '2019'), report(2022))).toBe(false);
    expect(copiedTable.compares(report(2020), report(2022))).toBe(false);
    const only = (year: number, addr: string) =>
      makeReport({ year, template: '2021', cells: cells({ [addr]: 1 }) });
    expect(copiedTable.compares(only(2021, 't3.new.total'), only(2022, 't3.new.natural'))).toBe(false);
    expect(copiedTable.compares(only(2021, 't3.new.total'), only(2022, 't3.new.total'))).toBe(true);
  });
});
