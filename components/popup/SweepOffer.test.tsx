import { describe, expect, it } from 'vitest';
import { sweepCount } from './SweepOffer';

const PAGE = 'http://www.a.gov.cn/xxgk/nb/index.html';
const html = (links: string) =>
  `<html><body><a href="/">首页</a><a href="/zn.html">政府信息公开指南</a>${links}</body></html>`;

describe('sweepCount', () => {
  it("counts the column's report links on its host, each once, PDFs and .docx included, not other attachments or hosts", () => {
    const links = `<a href="2023.html">甲局2023年政府信息公开工作年度报告</a><a href="2023.html">甲局2023年年报</a>
      <a href="2022.html" title="甲局2022年政府信息公开工作年度报告">甲局2022年…</a>
      <a href="f/2021.pdf">甲局2021年政府信息公开工作年度报告.pdf</a>
      <a href="f/2020.docx">甲局2020年政府信息公开工作年度报告.docx</a>
      <a href="f/2019.xls">甲局2019年政府信息公开工作年度报告附表.xls</a>
      <a href="http://www.b.gov.cn/2023.html">乙局2023年年度报告</a><a href="index_1.html">下一页</a>`;
    expect(sweepCount(html(links), PAGE)).toBe(4);
  });

  it('is 0 on a report page whose only report link is its own PDF', () => {
    expect(sweepCount(html('<a href="/f/report.pdf">2023年政府信息公开工作年度报告（PDF）</a>'), PAGE)).toBe(
      0,
    );
  });
});
