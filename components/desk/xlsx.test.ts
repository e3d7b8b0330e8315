import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { toXlsxBlob } from './xlsx';

const page: PageResult = {
  url: 'http://www.example.gov.cn/a.html',
  detected: true,
  report: {
    title: 'T',
    agency: '某局',
    year: 2022,
    template: '2021',
    published: null,
    cells: { 't3.new.total': { value: 7, raw: '7' }, 't4.review.total': { value: null, raw: '=1+1' } },
    facts: [],
  },
  findings: [{ rule: 't4-sum', severity: 'error', message: 'm', cells: ['t4.review.total'] }],
  flags: [{ id: 'f', address: 't3.new.total', quote: '7', note: '核实', created: '2026-01-01T00:00:00Z' }],
};

describe('toXlsxBlob', () => {
  it('writes a workbook that reads back cell for cell, formulas as plain text', async () => {
    const blob = await toXlsxBlob([page]);
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['表二', '表三', '表四', '发现', '标记']);
    expect(sheets[1]!.data[1]).toEqual([
      page.url,
      '某局',
      2022,
      't3.new.total',
      expect.any(String),
      7,
      '7',
      null,
    ]);
    expect(sheets[2]!.data[1]!.slice(5)).toEqual([null, '=1+1', 't4-sum']);
    expect(sheets[4]!.data[1]!.slice(3, 6)).toEqual(['t3.new.total', '7', '核实']);
  });
});
