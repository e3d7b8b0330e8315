import { describe, expect, it } from 'vitest';
import { carryOverMismatch } from './carry-over-mismatch';
import { cells, makeReport } from './testing';

const prev = (c: Record<string, number | null>) => makeReport({ year: 2020, cells: cells(c) });
const next = (c: Record<string, number | null>) =>
  makeReport({ year: 2021, template: '2021', cells: cells(c) });

describe('carry-over-mismatch', () => {
  it('fires per column where year N carried out differs from year N+1 carried in', () => {
    const found = carryOverMismatch.runPair(
      prev({ 't3.carried_out.natural': 3, 't3.carried_out.total': 3, 't3.carried_out.legal': 0 }),
      next({ 't3.carried_in.natural': 2, 't3.carried_in.total': 2, 't3.carried_in.legal': 0 }),
    );
    expect(found).toMatchObject([
      {
        rule: 'carry-over-mismatch',
        severity: 'error',
        message: '表三「自然人」列：2020 年度报告 结转下年度 3，但 2021 年度报告 上年结转 为 2',
        cells: ['t3.carried_in.natural'],
      },
      {
        rule: 'carry-over-mismatch',
        severity: 'error',
        message: '表三「总计」列：2020 年度报告 结转下年度 3，但 2021 年度报告 上年结转 为 2',
        cells: ['t3.carried_in.total'],
      },
    ]);
  });

  it('is a warning, quoting the later report, where that report says its carry-over was adjusted', () => {
    const later = next({ 't3.carried_in.total': 2 });
    const quote = '上年结转申请2件，与2020年度报告不一致，系统计口径调整所致';
    later.facts.push({ key: 'f.claim.carry_adjusted', value: null, claim: '上年结转数有说明', quote });
    expect(carryOverMismatch.runPair(prev({ 't3.carried_out.total': 3 }), later)).toMatchObject([
      {
        rule: 'carry-over-mismatch',
        severity: 'warning',
        message: `表三「总计」列：2020 年度报告 结转下年度 3，但 2021 年度报告 上年结转 为 2（本年度报告对此有说明：「${quote}」）`,
        cells: ['t3.carried_in.total'],
      },
    ]);
  });

  it('is silent when they agree, when either is blank, and for years that are not consecutive', () => {
    expect(
      carryOverMismatch.runPair(prev({ 't3.carried_out.total': 3 }), next({ 't3.carried_in.total': 3 })),
    ).toEqual([]);
    expect(
      carryOverMismatch.runPair(prev({ 't3.carried_out.total': null }), next({ 't3.carried_in.total': 3 })),
    ).toEqual([]);
    expect(carryOverMismatch.runPair(prev({ 't3.carried_out.total': 3 }), next({}))).toEqual([]);
    const later = makeReport({ year: 2022, cells: cells({ 't3.carried_in.total': 1 }) });
    expect(carryOverMismatch.runPair(prev({ 't3.carried_out.total': 3 }), later)).toEqual([]);
  });

  it('compares only where a column has year N carried out and year N+1 carried in', () => {
    const compares = (a: Record<string, number | null>, b: Record<string, number | null>) =>
      carryOverMismatch.compares(prev(a), next(b));
    expect(compares({ 't3.carried_out.legal': 1 }, { 't3.carried_in.legal': 1 })).toBe(true);
    // Two reports of the 2008 form (no 表三), or the figures in different columns: nothing compared.
    expect(compares({}, {})).toBe(false);
    expect(compares({ 't3.carried_out.total': 3 }, { 't3.carried_in.natural': 3 })).toBe(false);
    expect(compares({ 't3.carried_out.total': null }, { 't3.carried_in.total': 3 })).toBe(false);
    const later = makeReport({ year: 2022, cells: cells({ 't3.carried_in.total': 3 }) });
    expect(carryOverMismatch.compares(prev({ 't3.carried_out.total': 3 }), later)).toBe(false);
  });
});
