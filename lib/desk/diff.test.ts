import { describe, expect, it } from 'vitest';
import { cells, makeReport } from '../rules/testing';
import { diffLayout, diffReports } from './diff';

describe('diffReports', () => {
  it('lists the union of addresses in template order and marks the changes', () => {
    const a = makeReport({
      template: '2021',
      cells: cells({ 't3.new.total': 41, 't2.rules.issued': 1, 't4.review.total': 0, 'x.extra.one': 1 }),
    });
    const b = makeReport({
      template: '2021',
      cells: cells({
        't3.new.total': 40,
        't3.carried_in.total': 2,
        't2.rules.issued': 1,
        't4.review.total': null,
      }),
    });
    expect(diffReports(a, b)).toEqual([
      { address: 't2.rules.issued', label: '表二 规章 · 本年制发件数', a: 1, b: 1, changed: false },
      {
        address: 't3.new.total',
        label: '表三 一、本年新收政府信息公开申请数量 · 总计',
        a: 41,
        b: 40,
        changed: true,
      },
      {
        address: 't3.carried_in.total',
        label: '表三 二、上年结转政府信息公开申请数量 · 总计',
        a: null,
        b: 2,
        changed: true,
      },
      { address: 't4.review.total', label: '表四 行政复议 · 总计', a: 0, b: null, changed: true },
      { address: 'x.extra.one', label: 'x.extra.one', a: 1, b: null, changed: true },
    ]);
  });

  it('lines up a 2019 report with a 2021 one, keeping rows only one template has', () => {
    const a = makeReport({ template: '2019', cells: cells({ 't2.rules.made': 1, 't3.other.total': 0 }) });
    const b = makeReport({
      template: '2021',
      cells: cells({ 't2.rules.issued': 2, 't3.other.else.total': 0 }),
    });
    expect(diffReports(a, b).map((r) => r.address)).toEqual([
      't2.rules.made',
      't2.rules.issued',
      't3.other.total',
      't3.other.else.total',
    ]);
    expect(diffReports(a, a).every((r) => !r.changed)).toBe(true);
  });
});

describe('diffLayout', () => {
  const a = makeReport({
    year: 2021,
    template: '2021',
    cells: cells({
      't2.fees.amount': 4300.1,
      't3.new.natural': 10,
      't3.new.total': 12,
      't3.carried_out.natural': 3,
      't3.carried_out.total': 4,
      't4.review.total': 1,
    }),
  });
  const b = makeReport({
    year: 2022,
    template: '2021',
    cells: cells({
      't2.fees.amount': 4345.2,
      't3.new.natural': 10,
      't3.new.total': 15,
      't3.carried_in.natural': 3,
      't3.carried_in.total': 2,
      't4.review.total': 1,
    }),
  });

  it('lays the tables out as printed: 表三 rows down the side, its seven columns across, Δ each', () => {
    const { tables } = diffLayout(a, b);
    expect(tables.map((t) => t.table)).toEqual(['t2', 't3', 't4']);
    const t3 = tables[1]!;
    expect(t3.columns.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(t3.lines.map((l) => l.key)).toEqual(['new', 'carried_in', 'carried_out']);
    const total = t3.lines[0]!.cells[6]!;
    expect(total).toEqual({ address: 't3.new.total', a: 12, b: 15, delta: 3, changed: true });
    expect(t3.lines[0]!.cells[0]).toMatchObject({ a: 10, b: 10, delta: 0, changed: false });
    // A column blank in both years has no Δ and did not change.
    expect(t3.lines[0]!.cells[1]).toMatchObject({ a: null, b: null, delta: null, changed: false });
    // Money keeps one decimal: no 45.100000000000364.
    expect(tables[0]!.lines[0]).toMatchObject({ label: '行政事业性收费 · 本年收费金额（万元）' });
    expect(tables[0]!.lines[0]!.cells[0]!.delta).toBe(45.1);
  });

  it("holds last year's 结转下年度 against this year's 上年结转, column by column", () => {
    const { carry, tables } = diffLayout(a, b);
    expect(carry?.find((m) => m.column === 'natural')).toEqual({
      column: 'natural',
      out: 3,
      in: 3,
      equal: true,
    });
    expect(carry?.find((m) => m.column === 'total')).toEqual({
      column: 'total',
      out: 4,
      in: 2,
      equal: false,
    });
    const carriedIn = tables[1]!.lines.find((l) => l.key === 'carried_in')!;
    expect(carriedIn.carry?.[0]?.equal).toBe(true);
    expect(carriedIn.carry?.[6]?.equal).toBe(false);
    // Blank in both years: nothing to mark.
    expect(carriedIn.carry?.[1]).toBeNull();
  });

  it('pairs carry-over only for consecutive years, and counts the unchanged rows to fold', () => {
    expect(diffLayout(a, { ...b, year: 2023 }).carry).toBeNull();
    expect(diffLayout(a, { ...b, year: null }).carry).toBeNull();
    // 表四 行政复议 is the same both years; 表三 new changed; carried_in is kept for its marks.
    expect(diffLayout(a, b).unchanged).toBe(1);
    expect(diffLayout(a, a).unchanged).toBe(4);
  });

  it('lines a 2019 report up with a 2021 one: the later template first, then rows only the other has', () => {
    const old = makeReport({
      year: 2020,
      template: '2019',
      cells: cells({ 't3.other.total': 1, 't2.rules.made': 2 }),
    });
    const now = makeReport({
      year: 2021,
      template: '2021',
      cells: cells({ 't3.other.else.total': 1, 't2.rules.issued': 2 }),
    });
    const { tables } = diffLayout(old, now);
    expect(tables[1]!.lines.map((l) => l.key)).toEqual(['other.else', 'other']);
    expect(tables[0]!.lines.map((l) => l.key)).toEqual(['rules.issued', 'rules.made']);
  });
});
