/**
 * Real-page shapes that once came out wrong: figures in the prose that count something other than
 * 政府信息公开 (all of an agency's 行政复议 cases, every kind of application), dates and titles as
 * portals write them.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import {
  audit,
  INTERPRETATION,
  NEWS_PAGE,
  NOT_A_REPORT,
  OTHER_REGIME,
  PART_OF_YEAR_PAGE,
  TABLE_ALONE,
  TEMPLATE_PAGE,
  TITLE_ALONE,
} from '../../lib/audit';
import { T3_ROWS } from '../../lib/keys';
import { consistentT3, t3Html } from './builders';

const t4 = (
  review: number[],
) => `<table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>${[...review, ...Array(10).fill(0)].map((v) => `<td>${v}</td>`).join('')}</tr></table>`;

const page = (
  body: string,
  head = '',
) => `<html><head><title>XX市司法局2021年政府信息公开工作年度报告</title>${head}</head><body>
<h1>XX市司法局2021年政府信息公开工作年度报告</h1>
<p>一、总体情况</p>${body}
<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4([1, 0, 0, 0, 1])}
<p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;

const facts = (html: string) =>
  Object.fromEntries(audit(sourceFromHtml(html)).report.facts.map((f) => [f.key, f.value]));
const rules = (html: string) => audit(sourceFromHtml(html)).findings.map((f) => f.rule);

/** The title, agency and year a page's audit reads. */
const meta = (html: string) => {
  const r = audit(sourceFromHtml(html)).report;
  return { title: r.title, agency: r.agency, year: r.year };
};

describe('figures in the prose that are not the disclosure figures', () => {
  it('reads the 其中 disclosure part of an agency-wide review or suit count, not the whole', () => {
    const html = page(
      '<p>2021年共收到行政复议申请12件，其中涉及政府信息公开的行政复议1件。作为被告应诉行政诉讼案件8件，其中政府信息公开类行政诉讼0件。</p>',
    );
    expect(facts(html)).toMatchObject({ 'f.reviews': 1, 'f.suits': 0 });
    expect(rules(html)).not.toContain('text-table-mismatch');
  });

  it('does not take a 司法局 count of all its 行政复议 work in 总体情况 for the report figure', () => {
    const html = page('<p>全年共办理行政复议案件56件，行政应诉案件行政诉讼案件21件。</p>');
    expect(facts(html)['f.reviews']).toBeUndefined();
    expect(facts(html)['f.suits']).toBeUndefined();
    expect(rules(html)).not.toContain('text-table-mismatch');
  });

  it('still reads a plain count under the template heading 四', () => {
    const html = page('').replace(
      '<p>四、政府信息公开行政复议、行政诉讼情况</p>',
      '<p>四、政府信息公开行政复议、行政诉讼情况</p><p>2021年，本机关被申请行政复议2件。</p>',
    );
    expect(facts(html)['f.reviews']).toBe(2);
    expect(rules(html)).toContain('text-table-mismatch');
  });

  it('does not read every kind of application as 政府信息公开 applications', () => {
    const html = page('<p>全年共接到各类申请5件，其中政府信息公开申请2件。</p>');
    expect(facts(html)['f.applications_received']).toBeUndefined();
  });
});

describe('reports whose tables are not HTML tables', () => {
  const shell = (title: string, body: string, docTitle = `${title}_XX市人民政府`) =>
    `<html><head><title>${docTitle}</title></head><body><div class="logo"><img src="/images/logo.png"></div>
    <h1>${title}</h1><div>发布时间：2022-01-25</div><div id="zoom">${body}</div></body></html>`;
  const title = 'XX市XX局2021年政府信息公开工作年度报告';

  it('detects a report published as scanned pages only, and says the tables are images', () => {
    const a = audit(
      sourceFromHtml(shell(title, '<p><img src="/upload/nb1.jpg"></p><p><img src="/upload/nb2.jpg"></p>')),
    );
    expect(a.detected).toBe(true);
    expect(a.report.year).toBe(2021);
    expect(a.findings.filter((f) => f.rule === 'missing-table')).toHaveLength(3);
  });

  it('detects a report page that only links its attachment', () => {
    const a = audit(sourceFromHtml(shell(title, `<p>附件：<a href="/upload/nb.pdf">${title}.pdf</a></p>`)));
    expect(a.detected).toBe(true);
  });

  it('does not detect news about the report, or a list of reports, that has a picture', () => {
    const news = '我局召开2021年政府信息公开工作年度报告编制部署会';
    expect(
      audit(sourceFromHtml(shell(news, '<p><img src="/upload/meeting.jpg"></p><p>会议要求……</p>'))).detected,
    ).toBe(false);
    const list = shell(title, '<p><img src="/upload/banner2.jpg"></p>', '政府信息公开年报_XX市人民政府');
    expect(audit(sourceFromHtml(list)).detected).toBe(false);
  });

  it('does not take news that a report was published, with its photo, for the report', () => {
    const news = '我区发布2021年政府信息公开工作年度报告';
    const body =
      '<p><img src="/upload/photo1.jpg" width="600"></p><p>报告显示，2021年全区共收到政府信息公开申请56件。</p>';
    const a = audit(sourceFromHtml(shell(news, body)));
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(NEWS_PAGE);
  });

  it.each([
    `图解：${title}`,
    `一图读懂${title}`,
    `【解读】${title}`,
    `${title}（图解）`,
    `《${title}》解读`,
    `${title}解读`,
  ])('does not take an interpretation of the report for it, saying so: %s', (heading) => {
    const pictures = '<p><img src="/upload/tj1.jpg"></p><p><img src="/upload/tj2.jpg"></p>';
    const a = audit(sourceFromHtml(shell(heading, pictures)));
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(INTERPRETATION);
    expect(a.findings).toEqual([]);
  });

  it('does not take an interpretation in traditional script for the report: …年度報告圖文解讀', () => {
    const pictures = '<p><img src="/upload/tj1.jpg"></p><p><img src="/upload/tj2.jpg"></p>';
    const a = audit(sourceFromHtml(shell('XX市XX局2021年政府信息公開工作年度報告圖文解讀', pictures)));
    expect(a.reason).toBe(INTERPRETATION);
  });

  it('reads an index box’s 標 題 in traditional script for the title', () => {
    const box =
      '<table><tr><td>標 題</td><td>XX市XX局2021年政府信息公開工作年度報告</td></tr><tr><td>索引號</td><td>0001/2022-01</td></tr></table>';
    const body = `${box}<p>一、總體情況</p><p>2021年，我局主動公開政府信息120條。</p><p>二、主動公開政府信息情況</p><p>三、收到和處理政府信息公開申請情況</p>`;
    const a = audit(
      sourceFromHtml(`<html><head><title>政府信息公开</title></head><body>${body}</body></html>`),
    );
    expect(a.report.title).toBe('XX市XX局2021年政府信息公開工作年度報告');
    expect(a.report.year).toBe(2021);
  });

  it('takes a document’s first line for its title where it has none: 附件1, then …年度报告图文解读', () => {
    // A real interpretation, its figures in text with the report's section headings, written into a
    // document its file name does not name: read as the report, it was told its three tables were missing.
    const body = `<p>${title}图文解读</p><p>根据《中华人民共和国政府信息公开条例》，编制并向社会公布本报告。</p><p>一、总体情况</p><p>2021年，主动公开政府信息1200条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>`;
    const a = audit(sourceFromHtml(`<html><head><title>附件1</title></head><body>${body}</body></html>`));
    expect(a.reason).toBe(INTERPRETATION);
    expect(a.findings).toEqual([]);
    // The report itself under that file name is one.
    expect(
      audit(
        sourceFromHtml(
          `<html><head><title>附件1</title></head><body>${body.replace('图文解读', '')}</body></html>`,
        ),
      ).detected,
    ).toBe(true);
  });

  it.each([
    '关于《政府工作报告(征求意见稿)》解读',
    '首页 政策解读 关于《政府工作报告》解读',
    '图解：XX市2023年法治政府建设年度报告',
  ])('does not call an interpretation of another report one of the disclosure report: %s', (heading) => {
    const a = audit(
      sourceFromHtml(shell(heading, '<p>《政府工作报告》是在认真总结2022年工作的基础上起草的。</p>')),
    );
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(NOT_A_REPORT);
  });

  it('takes the report whose page links its illustrated version beside its own title', () => {
    // A city bureau's 2024 report: 【文字】 its title, 【图解版】 the link to the pictures, then the report.
    const page = `<html><head><title>2024年丽水市林业局政府信息公开工作年度报告</title></head><body>
      <p>【文字】2024年丽水市林业局政府信息公开工作年度报告</p><p>发布日期: 2025-01-17</p>
      <p>【图解版】2024年丽水市林业局政府信息公开工作年度报告</p>
      <p>一、总体情况</p><p>2024年，我局主动公开各类政务信息1424条。</p><p>二、主动公开政府信息情况</p>
      <p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
      <p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></body></html>`;
    const a = audit(sourceFromHtml(page));
    expect(a.detected).toBe(true);
    expect(a.report?.title).toBe('【文字】2024年丽水市林业局政府信息公开工作年度报告');
  });

  it.each([
    '海盐县沈荡镇2023年度政府信息公开工作年度报告(含图解)',
    'XX市XX局2021年政府信息公开工作年度报告及解读',
  ])('takes the report with its pictures or its interpretation for the report: %s', (heading) => {
    // A town's 2023 report page (海盐县沈荡镇) so titled was said to be an interpretation, not audited.
    const a = audit(
      sourceFromHtml(
        shell(
          heading,
          '<p>一、总体情况</p><p>2023年度，我镇主动公开政府信息400余条。</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>',
        ),
      ),
    );
    expect(a.detected).toBe(true);
  });

  it('still takes the report under a column named 解读, or an interpretation that holds its tables', () => {
    const pictures = '<p><img src="/upload/nb1.jpg"></p>';
    expect(audit(sourceFromHtml(shell(title, pictures, `${title}_政策解读`))).detected).toBe(true);
    const withTable = audit(
      sourceFromHtml(
        shell(`图解：${title}`, `<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4([1, 0, 0, 0, 1])}`),
      ),
    );
    expect(withTable.detected).toBe(true);
  });
});

