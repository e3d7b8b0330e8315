import { describe, expect, it } from 'vitest';
import type { Block } from '../source';
import { layoutPages, type PageData, type PdfNode, type Run, type Segment } from './layout';

const H = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const V = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });
/** A run of 10-point text whose box starts at (x, y). */
const T = (text: string, x: number, y: number): Run => ({ text, x, y, w: text.length * 10, h: 10 });

function page(n: number, runs: Run[], segments: Segment[] = []): PageData {
  return { page: n, width: 600, height: 800, runs, segments, images: 0 };
}

function tables(blocks: Block<PdfNode>[]) {
  return blocks.flatMap((b) =>
    b.kind === 'table'
      ? [
          b.table.rows.map((r) =>
            r.map(
              (c) =>
                `${c.text.replace(/\n/g, '/')}${c.rowspan > 1 ? `^${c.rowspan}` : ''}${c.colspan > 1 ? `>${c.colspan}` : ''}`,
            ),
          ),
        ]
      : [],
  );
}
const texts = (blocks: Block<PdfNode>[]) => blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));

/** A ruled grid: rules at every x and y, less the inner ones `skip` names (`v:x:y0` / `h:y:x0`). */
function grid(xs: number[], ys: number[], skip: string[] = []): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < ys.length; i++)
    for (let j = 0; j + 1 < xs.length; j++)
      if (!skip.includes(`h:${ys[i]}:${xs[j]}`)) out.push(H(ys[i]!, xs[j]!, xs[j + 1]!));
  for (let j = 0; j < xs.length; j++)
    for (let i = 0; i + 1 < ys.length; i++)
      if (!skip.includes(`v:${xs[j]}:${ys[i]}`)) out.push(V(xs[j]!, ys[i]!, ys[i + 1]!));
  return out;
}

/** A paragraph of four lines 35 points apart (gaps of 25 under 10-point text), the first indented. */
const WIDE_PARAGRAPH = [
  T('本办充分发挥门户网站作用通过门户网站公开信息', 70, 100),
  T('条其中组织机构类信息三十二条文件类信息十七条动', 50, 135),
  T('态类信息三百二十四条政府工作报告一条规划计划类', 50, 170),
  T('信息八条。', 50, 205),
];

