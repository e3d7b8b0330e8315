import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { SECTION_NAMES } from '../rules/missing-section';
import { bookPage, pagedArticle, sectionsFound, textTruncated } from './sections';

const found = (body: string) => sectionsFound(sourceFromHtml(`<html><body>${body}</body></html>`).blocks);
const bits = (body: string) =>
  found(body)
    .map((b) => (b ? 1 : 0))
    .join('');

describe('sectionsFound', () => {
  it('finds the six headings of the template in their own blocks', () => {
    const body = SECTION_NAMES.map((h) => `<p>${h}</p><p>本年度无。</p>`).join('');
    expect(bits(body)).toBe('111111');
    expect(sectionsFound(sourceFromHtml(body).blocks).filter(Boolean).length).toBe(6);
  });

  it('finds headings on the lines of a report set as one paragraph, split by <br>', () => {
    const lines = SECTION_NAMES.map((h) => `<strong>${h}</strong><br/>本年度无。<br/>`).join('');
    expect(bits(`<p>${lines}</p>`)).toBe('111111');
    // Only a numbered line: prose that runs on to a line naming a section's words is not its heading.
    const prose =
      '本机关坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，各项工作有序开展。';
    expect(bits(`<p>一、总体情况<br/>${prose}<br/>主动公开政府信息情况如下</p>`)).toBe('100000');
    expect(bits(`<p>一、总体情况<br/>${prose}<br/>（二）主动公开政府信息情况</p>`)).toBe('110000');
  });

  it("finds headings on the lines of preformatted text (<pre>, a flipbook page's <code>, white-space: pre)", () => {
    const lines = SECTION_NAMES.map((h) => `${h}\n本年度无。\n`).join('');
    expect(bits(`<pre>${lines}</pre>`)).toBe('111111');
    expect(bits(`<div><pre><code>${lines}</code></pre></div>`)).toBe('111111');
    expect(bits(`<div style="white-space: pre-wrap">${lines}</div>`)).toBe('111111');
    // The same lines in a paragraph: the markup's line ends are no line's end (one run of text).
    expect(bits(`<p>${lines}</p>`)).toBe('100000');
  });

  it('reads the wording and numbering real reports use', () => {
    expect(bits('<p>一、概述</p>')).toBe('100000');
    expect(bits('<p>一、工作基本情况</p>')).toBe('100000');
    expect(bits('<p>一、基本情况</p>')).toBe('100000');
    expect(bits('<p>一、总体工作情况</p>')).toBe('100000');
    expect(bits('<p>一、概况</p>')).toBe('100000');
    expect(bits('<p>四、因政府信息公开工作被申请行政复议提起行政诉讼情况</p>')).toBe('000100');
    expect(bits('<p>六、行政复议和行政诉讼情况</p>')).toBe('000100');
    expect(bits('<p>五、存在问题及改进情况</p>')).toBe('000010');
    expect(bits('<p>七、存在的主要问题和改进措施</p>')).toBe('000010');
    expect(bits('<p>五、政府信息公开工作存在的主要问题及改进情况</p>')).toBe('000010');
    expect(bits('<p>八、其他需要报告的事项</p>')).toBe('000001');
    expect(bits('<p>六、其他事项</p>')).toBe('000001');
    expect(bits('<p>六、其它需要报告的事项</p>')).toBe('000001');
    // Section 六 in other words, after a top-level number only.
    for (const h of [
      '六、其他',
      '六、其他需要说明的问题',
      '六、其他需说明的事项',
      '六、需要报告的其他事项',
      '六、信息处理费收取情况',
      '六、收取信息处理费情况',
      '第六部分 其他工作情况',
    ])
      expect(bits(`<p>${h}</p>`), h).toBe('000001');
    expect(bits('<p>（四）其他工作</p>')).toBe('000000');
    // Traditional script is folded first.
    expect(bits('<p>二、主動公開政府信息情況</p>')).toBe('010000');
  });

  it('takes a top-level heading in another wording, in the one missing section’s place, for it', () => {
    const six = SECTION_NAMES;
    const page = (heads: string[]) => heads.map((h) => `<p>${h}</p><p>本年度无。</p>`).join('');
    const instead = (i: number, h: string) => page(six.map((x, j) => (j === i ? h : x)));
    expect(bits(instead(0, '一、主要工作开展情况'))).toBe('111111');
    expect(bits(instead(0, '一、2020年政府信息公开工作情况'))).toBe('111111');
    expect(bits(instead(4, '五、下一步工作打算'))).toBe('111111');
    // Gone, or not a numbered heading: still missing.
    expect(bits(instead(4, '本年度工作还有不足'))).toBe('111101');
    expect(bits(page(six.filter((_, j) => j !== 0)))).toBe('011111');
    // Out of its place (after section 六), a numbered heading is not section 五.
    expect(bits(page([...six.filter((_, j) => j !== 4), '七、附则']))).toBe('111101');
    // 表三's rows set as text are not a section.
    const t3 = page([...six.slice(0, 3), '四、结转下年度继续办理', ...six.slice(4)]);
    expect(bits(t3)).toBe('111011');
  });

  it('reads a heading run into its first paragraph (bold span, <br>)', () => {
    const long = '2020年，我局坚持以公开为常态、不公开为例外，认真落实政府信息公开各项工作要求，'.repeat(3);
    expect(bits(`<p><b>一、总体情况</b>${long}</p>`)).toBe('100000');
    expect(bits(`<p><strong>六、其他需要报告的事项</strong><br>${long}</p>`)).toBe('000001');
  });

  it('does not take prose that mentions a section for its heading', () => {
    const prose =
      '2020年，我局认真贯彻落实条例，全面梳理主动公开政府信息情况，对收到和处理政府信息公开申请情况逐件登记，存在的主要问题及时整改，其他需要报告的事项均已说明。';
    expect(bits(`<p>${prose}</p>`)).toBe('000000');
    // A numbered point of 五 is not section 一 because it says 基本 later on.
    expect(bits(`<p>一、加强队伍建设，进一步夯实基本情况的梳理和统计工作，确保数据准确。${prose}</p>`)).toBe(
      '000000',
    );
  });

  it('finds a numbered heading in a table cell, not the table labels', () => {
    const t4 =
      '<table><tr><td colspan="3">四、政府信息公开行政复议、行政诉讼情况</td></tr>' +
      '<tr><td>行政复议</td><td>行政诉讼</td><td>总计</td></tr><tr><td>0</td><td>0</td><td>0</td></tr></table>';
    expect(bits(t4)).toBe('000100');
    const t3 =
      '<table><tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>' +
      '<tr><td>（六）其他处理</td><td>0</td></tr><tr><td>四、结转下年度继续办理</td><td>0</td></tr></table>';
    expect(bits(t3)).toBe('000000');
  });
});

