/**
 * A PDF page's text runs and ruling lines → the blocks of a page source: ruled tables become
 * tables of cells with rowspan/colspan (a cell is a box the lines close on every side), the rest
 * becomes paragraphs. Pure geometry in top-down page points; nothing here knows about pdfjs.
 */
import { buildGrid } from '../grid';
import { TOP_NUMBER } from '../recognise/sections';
import type { Block, SourceCell, SourceTable } from '../source';

/** Where something sits on a PDF page: its page (1-based) and box in points, y measured down. */
export interface PdfNode {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One text item as drawn: its text and box (top-down), and its font size. */
export interface Run {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A ruling line: horizontal (`y0 === y1`) or vertical (`x0 === x1`). */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What one page gives the layout. */
export interface PageData {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  segments: Segment[];
  /** Images drawn on the page (a scan is one per page). */
  images: number;
  /** Where the page sets a side column beside its article (columns): its text is set apart (Block's aside). */
  aside?: Box;
  /** One column of a page set in two (columns): its margins are its own, not the document's. */
  column?: boolean;
}

/** A stretch of a page: x from x0 to x1, y (down) from top to bottom. */
interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A table read from one page, with the boundaries it was cut on (to join it to the next page's). */
interface PageTable {
  table: SourceTable<PdfNode>;
  xs: number[];
  top: number;
  bottom: number;
  /** Drawn open at its left side (lattice): its first column's left edge is drawn by row rules only. */
  openLeft?: boolean;
  /** The same table cut on other column boundaries. */
  recut: (xs: number[]) => SourceTable<PdfNode> | null;
}

/** A paragraph knows whether it runs to the right margin (it may go on overleaf) and starts indented. */
interface Paragraph {
  top: number;
  block: Block<PdfNode> & { kind: 'text' };
  full: boolean;
  indented: boolean;
  heading: boolean;
}
type PageItem = Paragraph | { top: number; table: PageTable };

/** Lines closer than this (points) are one line; segments nearer than this to a boundary touch it. */
const SNAP = 2.5;
/** Shorter segments are ticks or glyph parts, not table rules. */
const MIN_RULE = 6;

interface HLine {
  y: number;
  x0: number;
  x1: number;
}
interface VLine {
  x: number;
  y0: number;
  y1: number;
}

/** Merges collinear, touching segments: `pos` is the shared coordinate, `[a, b]` the extent. */
function mergeLines(lines: { pos: number; a: number; b: number }[]): { pos: number; a: number; b: number }[] {
  lines.sort((p, q) => p.pos - q.pos || p.a - q.a);
  const out: { pos: number; a: number; b: number }[] = [];
  // Group by position, then merge extents within each group.
  let i = 0;
  while (i < lines.length) {
    let j = i;
    const group: { pos: number; a: number; b: number }[] = [];
    while (j < lines.length && lines[j]!.pos - lines[i]!.pos <= SNAP) group.push(lines[j++]!);
    const pos = group.reduce((s, l) => s + l.pos, 0) / group.length;
    group.sort((p, q) => p.a - q.a);
    let cur = { pos, a: group[0]!.a, b: group[0]!.b };
    for (const l of group.slice(1)) {
      if (l.a <= cur.b + SNAP) cur.b = Math.max(cur.b, l.b);
      else {
        out.push(cur);
        cur = { pos, a: l.a, b: l.b };
      }
    }
    out.push(cur);
    i = j;
  }
  return out;
}

/** Sorted positions with near neighbours (within SNAP) clustered to their mean. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Splits segments into merged horizontal and vertical rules. */
function rules(segments: Segment[]): { h: HLine[]; v: VLine[] } {
  const h: { pos: number; a: number; b: number }[] = [];
  const v: { pos: number; a: number; b: number }[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x1 - s.x0);
    const dy = Math.abs(s.y1 - s.y0);
    // Short pieces too, measured once merged: a row drawn a point or two tall (a blank row of
    // empty cells, printed from a page) has column rules that short, which go on those above.
    if (dy <= 1 && dx > 1)
      h.push({ pos: (s.y0 + s.y1) / 2, a: Math.min(s.x0, s.x1), b: Math.max(s.x0, s.x1) });
    else if (dx <= 1 && dy > 1)
      v.push({ pos: (s.x0 + s.x1) / 2, a: Math.min(s.y0, s.y1), b: Math.max(s.y0, s.y1) });
  }
  const long = (l: { a: number; b: number }) => l.b - l.a >= MIN_RULE;
  return {
    h: mergeLines(h)
      .filter(long)
      .map((l) => ({ y: l.pos, x0: l.a, x1: l.b })),
    v: mergeLines(v)
      .filter(long)
      .map((l) => ({ x: l.pos, y0: l.a, y1: l.b })),
  };
}

/** Groups rules that cross or touch into tables (union-find over the crossings). */
function components(h: HLine[], v: VLine[]): { h: HLine[]; v: VLine[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  h.forEach((hl, i) => {
    v.forEach((vl, j) => {
      if (vl.x >= hl.x0 - SNAP && vl.x <= hl.x1 + SNAP && hl.y >= vl.y0 - SNAP && hl.y <= vl.y1 + SNAP)
        parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: HLine[]; v: VLine[] }>();
  const get = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { h: [], v: [] };
      groups.set(root, g);
    }
    return g;
  };
  h.forEach((l, i) => {
    get(i).h.push(l);
  });
  v.forEach((l, j) => {
    get(h.length + j).v.push(l);
  });
  // A box needs two rules each way; a lone underline or a frame around a paragraph is no table. A
  // table open at its sides (lattice) with two columns has one column rule, the row rules past it
  // on both sides.
  const open = (g: { h: HLine[]; v: VLine[] }) =>
    g.v.length === 1 &&
    g.h.filter((l) => l.x0 < g.v[0]!.x - SNAP * 2).length >= 2 &&
    g.h.filter((l) => l.x1 > g.v[0]!.x + SNAP * 2).length >= 2;
  const tables = [...groups.values()].filter((g) => g.h.length >= 2 && (g.v.length >= 2 || open(g)));
  for (const g of groups.values()) if (g.h.length === 0) for (const l of g.v) sideRule(tables, l)?.v.push(l);
  return tables;
}

/**
 * The table a lone vertical rule is an edge of: a span the page break cut in its middle (三、本年度
 * 办理结果 running down a whole page of 表三, and （三）不予公开 beside it) has no row rule across it
 * on that page, so its rules, outer or between two such spans, cross nothing. Such a rule belongs
 * to the table it runs through or beside from top to bottom, no farther off than the table is wide.
 */
function sideRule(tables: { h: HLine[]; v: VLine[] }[], l: VLine): { h: HLine[]; v: VLine[] } | undefined {
  return tables.find((t) => {
    const top = Math.min(...t.v.map((x) => x.y0));
    const bottom = Math.max(...t.v.map((x) => x.y1));
    const x0 = Math.min(...t.v.map((x) => x.x));
    const x1 = Math.max(...t.v.map((x) => x.x));
    return (
      Math.abs(l.y0 - top) <= SNAP * 2 &&
      Math.abs(l.y1 - bottom) <= SNAP * 2 &&
      l.x >= x0 - (x1 - x0) &&
      l.x <= x1 + (x1 - x0) &&
      t.v.every((x) => Math.abs(x.x - l.x) > SNAP)
    );
  });
}

/**
 * True when a rule runs along the stretch from `a` to `b` at `pos`: for a part of it, not
 * necessarily all (rows of unequal length draw their borders only as far as their own cells go).
 */
function covered(lines: { pos: number; a: number; b: number }[], pos: number, a: number, b: number): boolean {
  const need = Math.min(MIN_RULE, (b - a) / 3);
  return lines.some(
    (l) =>
      Math.abs(l.pos - pos) <= SNAP && Math.min(l.b, b - SNAP) - Math.max(l.a, a + SNAP) >= need - SNAP * 2,
  );
}

const center = (r: Run) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** A line of text as drawn: its words, its extent, and its font size. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

/**
 * Runs read as lines: runs on one baseline (their vertical centres within half a line) left to
 * right, a space where a gap is wider than a third of the font size; lines top to bottom.
 */
function lines(runs: Run[]): Line[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => center(a).y - center(b).y);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && Math.abs(center(r).y - center(prev).y) <= Math.max(2, Math.min(r.h, prev.h) * 0.5))
      last.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const r of g) {
      const size = r.h || 10;
      if (text && r.x - end > size * 0.35) text += ' ';
      text += r.text;
      end = Math.max(end, r.x + r.w);
    }
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x0: g[0]!.x,
      x1: Math.max(...g.map((r) => r.x + r.w)),
      top: Math.min(...g.map((r) => r.y)),
      bottom: Math.max(...g.map((r) => r.y + r.h)),
      size: Math.max(...g.map((r) => r.h)),
    };
  });
}

