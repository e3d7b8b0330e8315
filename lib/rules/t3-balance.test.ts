import { describe, expect, it } from 'vitest';
import { t3Balance } from './t3-balance';
import { cells, makeCtx, makeReport, sampleT3 } from './testing';

const run = (c: Record<string, { value: number | null; raw: string }>) =>
  t3Balance.run(makeReport({ cells: c }), makeCtx());

describe('t3-balance', () => {
  it('fires per column with the four cells and the arithmetic', () => {
    const c = cells({
      't3.new.total': 41,
      't3.carried_in.total': 2,
      't3.outcome_total.total': 40,
      't3.carried_out.total': 2,
    });
    const [f, ...rest] = run(c);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 't3-balance',
      severity: 'error',
      message: '表三「总计」列：本年新收 41 + 上年结转 2 = 43，但 办理结果总计 40 + 结转下年度 2 = 42',
      cells: ['t3.new.total', 't3.carried_in.total', 't3.outcome_total.total', 't3.carried_out.total'],
    });
  });

  it('names the failing column only', () => {
    const c = sampleT3();
    c['t3.carried_out.natural'] = { value: 3, raw: '3' };
    const found = run(c);
    expect(found.map((f) => f.cells[0])).toEqual(['t3.new.natural']);
    expect(found[0]?.message).toContain('表三「自然人」列');
  });

  it('is silent on a consistent table, under both templates', () => {
    expect(run(sampleT3('2019'))).toEqual([]);
    expect(run(sampleT3('2021'))).toEqual([]);
  });

  it('never reads a blank or absent cell', () => {
    const c = cells({ 't3.new.total': 41, 't3.carried_in.total': null, 't3.outcome_total.total': 40 });
    expect(run(c)).toEqual([]);
    expect(run({})).toEqual([]);
  });

  it('takes negative figures at face value and compares decimals with a tolerance', () => {
    const neg = cells({
      't3.new.total': 5,
      't3.carried_in.total': -1,
      't3.outcome_total.total': 4,
      't3.carried_out.total': 0,
    });
    expect(run(neg)).toEqual([]);
    const dec = cells({
      't3.new.total': 0.1,
      't3.carried_in.total': 0.2,
      't3.outcome_total.total': 0.3,
      't3.carried_out.total': 0,
    });
    expect(run(dec)).toEqual([]);
  });
});
