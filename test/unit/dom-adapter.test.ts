// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { quickCheck, sourceFromDocument } from '../../lib/adapters/dom';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { recogniseTables } from '../../lib/recognise/tables';
import { consistentT3, page, t3Html } from './builders';

function strip<N>(src: { title: string; blocks: { kind: string }[] }) {
  return {
    title: src.title,
    blocks: src.blocks.map((b) => {
      const {
        node: _n,
        table,
        ...rest
      } = b as { node?: N; table?: { rows: { text: string; rowspan: number; colspan: number }[][] } };
      return table
        ? { ...rest, rows: table.rows.map((r) => r.map((c) => [c.text, c.rowspan, c.colspan])) }
        : rest;
    }),
  };
}

describe('the live-DOM adapter', () => {
  const html = page(
    '某局2021年政府信息公开工作年度报告',
    `<p>一、总体情况</p><div>主动公开政府信息<b>共 5</b> 条。<p>嵌套</p>尾部</div><script>var x = "主动公开政府信息9条";</script>
     ${t3Html(consistentT3('2021', 2), { template: '2021', style: 'rowspan', splitAt: 5 })}
     <img src="biao.png" alt="表四"><a href="/f/report.docx">附件</a>`,
  );

  it('reads the same blocks as the htmlparser2 adapter', () => {
    document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
    const fromDom = sourceFromDocument(document);
    const fromHtml = sourceFromHtml(html);
    expect(strip(fromDom)).toEqual(strip(fromHtml));
    expect(fromDom.blocks.some((b) => b.kind === 'media' && b.media === 'attachment')).toBe(true);
  });

  it('marks the same blocks as links, in the DOM and in htmlparser2', () => {
    const links = page(
      '政府信息公开年报',
      `<ul><li><a href="/a.html">甲局2020年政府信息公开工作年度报告</a></li><li><a href="/b.pdf">附件</a></li>
       <li><a name="x">乙局2020年政府信息公开工作年度报告</a></li></ul>
       <div>上一篇：<a href="/c.html">丙局2020年政府信息公开工作年度报告</a></div><p>一、总体情况</p>`,
    );
    document.documentElement.innerHTML = links.replace(/^<!doctype html><html>|<\/html>$/g, '');
    const linked = (src: { blocks: { kind: string; text?: string; aside?: true }[] }) =>
      src.blocks.filter((b) => b.kind === 'text').map((b) => [b.text, b.aside === true]);
    const expected = [
      ['政府信息公开年报', false],
      ['甲局2020年政府信息公开工作年度报告', true],
      ['附件', true],
      // An anchor with no address is no link.
      ['乙局2020年政府信息公开工作年度报告', false],
      ['上一篇：丙局2020年政府信息公开工作年度报告', false],
      ['一、总体情况', false],
    ];
    expect(linked(sourceFromHtml(links))).toEqual(expected);
    expect(linked(sourceFromDocument(document))).toEqual(expected);
  });

  it('hands back the very table cells, so the page can be marked', () => {
    document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
    const r = recogniseTables(sourceFromDocument(document).blocks);
    const node = r.nodes.get('t3.new.total') as Element;
    expect(node.tagName).toBe('TD');
    expect(node.closest('tr')?.textContent).toContain('本年新收');
  });

  it('passes reports to the full audit and stops pages that only mention 政府信息公开 in their menus', () => {
    document.documentElement.innerHTML =
      '<head><title>新闻动态</title></head><body><nav>政府信息公开 | 政务公开</nav><p>今日要闻</p></body>';
    expect(quickCheck(document)).toBe(false);
    document.documentElement.innerHTML = html.replace(/^<!doctype html><html>|<\/html>$/g, '');
    expect(quickCheck(document)).toBe(true);
    document.documentElement.innerHTML =
      '<head><title>首页</title></head><body><table><tr><td>一、本年新收政府信息公开申请数量</td></tr></table></body>';
    expect(quickCheck(document)).toBe(true);
  });
});
