import { describe, expect, it } from 'vitest';
import type { CellValue } from '../model';
import { t3OutcomeSum } from './t3-outcome-sum';
import { cells, makeCtx, makeReport, sampleT3, zeroT3 } from './testing';

const run = (c: Record<string, CellValue>, template: '2019' | '2021' | null = '2019') =>
  t3OutcomeSum.run(makeReport({ cells: c, template }), makeCtx());

const OUTCOMES_2019 = [
  'granted',
  'partial',
  'denied.state_secret',
  'denied.law_forbids',
  'denied.safety',
  'denied.third_party',
  'denied.internal',
  'denied.process',
  'denied.enforcement',
  'denied.inquiry',
  'unable.not_held',
  'unable.needs_making',
  'unable.unclear',
  'refused.complaint',
  'refused.repeat',
  'refused.publication',
  'refused.mass',
  'refused.confirm',
  'other',
];

describe('t3-outcome-sum', () => {
  it('fires on a column whose 总计 is not the sum, naming every outcome cell and the total', () => {
    const c = sampleT3();
    c['t3.outcome_total.natural'] = { value: 19, raw: '19' };
    const found = run(c);
    const natural = found.find((f) => f.message.startsWith('表三「自然人」列'));
    expect(natural).toMatchObject({
      rule: 't3-outcome-sum',
      severity: 'error',
      message:
        '表三「自然人」列：予以公开 3 + 部分公开 17 = 20（共 19 项，其余 17 项为 0），但 办理结果总计 为 19',
      cells: [...OUTCOMES_2019.map((r) => `t3.${r}.natural`), 't3.outcome_total.natural'],
    });
    expect(found).toHaveLength(1);
  });

  it('sums the three 其他处理 rows of the 2021 template instead of `other`', () => {
    const c = sampleT3('2021');
    expect(run(c, '2021')).toEqual([]);
    c['t3.other.no_fee.commercial'] = { value: 2, raw: '2' };
    const [f] = run(c, '2021');
    expect(f?.cells).toContain('t3.other.no_fee.commercial');
    expect(f?.cells).not.toContain('t3.other.commercial');
    expect(f?.message).toContain('其他处理·申请人逾期未按收费通知要求缴纳费用 2');
    expect(f?.message).toContain('但 办理结果总计 为 1');
  });

  it('uses whichever 其他处理 rows exist when the template is unknown', () => {
    expect(run(sampleT3('2021'), null)).toEqual([]);
    expect(run(sampleT3('2019'), null)).toEqual([]);
    const c = sampleT3('2019');
    c['t3.other.total'] = { value: 5, raw: '5' };
    expect(run(c, null)[0]?.cells).toContain('t3.other.total');
  });

  it('says so when every part is 0', () => {
    const c = sampleT3();
    c['t3.outcome_total.research'] = { value: 4, raw: '4' };
    expect(run(c)[0]?.message).toBe('表三「科研机构」列：共 19 项，均为 0，但 办理结果总计 为 4');
  });

  it('skips a column with a blank or absent part', () => {
    const c = sampleT3();
    c['t3.outcome_total.natural'] = { value: 19, raw: '19' };
    c['t3.denied.safety.natural'] = { value: null, raw: '—' };
    expect(run(c)).toEqual([]);
    delete c['t3.denied.safety.natural'];
    expect(run(c)).toEqual([]);
    expect(run(cells({ 't3.outcome_total.total': 3 }))).toEqual([]);
  });
});

describe('t3-outcome-sum: a (七) 总计 row left 0 throughout', () => {
  /** A 2021 表三 with every cell 0, then the given cells. */
  const table = (given: Record<string, number>) => {
    const c = zeroT3('2021');
    for (const [key, value] of Object.entries(given)) c[key] = { value, raw: String(value) };
    return c;
  };

  it('says it once, naming each column whose outcomes add up to more', () => {
    // 君山片区管理局 2022: 无法提供 3 (自然人) and 2 (其他) over a 总计 row of 0s, three errors before.
    const found = run(
      table({
        't3.unable.not_held.natural': 3,
        't3.unable.not_held.other': 2,
        't3.unable.not_held.total': 5,
      }),
      '2021',
    );
    expect(found).toMatchObject([
      {
        rule: 't3-outcome-sum',
        severity: 'error',
        message:
          '表三「办理结果总计」行各列均为 0，而有 3 列的各项办理结果之和不为 0（自然人 3、其他 2、总计 5）：该行可能未填写',
      },
    ]);
    expect(found[0]!.cells).toContain('t3.unable.not_held.other');
    expect(found[0]!.cells).toContain('t3.outcome_total.natural');
    expect(found[0]!.cells).toContain('t3.outcome_total.total');
    // One column's outcomes over the 0s (its own finding and 总计's): one finding too.
    expect(run(table({ 't3.granted.natural': 1, 't3.granted.total': 1 }), '2021')).toHaveLength(1);
  });

  it('keeps a finding a column where the row has a 总计 anywhere, or where one column alone fails', () => {
    const filled = table({ 't3.granted.natural': 3, 't3.granted.total': 3, 't3.outcome_total.other': 1 });
    expect(run(filled, '2021')).toHaveLength(3);
    const alone = run(table({ 't3.granted.natural': 1, 't3.granted.total': 0 }), '2021');
    expect(alone).toHaveLength(1);
    expect(alone[0]!.message).toMatch(/^表三「自然人」列/);
  });
});
