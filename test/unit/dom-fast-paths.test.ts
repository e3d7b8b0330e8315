// @vitest-environment happy-dom
/**
 * The live-DOM access answers some questions natively (a cell's text is its textContent when
 * nothing under it is skipped or hidden; whether a table holds a table is one selector query). On
 * every fixture, and on cells built to trip it, the page must read exactly as the node-by-node walk
 * reads it, so the extension and the CLI still see the same report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domAccess } from '../../lib/adapters/dom';
import { scanHead, type TreeAccess, walkPage } from '../../lib/adapters/walk';
import { decodeHtml } from '../../lib/decode';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const {
  text: _text,
  hasTable: _hasTable,
  runText: _runText,
  plainCells: _plainCells,
  mayHide: _mayHide,
  elements: _elements,
  ...slow
} = domAccess;
const nodeByNode: TreeAccess<Node> = slow;

function read(acc: TreeAccess<Node>) {
  const { meta } = scanHead<Node>(acc, document);
  const src = walkPage(acc, document.body as Node, document.title, meta);
  return src.blocks.map((b) =>
    b.kind === 'table'
      ? {
          table: b.table.rows.map((r) => r.map((c) => [c.text, c.rowspan, c.colspan, c.node])),
          node: b.table.node,
        }
      : b,
  );
}

function load(html: string): void {
  // Without scripts and stylesheets, which happy-dom would run or fetch.
  document.documentElement.innerHTML = html
    .slice(Math.max(0, html.search(/<head\b/i)), html.search(/<\/html>/i) >>> 0)
    .replace(/<link\b[^>]*>|<script\b[\s\S]*?<\/script>/gi, '');
}

describe('the live-DOM fast paths read as the node-by-node walk', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(files)('%s', (file) => {
    load(decodeHtml(readFileSync(join(FIXTURES, file))).text);
    const fast = read(domAccess);
    expect(fast.length).toBeGreaterThan(0);
    expect(fast).toEqual(read(nodeByNode));
  });

  it('paragraphs with links, images, hidden text or blocks inside fall back to the walk', () => {
    load(`<html><head><title>t</title></head><body>
      <p>一、总体情况 <span><b>共 5</b> 条</span></p>
      <p>见<a href="/f/report.pdf">附件</a>与<a href="#top">顶部</a>，<img alt="表四">图</p>
      <div>前<p>嵌套</p>后<span style="display:none">9</span></div>
      <p>甲<span hidden>乙</span>丙<br>丁</p><p>戊<br>己</p><p>一、总体情况<br>正文。</p><li>项<em>目</em></li><center>居中</center>
      <pre>二、主动公开政府信息情况\n本年度主动公开\n信息 12 条。</pre><div style="white-space:pre-line"><b>三、收到和处理政府信息公开申请情况</b>\n无。</div>
    </body></html>`);
    const fast = read(domAccess);
    expect(fast).toEqual(read(nodeByNode));
    expect(fast.map((b) => ('text' in b ? b.text.trim() : 'table'))).toEqual([
      '一、总体情况 共 5 条',
      '见',
      '附件',
      '附件与顶部，',
      '表四',
      '图',
      '前',
      '嵌套',
      '后',
      '甲丙丁',
      '戊己',
      // A heading's line is cut from the text around it (walk.ts), in a paragraph that could be
      // read whole as much as in one walked.
      '一、总体情况',
      '正文。',
      '项目',
      '居中',
      // Preformatted text: its line ends are lines' ends, a heading's line cut out as after a <br>.
      '二、主动公开政府信息情况',
      '本年度主动公开信息 12 条。',
      '三、收到和处理政府信息公开申请情况',
      '无。',
    ]);
  });

  it('reads a paragraph whose spans stand on lines of their own as its textContent, node by node too', () => {
    // An editor that indents its markup: the line end between two spans is nothing beside Chinese
    // text and a space between figures or Latin words, as a paragraph read whole (textContent) has it.
    // Read node by node, each was a space: 统计期限自2022年1月1日起至 2022年12月31日止, 主动公开 政府信息.
    load(`<html><head><title>t</title></head><body>
      <p>
        <span style="font-size:16px">本报告所列数据的统计期限自2022年1月1日起至</span>
        <span style="font-size:16px">2022年12月31日止。</span>
      </p>
      <p>
        <span>全年主动公开</span>
        <span>政府信息120条，Word</span>
        <span>2016 编辑</span>
      </p>
      <p>一、总体情况<br>
        <span>2022年</span>
      </p>
    </body></html>`);
    const fast = read(domAccess);
    expect(fast).toEqual(read(nodeByNode));
    expect(fast.map((b) => ('text' in b ? b.text.trim() : 'table'))).toEqual([
      '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
      '全年主动公开政府信息120条，Word 2016 编辑',
      '一、总体情况',
      '2022年',
    ]);
  });

  it('cells with hidden, skipped or nested content fall back to the walk', () => {
    load(`<html><head><title>t</title></head><body><table>
      <tr><td>1<span style="display:none">9</span>2</td><td hidden>7</td><td>3<script>x</script></td></tr>
      <tr><td>4<span hidden>8</span></td><td style="color:red">5</td><td>6<!-- c --><b>0</b></td></tr>
      <tr><td><span style="DISPLAY: NONE">9</span>1</td><td>${'<i>'.repeat(50)}7${'</i>'.repeat(50)}</td><td><svg><text>9</text></svg>2</td></tr>
      <tr style="display:none"><td>5</td><td>5</td><td>5</td></tr><tbody hidden><tr><td>6</td></tr></tbody>
      <tr style="visibility: hidden"><td>5</td></tr><tr><td>8<span style="visibility:hidden">1</span></td><td style="overflow:hidden">9</td></tr>
    </table><table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>
    <table><tr><td>a</td><td><table><tr><td>1</td></tr></table></td></tr><tr><td>b</td><td><table><tbody><tr><th>2</th></tr></tbody></table></td></tr></table>
    <table><tr><td>c</td><td><table><tr><td>3</td><td>件</td></tr></table></td></tr></table>
    <table><tr><td>d</td><td><table><tr><td>4</td></tr><tr><td>5</td></tr></table></td></tr></table>
    <table><tr><td>e</td><td><table><tr><td><table><tr><td>6</td></tr></table></td></tr></table></td></tr></table></body></html>`);
    const fast = read(domAccess);
    expect(fast).toEqual(read(nodeByNode));
    const first = fast[0] as { table: unknown[][][] };
    // A hidden cell, row or section is not in the table the page shows (the cells after a hidden
    // one are where the browser draws them).
    expect(first.table.map((r) => r.map((c) => c[0]))).toEqual([
      ['12', '3'],
      ['4', '5', '60'],
      // The walk (the CLI's too) looks for a lower-case `none`, so an upper-case one is read as shown.
      ['91', '7', '2'],
      ['8', '9'],
    ]);
    // A one-cell table around a figure is read as the cell's text (its table is no layout); a frame
    // of two cells or two rows, or a box around a box, makes its table layout, read as its parts.
    const tables = fast.filter((b) => 'table' in b).map((b) => (b as { table: unknown[][][] }).table);
    expect(tables.map((t) => t.map((r) => r.map((c) => c[0])))).toContainEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(tables.map((t) => t.map((r) => r.map((c) => c[0])))).toContainEqual([['3', '件']]);
    expect(tables.map((t) => t.map((r) => r.map((c) => c[0])))).not.toContainEqual([['c', '3件']]);
    expect(tables.map((t) => t.map((r) => r.map((c) => c[0])))).toContainEqual([['4'], ['5']]);
    expect(tables.map((t) => t.map((r) => r.map((c) => c[0])))).toContainEqual([['6']]);
  });
});
