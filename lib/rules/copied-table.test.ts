import { describe, expect, it } from 'vitest';
import { copiedTable } from './copied-table';
import { cells, makeReport, sampleT3, sampleT4 } from './testing';

const t3 = sampleT3('2021');
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
      copiedTable.runPair(report(2021), report(2022, over)).map((f) => f.message.slice(0, 2));
    expect(tables({})).toEqual(['表三', '表四']);
    expect(tables({ 't3.granted.natural': 4 })).toEqual(['表四']);
    expect(tables({ 't3.granted.natural': null, 't4.review.pending': null })).toEqual([]);
  });

  it('ignores the all-zero tables of quiet offices (fewer than three non-zero figures)', () => {
    const zeros = {
      't4.review.upheld': 0,
      't4.review.total': 0,
      't4.suit_direct.pending': 1,
      't4.suit_direct.total': 1,
    };
    const found = copiedTable.runPair(report(2021, zeros), report(2022, zeros));
    expect(found.map((f) => f.message.slice(0, 2))).toEqual(['表三']);
  });

  it('needs the same template, consecutive years and some shared cells', () => {
    expect(copiedTable.runPair(report(2020, {}, '2019'), report(2021))).toEqual([]);
    expect(copiedTable.runPair(report(2020), report(2022))).toEqual([]);
    expect(copiedTable.runPair(makeReport({ year: 2021 }), makeReport({ year: 2022 }))).toEqual([]);
  });
});