/**
 * Where a table drawn open at its sides (no outer left or right rule, as some formal styles set
 * tables) has its outer edges: its row rules running past the outermost column rule close the first
 * (or last) column there, at the outermost end two rules at least share (rows under a span start at
 * its edge, not the table's).
 */
function openEdges(h: HLine[], xs: number[]): { left?: number; right?: number } {
  const shared = (ends: number[]) => {
    const e = ends.sort((a, b) => a - b);
    return e.filter(
      (x, i) => (i > 0 && x - e[i - 1]! <= SNAP) || (i + 1 < e.length && e[i + 1]! - x <= SNAP),
    );
  };
  const lefts = shared(h.map((l) => l.x0).filter((x) => x < xs[0]! - SNAP * 2));
  const rights = shared(h.map((l) => l.x1).filter((x) => x > xs[xs.length - 1]! + SNAP * 2));
  return { left: lefts[0], right: rights[rights.length - 1] };
}

/**
 * One ruled table: the grid the rules cut, with each box the rules close on every side as one
 * cell (a missing inner rule makes a span). `xsWanted` cuts on another table's columns (the part
 * of a table continued from the previous page).
 */
function lattice(
  page: number,
  g: { h: HLine[]; v: VLine[] },
  runs: Run[],
  taken: Set<Run>,
  xsWanted?: number[],
): PageTable | null {
  const xs = xsWanted ?? cluster(g.v.map((l) => l.x));
  // Not where the table is re-cut on another's columns: those are its edges.
  const open = xsWanted ? {} : openEdges(g.h, xs);
  if (open.left !== undefined) xs.unshift(open.left);
  if (open.right !== undefined) xs.push(open.right);
  // A row rule runs across at least one whole cell, rule to rule; a line under a cell's text that
  // touches its border (LibreOffice underlines every line of a Word-pasted page's cells) does not,
  // and cut each line of a label into a row of its own (1.属于国家秘 / 密: the row lost).
  const across = (l: HLine) =>
    xs.some((x, c) => c + 1 < xs.length && l.x0 <= x + SNAP && l.x1 >= xs[c + 1]! - SNAP);
  const rowRules = g.h.filter(across);
  const ys = cluster(rowRules.map((l) => l.y));
  if (xs.length < 2 || ys.length < 2) return null;
  const hs = rowRules.map((l) => ({ pos: l.y, a: l.x0, b: l.x1 }));
  // A table the page break cuts may have no rule under its last row (or over its first): the
  // column rules running past the last rule close that row.
  const vTop = Math.min(...g.v.map((l) => l.y0));
  const vBottom = Math.max(...g.v.map((l) => l.y1));
  if (vBottom > ys[ys.length - 1]! + SNAP * 2) {
    ys.push(vBottom);
    hs.push({ pos: vBottom, a: xs[0]!, b: xs[xs.length - 1]! });
  }
  if (vTop < ys[0]! - SNAP * 2) {
    ys.unshift(vTop);
    hs.push({ pos: vTop, a: xs[0]!, b: xs[xs.length - 1]! });
  }
  const vs = g.v.map((l) => ({ pos: l.x, a: l.y0, b: l.y1 }));
  for (const x of [open.left, open.right])
    if (x !== undefined) vs.push({ pos: x, a: ys[0]!, b: ys[ys.length - 1]! });
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const used: boolean[][] = Array.from({ length: nr }, () => new Array<boolean>(nc).fill(false));
  // Text goes to the box holding its centre; a run of words across a column rule, word by word.
  const whole = new Map<Run, Run>();
  const inside = runs
    .filter((r) => {
      const c = center(r);
      return c.x > xs[0]! && c.x < xs[nc]! && c.y > ys[0]! && c.y < ys[nr]!;
    })
    .flatMap((r) => {
      const parts = acrossRule(r, xs);
      for (const p of parts) if (p !== r) whole.set(p, r);
      return parts;
    });
  const rows: SourceCell<PdfNode>[][] = [];
  const written: Written[] = [];
  for (let r = 0; r < nr; r++) {
    const row: SourceCell<PdfNode>[] = [];
    for (let c = 0; c < nc; c++) {
      if (used[r]![c]) continue;
      let cs = 1;
      while (c + cs < nc && !used[r]![c + cs] && !covered(vs, xs[c + cs]!, ys[r]!, ys[r + 1]!)) cs++;
      let rs = 1;
      while (r + rs < nr && !covered(hs, ys[r + rs]!, xs[c]!, xs[c + cs]!)) rs++;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) used[r + dr]![c + dc] = true;
      const box = { x: xs[c]!, y: ys[r]!, w: xs[c + cs]! - xs[c]!, h: ys[r + rs]! - ys[r]! };
      const mine = inside.filter((run) => {
        const p = center(run);
        return p.x > box.x && p.x < box.x + box.w && p.y > box.y && p.y < box.y + box.h;
      });
      for (const run of mine) taken.add(whole.get(run) ?? run);
      const ls = lines(mine);
      const cell = {
        text: ls.length === 1 ? spreadFigure(ls[0]!.text) : ls.map((l) => l.text).join('\n'),
        rowspan: rs,
        colspan: cs,
        node: { page, ...box },
      };
      row.push(cell);
      if (ls.length) written.push({ cell, ls, right: c + cs });
    }
    rows.push(row);
  }
  markFullEnds(written, xs);
  const node = { page, x: xs[0]!, y: ys[0]!, w: xs[nc]! - xs[0]!, h: ys[nr]! - ys[0]! };
  return {
    table: { rows, node },
    xs,
    top: ys[0]!,
    bottom: ys[nr]!,
    ...(open.left !== undefined ? { openLeft: true } : {}),
    recut: (other) => lattice(page, g, runs, new Set(), other)?.table ?? null,
  };
}