describe('characters a reader does not see', () => {
  it('reads prose and cells with a zero-width space, a BOM or a soft hyphen in them as shown', () => {
    // Left by word processors and editors; on the corpus pages with one here and there, a date, a
    // count or a sentence was lost, and a cell 2\ufeff5 was two figures: "not a number".
    const z = '\u200b';
    const page = `<html><head><title>XX市XX局2021年政府信息公开工作年度报告</title></head><body>
      <h1>XX市XX局2021年政府信息公开工作年度报告</h1><p>发布时间：2022-01-2${z}8</p>
      <p>一、总体情况</p><p>202${z}1年，我局主动${'\ufeff'}公开政府信息1${z}2条，收到政府信息公开申请3${'\u00ad'}件。</p>
      <p>二、主动公开政府信息情况</p>
      <table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>2${'\ufeff'}5</td><td>0</td><td>25</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
    const a = audit(sourceFromHtml(page));
    const facts = Object.fromEntries(a.report.facts.map((f) => [f.key, f.value]));
    expect(a.report.published).toBe('2022-01-28');
    expect(facts['f.proactive_total']).toBe(12);
    expect(facts['f.applications_received']).toBe(3);
    expect(a.report.cells['t2.normative.issued']?.value).toBe(25);
  });
});

describe('publication dates as portals print them', () => {
  const page = (
    head: string,
    under: string,
    end = '',
  ) => `<html><head><title>XX市XX局2021年政府信息公开工作年度报告</title>${head}</head><body>
    <h1>XX市XX局2021年政府信息公开工作年度报告</h1>${under}
    <p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p>
    <p>五、存在的主要问题及改进情况</p><p>无。</p>${end}</body></html>`;
  const published = (html: string) => audit(sourceFromHtml(html)).report.published;

  it('reads an unlabelled date right under the heading', () => {
    expect(published(page('', '<div class="date">[ 2022-01-28 ]</div>'))).toBe('2022-01-28');
    expect(published(page('', '<div>来源：XX局</div><div>2022-01-28 16:26:03</div>'))).toBe('2022-01-28');
  });

  it('reads a label spaced out to line up with its info box’s others: 发 布 日 期', () => {
    expect(
      published(page('', '<div>索 引 号：000014348/2022-00081</div><div>发 布 日 期：2022-01-28</div>')),
    ).toBe('2022-01-28');
    expect(
      published(
        page(
          '',
          '<table><tr><td>索 引 号</td><td>0001/2022-01</td></tr><tr><td>发 布 日 期</td><td>2022-01-28</td></tr></table>',
        ),
      ),
    ).toBe('2022-01-28');
    expect(published(page('', '<p>• 发 布 日 期</p><p>2022-01-17</p>'))).toBe('2022-01-17');
  });

  it('reads a date under its label, each a line of an index box above the heading', () => {
    const box =
      '<p>• 索引号</p><p>000014348/2022-00081</p><p>• 发布日期</p><p>2022-01-17</p><p>• 时效性</p><p>有效</p>';
    const html = page('', '').replace('<h1>', `${box}<h1>`);
    expect(published(html)).toBe('2022-01-17');
    // Not the date of a label that is no publication's (成文日期 is the document's own).
    expect(published(html.replace('发布日期', '成文日期'))).toBeNull();
  });

  it('reads it under the title printed again further down, and under the first', () => {
    // The portal's heading, its banner, then the article's own title and its info bar (real pages).
    const again = '<p>XX市XX局2021年政府信息公开工作年度报告</p>';
    expect(
      published(
        page('', `<p>欢迎访问XX市人民政府!</p><p>登录/注册 用户中心</p>${again}<p>2022-01-28 10:10</p>`),
      ),
    ).toBe('2022-01-28');
    expect(published(page('', `<p>2022-01-26</p>${again}<p>字号：</p>`))).toBe('2022-01-26');
  });

  it('reads a bare date before the info bar’s other labels, and quotes the date alone', () => {
    const a = audit(sourceFromHtml(page('', '<div>2022-01-28 16:26　来源：XX局　浏览次数：120</div>')));
    expect(a.report.published).toBe('2022-01-28');
    expect(a.report.facts.find((f) => f.key === 'f.published')?.quote).toBe('2022-01-28 16:26');
    expect(published(page('', '<div>2022-01-28 印发</div>'))).toBeNull();
  });

  it('takes 发布时间, not an edit’s 更新时间, for the publication date', () => {
    expect(published(page('', '<div>更新时间：2023-05-10　发布时间：2022-01-28</div>'))).toBe('2022-01-28');
    expect(published(page('', '<div>更新时间：2023-05-10　来源：XX局</div>'))).toBeNull();
  });

  it('does not take the document date under the title or the closing signature for it', () => {
    expect(published(page('', '<p>（2022年1月20日）</p>'))).toBeNull();
    expect(published(page('', '', '<p>XX市XX局</p><p>2022年1月20日</p>'))).toBeNull();
  });

  it('quotes the meta tag a date came from, and does not take TRS maketime (creation) for it', () => {
    const a = audit(
      sourceFromHtml(page('<meta name="article:published_time" content="2022-01-28 10:00:00">', '')),
    );
    expect(a.report.facts.find((f) => f.key === 'f.published')?.quote).toContain('article:published_time');
    expect(published(page('<meta name="maketime" content="2021-12-20 10:00:00">', ''))).toBeNull();
  });
});

describe("another item's date is not the report's", () => {
  const title = 'XX市XX局2021年政府信息公开工作年度报告';
  const page = (head: string, above: string, under: string, end = '') =>
    `<html><head><title>${title}</title>${head}</head><body>${above}<h1>${title}</h1>${under}
    <p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p>
    <p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
    <p>五、存在的主要问题及改进情况</p><p>无。</p>${end}</body></html>`;
  const published = (html: string) => audit(sourceFromHtml(html)).report.published;
  const related =
    '<div>相关阅读</div><ul><li>XX市XX局2020年政府信息公开工作年度报告 发布时间：2021-04-20</li></ul>';
  const footer = '<div class="footer">网站更新时间：2024-06-30</div>';

  it('passes over a 发布时间 far below the heading: a related report, a footer', () => {
    expect(published(page('', '', '', related))).toBeNull();
    expect(published(page('', '', '', footer))).toBeNull();
    const meta = '<meta name="PubDate" content="2022-01-28 10:00">';
    expect(published(page(meta, '', '', related))).toBe('2022-01-28');
  });

  it('takes a date on the heading’s own line', () => {
    const one = `<html><head><title>${title}</title></head><body><p>${title}<br>发布时间：2022-01-25 来源：XX局</p>
      <p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p><p>五、存在的主要问题及改进情况</p></body></html>`;
    expect(published(one)).toBe('2022-01-25');
    expect(published(one.replace('<br>', ' '))).toBe('2022-01-25');
  });

  it('takes the info bar under the heading before a sidebar date above it', () => {
    const side = '<div class="side"><p>最新动态</p><p>发布时间：2023-05-06</p></div>';
    expect(published(page('', side, '<div>发布时间：2022-01-26 来源：XX局</div>'))).toBe('2022-01-26');
  });

  it('gives a date above the heading up where the index box or the meta says otherwise', () => {
    const side = '<p>发布时间：2023-05-06</p>';
    const box = '<table><tr><td>发布日期</td><td>2022-01-27</td></tr></table>';
    expect(published(page('', box + side, ''))).toBe('2022-01-27');
    expect(published(page('<meta name="PubDate" content="2022-01-28 10:00">', side, ''))).toBe('2022-01-28');
    // Nothing says otherwise: a labelled date above the heading is the page's (an index box as text).
    expect(published(page('', side, ''))).toBe('2023-05-06');
  });

  it("passes over a date beside another year's report, near the heading or not", () => {
    const latest = '<div>最新发布：XX市XX局2022年政府信息公开工作年度报告 发布日期：2023-04-20</div>';
    expect(published(page('', latest, ''))).toBeNull();
    expect(published(page('', '', latest))).toBeNull();
  });
});

describe('主动公开 totals', () => {
  const report = (
    body: string,
  ) => `<html><head><title>XX市XX局2021年政府信息公开工作年度报告</title></head><body>
    <h1>XX市XX局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p>${body}
    <p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p></body></html>`;
  const total = (html: string) =>
    audit(sourceFromHtml(html)).report.facts.find((f) => f.key === 'f.proactive_total')?.value;

  it('takes the 主动公开 total over a channel count written before it', () => {
    expect(
      total(
        report(
          '<p>2021年我局在门户网站发布政务信息356条，通过政务微信公众号发布信息128条，主动公开政府信息共计484条。</p>',
        ),
      ),
    ).toBe(484);
    expect(
      total(report('<p>公开行政许可信息256条、行政处罚信息45条。</p><p>全年主动公开政府信息1000条。</p>')),
    ).toBe(1000);
  });

  it('still takes a plain 公开 count when nothing says more', () => {
    expect(total(report('<p>2021年，我局共公开各类信息1200余条。</p>'))).toBe(1200);
    expect(total(report('<p>2021年，我局在门户网站公开信息356条。</p>'))).toBe(356);
  });
});

describe('titles as portals set them', () => {
  const page = (
    docTitle: string,
    before: string,
    h1: string,
  ) => `<html><head><title>${docTitle}</title></head><body>
    ${before}<h1>${h1}</h1><p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p>
    <p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p></body></html>`;
  const own = 'XX市XX局2021年政府信息公开工作年度报告';

  it('skips a sidebar link to an earlier report (or its 解读) placed before the article', () => {
    const side =
      '<ul><li><a>关于XX市XX局2020年政府信息公开工作年度报告的解读</a></li><li><a>XX市XX局2019年政府信息公开工作年度报告</a></li></ul>';
    expect(meta(page('XX市人民政府', side, own))).toEqual({ title: own, agency: 'XX市XX局', year: 2021 });
  });

  it('takes no 上一篇 / 下一篇 link under the article for its title', () => {
    // The article gives no title line; the portal's links to its neighbours name other years' reports.
    const html = `<html><head><title>政府信息公开年报</title></head><body>
      <p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p>
      <p>五、存在的主要问题及改进情况</p>
      <div>上一篇：<a>XX市XX局2020年政府信息公开工作年度报告</a></div>
      <div>【下一篇】<a>XX市XX局2022年政府信息公开工作年度报告</a></div></body></html>`;
    expect(meta(html)).toEqual({ title: '政府信息公开年报', agency: null, year: null });
    expect(audit(sourceFromHtml(html)).findings.map((f) => f.rule)).not.toContain('year-mismatch');
    // The label in a block of its own, the link in the next.
    const split = html.replace('上一篇：<a>', '<span>上一篇：</span></div><div><a>');
    expect(meta(split)).toEqual({ title: '政府信息公开年报', agency: null, year: null });
    // After a share and print bar on its line (a PDF's lines joined into one paragraph).
    const bar = html.replace('<div>上一篇：', '<div>分享到：微信 微博【打印本页】【关闭窗口】上一篇：');
    expect(meta(bar)).toEqual({ title: '政府信息公开年报', agency: null, year: null });
  });

  it("takes no sidebar's or related list's link for the title of an article that gives none", () => {
    const links = (ys: number[]) =>
      `<ul>${ys.map((y) => `<li><a href="/nb/${y}.html">XX市XX局${y}年政府信息公开工作年度报告</a></li>`).join('')}</ul>`;
    const article = `<p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p><p>二、主动公开政府信息情况</p>
      <p>五、存在的主要问题及改进情况</p>`;
    const html = (before: string, after: string, docTitle = '政府信息公开年报') =>
      `<html><head><title>${docTitle}</title></head><body>${before}${article}${after}</body></html>`;
    for (const page of [
      html(links([2020, 2019]), ''),
      html('', `<div>相关阅读：</div>${links([2020, 2022])}`),
    ]) {
      expect(meta(page)).toEqual({ title: '政府信息公开年报', agency: null, year: null });
      expect(audit(sourceFromHtml(page)).findings.map((f) => f.rule)).not.toContain('year-mismatch');
    }
    // A title set as a link to the page itself, which the document title repeats, is the page's.
    const own = html(
      '<h1><a href="./t2022.html">XX市XX局2021年政府信息公开工作年度报告</a></h1>',
      '',
      'XX市XX局2021年政府信息公开工作年度报告_XX市人民政府',
    );
    expect(meta(own)).toEqual({
      title: 'XX市XX局2021年政府信息公开工作年度报告',
      agency: 'XX市XX局',
      year: 2021,
    });
  });

  it('reads the year placed after 政府信息公开工作', () => {
    const t = 'XX市XX局政府信息公开工作2021年度报告';
    expect(meta(page(`${t}_XX市人民政府`, '', t))).toEqual({ title: t, agency: 'XX市XX局', year: 2021 });
  });

  it('takes the agency from the document title when the heading leaves it out', () => {
    expect(meta(page(`${own}-XX市人民政府`, '', '2021年政府信息公开工作年度报告'))).toEqual({
      title: own,
      agency: 'XX市XX局',
      year: 2021,
    });
  });
});

describe("another body's report beside this one's heading", () => {
  const side =
    '<ul><li><a>XX区人民政府2021年政府信息公开工作年度报告</a></li><li><a>XX区人民政府2019年政府信息公开工作年度报告</a></li><li><a>XX区教育局2020年政府信息公开工作年度报告</a></li></ul>';
  const page = (
    head: string,
    before: string,
    h1: string,
  ) => `<html><head><title>XX区人民政府</title>${head}</head>
    <body>${before}<h1>${h1}</h1><p>一、总体情况</p><p>2020年，本机关主动公开政府信息120条。</p>
    <p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p></body></html>`;
  const bare = '2020年政府信息公开工作年度报告';

  it("does not lend a sidebar item's agency to a heading that names none", () => {
    expect(meta(page('', side, bare))).toEqual({ title: bare, agency: null, year: 2020 });
  });

  it('still takes the agency from a title set right above the heading on its own', () => {
    const own = 'XX区商务局2020年政府信息公开工作年度报告';
    expect(meta(page('', `<div class="col">${bare}</div>`, own))).toMatchObject({ agency: 'XX区商务局' });
  });

  it("takes the index box's 名称 for the title", () => {
    const box =
      '<table><tr><th>名称：</th><td>XX区人民政府2020年政府信息公开工作年度报告</td></tr><tr><th>发布机构：</th><td>XX区人民政府办公室</td></tr></table>';
    expect(meta(page('', box + side, bare))).toEqual({
      title: 'XX区人民政府2020年政府信息公开工作年度报告',
      agency: 'XX区人民政府',
      year: 2020,
    });
  });

  it('takes the 名称 of an index box set as a list, not its label, for the title and the agency', () => {
    // A portal's box in <li>s (or a PDF's lines): its 名称 is a line of text that starts with the label.
    const box =
      '<ul><li>发布机构：XX区人民政府办公室</li><li>名称：XX区人民政府2020年政府信息公开工作年度报告</li><li>标 题： XX区人民政府2020年政府信息公开工作年度报告</li></ul>';
    for (const h1 of [bare, 'XX区人民政府2020年政府信息公开工作年度报告'])
      expect(meta(page('', box, h1))).toEqual({
        title: 'XX区人民政府2020年政府信息公开工作年度报告',
        agency: 'XX区人民政府',
        year: 2020,
      });
  });

  it("does not take a government's office that published the page for the report's body", () => {
    const box = '<table><tr><th>发布机构：</th><td>XX区人民政府办公室</td></tr></table>';
    expect(meta(page('', box, bare)).agency).toBeNull();
    expect(meta(page('<meta name="ContentSource" content="XX县政府办">', '', bare)).agency).toBeNull();
    // Another publisher still names the body.
    expect(meta(page('<meta name="ContentSource" content="XX区教育局">', '', bare)).agency).toBe(
      'XX区教育局',
    );
  });

  it('takes a publisher whole or not at all, never cut at a length (…市场监管局(知识产权局 of a longer cell)', () => {
    const long = '某某某某某某某某某某某某某某某某市市场监督管理局(知识产权局)';
    expect(
      meta(page('', `<table><tr><th>发布机构：</th><td>${long}</td></tr></table>`, bare)).agency,
    ).toBeNull();
    const whole = '某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某市市场监督管理局';
    expect(meta(page('', `<table><tr><th>发布机构：</th><td>${whole}</td></tr></table>`, bare)).agency).toBe(
      whole,
    );
  });
});

describe('agency named after 关于', () => {
  it('is the body the report is about, not the office that issues it', async () => {
    const { agencyOf } = await import('../../lib/recognise/meta');
    expect(agencyOf('XX区人民政府办公室关于XX区2021年政府信息公开工作年度报告')).toBe('XX区');
    expect(agencyOf('XX区人民政府关于2021年度政府信息公开工作年度报告')).toBe('XX区人民政府');
    expect(agencyOf('关于XX局2021年政府信息公开工作年度报告')).toBe('XX局');
  });

  it('ends before a year in Chinese numerals however its zero is typed (〇, ○, O, 0)', async () => {
    const { agencyOf } = await import('../../lib/recognise/meta');
    for (const y of ['二〇二〇', '二○二○', '二O二O', '二0二0'])
      expect(agencyOf(`XX区人民政府${y}年度政府信息公开工作年度报告`), y).toBe('XX区人民政府');
  });
});

describe('cell markup from editors', () => {
  it('reads what a reader sees in a cell, not a hidden span', () => {
    const html = `<html><head><title>XX市XX局2021年政府信息公开工作年度报告</title></head><body>
      <h1>XX市XX局2021年政府信息公开工作年度报告</h1><p>四、政府信息公开行政复议、行政诉讼情况</p>
      <table border="1"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
      <tr>${[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        .map((v) => `<td><!--[if !supportMisc]-->${v}<!--[endif]--><span style='display:none'>9</span></td>`)
        .join('')}</tr></table></body></html>`;
    const a = audit(sourceFromHtml(html));
    expect(a.report.cells['t4.review.upheld']?.value).toBe(1);
    expect(a.report.cells['t4.review.total']?.value).toBe(1);
    expect(a.findings.map((f) => f.rule)).not.toContain('t4-sum');
  });
});

describe('whole-jurisdiction counts and 政务公开 titles', () => {
  const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body>
    <h1>${title}</h1><p>一、总体情况</p>${body}<p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p></body></html>`;
  const report = (title: string, body: string) => audit(sourceFromHtml(page(title, body))).report;

  it('takes this body’s applications, not the whole city’s', () => {
    const r = report(
      'XX市XX局2021年政府信息公开工作年度报告',
      '<p>2021年，全市各级行政机关共收到政府信息公开申请1200件。</p><p>本机关共收到政府信息公开申请5件。</p>',
    );
    expect(r.facts.find((f) => f.key === 'f.applications_received')?.value).toBe(5);
  });

  it('reads a report titled 政务公开工作年度报告', () => {
    const r = report('XX市XX局2021年度政务公开工作年度报告', '');
    expect(r).toMatchObject({
      title: 'XX市XX局2021年度政务公开工作年度报告',
      agency: 'XX市XX局',
      year: 2021,
    });
  });
});

describe('whole-jurisdiction counts of documents and cases', () => {
  it('are not read as this body’s figures', () => {
    const html = `<html><head><title>XX县人民政府2021年政府信息公开工作年度报告</title></head><body>
      <h1>XX县人民政府2021年政府信息公开工作年度报告</h1><p>一、总体情况</p>
      <p>全县各部门制发规范性文件12件。全县共发生政府信息公开行政复议案件6件。</p>
      <p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p></body></html>`;
    const keys = audit(sourceFromHtml(html)).report.facts.map((f) => f.key);
    expect(keys).not.toContain('f.normative_made');
    expect(keys).not.toContain('f.reviews');
  });
});

describe('other reports that print a table like the report’s', () => {
  const other = (title: string, body: string) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1>
    <p>一、2021年推进法治政府建设的主要举措和成效</p>${body}<p>二、存在的不足和原因</p><p>三、2022年的主要安排</p></body></html>`;
  const t2 = `<table border="1"><tr><td>事项</td><td>数量</td><td>变化</td><td>决定数</td></tr>
    <tr><td>行政许可</td><td>356</td><td>12</td><td>15873</td></tr><tr><td>行政处罚</td><td>120</td><td>0</td><td>689</td></tr>
    <tr><td>行政强制</td><td>45</td><td>0</td><td>37</td></tr></table>`;

  it('does not take a 法治政府建设年度报告 with a table of 行政复议/行政诉讼 results, or of 许可/处罚 counts, for one', () => {
    for (const body of [t4([20, 5, 3, 2, 30]), t2]) {
      const a = audit(sourceFromHtml(other('XX市司法局2021年法治政府建设年度报告', body)));
      expect(a.detected).toBe(false);
      expect(a.findings).toEqual([]);
    }
  });

  it('still takes such a table for the report’s under a disclosure report’s title', () => {
    const a = audit(sourceFromHtml(other('XX市司法局2021年政府信息公开工作年度报告', t4([1, 0, 0, 0, 1]))));
    expect(a.detected).toBe(true);
  });
});

describe('a quarter’s or a month’s figures in 表三’s table', () => {
  const table = t3Html(consistentT3('2021', 3), { template: '2021', style: 'rowspan' });
  const pageOf = (title: string, body = '') =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>现将有关情况公布如下：</p>${table}${body}</body></html>`;

  it('is not the annual report, and says so', () => {
    for (const title of [
      'XX区2021年第一季度政府信息公开申请办理情况统计表',
      'XX区人民政府2021年3月依申请公开办理情况',
    ]) {
      const a = audit(sourceFromHtml(pageOf(title)));
      expect(a.detected, title).toBe(false);
      expect(a.reason).toBe(PART_OF_YEAR_PAGE);
    }
  });

  it('is not the report either for the whole year, where the page has 表三’s table alone', () => {
    const a = audit(sourceFromHtml(pageOf('XX区2021年依申请公开政府信息情况统计')));
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(TABLE_ALONE);
  });

  it('is the report where the page has the report’s sections too, or a report’s title', () => {
    const sections = '<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>五、存在的主要问题及改进情况</p>';
    expect(audit(sourceFromHtml(pageOf('XX区2021年3月政府信息公开情况', sections))).detected).toBe(true);
    expect(audit(sourceFromHtml(pageOf('XX区2021年政府信息公开工作年度报告'))).detected).toBe(true);
  });
});

describe('a hostile sentence of thousands of counts', () => {
  it('is audited without each count looking back over the sentence (the vitest timeout is the test)', () => {
    // One block each: 20,000 不予公开信息数0条 with no 。 took 27 s, 20,000 其中予以公开1件(属于国家秘密1件)，
    // 34 s, 结转下年度1件， 14 s, 予以公开1件， 6.5 s; 30,000 网站公开信息0条。 (short sentences) ~10 s.
    for (const [unit, times] of [
      ['不予公开信息数0条', 20_000],
      ['发布信息数0条', 20_000],
      ['网站公开信息0条。', 30_000],
      ['予以公开1件，', 20_000],
      ['其中予以公开1件(属于国家秘密1件)，', 20_000],
      ['结转下年度1件，', 20_000],
      ['1件予以公开，', 20_000],
    ] as const) {
      const a = audit(sourceFromHtml(page(`<p>${unit.repeat(times)}</p>`)));
      expect(a.detected, unit).toBe(true);
    }
  });

  it('reads a sentence padded with 200,000 spaces inside it in one pass (the vitest timeout is the test)', () => {
    // A Word page's padding between words: a pattern whose \s* before and after an optional comma (其中\s*,?\s*)
    // or a look-behind ending in \s* (…行政复议1件，诉讼) tried each run's every split: 47 s for one paragraph.
    for (const [c, name] of [
      [' ', 'space'],
      ['\u00a0', 'no-break space'],
      ['\u3000', 'ideographic space'],
    ] as const) {
      const gap = c.repeat(200_000);
      const a = audit(
        sourceFromHtml(
          page(`<p>主动公开政府信息3条，其中${gap}A类信息1条，B类信息2条。行政复议2件，${gap}诉讼1件。</p>`),
        ),
      );
      expect(
        facts(page(`<p>主动公开政府信息3条，其中${gap}A类信息1条。</p>`))['f.proactive_total'],
        name,
      ).toBe(3);
      expect(a.detected, name).toBe(true);
    }
  });
});

describe('a university’s or a public enterprise’s own disclosure report', () => {
  const sections =
    '<p>一、总体情况</p><p>2023年，主动公开信息320条，收到信息公开申请3件，均已按期答复。</p><p>二、主动公开情况</p><p>……</p><p>三、依申请公开情况</p><p>……</p><p>四、存在的主要问题及改进情况</p><p>……</p>';
  const pageOf = (title: string, body = sections) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>发布时间：2023-10-30</p>${body}</body></html>`;

  it('is not audited as a government report: no table of it missing, no deadline of it missed', () => {
    for (const title of [
      '某某大学2022-2023学年信息公开工作年度报告',
      '国网某某供电公司2023年信息公开工作年度报告',
      '某某市人民医院2023年信息公开工作年度报告',
      '某某职业技术学院2023年度信息公开年报',
    ]) {
      const a = audit(sourceFromHtml(pageOf(title)));
      expect(a.detected, title).toBe(false);
      expect(a.reason, title).toBe(OTHER_REGIME);
      expect(a.findings).toEqual([]);
    }
  });

  it('is not audited as one where only its text names its sector’s rules, under a title naming no body', () => {
    // A college's page titled 2025年信息公开工作年度报告 (its site names the college), statistics to 31 October:
    // it was told 表二, 表三, 表四 were missing and it was published before its year ended.
    const basis =
      '<p>为全面贯彻《高等学院信息公开办法》(教育部令第29号)和《高等学院信息公开事项清单》有关规定，现将学校2025年度信息公开情况报告如下(统计日期为2025年1月1日—2025年10月31日)。</p>';
    const a = audit(sourceFromHtml(pageOf('2025年信息公开工作年度报告', basis + sections)));
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(OTHER_REGIME);
    expect(a.findings).toEqual([]);
    // A college's 2021 report cites only the ministry's notice of that year: it was told 表二, 表三 and
    // 表四 were missing.
    const notice =
      '<p>根据《教育部办公厅关于做好2021年高校信息公开年度报告工作的通知》(教办厅函〔2021〕37号)精神,按照省教育厅办公室关于做好高校信息公开年度报告工作的要求,我校对2021年度信息公开工作进行对照检查,现总结报告如下:</p>';
    const college = audit(sourceFromHtml(pageOf('2021年信息公开年度报告', notice + sections)));
    expect(college.reason).toBe(OTHER_REGIME);
    expect(college.findings).toEqual([]);
    // A bureau's report, citing the rules of the schools it oversees, is a report still; so is one
    // calling itself a government report, or citing no sector's rules.
    const oversees =
      '<p>根据《中华人民共和国政府信息公开条例》编制本报告。督促全市高校落实《高等学校信息公开办法》。</p>';
    for (const [title, body] of [
      ['某某市教育局2023年信息公开工作年度报告', oversees],
      ['2023年政府信息公开工作年度报告', oversees],
      ['2025年信息公开工作年度报告', '<p>根据《中华人民共和国政府信息公开条例》编制本报告。</p>'],
    ] as const)
      expect(audit(sourceFromHtml(pageOf(title, body + sections))).detected, title).toBe(true);
  });

  it('is a report where a government’s untitled text names the sector’s disclosure as its work', () => {
    // A district's 2023 report saved as a document with no title line (a .docx): 五是完善公共企事业单位
    // 信息公开 was taken for the sector's rules, and the report was not audited at all.
    const work =
      '<p>根据《中华人民共和国政府信息公开条例》编制本报告。五是完善公共企事业单位信息公开。依据上级有关行业主管部门相关要求，稳步推进教育、医疗卫生等领域信息公开。</p>';
    expect(audit(sourceFromHtml(`<html><body>${work}${sections}</body></html>`)).detected).toBe(true);
    // Its rules cited by name are the sector's still.
    const rules =
      '<p>根据《供电企业信息公开实施办法》和《公共企事业单位信息公开规定制定办法》编制本报告。</p>';
    expect(audit(sourceFromHtml(`<html><body>${rules}${sections}</body></html>`)).reason).toBe(OTHER_REGIME);
  });

  it('reads a hostile title of 100,000 大学 in no time (the first few hundred characters)', () => {
    // The expression once went from each 大学 to the end of the title: 18 s for this page.
    const a = audit(sourceFromHtml(pageOf('大学'.repeat(100_000))));
    // Its four sections make it a report; the title names no institution's report.
    expect(a.detected).toBe(true);
  });

  it('is a report where it calls itself a government one, or a body of government wrote it, or it has the tables', () => {
    // A school or a hospital on the government template says 政府信息公开; a bureau's title may not.
    expect(audit(sourceFromHtml(pageOf('某某县第一中学2023年政府信息公开工作年度报告'))).detected).toBe(true);
    expect(audit(sourceFromHtml(pageOf('某某市财政局2023年信息公开工作年度报告'))).detected).toBe(true);
    const table = t3Html(consistentT3('2021', 3), { template: '2021', style: 'rowspan' });
    const withTables = pageOf(
      '某某市人民医院2023年信息公开工作年度报告',
      `${sections}${table}${t4([1, 0, 0, 0, 1])}`,
    );
    expect(audit(sourceFromHtml(withTables)).detected).toBe(true);
  });
});

describe('a report of 2018 or before (the 2008 Regulations and their statistics table)', () => {
  const oldPage = (year: number, body: string) =>
    `<html><head><title>某某区财政局${year}年政府信息公开工作年度报告</title></head><body><h1>某某区财政局${year}年政府信息公开工作年度报告</h1><p>发布时间：${year + 1}-02-28</p><p>一、概述</p><p>${year}年，共受理政府信息公开申请45件。</p><p>二、主动公开政府信息情况</p><p>……</p>${body}</body></html>`;
  const statistics =
    '<table border="1"><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr><tr><td>（一）收到申请数</td><td>件</td><td>45</td></tr><tr><td>四、行政复议数量</td><td>件</td><td>2</td></tr></table>';

  it('is audited without the template’s tables, sections or 31 January', () => {
    const a = audit(sourceFromHtml(oldPage(2017, statistics)));
    expect(a.detected).toBe(true);
    expect(a.ctx.oldFormat).toBe(true);
    expect(a.findings).toEqual([]);
    expect(a.checks.find((c) => c.rule === 'missing-table')?.reason).toMatch(/^2018 年及以前/);
  });

  it('reads no row of its statistics table as 表三’s, whatever words the two share', () => {
    // The national form's rows 同意部分公开答复数, 涉及国家秘密, 危及国家安全… and 举报投诉数量 each name a
    // row of 表三 too: read so, they were four rows of one figure for seven columns (28 blank cells
    // exported, short rows, 表二 and 表四 called missing beside the 表三 found).
    const rows = (head: string[], body: [string, string, string][]) =>
      `<table border="1"><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>${body
        .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    const national = rows(
      ['统计指标', '单位', '统计数'],
      [
        ['（三）申请答复数', '件', '12'],
        ['2.同意公开答复数', '件', '5'],
        ['3.同意部分公开答复数', '件', '1'],
        ['4.不同意公开答复数', '件', '1'],
        ['其中：涉及国家秘密', '件', '0'],
        ['危及国家安全、公共安全、经济安全和社会稳定', '件', '0'],
        ['四、行政复议数量', '件', '1'],
        ['六、举报投诉数量', '件', '0'],
      ],
    );
    // A zone's own form (平潭综合实验区公安局 2013): 指 标 名 称 | 计量 单位 | 2013年度 | 历年累计, headed here
    // with the page's year (another year's heading is a year-mismatch warning of its own).
    const own = rows(
      ['指 标 名 称', '计量 单位', '2017年度'],
      [
        ['对申请的答复总数', '条', '3'],
        ['其中：1.同意公开答复数', '条', '2'],
        ['2.同意部分公开答复数', '条', '0'],
      ],
    );
    // 平潭综合实验区交通与建设局 2018: its caption, an empty row, its title and another empty row above the
    // header, in the table itself (22 blank cells of 表三 and 表四 exported before).
    const captioned = own.replace(
      '<tr>',
      '<tr><td>附表：</td><td></td><td></td></tr><tr><td></td><td></td><td></td></tr><tr><td>某某区财政局2017年政府信息公开情况统计表</td><td></td><td></td></tr><tr><td></td><td></td><td></td></tr><tr>',
    );
    for (const table of [national, own, captioned]) {
      const a = audit(sourceFromHtml(oldPage(2017, table)));
      expect(a.ctx.oldFormat).toBe(true);
      expect(a.report.cells).toEqual({});
      expect(a.findings).toEqual([]);
    }
  });

  it('says why a page titled as a report but written as a work summary is not audited', () => {
    // 平潭县质监局 2012: 政府信息公开年度工作报告 over 工作开展情况 / 工作中存在的不足 / 今后工作打算. It was "not a
    // report page: no report tables or title found", its title in the page's own head and heading.
    const summary = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>2012年我局在上级指导下认真开展政府信息公开工作，现将今年我局政府信息公开情况汇报如下：</p><p>一、工作开展情况</p><p>（一）加强组织领导。</p><p>二、工作中存在的不足</p><p>三、今后工作打算</p></body></html>`;
    const a = audit(sourceFromHtml(summary('平潭县质监局2012年政府信息公开年度工作报告')));
    expect(a.detected).toBe(false);
    expect(a.reason).toBe(TITLE_ALONE);
    // A page whose own title names no year's report keeps the general reason, whatever its text names.
    expect(audit(sourceFromHtml(summary('政府信息公开年报_某某县人民政府'))).reason).toBe(NOT_A_REPORT);
  });

  it('reads no cell from an empty table after it, under the 行政复议 heading', () => {
    // 平潭综合实验区公安局 2015: a layout's empty 2×2 table after the statistics table was 表四, fifteen
    // blank cells exported.
    const empty = '<table><tr><td>&nbsp;</td><td> </td></tr><tr><td></td><td>　</td></tr></table>';
    const a = audit(
      sourceFromHtml(
        oldPage(
          2015,
          `<p>五、因政府信息公开申请行政复议、提起行政诉讼情况</p><p>没有发生行政复议、行政诉讼。</p>${statistics}${empty}`,
        ),
      ),
    );
    expect(a.report.cells).toEqual({});
    // Its text says no review was made, while its statistics table counts 2 (四、行政复议数量): that
    // table is read now, and the claim held to it. No finding names a cell.
    expect(a.findings.map((f) => [f.rule, f.message])).toEqual([
      ['text-claim-mismatch', '正文称「没有发生行政复议、行政诉讼」，但统计表 行政复议数量 为 2'],
    ]);
  });

  it('is held to the template from 2019 on', () => {
    const a = audit(sourceFromHtml(oldPage(2019, statistics)));
    expect(a.ctx.oldFormat).toBeUndefined();
    expect(a.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['missing-table', 'late-publication']),
    );
  });
});

describe('the template itself', () => {
  const blank = Object.fromEntries(T3_ROWS['2021'].map((r) => [r.key, Array(7).fill('')]));
  const table = t3Html(blank, { template: '2021', style: 'rowspan' });
  const pageOf = (title: string) =>
    `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p>${table}<p>五、存在的主要问题及改进情况</p></body></html>`;

  it('is not a report: the 通知 that issues the template, a portal’s 模板, with no figure in its tables', () => {
    for (const title of [
      '关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
      '政府信息公开工作年度报告模板（2021版）',
    ]) {
      const a = audit(sourceFromHtml(pageOf(title)));
      expect(a.detected, title).toBe(false);
      expect(a.reason).toBe(TEMPLATE_PAGE);
    }
  });

  it('is a report where its title is a report’s, though every cell is blank', () => {
    expect(audit(sourceFromHtml(pageOf('XX镇2021年政府信息公开工作年度报告'))).detected).toBe(true);
  });
});

describe('a report set as one paragraph, its lines cut by <br>', () => {
  const sections = (lines: string[]) => {
    const a = audit(
      sourceFromHtml(
        `<html><head><title>某镇人民政府2022年政府信息公开工作年度报告</title></head><body><p>${lines.join('<br>')}</p></body></html>`,
      ),
    );
    return a.findings.filter((f) => f.rule === 'missing-section').map((f) => f.message.slice(0, 12));
  };
  const rest = [
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ];
  it('finds a section whose heading runs into its first line: 一、总体情况 2022年以来…', () => {
    // Read as one block with the line before it, the heading was mid-block: 报告缺少「一、总体情况」.
    expect(
      sections([
        '本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室的要求编制，数据统计期限为2022年1月1日至12月31日',
        '一、总体情况 2022年以来，我镇认真贯彻落实《条例》，全年主动公开政府信息89条，其中政策文件12条。',
        ...rest,
      ]),
    ).toEqual([]);
  });
  it('takes a short numbered line with a comma for a heading of its own: 三、规范流程,提升依申请公开质效', () => {
    // Section 三 in other words stands in for it as its own paragraph does; run into the line
    // after it, it was a long block and 报告缺少「三、…」.
    const prose =
      '在依申请公开工作方面，构建了高效、严谨的办理机制，一旦收到申请，即登记、审核、答复，全年按时办结。';
    expect(
      sections([
        '一、总体情况',
        prose,
        '二、主动公开政府信息情况',
        prose,
        '三、规范流程,提升依申请公开质效',
        prose,
        ...rest.slice(2),
      ]),
    ).toEqual([]);
  });
  it('finds a section whose heading line has no number, a dash for one, or a full stop or colon after it', () => {
    // 总体情况, —、总体情况, - 总体情况; and a township's 2025 report (- 主动公开情况。 - 依申请公开情况。), set as
    // lines cut by <br>: each heading ending in 。 was read into the paragraph after it.
    for (const heading of [
      '总体情况',
      '—、总体情况',
      '- 总体情况',
      '- 总体情况。',
      '总体情况：',
      '一、总体情况:',
    ])
      expect(
        sections([
          '2019年，在县委、县政府的正确领导下，我镇深入推进政务公开，坚持以公开为常态、不公开为例外，围绕群众关切，推进决策、执行、管理、服务、结果公开',
          heading,
          '（一）主要措施。',
          '1.加强组织领导，不断健全政府信息公开工作机制。',
          ...rest,
        ]),
        heading,
      ).toEqual([]);
  });
  it('finds a heading line behind a bullet or numbered 1.: • 总体情况, 1. 总体情况, ■一、總體情況', () => {
    // Each was read into the paragraph around it: 报告缺少「一、总体情况」 (real pages, set as one paragraph).
    for (const heading of ['• 总体情况', '1. 总体情况', '■一、總體情況'])
      expect(
        sections([
          '本报告根据《中华人民共和国政府信息公开条例》要求编制，数据统计期限为2022年1月1日至12月31日',
          heading,
          '2022年，我镇深入推进政务公开，坚持以公开为常态、不公开为例外，围绕群众关切，推进决策、执行、管理、服务、结果公开',
          ...rest,
        ]),
        heading,
      ).toEqual([]);
  });
  it('takes a title line whose agency is in brackets after it, not the info line the page is titled by', () => {
    const a = audit(
      sourceFromHtml(
        `<html><head><title>发文日期: | 2023年01月19日 | 主题分类: | 街镇政府信息公开年报 |</title></head><body><p>${[
          '索引号: | 00001434-9/2023-00000160 | 发布机构: | 安亭镇 |',
          '2022年政府信息公开工作年度报告(上海市嘉定区安亭镇人民政府)',
          '一、总体情况',
          '本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。',
          ...rest,
        ].join('<br>')}</p></body></html>`,
      ),
    );
    expect(a.report?.title).toBe('2022年政府信息公开工作年度报告(上海市嘉定区安亭镇人民政府)');
    expect(a.findings.filter((f) => f.rule === 'year-mismatch')).toEqual([]);
  });
  /** The report's title and publication date of a page of one paragraph: `lines` then the sections. */
  const meta = (lines: string[], title = '政府信息公开工作年度报告') => {
    const a = audit(
      sourceFromHtml(
        `<html><head><title>${title}</title></head><body><p>${[
          ...lines,
          '本年度报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2021年1月1日至12月31日。',
          '一、总体情况',
          '2021年，我局主动公开政府信息120条。',
          ...rest,
        ].join('<br>')}</p></body></html>`,
      ),
    );
    return [a.report.title, a.report.published];
  };
  it('reads the date on a portal’s info line, or under its label on a line of its own', () => {
    // Real pages: the info line ran into the words around it (打印时间:…, no label any more).
    expect(
      meta([
        'XX市XX局2021年政府信息公开工作年度报告',
        '【 字体:',
        '打印',
        '时间:2022-01-28 15:43 来源:XX市XX局',
      ]),
    ).toEqual(['XX市XX局2021年政府信息公开工作年度报告', '2022-01-28']);
    expect(
      meta([
        '登录 | 注册',
        '• 索引号',
        '000014348/2022-00081',
        '• 发布日期',
        '2022-01-17',
        '• 时效性',
        '有效',
        'XX市XX局2021年政府信息公开工作年度报告',
      ])[1],
    ).toBe('2022-01-17');
    expect(
      meta([
        '• 索引号',
        '0001/2022-00081',
        '• 发 布 日 期',
        '2022-01-17',
        'XX市XX局2021年政府信息公开工作年度报告',
      ])[1],
    ).toBe('2022-01-17');
  });
  it('takes the title line, though a long name follows its year or it is in traditional script', () => {
    for (const title of [
      '2021年上海市青浦区夏阳街道办事处政府信息公开工作年度报告',
      '蘭州新區經濟合作局關于2021年政府信息公開工作年度報告',
    ])
      expect(meta(['返回上一级', '字号', '打印', title, '主动公开', '2022.01.13'])).toEqual([
        title,
        '2022-01-13',
      ]);
  });
  it('does not take the portal’s words on the line above a title for its agency: 【字体: 打印XX局', () => {
    expect(
      meta([
        '首页 > 信息公开 > 信息公开年报',
        '海南省营商环境建设厅2021年政府信息公开工作年度报告',
        '2022-01-30 18:26 来源:海南省营商环境建设厅',
        '【字体: 打印',
        '海南省营商环境建设厅',
        '2021年政府信息公开工作年度报告',
      ]),
    ).toEqual(['海南省营商环境建设厅2021年政府信息公开工作年度报告', '2022-01-30']);
  });
  /** A page's text blocks read from `lines`, set a <p> each or as one paragraph cut by <br>. */
  const both = (lines: string[]) =>
    [lines.map((l) => `<p>${l}</p>`).join(''), `<p>${lines.join('<br>')}</p>`].map((body) =>
      audit(
        sourceFromHtml(
          `<html><head><title>某镇人民政府2022年政府信息公开工作年度报告</title></head><body>${body}</body></html>`,
        ),
      ),
    );
  it('reads a table set a cell to a line as its <p> page is read', () => {
    // A real bureau's 表二, its rules lost in a paste: its figures ran together (规章 000), and its first
    // cell into the sentence before it; 表二 was not read.
    const [p, br] = both([
      '一、总体情况',
      '2022年，我镇主动公开政府信息41条。',
      '二、主动公开政府信息情况',
      '我镇2022年度共作出行政许可20件，均已公示；未作出行政处罚等决定。',
      ...'第二十条第(一)项|信息内容|本年制发件数|本年废止件数|现行有效件数|规章|0|0|0|行政规范性文件|1|0|1|第二十条第(五)项|信息内容|本年处理决定数量|行政许可|20|第二十条第(六)项|信息内容|本年处理决定数量|行政处罚|0|行政强制|0|第二十条第(八)项|信息内容|本年收费金额(单位:万元)|行政事业性收费|0'.split(
        '|',
      ),
      ...rest.slice(1),
    ]);
    expect(p!.report.cells['t2.permit.decisions']?.value).toBe(20);
    expect(br!.report.cells).toEqual(p!.report.cells);
  });
  it('takes a title line that says 工作报告 for the title', () => {
    // Read on into the info line under it, the page was titled by its <title> and had no year: a
    // town's 新收10件 against its 办结0件 went unread (a real report).
    expect(
      meta([
        '大川镇2021年度政府信息公开工作报告',
        '撰写时间2022年01月12日 17:12:21',
        '来源大川镇',
        '编辑张三',
      ])[0],
    ).toBe('大川镇2021年度政府信息公开工作报告');
  });
  it('finds a traditional-script heading with no number, and the date under 發佈日期', () => {
    // The corpus in traditional script set as one paragraph: 15 pages were told 报告缺少「一、总体情况」.
    expect(
      sections([
        '如對本報告有任何疑問，請與本局祕書股聯係（電話：0795-3272180）。',
        '總體情況',
        '我局在區委、區政府的領導下，積極主動開展政府信息公開工作，把政府信息公開工作作為轉變職能的重要工作。',
        ...rest,
      ]),
    ).toEqual([]);
    expect(
      meta([
        '• 索引號',
        '0001/2022-00081',
        '• 發佈日期',
        '2022-01-17',
        'XX市XX局2021年政府信息公開工作年度報告',
      ])[1],
    ).toBe('2022-01-17');
  });
  it('finds a section heading at the end of a line of other words: …来源: 上海普陀一、总体情况', () => {
    expect(
      sections([
        '上海市普陀区石泉路街道2021年政府信息公开工作年度报告',
        '2022年01月19日 来源: 上海普陀一、总体情况',
        '2021年石泉路街道坚持贯彻落实政府信息公开条例，在区府办的具体指导下，按照“公开为常态、不公开为例外”原则，做好政府信息公开工作',
        ...rest,
      ]),
    ).toEqual([]);
  });
});
