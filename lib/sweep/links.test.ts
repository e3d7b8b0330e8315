import { describe, expect, it } from 'vitest';
import { listLinks, looksLikeReport } from './links';

const PAGE = 'http://www.xx.gov.cn/xxgk/nb/index.html';
const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('looksLikeReport', () => {
  it("takes a report's words, not the column's navigation", () => {
    expect(looksLikeReport('某区人民政府2023年政府信息公开工作年度报告')).toBe(true);
    expect(looksLikeReport('2022年政府信息公开年报')).toBe(true);
    expect(looksLikeReport('关于2021年度政府信息公开工作情况的报告')).toBe(true);
    expect(looksLikeReport('政府信息公开指南')).toBe(false);
    expect(looksLikeReport('政府信息公开目录')).toBe(false);
    expect(looksLikeReport('机构概况')).toBe(false);
  });
});

describe('listLinks', () => {
  it('keeps same-host report links in page order, each address once, names other hosts, skips the rest', () => {
    const l = listLinks(
      page(`<a href="/">首页</a><a href="/xxgk/zn.html">政府信息公开指南</a>
        <a href="index.html">政府信息公开年报</a>
        <ul><li><a href="./2023.html#top" title="甲局2023年政府信息公开工作年度报告">甲局2023年…</a></li>
        <li><a href="https://www.xx.gov.cn/xxgk/nb/2022.html">乙局2022年政府信息公开年报</a></li>
        <li><a href="2023.html">甲局2023年政府信息公开工作年度报告</a></li>
        <li><a href="javascript:void(0)">丙局2021年年度报告</a></li>
        <li><a href="http://www.yy.gov.cn/nb/2023.html">外区2023年年度报告</a></li></ul>`),
      PAGE,
    );
    expect(l.reports).toEqual([
      { url: 'http://www.xx.gov.cn/xxgk/nb/2023.html', text: '甲局2023年…' },
      { url: 'https://www.xx.gov.cn/xxgk/nb/2022.html', text: '乙局2022年政府信息公开年报' },
    ]);
    expect(l.otherHost).toEqual([{ url: 'http://www.yy.gov.cn/nb/2023.html', text: '外区2023年年度报告' }]);
    expect(l.next).toBeNull();
  });

  it('finds 下一页 as a link, as an arrow titled 下一页, as rel=next', () => {
    expect(listLinks(page('<a href="index_1.html">下一页</a>'), PAGE).next).toBe(
      'http://www.xx.gov.cn/xxgk/nb/index_1.html',
    );
    expect(listLinks(page('<a href="?page=2">下一页 &gt;&gt;</a>'), PAGE).next).toBe(
      'http://www.xx.gov.cn/xxgk/nb/index.html?page=2',
    );
    expect(listLinks(page('<a class="next" href="index_2.html" title="下一页">›</a>'), PAGE).next).toBe(
      'http://www.xx.gov.cn/xxgk/nb/index_2.html',
    );
    expect(listLinks(page('<a rel="next" href="p3.html">3</a>'), PAGE).next).toBe(
      'http://www.xx.gov.cn/xxgk/nb/p3.html',
    );
    // The last page: 下一页 without a link, or pointing at itself.
    expect(listLinks(page('<span>下一页</span><a href="index.html">下一页</a>'), PAGE).next).toBeNull();
  });

  it("reads TRS WCM's pager script for the next page, and stops on the last", () => {
    const script = (n: number) => `<script>createPageHTML(3, ${n}, "index", "shtml");</script>`;
    expect(listLinks(page(script(0)), PAGE).next).toBe('http://www.xx.gov.cn/xxgk/nb/index_1.shtml');
    expect(listLinks(page(script(1)), 'http://www.xx.gov.cn/xxgk/nb/index_1.shtml').next).toBe(
      'http://www.xx.gov.cn/xxgk/nb/index_2.shtml',
    );
    expect(listLinks(page(script(2)), PAGE).next).toBeNull(); // Later versions: the pager's element id first, and the page count and index in variables.
    const later = `<script>var countPage = 4;//共多少页
var currentPage = 2;//当前页
createPageHTML('page_div', countPage, currentPage, 'index', 'shtml', 56);</script>`;
    expect(listLinks(page(later), PAGE).next).toBe('http://www.xx.gov.cn/xxgk/nb/index_3.shtml');
    expect(listLinks(page(later.replace('currentPage = 2', 'currentPage = 3')), PAGE).next).toBeNull();
  });

  it('resolves against <base href>', () => {
    const l = listLinks(
      page('<a href="2023.html">2023年年度报告</a>', '<base href="http://www.xx.gov.cn/nb/">'),
      PAGE,
    );
    expect(l.reports.map((r) => r.url)).toEqual(['http://www.xx.gov.cn/nb/2023.html']);
  });
});

describe('listLinks on a Hanweb (大汉) jpage column', () => {
  it('reads the links from the datastore records the page script pages through', () => {
    const records = ['2023', '2022']
      .map(
        (y) =>
          `<record><![CDATA[<li><a href="/art/${y}/1/20/art_1_${y}.html" title="某局${y}年政府信息公开工作年度报告">某局${y}年…</a></li>]]></record>`,
      )
      .join('');
    const l = listLinks(
      page(
        `<div id="1"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup><recordset>${records}</recordset></datastore></script></div><a href="/art/2021/x.html">2021年年报</a>`,
      ),
      PAGE,
    );
    expect(l.reports.map((r) => r.url)).toEqual([
      'http://www.xx.gov.cn/art/2023/1/20/art_1_2023.html',
      'http://www.xx.gov.cn/art/2022/1/20/art_1_2022.html',
      'http://www.xx.gov.cn/art/2021/x.html',
    ]);
  });
});