/** A line of single characters, each on its own, apart: `4 8`, `- 1 5`, `4 3 4 5 . 2 万 元`. */
const SPREAD = /^\S(?: \S)+$/;

/**
 * A figure spread over its cell, character by character (Word's and WPS's 分散对齐, or spacing
 * between characters): pdfjs gives its characters with spaces between (`4 8`), which would read as
 * no number. In a ruled cell, which holds one figure, they are that figure's (48, -15, 4345.2万元).
 */
function spreadFigure(text: string): string {
  return SPREAD.test(text) && /[0-9０-９]/.test(text) ? text.replace(/ /g, '') : text;
}

/**
 * A run pdfjs made of words on either side of a column rule (`0 0`: 自然人's 0 and 商业企业's, one
 * text item in a column too narrow for the gap between them to reach the rule) as its words, each
 * where it stands: its share of the run's width by characters, an ideograph counting two.
 */
function acrossRule(r: Run, xs: number[]): Run[] {
  if (!/\S\s+\S/.test(r.text) || !xs.some((x) => x > r.x + 1 && x < r.x + r.w - 1)) return [r];
  const weight = (t: string) => [...t].reduce((n, c) => n + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  const per = r.w / weight(r.text);
  const out: Run[] = [];
  for (const m of r.text.matchAll(/\S+/g)) {
    const x = r.x + weight(r.text.slice(0, m.index)) * per;
    out.push({ ...r, text: m[0], x, w: weight(m[0]) * per });
  }
  return out;
}

/** A cell with text, its lines, and the column boundary it ends at (an index into the table's xs). */
interface Written {
  cell: SourceCell<PdfNode>;
  ls: Line[];
  right: number;
}

/** Cells whose last line runs to the right of their column: their text may go on overleaf. */
const fullEnd = new WeakSet<SourceCell<PdfNode>>();
/**
 * Cells whose last line stops one character short of that: the next character went overleaf with
 * the mark after it, which no line may start with (不补 then 正、行政机关…).
 */
const fullBarOne = new WeakSet<SourceCell<PdfNode>>();

/**
 * Marks the cells whose last line is full: the next character would not have fitted on it, so a
 * page break may have cut the text there (a row that breaks across pages: 4.保护 | 第三方合法权益).
 * How far a line can run is read from the lines of the same column that wrapped (every line of a
 * cell but its last); where none wrapped, from the column's right rule less the smallest left
 * margin its text keeps (a centred short label is then not full, nor a column's shorter labels).
 */
function markFullEnds(written: Written[], xs: number[]): void {
  const reach = new Map<number, number>();
  const margin = new Map<number, number>();
  for (const { cell, ls, right } of written) {
    for (const l of ls.slice(0, -1)) reach.set(right, Math.max(reach.get(right) ?? 0, l.x1));
    const m = Math.min(...ls.map((l) => l.x0 - cell.node.x));
    margin.set(right, Math.min(margin.get(right) ?? m, m));
  }
  for (const { cell, ls, right } of written) {
    const last = ls[ls.length - 1]!;
    const limit = reach.get(right) ?? xs[right]! - (margin.get(right) ?? 0);
    if (last.x1 + last.size * 0.9 >= limit) fullEnd.add(cell);
    else if (last.x1 + last.size * 1.9 >= limit) fullBarOne.add(cell);
  }
}

/** A page number or running header line: `- 3 -`, `第 3 页 共 6 页`, `3/6`. */
const FOLIO = /^[-—–_\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:\/|共)\s*\d{1,4}(?:\s*页)?)?[-—–_\s]*$/;

