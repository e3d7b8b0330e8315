import { describe, expect, it } from 'vitest';
import { cells, makeReport } from '../rules/testing';
import { diffReports } from './diff';

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
