import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { type Styled, xlsxSheets } from './xlsxSheets';

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
  it('lays 表二 out as printed: each row group under its own column headers', () => {
    const sheets = xlsxSheets([page, { detected: false }]);
    expect(sheets.map((s) => s.name)).toEqual(['报告', '表二', '表三', '表四', '发现', '数据', '标记']);
    const t2 = sheets[1]!.rows;
    expect((t2[0]![0] as Styled).tone).toBe('title');
    const heads = t2.filter((r) => (r[0] as Styled | null)?.value === '信息内容');
    // 2021: documents (3 columns), the three decision rows (1), fees (1 column, another header).
    expect(heads.map((r) => r.slice(1).map((c) => (c as Styled).value))).toEqual([
      ['本年制发件数', '本年废止件数', '现行有效件数'],
      ['本年处理决定数量'],
      ['本年收费金额（万元）'],
    ]);
    expect(t2.find((r) => r[0] === '行政许可')).toEqual(['行政许可', 5]);
  });

  it('marks the cells a finding names, keeps blank text as text and numbers as numbers', () => {
    const [, , t3, t4] = xlsxSheets([page]);
    expect(t3!.rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量')![7]).toBe(7);
    expect(t3!.rows.find((r) => r[0] === '二、上年结转政府信息公开申请数量')![7]).toEqual({
      value: null,
      tone: 'error',
    });
    expect(t4!.rows.find((r) => r[0] === '行政复议')![5]).toEqual({ value: '=1+1', tone: 'error' });
    expect(t3!.frozenRows).toBe(1);
    expect(t3!.frozenColumns).toBe(1);
  });

  it('names the other report of a cross-year finding and the cells by their labels', () => {
    const findings = xlsxSheets([page])[4]!;
    expect(findings.filter).toBe(true);
    const row = findings.rows[2]!;
    expect(row.slice(3, 6)).toEqual(['错误', 'carry-over-mismatch', expect.stringContaining('结转')]);
    expect(row[7]).toEqual({ value: '表三 二、上年结转政府信息公开申请数量 · 总计', wrap: true });
    expect(row.slice(8)).toEqual(['某局2021年…', 2021, null, 'http://www.a.gov.cn/2021.html']);
  });

  it('names a fact by where it was read: the text, or an old report’s statistics table and its row', () => {
    const old: PageResult = {
      url: 'http://www.pingtan.gov.cn/xrk2013.html',
      detected: true,
      report: {
        title: '平潭县人口和计划生育局2013年度政府信息公开年度报告',
        agency: '平潭县人口和计划生育局',
        year: 2013,
        template: null,
        published: '2014-03-11',
        cells: {},
        facts: [
          { key: 'f.proactive_total', value: 43, quote: '共主动公开政府信息43条' },
          { key: 'f.stat.proactive_total', value: 33, quote: '33', label: '统计表·主动公开信息数' },
        ],
      },
      findings: [
        {
          rule: 'text-table-mismatch',
          severity: 'error',
          message: 'm',
          cells: ['f.proactive_total', 'f.stat.proactive_total'],
        },
      ],
    };
    const sheets = xlsxSheets([old]);
    const row = sheets.find((s) => s.name === '发现')!.rows.find((r) => r[4] === 'text-table-mismatch')!;
    expect(row[7]).toEqual({ value: '正文 主动公开政府信息总数\n统计表 主动公开信息数', wrap: true });
    const data = sheets.find((s) => s.name === '数据')!.rows;
    const stat = data.find((r) => r.includes('f.stat.proactive_total'))!;
    expect(stat).toContain('统计表');
    expect(stat).toContain('主动公开信息数');
    expect(stat).not.toContain('正文');
  });

  it('a 2019 report gets the 2019 rows: 其他对外管理服务事项, 政府集中采购, （六）其他处理', () => {
    const old: PageResult = {
      ...page,
      report: { ...page.report, year: 2019, template: '2019' },
    } as PageResult;
    const [, t2, t3] = xlsxSheets([old]);
    const labels = (rows: unknown[][]) => rows.map((r) => r[0]);
    expect(labels(t2!.rows)).toContain('其他对外管理服务事项');
    expect(labels(t2!.rows)).toContain('政府集中采购');
    expect(labels(t3!.rows)).toContain('（六）其他处理');
    expect(labels(t3!.rows)).not.toContain('（六）其他处理 3.其他');
  });

  it("the data sheet is the CSV's rows under Chinese headers; flags keep their notes", () => {
    const sheets = xlsxSheets([page]);
    const data = sheets[5]!.rows;
    expect((data[0]![0] as Styled).value).toBe('来源');
    expect(data[0]).toHaveLength(16);
    expect(data.slice(1).map((r) => r[7])).toContain('t3.new.total');
    expect(sheets[6]!.rows[1]!.slice(3, 7)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 · 总计',
      't3.new.total',
      '7',
      { value: '核实', wrap: true },
    ]);
  });
});
