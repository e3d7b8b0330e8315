import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { xlsxSheets } from './xlsxSheets';

const page: PageResult = {
  url: 'http://www.example.gov.cn/a.html',
  detected: true,
  report: {
    title: 'T',
    agency: '某局',
    year: 2022,
    template: '2021',
    published: null,
    cells: {
      't2.permit.decisions': { value: 5, raw: '5' },
      't3.new.total': { value: 7, raw: '7' },
      't4.review.total': { value: null, raw: '=1+1' },
    },
    facts: [],
  },
  findings: [
    { rule: 't4-sum', severity: 'error', message: 'm', cells: ['t4.review.total'] },
    {
      rule: 'carry-over-mismatch',
      severity: 'error',
      message: 'c',
      cells: ['t3.carried_in.total'],
      other: { title: '某局2021年…', url: 'http://www.a.gov.cn/2021.html', year: 2021, published: null },
    },
  ],
  flags: [{ id: 'f', address: 't3.new.total', quote: '7', note: '核实', created: '2026-01-01T00:00:00Z' }],
};

describe('xlsxSheets', () => {
  it('has one sheet per table, findings and flags, numbers kept as numbers', () => {
    const sheets = xlsxSheets([page, { detected: false }]);
    expect(sheets.map((s) => s.name)).toEqual(['表二', '表三', '表四', '发现', '标记']);
    const [t2, t3, t4, findings, flags] = sheets;
    expect(t2!.rows[0]).toEqual(['source', 'agency', 'year', 'address', 'label', 'value', 'raw', 'findings']);
    expect(t2!.rows[1]!.slice(0, 4)).toEqual([page.url, '某局', 2022, 't2.permit.decisions']);
    expect(t3!.rows[1]![5]).toBe(7);
    expect(t4!.rows[1]!.slice(5)).toEqual([null, '=1+1', 't4-sum']);
    expect(findings!.rows[1]).toEqual([
      page.url,
      '某局',
      2022,
      't4-sum',
      'error',
      'm',
      't4.review.total',
      null,
      null,
    ]);
    expect(findings!.rows[2]!.slice(3)).toEqual([
      'carry-over-mismatch',
      'error',
      'c',
      't3.carried_in.total',
      'http://www.a.gov.cn/2021.html',
      2021,
    ]);
    expect(flags!.rows[1]!.slice(3, 6)).toEqual(['t3.new.total', '7', '核实']);
  });
});