describe('textTruncated', () => {
  const cut = (body: string) => textTruncated(sourceFromHtml(`<html><body>${body}</body></html>`).blocks);
  it('sees a copy that says it stops short', () => {
    expect(cut('<p>一、总体情况</p><p>[excerpt ends]</p>')).toBe(true);
    expect(cut('<p>二、主动公开政府信息情况</p><p>（未完待续）</p>')).toBe(true);
    expect(cut('<p>一、总体情况</p><p>六、其他需要报告的事项</p><p>无。</p>')).toBe(false);
  });
});

describe('pagedArticle', () => {
  const paged = (body: string) => pagedArticle(sourceFromHtml(`<html><body>${body}</body></html>`).blocks);
  it('sees a pager: a move to the next or last page, beside where it is or alone', () => {
    expect(
      paged('<p>一、总体情况</p><div>共3页 <span>1</span> <a>2</a> <a>3</a> <a>下一页</a> <a>尾页</a></div>'),
    ).toBe(true);
    expect(paged('<div><a>上一页</a> <a>1</a> <span>2</span></div>')).toBe(true);
    expect(paged('<div>第2页</div><ul><li><a>上一页</a></li><li><a>下一页 &gt;</a></li></ul>')).toBe(true);
  });
  it('takes the next article and prose for no pager', () => {
    expect(paged('<div>上一篇：关于…的通知</div><div>下一篇：2020年政府信息公开工作年度报告</div>')).toBe(
      false,
    );
    expect(
      paged('<p>点击下一页查看全文。本报告共分六个部分，共有3个附表，分别是表一、表二、表三。</p>'.repeat(2)),
    ).toBe(false);
  });
});

describe('bookPage', () => {
  const book = (title: string, body: string) =>
    bookPage(title, sourceFromHtml(`<html><body>${body}</body></html>`).blocks);
  it("sees a flipbook's page: its title (Page 8 - the book's) or its page mark (P. 8)", () => {
    expect(book('Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告', '<p>四、…</p>')).toBe(true);
    expect(book('年度报告', '<pre><code>P. 9\n四、政府信息公开行政复议、行政诉讼情况\n</code></pre>')).toBe(
      true,
    );
  });
  it('takes a report titled or numbered otherwise for no book page', () => {
    expect(
      book('相山区2020年政府信息公开工作年度报告', '<p>一、总体情况</p><p>P. 9 行政复议 0 件。</p>'),
    ).toBe(false);
    expect(book('Homepage - 政府信息公开', '<p>第1页</p>')).toBe(false);
    // A page number at a page's foot, after the report's text (a PDF's `P. 1`), is no book's mark.
    expect(book('年度报告', `${'<p>本机关持续推进政务公开。</p>'.repeat(12)}<p>P. 1</p>`)).toBe(false);
  });
});
