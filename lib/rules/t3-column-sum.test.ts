import { describe, expect, it } from 'vitest';
import type { CellValue } from '../model';
import { t3ColumnSum } from './t3-column-sum';
import { cells, makeCtx, makeReport, sampleT3, zeroT3 } from './testing';

const run = (c: Record<string, CellValue>, template: '2019' | '2021' | null = '2019') =>
  t3ColumnSum.run(makeReport({ cells: c, template }), makeCtx());

const row = (r: string, values: (number | null)[]) =>
  cells(
    Object.fromEntries(
      ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'].map((c, i) => [
        `t3.${r}.${c}`,
        values[i] ?? null,
      ]),
    ),
  );

describe('t3-column-sum', () => {
  it('fires per row, listing all six parts and the total', () => {
    expect(run(row('new', [0, 0, 0, 0, 0, 1, 0]))).toMatchObject([
      {
        rule: 't3-column-sum',
        severity: 'error',
        message:
          '表三「本年新收」行：自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 1 = 1，但 总计 为 0',
        cells: [
          't3.new.natural',
          't3.new.commercial',
          't3.new.research',
          't3.new.social',
          't3.new.legal',
          't3.new.other',
          't3.new.total',
        ],
      },
    ]);
  });

  it('labels the numbered rows readably', () => {
    const [f] = run(row('denied.safety', [1, 0, 0, 0, 0, 0, 2]));
    expect(f?.message).toMatch(/^表三「不予公开·危及“三安全一稳定”」行：自然人 1 \+/);
  });

  it('checks the 2021 rows, and the 2021 其他处理 sum row when a page has it', () => {
    expect(run(sampleT3('2021'), '2021')).toEqual([]);
    const c = {
      ...sampleT3('2021'),
      ...row('other.else', [1, 0, 0, 0, 0, 0, 0]),
      ...row('other', [1, 0, 0, 0, 0, 0, 2]),
    };
    expect(run(c, '2021').map((f) => f.cells.at(-1))).toEqual(['t3.other.total', 't3.other.else.total']);
  });

  it('is silent on consistent rows and on rows with a blank', () => {
    expect(run(sampleT3())).toEqual([]);
    expect(run(row('granted', [1, null, 0, 0, 0, 0, 5]))).toEqual([]);
    expect(run(row('granted', [1, 0, 0, 0, 0, 0, null]))).toEqual([]);
    expect(run({})).toEqual([]);
  });

  it('handles negative figures', () => {
    expect(run(row('carried_in', [-1, 2, 0, 0, 0, 0, 1]))).toEqual([]);
    expect(run(row('carried_in', [-1, 2, 0, 0, 0, 0, 3]))).toHaveLength(1);
  });
});

describe('t3-column-sum: a 总计 column left 0 throughout', () => {
  /** A 2021 表三 with every row's parts and 总计 0, then the given rows. */
  const table = (rows: Record<string, number[]>) => {
    const c = zeroT3('2021');
    for (const [r, values] of Object.entries(rows)) Object.assign(c, row(r, values));
    return c;
  };
  const zeroTotal = (n: number) => [0, 0, 0, 0, n, 0, 0];

  it('says it once, naming each row that does not add up, where three or more do', () => {
    // A zone bureau's 2024 (seven errors, one a row, before) and 会仪镇's 2021.
    const found = run(
      table({ new: zeroTotal(1), granted: zeroTotal(1), outcome_total: zeroTotal(1) }),
      '2021',
    );
    expect(found).toMatchObject([
      {
        rule: 't3-column-sum',
        severity: 'error',
        message:
          '表三「总计」列各行均为 0，而有 3 行的其余各列之和不为 0（本年新收 1、予以公开 1、办理结果总计 1）：总计列可能未填写',
      },
    ]);
    expect(found[0]!.cells).toContain('t3.new.total');
    expect(found[0]!.cells).toContain('t3.outcome_total.legal');
  });

  it('keeps a finding a row where fewer rows fail, or where any row has a 总计', () => {
    expect(run(table({ new: zeroTotal(1), outcome_total: zeroTotal(1) }), '2021')).toHaveLength(2);
    const withTotal = table({ new: zeroTotal(1), granted: zeroTotal(1), outcome_total: zeroTotal(1) });
    withTotal['t3.carried_out.total'] = { value: 2, raw: '2' };
    withTotal['t3.carried_out.natural'] = { value: 2, raw: '2' };
    expect(run(withTotal, '2021')).toHaveLength(3);
  });
});
