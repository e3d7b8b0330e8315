import { describe, expect, it } from 'vitest';
import type { Run } from './layout';
import { type PdfjsLike, readPdf, tabular } from './read';

/** A run of `n` 10-point characters at (x, y). */
const R = (x: number, y: number, n = 1): Run => ({ text: '字'.repeat(n), x, y, w: n * 10, h: 10 });

describe('tabular', () => {
  it('takes rows of figures in columns for a table', () => {
    // 表三 rows: a label, then figures in narrow columns 25 points apart.
    const rows = [100, 130, 160].flatMap((y) => [R(50, y, 8), R(200, y), R(225, y), R(250, y)]);
    expect(tabular(rows)).toBe(true);
  });

  it('takes justified prose, its runs a hair apart, for no table', () => {
    const prose = [100, 116, 132, 148].flatMap((y) => [R(50, y, 10), R(151, y, 6), R(212, y, 14)]);
    expect(tabular(prose)).toBe(false);
  });

  it('needs two lines with columns: one signature line with a wide gap is not a table', () => {
    expect(tabular([R(50, 100, 10), R(300, 100, 8), R(50, 120, 20)])).toBe(false);
  });
});

/** Fake pdfjs: pages of text items (x, y from the page's top, 10-point) and stroked rectangles. */
const OPS = { save: 1, restore: 2, transform: 3, constructPath: 4, stroke: 5, fill: 6 };
interface FakePage {
  text: [str: string, x: number, y: number][];
  boxes: [x0: number, y0: number, x1: number, y1: number][];
}
function fakePdfjs(pages: FakePage[], drawn: number[]): PdfjsLike {
  const H = 800;
  const doc = {
    numPages: pages.length,
    getMetadata: async () => ({ info: {} }),
    destroy: async () => {},
    getPage: async (n: number) => {
      const p = pages[n - 1]!;
      return {
        getViewport: () => ({ width: 600, height: H, transform: [1, 0, 0, -1, 0, H] }),
        getTextContent: async () => ({
          items: p.text.map(([str, x, y]) => ({
            str,
            transform: [10, 0, 0, 10, x, H - y - 9],
            width: str.length * 10,
            height: 10,
          })),
        }),
        getOperatorList: async () => {
          drawn.push(n);
          const rect = ([x0, y0, x1, y1]: FakePage['boxes'][number]) => [
            0,
            x0,
            H - y0,
            1,
            x1,
            H - y0,
            1,
            x1,
            H - y1,
            1,
            x0,
            H - y1,
            4,
          ];
          return {
            fnArray: p.boxes.map(() => OPS.constructPath),
            argsArray: p.boxes.map((b) => [OPS.stroke, [rect(b)]]),
          };
        },
        cleanup() {},
      };
    },
  };
  return { getDocument: () => ({ promise: Promise.resolve(doc), destroy: async () => {} }), OPS };
}

/** A table's cells as boxes: rows `ys` apart from `top`, columns at `xs`. */
const cellBoxes = (xs: number[], top: number, rows: number, h = 20) =>
  Array.from({ length: rows }, (_, r) =>
    xs
      .slice(1)
      .map((x1, c) => [xs[c]!, top + r * h, x1, top + (r + 1) * h] as [number, number, number, number]),
  ).flat();

describe('readPdf: which pages have their drawing read', () => {
  const xs = [50, 170, 230, 290];
  const rowsOf = (labels: string[], top: number): FakePage['text'] =>
    labels.flatMap((l, r) => [
      [l, 52, top + r * 20 + 5] as [string, number, number],
      ['0', 180, top + r * 20 + 5] as [string, number, number],
      ['0', 240, top + r * 20 + 5] as [string, number, number],
    ]);
  const prose: FakePage['text'] = [
    ['本年度共收到政府信息公开申请十七件其中自然人', 50, 600],
    ['申请十件法人申请七件全部按期答复。', 50, 620],
  ];

  it('reads the rules of a table’s last row overleaf, too few lines there to look like a table', async () => {
    // 行政事业性收费 fills its cell: one line with a gap on the page, and the table's rules were not
    // read there, so the row was prose and blank-cell said it was not in the table.
    const drawn: number[] = [];
    const pages: FakePage[] = [
      { text: rowsOf(['规章', '规范性文件', '行政许可'], 100), boxes: cellBoxes(xs, 100, 3) },
      {
        text: [['行政事业性收费', 52, 45], ['0', 180, 45], ['0', 240, 45], ...prose],
        boxes: cellBoxes(xs, 40, 1),
      },
    ];
    const read = await readPdf(fakePdfjs(pages, drawn), new Uint8Array([1]));
    expect(read.pages.map((p) => p.segments.length > 0)).toEqual([true, true]);
  });

  it('reads the rules of a table’s first rows before the page break, when the next page is a table', async () => {
    // 第二十条第（一）项 and its heading row at the foot of a page of prose: one line with gaps.
    const drawn: number[] = [];
    const pages: FakePage[] = [
      {
        text: [
          ...prose.map(([s, x, y]) => [s, x, y - 500] as [string, number, number]),
          ...rowsOf(['信息内容'], 700),
        ],
        boxes: cellBoxes(xs, 700, 1),
      },
      { text: rowsOf(['规章', '规范性文件', '行政许可'], 40), boxes: cellBoxes(xs, 40, 3) },
    ];
    const read = await readPdf(fakePdfjs(pages, drawn), new Uint8Array([1]));
    expect(read.pages.map((p) => p.segments.length > 0)).toEqual([true, true]);
  });

  it('still leaves pages of prose unread: before a table that starts at the top of a page, after one with text under it', async () => {
    const drawn: number[] = [];
    const pages: FakePage[] = [
      { text: prose, boxes: [] },
      { text: prose, boxes: [] },
      // A table, and text under it: it ends on its page.
      { text: [...rowsOf(['规章', '规范性文件', '行政许可'], 100), ...prose], boxes: cellBoxes(xs, 100, 3) },
      { text: prose, boxes: [] },
    ];
    await readPdf(fakePdfjs(pages, drawn), new Uint8Array([1]));
    expect(drawn).toEqual([3]);
  });
});

describe('readPdf: characters a font maps to radicals', () => {
  it('reads them as the ideographs they stand for: ⻄安市 as 西安市, 高⻘县 as 高青县, ⼈ as 人, ⼾ as 户', async () => {
    // Chromium's "Save as PDF" with Noto CJK gives ⻄ (U+2EC4) for 西 and ⻘ (U+2EC9) for 青: the
    // agency was another one (⻄安市高陵区人民政府), never the same as its report's page.
    const pages: FakePage[] = [
      {
        text: [
          ['⻄安市高陵区⼈民政府', 50, 100],
          ['高⻘县住⼾', 50, 120],
        ],
        boxes: [],
      },
    ];
    const read = await readPdf(fakePdfjs(pages, []), new Uint8Array([1]));
    expect(read.pages[0]!.runs.map((r) => r.text)).toEqual(['西安市高陵区人民政府', '高青县住户']);
  });
});