/** A line of the printer's, not the report's: a page number in the page's top or bottom margin. */
function folioLine(text: string, top: number, bottom: number, height: number): boolean {
  return FOLIO.test(text) && (top > height * 0.88 || bottom < height * 0.12);
}

/**
 * Which of a page's lines are its page numbers (folioLine). A page has one in a margin: where two or
 * more lines of one margin look like one, they are a table's cells set a line each at the page's foot
 * (`规章` / `0` / `0` / `0` before a page break: the three 0s were dropped, the row read short), and
 * none of them is. Used by the layout and by the reader's look at a page's foot (read.ts) alike.
 */
export function folios(ls: { text: string; top: number; bottom: number }[], height: number): boolean[] {
  // (Lines' tops grow down the page: a folio's top past 88% of the height is in the bottom margin.)
  const foot = (l: { top: number }) => l.top > height * 0.88;
  let feet = 0;
  let heads = 0;
  const candidate = ls.map((l) => {
    if (!folioLine(l.text, l.top, l.bottom, height)) return false;
    if (foot(l)) feet++;
    else heads++;
    return true;
  });
  return candidate.map((c, i) => c && (foot(ls[i]!) ? feet : heads) === 1);
}

/** A line that runs to the right margin, or near it (within two characters). */
function fullLine(l: Line, right: number): boolean {
  return l.x1 >= right - l.size * 2;
}

/** A line that starts further in than the margin (a paragraph's first-line indent). */
function indentedLine(l: Line, left: number): boolean {
  return l.x0 > left + l.size * 1.2;
}

/** Two lines set in sizes apart (a heading and its text). */
function resized(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) > 1.5;
}

/** A line of a sentence, not of a title: its commas and stops. */
const PUNCTUATED = /[，。；：！？,;:!?]/;

/** A line set in the middle of the column: as far in from the left margin as from the right. */
function centred(l: Line, left: number, right: number): boolean {
  return l.x0 > left + l.size && Math.abs(l.x0 - left - (right - l.x1)) <= l.size * 1.5;
}

/** A numbered line a quarter short of the margin or more: a heading (六、其他需要报告的事项). */
function headingLine(l: Line, left: number, right: number): boolean {
  return ENUMERATED.test(l.text) && l.x1 < right - (right - left) / 4;
}

/** Paragraphs of the text lines: a new one at an indent, a wide gap, or after a short line. */
function paragraphs(page: number, ls: Line[], left: number, right: number, spacing: number): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    const x = Math.min(...cur.map((l) => l.x0));
    const top = cur[0]!.top;
    const bottom = cur[cur.length - 1]!.bottom;
    const node = { page, x, y: top, w: Math.max(...cur.map((l) => l.x1)) - x, h: bottom - top };
    const end = cur[cur.length - 1]!;
    out.push({
      top,
      block: { kind: 'text', text: cur.map((l) => l.text).join(''), node },
      full: fullLine(end, right),
      indented: indentedLine(cur[0]!, left),
      heading: cur.length === 1 && headingLine(cur[0]!, left, right),
    });
    cur = [];
  };
  for (const l of ls) {
    const prev = cur[cur.length - 1];
    if (prev) {
      const gap = l.top - prev.bottom;
      const indented = indentedLine(l, left);
      // Short: the line ends before the margin, by more than what this line starts with that line
      // breaking keeps together: a word (a number does not break: …5.重点领域信息 | 12000条 is one
      // sentence wrapped before 12000), and a mark no line may start with after it or after its first
      // character, which takes them over too (答复率为 | 100%。其中…, “无法提 | 供”21件: two cities'
      // reports printed from their pages, whose sentences were cut in two), or a mark no line may end on
      // and what it opens (政务 | (工作)动态类信息73条). Not before a numbered item.
      // (What was carried over is at most as wide as the room left, and a full line may stop a
      // character short of the margin: a mark's width more is allowed.)
      const word = /^[0-9A-Za-z.,%‰+-]+/.exec(l.text)?.[0].length ?? 0;
      const closes =
        !ENUMERATED.test(l.text) &&
        (word > 0 ? CLOSES.test(l.text.slice(word)) : CLOSES_SECOND.test(l.text) || OPENS.test(l.text));
      const kept = word * l.size * 0.6 + (closes ? (word > 0 ? l.size * 2 : l.size * 3) : prev.size * 0.5);
      const shortPrev = prev.x1 < right - Math.max(prev.size * 2, kept);
      const sizeChange = resized(l, prev);
      const tall = gap > Math.max(l.size, prev.size) * 1.2;
      // A gap taller than a line is a paragraph's break unless the document's lines are set that
      // far apart, and then only where a sentence goes on: not after its end, not at a heading (a
      // numbered line a quarter short or more: 六、其他需要报告的事项 under a full line, every line of the
      // page as far apart). A numbered item of a list that runs on (1.政策文件…；| 2.政策解读…) goes on.
      const heading = headingLine(l, left, right);
      const ended = /[。！？!?]$/.test(prev.text);
      const wide = tall && (gap > spacing + l.size * 0.4 || ended || heading);
      // A line of words alone (no comma, no full stop) as wide as most of the column, centred or
      // full, and a centred one close under it in its size: a title too long for one line (…工作年度
      // | 报告), not a paragraph's last line and a heading.
      const wrapped =
        !tall &&
        !sizeChange &&
        (centred(prev, left, right) || fullLine(prev, right)) &&
        centred(l, left, right) &&
        prev.x1 - prev.x0 >= (right - left) * 0.6 &&
        !PUNCTUATED.test(prev.text + l.text);
      // A section's heading (一、总体情况) after a sentence's end starts anew even where the margins
      // a page of short lines gives say neither that the sentence's line ended short nor that the
      // heading is indented.
      const section = heading && ended && TOP_NUMBER.test(l.text.trimStart());
      if (!wrapped && (wide || indented || shortPrev || sizeChange || section)) flush();
    }
    cur.push(l);
  }
  flush();
  return out;
}

