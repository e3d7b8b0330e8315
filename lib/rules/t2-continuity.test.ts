import { describe, expect, it } from 'vitest';
import { render } from '../i18n/render';
import { t2Continuity } from './t2-continuity';
import { cells, makeReport } from './testing';

const year = (y: number, c: Record<string, number | null>, template: '2019' | '2021' = '2021') =>
  makeReport({ year: y, template, cells: cells(c) });

describe('t2-continuity', () => {
  it('fires when in force ≠ last year in force + issued − repealed, showing the arithmetic', () => {
    const found = t2Continuity.runPair(
      year(2021, { 't2.normative.in_force': 25, 't2.rules.in_force': 3 }),
      year(2022, {
        't2.normative.issued': 5,
        't2.normative.repealed': 1,
        't2.normative.in_force': 25,
        't2.rules.issued': 1,
        't2.rules.repealed': 0,
        't2.rules.in_force': 4,
      }),
    );
    expect(found).toMatchObject([
      {
        rule: 't2-continuity',
        severity: 'warning',
        message:
          '表二 行政规范性文件：上年现行有效 25 + 本年制发 5 − 本年废止 1 = 29，但本年现行有效 为 25。少出的 4 件也可能是有效期届满自动失效、未计入本年废止的文件，请对照正文或文件清理情况核实',
        cells: ['t2.normative.in_force', 't2.normative.issued', 't2.normative.repealed'],
      },
    ]);
  });

  it('says only the arithmetic where more are in force than it gives (no lapse explains that), in both languages', () => {
    const [f] = t2Continuity.runPair(
      year(2021, { 't2.rules.in_force': 3 }),
      year(2022, { 't2.rules.issued': 1, 't2.rules.repealed': 0, 't2.rules.in_force': 6 }),
    );
    expect(f?.message).toBe('表二 规章：上年现行有效 3 + 本年制发 1 − 本年废止 0 = 4，但本年现行有效 为 6');
    const [g] = t2Continuity.runPair(
      year(2021, { 't2.rules.in_force': 3 }),
      year(2022, { 't2.rules.issued': 1, 't2.rules.repealed': 0, 't2.rules.in_force': 2 }),
    );
    expect(g?.msg && render(g.msg, 'en')).toMatch(/The 2 fewer may also be documents that lapsed/);
    expect(g?.msg && render(g.msg, 'zh')).toBe(g?.message);
  });

  it('quotes the later report where it says its documents in force were adjusted (a city’s real words)', () => {
    const said =
      '因2023年度对政府规章和行政规范性文件开展了清理工作，政府规章和行政规范性文件的现行有效件数根据清理结果进行了调整，以本年度报告为准。';
    const next = makeReport({
      year: 2023,
      template: '2021',
      cells: cells({ 't2.rules.issued': 1, 't2.rules.repealed': 0, 't2.rules.in_force': 30 }),
      facts: [{ key: 'f.claim.in_force_adjusted', value: null, claim: '现行有效件数有说明', quote: said }],
    });
    const [f] = t2Continuity.runPair(year(2022, { 't2.rules.in_force': 40 }), next);
    expect(f).toMatchObject({ rule: 't2-continuity', severity: 'warning' });
    expect(f?.message).toBe(
      `表二 规章：上年现行有效 40 + 本年制发 1 − 本年废止 0 = 41，但本年现行有效 为 30。少出的 11 件也可能是有效期届满自动失效、未计入本年废止的文件，请对照正文或文件清理情况核实（本年度报告对此有说明：「${said}」）`,
    );
    expect(f?.msg && render(f.msg, 'en')).toMatch(/this year's report explains it: “因2023年度/);
  });

  it('is silent on blanks, on the 2019 template and on years that are not consecutive', () => {
    const good = { 't2.rules.issued': 2, 't2.rules.repealed': 1, 't2.rules.in_force': 9 };
    const bad = { 't2.rules.issued': 2, 't2.rules.repealed': 1, 't2.rules.in_force': 10 };
    const prev = year(2021, { 't2.rules.in_force': 8 });
    expect(t2Continuity.runPair(prev, year(2022, good))).toEqual([]);
    expect(t2Continuity.runPair(prev, year(2022, bad))).toHaveLength(1);
    expect(t2Continuity.runPair(prev, year(2022, { ...bad, 't2.rules.repealed': null }))).toEqual([]);
    expect(t2Continuity.runPair(year(2021, { 't2.rules.in_force': null }), year(2022, bad))).toEqual([]);
    expect(t2Continuity.runPair(prev, year(2023, bad))).toEqual([]);
    expect(t2Continuity.runPair(year(2020, { 't2.rules.in_force': 8 }, '2019'), year(2021, bad))).toEqual([]);
    expect(t2Continuity.runPair(makeReport({ ...prev, year: null }), year(2022, bad))).toEqual([]);
  });

  it('compares only two consecutive 2021-template years with a row whose four figures are all there', () => {
    const whole = { 't2.rules.issued': 1, 't2.rules.repealed': 0, 't2.rules.in_force': 4 };
    expect(t2Continuity.compares(year(2021, { 't2.rules.in_force': 3 }), year(2022, whole))).toBe(true);
    expect(t2Continuity.compares(year(2021, {}), year(2022, whole))).toBe(false);
    expect(
      t2Continuity.compares(
        year(2021, { 't2.rules.in_force': 3 }),
        year(2022, { ...whole, 't2.rules.repealed': null }),
      ),
    ).toBe(false);
    expect(t2Continuity.compares(year(2020, { 't2.rules.in_force': 3 }, '2019'), year(2021, whole))).toBe(
      false,
    );
    expect(t2Continuity.compares(year(2020, { 't2.rules.in_force': 3 }), year(2022, whole))).toBe(false);
  });
});
