import { describe, expect, it } from 'vitest';
import type { Report } from '../model';
import { fact, makeCtx, makeReport } from './testing';
import { titleYear, yearMismatch } from './year-mismatch';

const run = (over: Partial<Report>) => yearMismatch.run(makeReport(over), makeCtx());
const period = (y: number | null) =>
  fact('f.period_year', y, `本报告统计期限自${y}年1月1日起至${y}年12月31日止`);

describe('year-mismatch', () => {
  it('fires when the title year differs from the statistics period', () => {
    expect(run({ facts: [period(2019)] })).toMatchObject([
      {
        rule: 'year-mismatch',
        severity: 'warning',
        message:
          '标题为 2020 年度，但正文统计期限「本报告统计期限自2019年1月1日起至2019年12月31日止」为 2019 年',
        cells: ['f.period_year'],
      },
    ]);
  });

  it('fires when the report is dated before its year has ended', () => {
    expect(run({ published: '2020-12-31' })).toMatchObject([
      {
        rule: 'year-mismatch',
        severity: 'warning',
        message: '报告的发布日期 2020-12-31 早于 2020 年度结束，统计期尚未结束就已发布',
        cells: ['f.published'],
      },
    ]);
    expect(run({ published: '2019-03-01', facts: [period(2019)] })).toHaveLength(2);
  });

  it('does not call a report early that its statistics period puts a year before the title', () => {
    // Titled 2020 with a 2019 period, published in March 2020: on time for 2019, early only for 2020.
    // Which year is right cannot be told; the period mismatch is the finding.
    const found = run({ published: '2020-03-01', facts: [period(2019)] });
    expect(found.map((f) => f.cells)).toEqual([['f.period_year']]);
  });

  it('is silent on a consistent report and on missing pieces', () => {
    expect(run({ facts: [period(2020)] })).toEqual([]);
    expect(run({ published: '2021-01-01' })).toEqual([]);
    expect(run({ facts: [period(null)] })).toEqual([]);
    expect(run({ title: '政府信息公开工作年度报告', facts: [period(2019)] })).toEqual([]);
    expect(run({ year: null, published: '2020-06-01' })).toEqual([]);
    expect(run({ published: null })).toEqual([]);
  });
});

describe('titleYear', () => {
  it.each([
    ['某某区统计局2020年政府信息公开工作年度报告', 2020],
    ['卫滨区城市管理局 2023 年政府信息公开工作年度报告', 2023],
    ['某某局２０２１年度政府信息公开工作报告', 2021],
    ['某某县二〇二〇年政府信息公开工作年度报告', 2020],
    ['某某县二○二○年度政府信息公开工作年度报告', 2020],
    ['某某县二O二O年政府信息公开工作年度报告', 2020],
    ['某某县二0二一年政府信息公开工作年度报告', 2021],
    ['1998年成立的某某局2022年政府信息公开工作年度报告', 2022],
    ['政府信息公开工作年度报告', null],
  ])('%s → %s', (title, year) => expect(titleYear(title)).toBe(year));
});