/**
 * The document's usual gap between a paragraph's lines: the median gap under a full line followed
 * by one neither indented nor of another size (a line that goes on), where three or more are
 * found; else 0. A report set at two or three lines to the line (a CMS's line-height: 3, Word's
 * fixed 28-point spacing under 12-point text) leaves gaps wider than a line's height inside its
 * paragraphs, which the font size alone took for paragraph breaks, cutting a sentence in two
 * (…公开信息共 | 条。其中…; …未经复议直 | 接提起行政诉讼3件, read as a claim of all suits). Over the
 * whole document: a page of tables may hold one paragraph of two lines.
 */
function lineSpacing(pages: PageLines[]): number {
  const gaps: number[] = [];
  for (const { ls, left, right } of pages)
    for (let i = 1; i < ls.length; i++) {
      const prev = ls[i - 1]!;
      const l = ls[i]!;
      const gap = l.top - prev.bottom;
      if (gap > 0 && fullLine(prev, right) && !indentedLine(l, left) && !resized(l, prev)) gaps.push(gap);
    }
  if (gaps.length < 3) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1]!;
}

/** One page's tables, and its lines of text outside them (page numbers left out). */
interface PageLines {
  page: number;
  /** The page's width (points). */
  width: number;
  tables: PageItem[];
  ls: Line[];
  left: number;
  right: number;
  text: number;
  aside?: Box;
  column?: boolean;
}

/** A page's tables (lattice) and the lines of text left over, before they are made paragraphs. */
function pageLines(p: PageData): PageLines {
  const { h, v } = rules(p.segments);
  const taken = new Set<Run>();
  const tables: PageItem[] = [];
  for (const g of components(h, v)) {
    const mine = new Set<Run>();
    const t = lattice(p.page, g, p.runs, mine);
    // A ruled box of one cell is a frame (a boxed note, a stamp): its text is read as paragraphs.
    if (!t || (t.table.rows.length < 2 && (t.table.rows[0]?.length ?? 0) < 2)) continue;
    for (const r of mine) taken.add(r);
    tables.push({ top: t.top, table: t });
  }
  const free = p.runs.filter((r) => !taken.has(r));
  let ls = lines(free).filter((l) => l.text !== '');
  // Page numbers in the top or bottom margin are the printer's, not the report's.
  const folio = folios(ls, p.height);
  ls = ls.filter((_, i) => !folio[i]);
  const text =
    ls.reduce((n, l) => n + l.text.length, 0) + [...taken].reduce((n, r) => n + r.text.trim().length, 0);
  return {
    page: p.page,
    width: p.width,
    tables,
    ls,
    left: margin(ls, 'x0', p.width),
    right: margin(ls, 'x1', p.width),
    text,
    aside: p.aside,
    column: p.column,
  };
}

/**
 * How many of a page's lines must reach a margin for it to be the text's: a quarter of them, and
 * two at least (a navigation bar or a footer is a line or two of many; a page of five lines has
 * its margin where two of them reach); on a page of fewer than MIN_LINES, the outermost.
 */
const marginLines = (n: number) => Math.max(2, Math.ceil(n / 4));
const MIN_LINES = 4;

/** A line across a third of the page or more: one that may show where the text's lines end. */
const spans = (l: Line, width: number) => l.x1 - l.x0 >= width / 3;

/**
 * The page's text margin on one side: the outermost edge that enough of its lines reach (within a
 * character: marginLines), else the outermost of all. A portal's navigation bar or footer printed
 * wider than its article is a line or two: with it for the margin, every line of the article fell
 * short of it and was a paragraph of its own, a report's title wrapped on two lines two blocks.
 */
function margin(all: Line[], side: 'x0' | 'x1', width: number): number {
  // A line that spans less than a third of the page is no evidence of where lines end: a table
  // printed without rules, a cell to a line (规章 | 0 | 0 | 0), put the right margin at one figure's
  // edge, every line then ran to it, and a section's heading ran into the lines above it.
  const long = side === 'x1' ? all.filter((l) => spans(l, width)) : all;
  const ls = long.length >= 2 ? long : all;
  if (ls.length === 0) return 0;
  const out = side === 'x1' ? -1 : 1;
  const edges = ls.map((l) => ({ at: l[side], size: l.size })).sort((a, b) => out * (a.at - b.at));
  // A page of a few lines has no stray ones to pass over.
  if (ls.length < MIN_LINES) return edges[0]!.at;
  for (const e of edges) {
    const reach = ls.filter((l) => out * (l[side] - e.at) <= l.size).length;
    if (reach >= marginLines(ls.length)) return e.at;
  }
  return edges[0]!.at;
}

/** Fewer lines of text than this on a page (a page of tables) and its own margins are not to be trusted. */
const FEW_LINES = 12;

/**
 * A page of tables with a few lines of text between them, or of lines none of which spans a third
 * of it, takes the margins of the document's pages of its width, all their lines together: its own
 * few lines decide badly (四、政府信息公开行政复议、行政诉讼情况 and a paragraph's last line as long as
 * it made the right margin there, so that line did not end short, and 六、其他需要报告的事项 under it,
 * its indent the left margin, ran into it).
 */
function sameMargins(read: PageLines[]): PageLines[] {
  const widths = new Map<number, Line[]>();
  for (const p of read) {
    if (p.column) continue;
    const w = Math.round(p.width);
    const all = widths.get(w) ?? [];
    all.push(...p.ls);
    widths.set(w, all);
  }
  const margins = new Map<number, { left: number; right: number }>();
  return read.map((p) => {
    // A column's lines are its own width's: another column's, or a whole page's, set other margins.
    if (p.column) return p;
    const w = Math.round(p.width);
    const all = widths.get(w)!;
    // A page of many lines none of which spans the page (a table printed a cell to a line) has
    // no margin of its own either.
    const own = p.ls.length >= FEW_LINES && p.ls.filter((l) => spans(l, p.width)).length >= 2;
    if (own || all.length < FEW_LINES) return p;
    const m = margins.get(w) ?? { left: margin(all, 'x0', p.width), right: margin(all, 'x1', p.width) };
    margins.set(w, m);
    return { ...p, ...m };
  });
}

