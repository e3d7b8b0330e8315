import { describe, expect, it } from 'vitest';
import type { Report } from '../model';
import { templateMismatch } from './template-mismatch';
import { makeCtx, makeReport } from './testing';

const run = (over: Partial<Report>) => templateMismatch.run(makeReport(over), makeCtx());

describe('template-mismatch', () => {
  it('fires on a 2021 report in the 2019 template', () => {
    expect(run({ year: 2021, template: '2019' })).toMatchObject([
      {
        rule: 'template-mismatch',
        severity: 'warning',
        message:
          '2021 年度报告应使用 2021 年模板（国办公开办函〔2021〕30号），但表格按 2019 年模板（国办公开办函〔2019〕60号）填写',
        cells: [],
      },
    ]);
    expect(run({ year: 2024, template: '2019' })).toHaveLength(1);
  });

  it('fires on a 2019 or 2020 report in the 2021 template', () => {
    expect(run({ year: 2020, template: '2021' })[0]?.message).toMatch(/^2020 年度报告应使用 2019 年模板/);
    expect(run({ year: 2019, template: '2021' })).toHaveLength(1);
  });

  it('is silent on the right template, before 2019, or without a year or template', () => {
    expect(run({ year: 2020, template: '2019' })).toEqual([]);
    expect(run({ year: 2023, template: '2021' })).toEqual([]);
    expect(run({ year: 2018, template: '2021' })).toEqual([]);
    expect(run({ year: null, template: '2019' })).toEqual([]);
    expect(run({ year: 2022, template: null })).toEqual([]);
  });
});