describe('layoutPages', () => {
  it('reads a ruled table as cells, a missing inner rule as a span', () => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 130, 160, 190];
    // 行政复议 spans two columns (no rule at x=250 in the first row); 自然人 spans two rows.
    const segs = grid(xs, ys, ['v:250:100', 'h:160:50']);
    const runs = [
      T('自然人', 60, 140),
      T('行政复议', 160, 110),
      T('维持', 160, 140),
      T('纠正', 260, 140),
      T('3', 160, 170),
      T('4', 260, 170),
      T('表头', 60, 110),
    ];
    const { blocks } = layoutPages([page(1, runs, segs)]);
    expect(tables(blocks)).toEqual([
      [
        ['表头', '行政复议>2'],
        ['自然人^2', '维持', '纠正'],
        ['3', '4'],
      ],
    ]);
  });

  it('reads a label whose every line is underlined from its cell’s border as one cell, not a row a line', () => {
    // LibreOffice's print of a Word-pasted page: each line of a cell's text underlined from the
    // left rule to where the text ends, short of the right one.
    const xs = [50, 200, 250];
    const ys = [100, 140, 170];
    const segs = [...grid(xs, ys), H(112, 50, 170), H(127, 50, 80), H(152, 200, 215)];
    const runs = [T('1.属于国家秘', 50, 101), T('密', 50, 116), T('0', 205, 141), T('2.重复申请', 50, 141)];
    const { blocks } = layoutPages([page(1, runs, segs)]);
    expect(tables(blocks)).toEqual([
      [
        ['1.属于国家秘/密', ''],
        ['2.重复申请', '0'],
      ],
    ]);
  });

  it('reads a figure spread over its cell digit by digit (分散对齐) as that figure, in a ruled cell only', () => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 130, 160];
    const runs = [
      T('行政许可', 60, 110),
      // pdfjs's one item, spaces between the digits; and digits as items of their own, far apart.
      { text: '4 8', x: 170, y: 110, w: 40, h: 10 },
      T('1', 260, 110),
      T('2', 290, 110),
      T('3', 320, 110),
      T('行政处罚', 60, 140),
      { text: '1 2 . 3 5 万 元', x: 160, y: 140, w: 80, h: 10 },
      // Words, or figures with more than a digit apart, are left as they are.
      T('12 3', 260, 140),
      T('行政强制', 60, 170),
      { text: '- 1 5', x: 170, y: 170, w: 40, h: 10 },
      T('无 数', 260, 170),
    ];
    // A line of prose with such digits is not a cell: it is left alone.
    const prose = T('第 1 2 页', 60, 300);
    const { blocks } = layoutPages([page(1, [...runs, prose], grid(xs, [...ys, 190]))]);
    expect(tables(blocks)).toEqual([
      [
        ['行政许可', '48', '123'],
        ['行政处罚', '12.35万元', '12 3'],
        ['行政强制', '-15', '无 数'],
      ],
    ]);
    expect(texts(blocks)).toContain('第 1 2 页');
  });

  it('reads a table drawn open at its sides (no outer left or right rule) as the ruled one', () => {
    const xs = [50, 150, 250, 350];
    const ys = [100, 130, 160];
    // Every rule but the two outer column rules (at 50 and 350).
    const segs = grid(xs, ys, ['v:50:100', 'v:50:130', 'v:350:100', 'v:350:130']);
    const runs = [T('项目', 60, 110), T('新收', 160, 110), T('总计', 260, 110), T('行政许可', 60, 140)];
    runs.push(T('4', 160, 140), T('6', 260, 140));
    expect(tables(layoutPages([page(1, runs, segs)]).blocks)).toEqual([
      [
        ['项目', '新收', '总计'],
        ['行政许可', '4', '6'],
      ],
    ]);
    // Two columns: one column rule, the row rules past it on both sides.
    const two = grid([50, 150, 250], ys, ['v:50:100', 'v:50:130', 'v:250:100', 'v:250:130']);
    const pair = [T('行政事业性收费', 55, 110), T('12', 160, 110), T('行政许可', 55, 140), T('3', 160, 140)];
    expect(tables(layoutPages([page(1, pair, two)]).blocks)).toEqual([
      [
        ['行政事业性收费', '12'],
        ['行政许可', '3'],
      ],
    ]);
    // One rule alone past a column rule (an underline touching a table) opens nothing.
    const lone = [...grid(xs, ys), H(160, 20, 50)];
    expect(tables(layoutPages([page(1, runs, lone)]).blocks)[0]![0]).toEqual(['项目', '新收', '总计']);
  });

  it('reads a blank row printed a few points tall as a row of blank cells', () => {
    // Empty <td>s print as a row 4 points tall: its column rules, drawn row by row, are that short.
    const { blocks } = layoutPages([
      page(
        1,
        [T('头', 55, 105), T('项目', 105, 105), T('数', 205, 105)],
        grid([50, 100, 200, 300], [100, 130, 134]),
      ),
    ]);
    expect(tables(blocks)).toEqual([
      [
        ['头', '项目', '数'],
        ['', '', ''],
      ],
    ]);
  });

  it('reads a label stacked one character per line (a vertical header) as one cell text', () => {
    const segs = grid([50, 80, 200], [100, 160, 190]);
    const runs = [T('办', 60, 105), T('理', 60, 120), T('结', 60, 135), T('果', 60, 150), T('12', 100, 170)];
    const { blocks } = layoutPages([page(1, runs, segs)]);
    const cell = blocks[0]!.kind === 'table' ? blocks[0]!.table.rows[0]![0]! : null;
    // Lines keep their breaks; the recogniser drops whitespace from labels, so it reads 办理结果.
    expect(cell?.text.replace(/\s/g, '')).toBe('办理结果');
    expect(cell?.node).toMatchObject({ page: 1, x: 50, y: 100 });
  });

  it('joins a table the page break cuts: same columns, a label cell cut in two, no rule under the last row', () => {
    const xs = [50, 100, 200, 300];
    // Page 1: the column rules run past the last rule, closing a row that has no rule under it.
    const p1 = [
      ...grid(xs, [600, 630, 660]),
      V(50, 660, 690),
      V(100, 660, 690),
      V(200, 660, 690),
      V(300, 660, 690),
    ];
    const r1 = [
      T('（四）无', 55, 635),
      T('1.不掌握', 105, 635),
      T('7', 205, 635),
      T('2.没有现成信息', 105, 665),
      T('1', 205, 665),
      T('头', 55, 605),
      T('项目', 105, 605),
      T('数', 205, 605),
    ];
    // （四）无 on page 1 spans two rows (no rule at y=660 under it).
    const p1Segs = p1.filter((s) => !(s.y0 === 660 && s.y1 === 660 && s.x0 === 50));
    const p2 = grid(xs, [50, 80, 110]);
    const r2 = [
      T('法提供', 55, 55),
      T('3.不明确', 105, 55),
      T('0', 205, 55),
      T('（五）不予处理', 55, 85),
      T('1.信访', 105, 85),
      T('2', 205, 85),
    ];
    const { blocks } = layoutPages([page(1, r1, p1Segs), page(2, r2, p2)]);
    expect(tables(blocks)).toEqual([
      [
        ['头', '项目', '数'],
        ['（四）无/法提供^3', '1.不掌握', '7'],
        ['2.没有现成信息', '1'],
        ['3.不明确', '0'],
        ['（五）不予处理', '1.信访', '2'],
      ],
    ]);
    const rows = blocks[0]!.kind === 'table' ? blocks[0]!.table.rows : [];
    expect(rows[3]![0]!.node.page).toBe(2);
  });

  describe('a row the page break cut in two (Word and LibreOffice let a row run over the break)', () => {
    const xs = [50, 100, 200, 300];
    /** Page 1: a heading row, then rows; the table runs to the page's foot. */
    const page1 = (rows: Run[]) =>
      page(
        1,
        [T('头', 55, 605), T('项目', 105, 605), T('数', 205, 605), ...rows],
        grid(xs, [600, 630, 660, 690]),
      );
    const page2 = (rows: Run[], ys = [50, 80, 110]) => page(2, rows, grid(xs, ys));
    /** Page 1's whole row, and the label of the row the break cuts. */
    const ROW_ABOVE = [T('甲', 55, 635), T('3.危及', 105, 635), T('1', 205, 635), T('乙', 55, 665)];
    /** The table as read when the cut row is one again. */
    const JOINED = [
      ['头', '项目', '数'],
      ['甲', '3.危及', '1'],
      ['乙', '4.保护第三方合法/权益', '7'],
      ['丙', '5.属于', '2'],
    ];

    it('joins the label cut at a full line to its rest and its figures overleaf', () => {
      const { blocks } = layoutPages([
        page1([...ROW_ABOVE, T('4.保护第三方合法', 105, 665)]),
        page2([T('权益', 105, 55), T('7', 205, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)]),
      ]);
      expect(tables(blocks)).toEqual([JOINED]);
      // The figure is shown where it is, overleaf; the label where it starts.
      const row = blocks[0]!.kind === 'table' ? blocks[0]!.table.rows[2]! : [];
      expect(row.map((c) => c.node.page)).toEqual([1, 1, 2]);
    });

    it('joins a label whose line stopped a character short, its next character overleaf with a mark no line starts with', () => {
      // 1.申请人无正当理由逾期不补 | 正、行政机关不再处理…: 正 went overleaf with the 、 after it.
      const read = (rest: string) =>
        tables(
          layoutPages([
            page1([...ROW_ABOVE, T('4.保护第三方合', 105, 665), T('7', 205, 665)]),
            page2([T(rest, 105, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)]),
          ]).blocks,
        )[0];
      expect(read('法、权益')).toContainEqual(['乙', '4.保护第三方合/法、权益', '7']);
      // Without the mark, a line that short ended where its label did: the row overleaf is its own.
      expect(read('法权益')).toContainEqual(['法权益', '']);
    });

    it('joins it with its figures above and the rest below, past the heading repeated overleaf', () => {
      const { blocks } = layoutPages([
        page1([...ROW_ABOVE, T('4.保护第三方合法', 105, 665), T('7', 205, 665)]),
        page2(
          [
            T('头', 55, 55),
            T('项目', 105, 55),
            T('数', 205, 55),
            T('权益', 105, 85),
            T('丙', 55, 115),
            T('5.属于', 105, 115),
            T('2', 205, 115),
          ],
          [50, 80, 110, 140],
        ),
      ]);
      expect(tables(blocks)).toEqual([JOINED]);
    });

    it('joins a whole label above to its figures overleaf', () => {
      const { blocks } = layoutPages([
        page1([...ROW_ABOVE, T('4.保护', 105, 665)]),
        page2([T('7', 205, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)]),
      ]);
      expect(tables(blocks)[0]).toContainEqual(['乙', '4.保护', '7']);
      expect(tables(blocks)[0]).toHaveLength(4);
    });

    it('joins a label wholly overleaf to its figures above', () => {
      const { blocks } = layoutPages([
        page1([...ROW_ABOVE, T('7', 205, 665)]),
        page2([T('4.保护', 105, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)]),
      ]);
      expect(tables(blocks)[0]).toContainEqual(['乙', '4.保护', '7']);
      expect(tables(blocks)[0]).toHaveLength(4);
    });

    it('joins it under a parent whose label is pages up (its span empty on both pages)', () => {
      // The part of the table on page 1 starts under its parent label, which is on the page before.
      const p1 = grid(xs, [600, 630, 660, 690], ['h:660:50']);
      const p2 = grid(xs, [50, 80, 110], ['h:80:50']);
      const { blocks } = layoutPages([
        page(
          1,
          [
            T('头', 55, 605),
            T('项目', 105, 605),
            T('数', 205, 605),
            T('3.危及', 105, 635),
            T('1', 205, 635),
            T('4.保护第三方合法', 105, 665),
          ],
          p1,
        ),
        page(2, [T('权益', 105, 55), T('7', 205, 55), T('5.属于', 105, 85), T('2', 205, 85)], p2),
      ]);
      expect(tables(blocks)[0]).toEqual([
        ['头', '项目', '数'],
        ['^3', '3.危及', '1'],
        ['4.保护第三方合法/权益', '7'],
        ['5.属于', '2'],
      ]);
    });

    it('joins it where a span runs down the whole page, its outer rule crossing no row rule', () => {
      // 三、本年度办理结果 over three pages: on the middle one its column has no row rule at all.
      const p1 = grid(xs, [600, 630, 660, 690], ['h:660:50']);
      const p2 = grid(xs, [50, 80, 110], ['h:50:50', 'h:80:50', 'h:110:50']);
      const { blocks } = layoutPages([
        page(
          1,
          [
            T('头', 55, 605),
            T('项目', 105, 605),
            T('数', 205, 605),
            T('三、结果', 55, 635),
            T('3.危及', 105, 635),
            T('1', 205, 635),
            T('4.保护第三方合法', 105, 665),
            T('0', 205, 665),
          ],
          p1,
        ),
        page(2, [T('权益', 105, 55), T('5.属于', 105, 85), T('2', 205, 85)], p2),
      ]);
      expect(tables(blocks)).toEqual([
        [
          ['头', '项目', '数'],
          ['三、结果^3', '3.危及', '1'],
          ['4.保护第三方合法/权益', '0'],
          ['5.属于', '2'],
        ],
      ]);
    });

    it('joins it where two spans run down the whole page, the rule between them crossing nothing', () => {
      // 三、本年度办理结果 and （三）不予公开 beside it, both cut at the top and the foot of page 2.
      const wide = [50, 100, 150, 250, 350];
      const p1 = grid(wide, [600, 630, 660, 690], ['h:660:50', 'h:660:100']);
      const none = [50, 80, 110].flatMap((y) => [`h:${y}:50`, `h:${y}:100`]);
      const { blocks } = layoutPages([
        page(
          1,
          [
            T('头', 55, 605),
            T('项', 105, 605),
            T('目', 155, 605),
            T('数', 255, 605),
            T('三、', 55, 635),
            T('（三）', 105, 635),
            T('1.国家秘密', 155, 635),
            T('1', 255, 635),
            T('2.其他法律', 155, 665),
          ],
          p1,
        ),
        page(2, [T('0', 255, 55), T('3.危及', 155, 85), T('2', 255, 85)], grid(wide, [50, 80, 110], none)),
      ]);
      expect(tables(blocks)).toEqual([
        [
          ['头', '项', '目', '数'],
          ['三、^3', '（三）^3', '1.国家秘密', '1'],
          ['2.其他法律', '0'],
          ['3.危及', '2'],
        ],
      ]);
    });

    it('joins the rest of a label that opens on a quotation mark, its line above short', () => {
      // 3.危及“三安全一稳定”: “ may not end a line, so 及 ended one short of the column's edge.
      const { blocks } = layoutPages([
        page1([...ROW_ABOVE.slice(0, 3), T('乙', 55, 665), T('4.危及', 105, 665), T('7', 205, 665)]),
        page2([T('“三安全”', 105, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)]),
      ]);
      expect(tables(blocks)[0]).toContainEqual(['乙', '4.危及/“三安全”', '7']);
      expect(tables(blocks)[0]).toHaveLength(4);
    });

    it('joins it where rows short of the last column leave it one unruled box over the break', () => {
      // seed002's 表三: its rows a figure short, the 总计 column empty and unruled down them.
      const wide = [50, 100, 200, 250, 300];
      const { blocks } = layoutPages([
        page(
          1,
          [
            T('头', 55, 605),
            T('项目', 105, 605),
            T('数', 205, 605),
            T('总', 255, 605),
            T('甲', 55, 635),
            T('3.危及', 105, 635),
            T('1', 205, 635),
            T('乙', 55, 665),
            T('4.保护第三方合法', 105, 665),
            T('0', 205, 665),
          ],
          grid(wide, [600, 630, 660, 690], ['h:660:250', 'h:690:250']),
        ),
        page(
          2,
          [T('权益', 105, 55), T('丙', 55, 85), T('5.属于', 105, 85), T('2', 205, 85)],
          grid(wide, [50, 80, 110], ['h:50:250', 'h:80:250']),
        ),
      ]);
      const rows = tables(blocks)[0]!;
      expect(rows).toHaveLength(4);
      expect(rows[2]).toEqual(['乙', '4.保护第三方合法/权益', '0']);
      expect(rows[3]!.slice(0, 3)).toEqual(['丙', '5.属于', '2']);
    });

    it('reads a run of two figures across a column rule as two cells', () => {
      // pdfjs gives `0 0` as one text item where a column is too narrow for the gap to part them.
      const { blocks } = layoutPages([
        page(
          1,
          [
            T('头', 55, 105),
            T('甲', 105, 105),
            T('乙', 125, 105),
            T('本年新收', 55, 135),
            T('3 4', 104, 135),
          ],
          grid([50, 100, 120, 150], [100, 130, 160]),
        ),
      ]);
      expect(tables(blocks)).toEqual([
        [
          ['头', '甲', '乙'],
          ['本年新收', '3', '4'],
        ],
      ]);
    });

    it('keeps a blank row above and a row of figures overleaf apart, each with its own label', () => {
      const { blocks } = layoutPages([
        page1([
          T('甲', 55, 635),
          T('规章', 105, 635),
          T('1', 205, 635),
          T('乙', 55, 665),
          T('规范性文件', 105, 665),
        ]),
        page2([
          T('行政许可', 105, 55),
          T('7', 205, 55),
          T('丙', 55, 85),
          T('行政处罚', 105, 85),
          T('2', 205, 85),
        ]),
      ]);
      expect(tables(blocks)[0]).toEqual([
        ['头', '项目', '数'],
        ['甲', '规章', '1'],
        ['乙^2', '规范性文件', ''],
        ['行政许可', '7'],
        ['丙', '行政处罚', '2'],
      ]);
    });

    it('keeps a row of figures above and a blank row overleaf apart, and a numbered item overleaf', () => {
      const blank = layoutPages([
        page1([
          T('甲', 55, 635),
          T('规章', 105, 635),
          T('1', 205, 635),
          T('乙', 55, 665),
          T('行政处罚', 105, 665),
          T('5', 205, 665),
        ]),
        page2([T('行政强制', 105, 55), T('丙', 55, 85), T('行政收费', 105, 85), T('2', 205, 85)]),
      ]);
      expect(tables(blank.blocks)[0]).toContainEqual(['行政强制', '']);
      const numbered = layoutPages([
        page1([...ROW_ABOVE, T('4.保护第三方合法', 105, 665)]),
        page2([
          T('5.属于三类', 105, 55),
          T('7', 205, 55),
          T('丙', 55, 85),
          T('6.属于', 105, 85),
          T('2', 205, 85),
        ]),
      ]);
      expect(tables(numbered.blocks)[0]).toContainEqual(['5.属于三类', '7']);
    });
  });

  it('keeps a heading row at the foot of a page apart from the row of figures overleaf', () => {
    // 表二's last part as LibreOffice printed a portal's page: its heading row (信息内容 | 本年收费金额,
    // a full line) the last on page 1, its one row (行政事业性收费 | 0) the first on page 2.
    const xs = [50, 150, 250, 350, 450];
    const { blocks } = layoutPages([
      page(
        1,
        [
          T('信息内容', 55, 605),
          T('本年制发', 160, 605),
          T('本年废止', 260, 605),
          T('现行有效', 360, 605),
          T('规章', 55, 635),
          T('0', 205, 635),
          T('0', 305, 635),
          T('0', 405, 635),
          T('信息内容', 55, 665),
          T('本年收费金额万元', 160, 665),
        ],
        grid(xs, [600, 630, 660, 690]),
      ),
      page(2, [T('行政事业性收费', 55, 55), T('0', 205, 55)], grid(xs, [50, 80], ['v:350:50'])),
    ]);
    expect(tables(blocks)[0]).toEqual([
      ['信息内容', '本年制发', '本年废止', '现行有效'],
      ['规章', '0', '0', '0'],
      ['信息内容', '本年收费金额万元', '', ''],
      ['行政事业性收费', '0', '>2'],
    ]);
  });

  it('keeps two tables apart when the next page starts with other columns', () => {
    const a = grid([50, 150, 250], [600, 630, 660]);
    const b = grid([50, 100, 150, 200, 250], [50, 80, 110]);
    const { blocks } = layoutPages([page(1, [T('甲', 55, 605)], a), page(2, [T('乙', 55, 55)], b)]);
    expect(tables(blocks)).toHaveLength(2);
  });

  it('reads text as paragraphs: a new one at an indent or after a short line, one over a page break', () => {
    // Full lines run from x=50 to x=290 (24 characters of 10 points); the first is indented.
    const runs1 = [
      T('一、总体情况', 50, 100),
      T('本年度共收到政府信息公开申请十七件其中自然人', 70, 130),
      T('申请十件法人申请七件全部按期答复没有逾期答复的', 50, 145),
      T('情况发生本年度没有因政府信息公开被申请行政复议', 50, 160),
      T('- 1 -', 280, 760),
    ];
    const runs2 = [T('的情况。', 50, 60), T('二、主动公开政府信息情况', 70, 90)];
    const { blocks } = layoutPages([page(1, runs1), page(2, runs2)]);
    expect(texts(blocks)).toEqual([
      '一、总体情况',
      '本年度共收到政府信息公开申请十七件其中自然人申请十件法人申请七件全部按期答复没有逾期答复的情况发生本年度没有因政府信息公开被申请行政复议的情况。',
      '二、主动公开政府信息情况',
    ]);
  });

  /** 表二's cells printed without rules, a cell to a line. */
  const CELL_LINES = [
    '规章',
    '0',
    '0',
    '0',
    '规范性文件',
    '0',
    '0',
    '0',
    '行政许可',
    '0',
    '行政处罚',
    '0',
    '0',
  ];

  it('takes the right margin from the lines of text, not from a table printed a cell to a line', () => {
    // A table printed without rules, one cell to a line (规章 | 0 | 0 | 0): most lines a figure
    // wide. Their edge was the margin a quarter of the lines reach, every line ran to it, and the
    // section's heading ran into the lines above it (报告缺少「三、…」 where it is there).
    const cells = CELL_LINES;
    const runs = [
      T('一、总体情况', 50, 60),
      T('本年度共收到政府信息公开申请十七件其中自然人', 70, 80),
      T('申请十件法人申请七件全部按期答复没有逾期答复的', 50, 95),
      T('情况发生。', 50, 110),
      T('二、主动公开政府信息情况', 50, 130),
      ...cells.map((c, i) => T(c, 50, 150 + i * 20)),
      T('三、收到和处理政府信息公开申请情况', 50, 150 + cells.length * 20),
    ];
    const got = texts(layoutPages([page(1, runs)]).blocks);
    expect(got).toContain('一、总体情况');
    expect(got).toContain('二、主动公开政府信息情况');
    expect(got).toContain('三、收到和处理政府信息公开申请情况');
    expect(got).toContain(
      '本年度共收到政府信息公开申请十七件其中自然人申请十件法人申请七件全部按期答复没有逾期答复的情况发生。',
    );
  });

  it('gives a page of such lines alone the margins of the document’s pages of text', () => {
    // Page 2 holds only the table's cells and the next section's heading: no line there spans the
    // page, and its own margin was a figure's edge.
    const cells = [...CELL_LINES, '政府集中采购'];
    const prose = Array.from({ length: 6 }, (_, i) =>
      T('本年度共收到政府信息公开申请十七件其中自然人', 50, 100 + i * 15),
    );
    const page2 = [
      ...cells.map((c, i) => T(c, 50, 60 + i * 20)),
      T('三、收到和处理政府信息公开申请情况', 50, 60 + cells.length * 20),
    ];
    const got = texts(layoutPages([page(1, prose), page(2, page2)]).blocks);
    expect(got).toContain('三、收到和处理政府信息公开申请情况');
    expect(got).toContain('政府集中采购');
  });

  it('does not run a heading at the head of a page, set at the margin, into the paragraph overleaf', () => {
    // Page 1 ends with a full line; page 2 opens with a numbered heading, not indented (as a
    // converter that drops the first-line indent prints it).
    const { blocks } = layoutPages([
      page(1, [T('本报告所列数据的统计期限自二〇二〇年一月一日起至', 50, 700)]),
      page(2, [T('一、总体情况', 50, 60), T('全年主动公开政府信息一万二千八百五十六条。', 50, 90)]),
    ]);
    expect(texts(blocks)).toEqual([
      '本报告所列数据的统计期限自二〇二〇年一月一日起至',
      '一、总体情况',
      '全年主动公开政府信息一万二千八百五十六条。',
    ]);
  });

  it('keeps a paragraph whole under wide line spacing (a page set at three lines to the line)', () => {
    // Lines 35 points apart (a gap of 25 under 10-point text), as a CMS's line-height: 3 prints;
    // the paragraphs still start indented, and a short line still ends one.
    const runs = [
      ...WIDE_PARAGRAPH,
      T('全年共受理依申请公开十件。', 70, 240),
      T('二、主动公开政府信息情况', 50, 275),
    ];
    const { blocks } = layoutPages([page(1, runs)]);
    expect(texts(blocks)).toEqual([
      '本办充分发挥门户网站作用通过门户网站公开信息条其中组织机构类信息三十二条文件类信息十七条动态类信息三百二十四条政府工作报告一条规划计划类信息八条。',
      '全年共受理依申请公开十件。',
      '二、主动公开政府信息情况',
    ]);
  });

  it('reads the line spacing over the whole document, and a heading or a new sentence still starts anew', () => {
    // Page 2: one paragraph of two lines between tables, as far apart as page 1's lines; then a
    // full line that ends its sentence, a heading at the margin, a line after it.
    const p2 = [
      T('本年被申请行政复议四件复议后起诉一件未经复议直', 50, 100),
      T('接提起行政诉讼三件。', 50, 135),
      T('下一步将加强工作人员业务培训进一步提升公开质量。', 50, 170),
      T('六、其他需要报告的事项', 50, 205),
      T('无。', 50, 240),
    ];
    const { blocks } = layoutPages([page(1, WIDE_PARAGRAPH), page(2, p2)]);
    expect(texts(blocks).slice(1)).toEqual([
      '本年被申请行政复议四件复议后起诉一件未经复议直接提起行政诉讼三件。',
      '下一步将加强工作人员业务培训进一步提升公开质量。',
      '六、其他需要报告的事项',
      '无。',
    ]);
  });

  it("takes a page of tables' margins from the document, not from its few lines of text", () => {
    // Page 2: a table, then a heading as long as the paragraph's last line, the paragraph, and
    // another one under it. Its own lines made the heading's end the right margin and the indent
    // the left one: the paragraph's last line was not short, the next not indented, and ran on.
    const p2 = [
      T('头', 55, 55),
      T('数', 155, 55),
      T('四、政府信息公开行政复议行政诉讼情况', 70, 200),
      T('五、存在的主要问题及改进情况', 70, 220),
      T('本年工作取得一定成效但与公众需求相比仍有差距主要是政策解读', 70, 240),
      T('下一步我委将丰富解读形式提升公开实效。', 50, 260),
      T('本年度未收取信息处理费', 70, 280),
      T('无。', 70, 300),
    ];
    const p1 = Array.from({ length: 8 }, (_, i) =>
      T(
        i % 3 ? '本办充分发挥门户网站作用通过门户网站公开信息条其中组织机构类信' : '一、总体情况',
        i % 3 ? 50 : 70,
        100 + i * 30,
      ),
    );
    const { blocks } = layoutPages([page(1, p1), page(2, p2, grid([50, 150, 250], [50, 80, 110]))]);
    expect(texts(blocks).slice(-3)).toEqual([
      '本年工作取得一定成效但与公众需求相比仍有差距主要是政策解读下一步我委将丰富解读形式提升公开实效。',
      '本年度未收取信息处理费',
      '无。',
    ]);
  });

  it('starts a section anew after a sentence ends, where the margins say neither short nor indented', () => {
    // A page of short lines (headings, one-line paragraphs): their ends make the right margin, so
    // the preamble's line reaches it, and 一、总体情况 is set where the paragraphs start.
    const runs = [
      ...Array.from({ length: 8 }, (_, i) => T('二、主动公开政府信息情况二', 70, 300 + i * 30)),
      T('本报告根据条例要求编制，统计期限自二〇二一年一月一日起至十二月三十一日止。', 70, 100),
      T('一、总体情况', 70, 118),
    ];
    const { blocks } = layoutPages([page(1, runs)]);
    expect(texts(blocks).slice(0, 2)).toEqual([
      '本报告根据条例要求编制，统计期限自二〇二一年一月一日起至十二月三十一日止。',
      '一、总体情况',
    ]);
  });

  it('takes a line ended early by a number wrapped whole for one that goes on, and a list running on', () => {
    // …5.重点领域信息 stops 25 points short: 12000 (five figures, 6 points each) did not fit.
    const p2 = [
      T('主动公开政府信息一万二千八百五十六条其中：1.政', 50, 100),
      { text: '2.政策解读三百一十二条；5.重点领域信息', x: 50, y: 135, w: 215, h: 10 },
      { text: '12000条。全年制发规范性文件六件。', x: 50, y: 170, w: 180, h: 10 },
    ];
    const { blocks } = layoutPages([page(1, WIDE_PARAGRAPH), page(2, p2)]);
    expect(texts(blocks).slice(1)).toEqual([
      '主动公开政府信息一万二千八百五十六条其中：1.政2.政策解读三百一十二条；5.重点领域信息12000条。全年制发规范性文件六件。',
    ]);
  });

  it('takes a line ended early by what line breaking carried over with its mark for one that goes on', () => {
    // Two cities' reports printed from their pages: 供” (a character and the mark no line may start
    // with) and 100%。 (a number and its full stop) went to the next line together, leaving the line
    // above three and four characters short; the sentence was cut in two and its outcomes lost.
    const full = (i: number) => T('依法对全部申请进行了审慎处理和规范答复全年共收到', 50, 100 + i * 15);
    const runs = [
      full(0),
      full(1),
      T('其中予以公开十七件不予公开六件其他“无法提', 50, 130),
      T('供”二十一件其他处理十二件。', 50, 145),
      full(4),
      T('二是在收到的申请中已答复五十九件答复率为', 50, 175),
      { text: '100%。其中予以公开三件。', x: 50, y: 190, w: 125, h: 10 },
      T('三、政府信息管理情况', 50, 220),
    ];
    // (The lines' ends: full at 290; 无法提 at 260, 30 points short; 答复率为 at 250, 40 short.)
    const { blocks } = layoutPages([page(1, runs)]);
    const t = texts(blocks);
    expect(t.some((x) => x.includes('“无法提供”二十一件'))).toBe(true);
    expect(t.some((x) => x.includes('答复率为100%。其中'))).toBe(true);
    // An opening mark and what it holds (政务 | (工作)动态类信息: a street's report printed from its page).
    const opened = layoutPages([
      page(1, [
        full(0),
        full(1),
        T('其中组织机构类信息两条其他文件信息五条政务', 50, 130),
        T('(工作)动态类信息七十三条。', 50, 145),
      ]),
    ]);
    expect(texts(opened.blocks).some((x) => x.includes('政务(工作)动态类信息'))).toBe(true);
    // A numbered item after a short line starts anew (一、 is no word carried over).
    const item = layoutPages([
      page(1, [full(0), full(1), T('其中予以公开十七件不予公开六件', 50, 130), T('一、总体情况', 50, 145)]),
    ]);
    expect(texts(item.blocks).at(-1)).toBe('一、总体情况');
  });

  it('takes the margin most lines reach, not a navigation bar wider than the article', () => {
    // A portal's bar 500 points wide over an article 300 wide: the article's lines were each short
    // of the bar's end, each a paragraph; its title, wrapped and centred, two blocks.
    const runs = [
      T(
        '首页政务公开政务服务互动交流走进本区首页政务公开政务服务互动交流走进本区首页政务公开政务服务',
        50,
        40,
      ),
      T('市城管执法局二〇二〇年政府信息公开工作年度', 50, 80),
      T('报告', 155, 100),
      T('本年度报告由市城管执法局按照国务院办公厅政府', 50, 140),
      T('信息与政务公开办公室关于政府信息公开工作年度', 50, 155),
      T('报告有关事项的通知要求编制。', 50, 170),
      T('一、总体情况', 50, 200),
    ];
    const { blocks } = layoutPages([page(1, runs)]);
    expect(texts(blocks).slice(1)).toEqual([
      '市城管执法局二〇二〇年政府信息公开工作年度报告',
      '本年度报告由市城管执法局按照国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知要求编制。',
      '一、总体情况',
    ]);
  });

  it('reads a page set in two columns (a portal printed with its sidebar) a column at a time', () => {
    // The sidebar's titles and dates at x 20, the article's lines at x 200, many on the same baselines:
    // read as one, each line of the sidebar ran into the article's beside it.
    const side = [
      '某市某局2019年政府信',
      '息公开工作年度报告',
      '2020-01-20',
      '某市某局2018年政府信',
      '息公开工作年度报告',
      '2019-01-15',
      '关于印发政务公开工作',
      '要点的通知',
    ];
    const article = [
      '某市某局2020年政府信息公开工作年度报告',
      '',
      '一、总体情况',
      '2020年，本局主动公开政府信息120条，其中规',
      '范性文件3件，政策解读文件5件，工作动态信息',
      '八十二条，人事信息十五条，财政信息七条，其他',
      '信息八条。全年收到政府信息公开申请5件，均已',
      '按时答复，未发生政府信息公开行政复议和行政诉',
      '讼案件。',
      '',
      '二、主动公开政府信息情况',
    ];
    const runs = [
      T('首页政务公开政务服务互动交流走进本区首页政务公开', 20, 20),
      ...side.map((t, i) => T(t, 20, 60 + i * 15)),
      ...article.flatMap((t, i) => (t ? [T(t, 200, 60 + i * 15)] : [])),
      T('主办：某市人民政府办公室 网站标识码：1234567890', 100, 400),
    ];
    const { blocks } = layoutPages([page(1, runs)]);
    const read = blocks.flatMap((b) => (b.kind === 'text' ? [[b.text, b.aside === true]] : []));
    expect(read).toEqual([
      ['首页政务公开政务服务互动交流走进本区首页政务公开', false],
      // The sidebar first, a line a block, set apart.
      ...side.map((t) => [t, true]),
      ['某市某局2020年政府信息公开工作年度报告', false],
      ['一、总体情况', false],
      [
        '2020年，本局主动公开政府信息120条，其中规范性文件3件，政策解读文件5件，工作动态信息八十二条，人事信息十五条，财政信息七条，其他信息八条。全年收到政府信息公开申请5件，均已按时答复，未发生政府信息公开行政复议和行政诉讼案件。',
        false,
      ],
      ['二、主动公开政府信息情况', false],
      ['主办：某市人民政府办公室 网站标识码：1234567890', false],
    ]);
  });

  it('keeps a table printed without rules whole: figures beside its labels are no column', () => {
    const labels = [
      '（一）予以公开',
      '（二）部分公开',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
      '（七）总计',
    ];
    const runs = labels.flatMap((t, i) => [
      T(t, 50, 100 + i * 15),
      T('0', 300, 100 + i * 15),
      T('1', 340, 100 + i * 15),
    ]);
    expect(texts(layoutPages([page(1, runs)]).blocks).join('|')).toContain('（一）予以公开 0 1');
  });

  it('reads a lone box (a frame round a note) as text, not a table', () => {
    const segs = grid([50, 400], [100, 140]);
    const { blocks } = layoutPages([page(1, [T('注：本表数据截至年底', 60, 110)], segs)]);
    expect(tables(blocks)).toEqual([]);
    expect(texts(blocks)).toEqual(['注：本表数据截至年底']);
  });

  it("leaves out a page number in the margin, not a table's cells set a line each at the page foot", () => {
    // A page of 800 points: its bottom margin is below 704. One number there is the page's; three
    // are a table's cells, one to a line (规章 / 0 / 0 / 0 before the page break), and stay.
    const body = [T('二、主动公开政府信息情况', 50, 600), T('规章', 50, 680)];
    const folio = layoutPages([page(1, [...body, T('3', 295, 760)])]).blocks;
    expect(texts(folio).join('')).not.toContain('3');
    const cells = layoutPages([page(1, [...body, T('0', 50, 710), T('0', 50, 735), T('0', 50, 760)])]).blocks;
    expect(texts(cells).join('|').match(/0/g)).toHaveLength(3);
  });

  it('counts the text it found (a scan has none)', () => {
    expect(layoutPages([page(1, [])]).textChars).toBe(0);
    expect(layoutPages([page(1, [T('年度报告', 50, 100)])]).textChars).toBe(4);
  });
});