/** One page's tables and paragraphs, top to bottom. */
function pageItems({ page, tables, ls: all, left, right, aside }: PageLines, spacing: number): PageItem[] {
  const items = [...tables];
  // A side column's lines are a list's items (titles, their dates), each its own paragraph, set apart.
  const ls: Line[] = [];
  for (const l of all) {
    if (!aside || !within(l, aside)) {
      ls.push(l);
      continue;
    }
    for (const item of paragraphs(page, [l], left, right, spacing))
      items.push({ ...item, block: { ...item.block, aside: true } });
  }
  if (ls.length) {
    // Paragraphs are cut between tables too: a table ends the paragraph above it.
    const tops = items.map((i) => i.top).sort((a, b) => a - b);
    let start = 0;
    for (const t of [...tops, Number.POSITIVE_INFINITY]) {
      const chunk = ls.slice(start).filter((l) => l.top < t);
      items.push(...paragraphs(page, chunk, left, right, spacing));
      start += chunk.length;
    }
  }
  items.sort((a, b) => a.top - b.top);
  return items;
}

/**
 * True when the next page's table continues this one: the same outer edges and no new columns. A
 * table open at its left side may go on overleaf without its first column's edge: a span running on
 * there (三、本年度办理结果) crosses no row rule to draw it.
 */
function continues(a: PageTable, b: PageTable): boolean {
  const near = (x: number, ys: number[]) => ys.some((y) => Math.abs(x - y) <= SNAP * 1.5);
  return (
    (Math.abs(a.xs[0]! - b.xs[0]!) <= SNAP * 1.5 || (a.openLeft === true && near(b.xs[0]!, a.xs))) &&
    Math.abs(a.xs[a.xs.length - 1]! - b.xs[b.xs.length - 1]!) <= SNAP * 1.5 &&
    b.xs.every((x) => near(x, a.xs))
  );
}

/** A row label that starts an item of its own: （四）, 三、, 1., 2、. */
const ENUMERATED =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．])/;

/**
 * Appends a continued table's rows. The cells the break cut go on: at the head of the continued
 * rows, left of any figure, an empty cell extends the label above it (（三）本年度办理结果 spanning
 * rows on both pages), and a parent label that is not an item of its own (法提供 under （四）无)
 * finishes the one above it. A row the break cut in two (splitRow) is one row again.
 */
function join(a: SourceTable<PdfNode>, b: SourceTable<PdfNode>): void {
  b.rows.splice(0, repeatedHead(a, b));
  const first = b.rows[0];
  const lastRow = a.rows.length - 1;
  const last = buildGrid(a).rows[lastRow];
  if (first && last) {
    const split = splitRow(first, last, lastRow);
    let c = 0;
    const keep: SourceCell<PdfNode>[] = [];
    let leading = true;
    first.forEach((cell, i) => {
      const up = last[c];
      const text = cell.text.trim();
      if (split && up) {
        // The row goes on in the one above: its rows past the first are the span's new rows.
        up.src.rowspan += cell.rowspan - 1;
        // A figure overleaf is where the review shows it: its box there, not the empty one above.
        if (text && !up.src.text.trim()) Object.assign(up.src, { text: cell.text, node: cell.node });
        else if (text) up.src.text = `${up.src.text}\n${cell.text}`;
        c += cell.colspan;
        return;
      }
      // An empty span above goes on too where the cell below is empty: a label two pages up.
      const aligned =
        up && up.col === c && up.src.colspan === cell.colspan && (up.src.text.trim() !== '' || text === '');
      const cut = text !== '' && cutParent(first, last, i, c);
      if (leading && aligned && (text === '' || cut)) {
        up.src.rowspan += cell.rowspan;
        if (text) up.src.text += `\n${cell.text}`;
      } else {
        leading = false;
        keep.push(cell);
      }
      c += cell.colspan;
    });
    if (split) b.rows.shift();
    else b.rows[0] = keep;
  }
  a.rows.push(...b.rows);
}

/**
 * How many rows at the head of the continued part repeat the table's own first rows, word for word
 * (Word's and LibreOffice's heading rows repeated on every page): they are dropped, so a row the
 * break cut meets its other half.
 */
function repeatedHead(a: SourceTable<PdfNode>, b: SourceTable<PdfNode>): number {
  const same = (x: SourceCell<PdfNode>[], y: SourceCell<PdfNode>[]) =>
    x.length === y.length &&
    x.every(
      (c, i) => c.colspan === y[i]!.colspan && c.text.replace(/\s+/g, '') === y[i]!.text.replace(/\s+/g, ''),
    );
  let n = 0;
  // A heading row has a label in it; the rest of the table must remain below it.
  while (
    n < b.rows.length - 1 &&
    n < a.rows.length - 1 &&
    b.rows[n]!.some((c) => labelText(c.text)) &&
    same(a.rows[n]!, b.rows[n]!)
  )
    n++;
  // Whole rows only: no cell of the dropped ones may span into the rows kept.
  while (n > 0 && b.rows.slice(0, n).some((row, k) => row.some((c) => k + c.rowspan > n))) n--;
  return n;
}

type GridRow = ReturnType<typeof buildGrid<PdfNode>>['rows'][number];

/**
 * Whether the continued rows' first cell `i` (at column `c`) is the rest of a parent label the
 * break cut: a label, not an item of its own, with another label to its right on both sides.
 */
function cutParent(first: SourceCell<PdfNode>[], last: GridRow, i: number, c: number): boolean {
  const cell = first[i]!;
  const text = cell.text.trim();
  const parent = (cells: (SourceCell<PdfNode> | undefined)[]) => cells.some((x) => x && labelText(x.text));
  return (
    labelText(text) &&
    !ENUMERATED.test(text) &&
    parent(first.slice(i + 1, i + 2)) &&
    parent([last[c + cell.colspan]?.src])
  );
}

