import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { toXlsxBlob } from './xlsx';

const page: PageResult = {
  url: 'http://www.example.gov.cn/a.html',
  detected: true,
  report: {
    title: '某局2022年政府信息公开工作年度报告',
    agency: '某局',
    portal: 'example.gov.cn',
    year: 2022,
    template: '2021',
    published: '2023-03-15',
    cells: {
      't3.new.natural': { value: 5, raw: '5' },
      't3.new.total': { value: 7, raw: '7' },
      't4.review.total': { value: null, raw: '=1+1' },
    },
    facts: [{ key: 'f.published', value: 20230315, quote: '2023年3月15日' }],
  },
  findings: [
    { rule: 't4-sum', severity: 'error', message: '表四 行政复议 总计为空', cells: ['t4.review.total'] },
  ],
  flags: [{ id: 'f', address: 't3.new.total', quote: '7', note: '核实', created: '2026-01-01T00:00:00Z' }],
};

async function workbook() {
  const bytes = Buffer.from(await (await toXlsxBlob([page])).arrayBuffer());
  return { bytes, sheets: await readXlsxFile(bytes), zip: unzipSync(new Uint8Array(bytes)) };
}

describe('toXlsxBlob', () => {
  it('reads back: Chinese headers, numbers as numbers, dates as dates, formulas as plain text', async () => {
    const { sheets } = await workbook();
    expect(sheets.map((s) => s.sheet)).toEqual(['报告', '表二', '表三', '表四', '发现', '数据', '标记']);
    const get = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    const overview = get('报告');
    expect(overview[0]!.slice(0, 6)).toEqual(['标题', '机关', '门户', '年度', '模板', '发布日期']);
    expect(overview[1]!.slice(1, 8)).toEqual([
      '某局',
      'example.gov.cn',
      2022,
      '2021',
      new Date(Date.UTC(2023, 2, 15)),
      1,
      0,
    ]);
    // 表三 as printed: the template's rows down the side, the applicant columns across.
    const t3 = get('表三');
    expect(t3[0]).toEqual([
      '申请人情况',
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(String(t3[1]![0])).toContain('某局 2022年');
    expect(t3[2]![0]).toBe('一、本年新收政府信息公开申请数量');
    expect(t3[2]![1]).toBe(5);
    expect(t3[2]![7]).toBe(7);
    expect(t3.at(-1)![0]).toBe('四、结转下年度继续办理');
    expect(get('表四')[2]!.slice(0, 1).concat(get('表四')[2]![5]!)).toEqual(['行政复议', '=1+1']);
    const findings = get('发现');
    expect(findings[1]!.slice(3, 8)).toEqual([
      '错误',
      't4-sum',
      expect.stringContaining('表四'),
      '表四 行政复议 总计为空',
      '表四 行政复议 · 总计',
    ]);
    const data = get('数据');
    expect(data[0]!.slice(0, 4)).toEqual(['来源', '机关', '年度', '模板']);
    const published = data.find((r) => r[7] === 'f.published');
    expect(published?.[9]).toEqual(new Date(Date.UTC(2023, 2, 15)));
    const flags = get('标记');
    expect(flags[1]!.slice(3, 7)).toEqual([
      '表三 一、本年新收政府信息公开申请数量 · 总计',
      't3.new.total',
      '7',
      '核实',
    ]);
    // Stored in UTC, shown in Beijing time (an Excel serial reads back within a millisecond).
    const created = flags[1]![7] as unknown as Date;
    expect(created).toBeInstanceOf(Date);
    expect(Math.abs(created.getTime() - Date.UTC(2026, 0, 1, 8))).toBeLessThan(1000);
  });

  it('freezes header rows, filters the list sheets and sets column widths', async () => {
    const { zip } = await workbook();
    const xml = (n: number) => strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!);
    // 报告 (1): header frozen and filtered; 表三 (3): header and row labels frozen, no filter.
    expect(xml(1)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml(1)).toMatch(/<autoFilter ref="A1:J2"\/>/);
    expect(xml(1)).toMatch(/<col [^>]*width="48"/);
    expect(xml(3)).toMatch(
      /<pane [^>]*xSplit="1"[^>]*ySplit="1"[^>]*state="frozen"|<pane [^>]*ySplit="1"[^>]*xSplit="1"/,
    );
    expect(xml(3)).not.toContain('<autoFilter');
    for (const n of [5, 6, 7]) expect(xml(n)).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
    // The filter sits where Excel expects it: after the data, before the page margins.
    expect(xml(6).indexOf('<autoFilter')).toBeGreaterThan(xml(6).indexOf('</sheetData>'));
    // Dates carry a date format, not General.
    expect(strFromU8(zip['xl/styles.xml']!)).toContain('yyyy-mm-dd');
  });
});