/**
 * Whether the break cut one row in two: Word and LibreOffice let a row run over a page break, its
 * label's first words and perhaps its figures on one page, the rest on the next (4.保护 | 0 0 0
 * then 第三方合法权益 alone). True when, cell for cell, the first continued row lines up with the
 * last row above, left of the label only spans go on (empty, or a cut parent label), the figures
 * are on one side of the break only, and the label either ends above (nothing below it but
 * figures), is wholly below (nothing above it but figures), or goes on below: not an item of its
 * own there, and its line above full (the next character did not fit) or its rest opening on a
 * quotation mark or bracket (which no line ends on). A row of blanks above a row of figures, each
 * with its own short label (规章 | · then 规范性文件 | 6), stays two rows.
 */
function splitRow(first: SourceCell<PdfNode>[], last: GridRow, lastRow: number): boolean {
  const cols: number[] = [];
  let c = 0;
  for (const cell of first) {
    cols.push(c);
    c += cell.colspan;
  }
  // The cell above that starts in the last row, in the same columns, if any.
  const own = (i: number) => {
    const up = last[cols[i]!];
    return up && !up.copy && up.row === lastRow && up.src.colspan === first[i]!.colspan ? up.src : null;
  };
  // The label's column: the last with a label on either side of the break; after it, figures.
  let leaf = -1;
  first.forEach((cell, i) => {
    if (labelText(cell.text) || labelText(own(i)?.text ?? '')) leaf = i;
  });
  const label = leaf >= 0 ? own(leaf) : null;
  if (!label || leaf === first.length - 1) return false;
  // Left of the label: spans that go on, empty below or the rest of a cut parent label (a span
  // the page before last began may be empty here too: its label is two pages up).
  for (let i = 0; i < leaf; i++) {
    const up = last[cols[i]!];
    const cell = first[i]!;
    if (!up || up.col !== cols[i] || up.src.colspan !== cell.colspan) return false;
    const text = cell.text.trim();
    if (text !== '' && (up.src.text.trim() === '' || !labelText(text) || ENUMERATED.test(text))) return false;
  }
  // Right of it: figures or blanks, on one side of the break only.
  let below = false;
  let above = false;
  for (let i = leaf + 1; i < first.length; i++) {
    const up = own(i);
    // Rows short of the table's last column leave it one unruled box down their height: empty
    // above and below the break, it holds no figure on either side.
    const box = last[cols[i]!];
    if (!up && box && !box.src.text.trim() && !first[i]!.text.trim()) continue;
    if (!up || labelText(up.text) || labelText(first[i]!.text)) return false;
    below ||= first[i]!.text.trim() !== '';
    above ||= up.text.trim() !== '';
  }
  if (below && above) return false;
  const rest = first[leaf]!.text.trim();
  // The label wholly overleaf, its figures above (a label set lower in its cell than they are).
  if (!labelText(label.text)) return label.text.trim() === '' && labelText(rest) && above;
  if (rest === '') return below;
  // The rest of a label is words: a figure below a full label above is the next row's (a header
  // row 信息内容 | 本年收费金额（单位：万元） at a page's foot, 行政事业性收费 | 0 at the next page's head).
  return (
    labelText(rest) &&
    !ENUMERATED.test(rest) &&
    (fullEnd.has(label) || OPENS.test(rest) || (fullBarOne.has(label) && CLOSES_SECOND.test(rest)))
  );
}

/** Text whose second character is a mark no line may start with (正、行政机关…): its first went overleaf with it. */
const CLOSES_SECOND = /^.[、，。；：！？）」』”’》〉】〕,.;:!?)]/u;
/** Text that starts with a mark no line may start with. */
const CLOSES = /^[、，。；：！？）」』”’》〉】〕,.;:!?)]/u;

/**
 * A mark no line may end on (Chinese line breaking keeps it with what follows): text overleaf
 * that starts with one may have left the line above short (3.危及 then “三安全一稳定”).
 */
const OPENS = /^[“‘《（(「『〈【〔]/;

/** Text with a letter or ideograph in it (a label, not a figure). */
function labelText(t: string): boolean {
  return /[\u3400-\u9fffA-Za-z]/.test(t);
}

/** How many lines each of two columns must set beside the other (a portal's sidebar beside its article). */
const COLUMN_LINES = 6;
/** The ideographs a column's lines hold at the median: titles or prose, not a table's figures. */
const COLUMN_WORDS = 4;
/** The ideographs of a line of prose: one column holds COLUMN_LINES such lines, not a table's labels. */
const PROSE_WORDS = 15;
const IDEOGRAPHS = /[\u3400-\u9fff]/g;

/** Where a page sets two columns side by side: the x between them, and the stretch of the page they share. */
interface Gutter {
  x: number;
  top: number;
  bottom: number;
}

/**
 * Where a page sets two columns of text side by side (a portal page printed with its sidebar, the
 * sidebar's titles and dates beside the article): an x that, over a stretch of the page, no run comes
 * near (most of a character) from the left or crosses, with COLUMN_LINES lines of words on either
 * side (a table printed without rules has figures beside its labels; a form's box, a few rows). Above
 * and below the stretch, a line may run across (a navigation bar, a footer). Null where there is none.
 */
function gutter(runs: Run[], segments: Segment[], width: number): Gutter | null {
  // The text's usual size (a title's larger one would widen the gap asked for).
  const heights = runs.map((r) => r.h).sort((a, b) => a - b);
  const size = heights[Math.floor(heights.length / 2)] || 10;
  // A column's lines start at one x, after a gap on their baseline (or nothing before them): the
  // candidates are such starts that many lines share.
  const starts = new Map<number, number>();
  const byLine = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < byLine.length; i++) {
    const r = byLine[i]!;
    const prev = byLine[i - 1];
    if (prev && Math.abs(prev.y - r.y) <= size * 0.5 && prev.x + prev.w > r.x - size * 0.8) continue;
    const x = Math.round(r.x);
    if (x > width * 0.1 && x < width * 0.9) starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  const candidates = [...starts]
    .filter(([, n]) => n >= COLUMN_LINES)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  const rows = rules(segments).h;
  for (const [start] of candidates) {
    const x = start - 1;
    const zone = x - 0.8 * size;
    // The runs that cross the gutter or come into it, and the rules across it (a ruled table's):
    // the stretches between them are looked at.
    const across = [
      ...runs.filter((r) => r.x < x && r.x + r.w > zone),
      ...rows.filter((l) => l.x0 < zone && l.x1 > x).map((l) => ({ y: l.y, h: 0 })),
    ].sort((a, b) => a.y - b.y);
    let top = Number.NEGATIVE_INFINITY;
    for (let i = 0; i <= across.length; i++) {
      const bottom = i < across.length ? across[i]!.y : Number.POSITIVE_INFINITY;
      if (bottom > top) {
        const inside = runs.filter((r) => r.y >= top && r.y + r.h <= bottom);
        const left = words(inside.filter((r) => r.x + r.w <= zone));
        const right = words(inside.filter((r) => r.x >= x));
        if (wordy(left) && wordy(right) && (prose(left) || prose(right))) return { x, top, bottom };
      }
      if (i < across.length) top = Math.max(top, across[i]!.y + across[i]!.h);
    }
  }
  return null;
}

/** How many ideographs each line the runs make holds, fewest first (none where they make no COLUMN_LINES lines). */
function words(runs: Run[]): number[] {
  if (runs.length < COLUMN_LINES) return [];
  const ls = lines(runs);
  if (ls.length < COLUMN_LINES) return [];
  return ls.map((l) => l.text.match(IDEOGRAPHS)?.length ?? 0).sort((a, b) => a - b);
}

/** Lines of words: COLUMN_LINES of them or more, COLUMN_WORDS ideographs or more at the median. */
const wordy = (counts: number[]) =>
  counts.length >= COLUMN_LINES && counts[Math.floor(counts.length / 2)]! >= COLUMN_WORDS;
/** And COLUMN_LINES of them lines of prose. */
const prose = (counts: number[]) => counts.filter((n) => n >= PROSE_WORDS).length >= COLUMN_LINES;

/**
 * A page set in two columns as two pages: what is above them and the left column, then the right
 * column and what is below (each run and rule by where its middle is). Read as one, a line of the
 * sidebar ran into the article's beside it (河南省发展和改革委员会2021年政 | 河南省发展和改革委员会2022年
 * 政府信息公开工作年度报告), and the sidebar's dates into its sentences.
 */
function columns(p: PageData): PageData[] {
  const g = gutter(
    p.runs.filter((r) => r.text.trim() !== ''),
    p.segments,
    p.width,
  );
  if (g === null) return [p];
  const first = (x: number, y: number) => y < g.top || (y <= g.bottom && x < g.x);
  const mid = (r: Run) => first(r.x + r.w / 2, r.y + r.h / 2);
  const midRule = (s: Segment) => first((s.x0 + s.x1) / 2, (s.y0 + s.y1) / 2);
  // The column with less text beside the other is the side column (a sidebar, on either side).
  let leftChars = 0;
  let rightChars = 0;
  for (const r of p.runs)
    if (r.y >= g.top && r.y + r.h <= g.bottom) {
      if (r.x + r.w / 2 < g.x) leftChars += r.text.trim().length;
      else rightChars += r.text.trim().length;
    }
  const leftSide = leftChars < rightChars;
  const aside: Box = leftSide
    ? { x0: Number.NEGATIVE_INFINITY, x1: g.x, top: g.top, bottom: g.bottom }
    : { x0: g.x, x1: Number.POSITIVE_INFINITY, top: g.top, bottom: g.bottom };
  return [
    {
      ...p,
      runs: p.runs.filter(mid),
      segments: p.segments.filter(midRule),
      images: 0,
      column: true,
      ...(leftSide && { aside }),
    },
    {
      ...p,
      column: true,
      runs: p.runs.filter((r) => !mid(r)),
      segments: p.segments.filter((s) => !midRule(s)),
      ...(!leftSide && { aside }),
    },
  ];
}

/** Whether a line lies in `box`. */
function within(l: Line, box: Box): boolean {
  return l.x0 >= box.x0 && l.x1 <= box.x1 + SNAP && l.top >= box.top - SNAP && l.bottom <= box.bottom + SNAP;
}

/** The blocks of all pages, in reading order, with tables joined across page breaks. */
export function layoutPages(pages: PageData[]): { blocks: Block<PdfNode>[]; textChars: number } {
  const blocks: Block<PdfNode>[] = [];
  let textChars = 0;
  let open: PageTable | null = null;
  let para: (PageItem & { full: boolean }) | null = null;
  const read = sameMargins(pages.flatMap(columns).map(pageLines));
  const spacing = lineSpacing(read);
  for (const p of read) {
    const items = pageItems(p, spacing);
    textChars += p.text;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (!('table' in item)) {
        if (item.block.aside) {
          // A side column's line: never the article's paragraph going on, nor gone on.
          blocks.push(item.block);
          para = null;
          open = null;
          continue;
        }
        // Not a heading at the head of the page, set at the margin as the text is.
        if (i === 0 && para?.full && !item.indented && !item.heading) {
          // A paragraph the page break cut: one block, so its sentences read whole.
          para.block.text += item.block.text;
          para.full = item.full;
          continue;
        }
        blocks.push(item.block);
        para = item;
        open = null;
        continue;
      }
      para = null;
      if (i === 0 && open && continues(open, item.table)) {
        // Re-cut on the open table's columns so the spans line up, then append.
        const recut = item.table.recut(open.xs);
        if (recut) {
          join(open.table, recut);
          continue;
        }
      }
      blocks.push({ kind: 'table', table: item.table.table });
      open = item.table;
    }
  }
  return { blocks, textChars };
}
