/**
 * A table row split into its label cells (left) and value cells (right), the way every template
 * table reads: labels (with any rowspan parents and 序号 numbers) first, then one cell per column.
 */
import type { Grid, GridCell } from '../grid';
import type { SourceCell } from '../source';
import { fold, isLabelFolded, parseStripped, stripSpaces } from '../text';

/** What the recogniser asks of a cell, worked out once: a rowspan label is seen on every row it spans. */
export interface CellInfo {
  norm: string;
  label: boolean;
  /** The figure it holds as a count (a money column re-reads its unit), or null. */
  value: number | null;
  /** The raw text, whitespace collapsed; worked out for value cells only (a bare count's at once). */
  raw: string | undefined;
}

/** Whether a code unit is white space a bare count may stand in: space, tab, CR, LF, no-break space. */
const isPad = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0;

/**
 * A bare count or nothing, padded with white space (`/^[ \t\r\n\u00a0]*(\d{1,9})?[ \t\r\n\u00a0]*$/`,
 * read by hand: a regex match, and its array, for each of a page's few hundred cells cost more than
 * the reading): its digits, '' for none, or null when the text is anything else.
 */
export function plainCount(text: string): string | null {
  const n = text.length;
  let i = 0;
  while (i < n && isPad(text.charCodeAt(i))) i++;
  const start = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  const end = i;
  if (end - start > 9) return null;
  while (i < n && isPad(text.charCodeAt(i))) i++;
  if (i < n) return null;
  return end > start ? text.slice(start, end) : '';
}

/** The info rides on the source cell itself: a property read is cheaper than a map lookup per slot. */
type Cached = SourceCell<unknown> & { info?: CellInfo };

/** The cell's normalised text, whether it is a label, and its figure. */
export function cellInfo(src: SourceCell<unknown>): CellInfo {
  const cached = src as Cached;
  if (cached.info) return cached.info;
  // Most cells of a report are a bare count or empty: read those without folding or regex chains.
  const digits = plainCount(src.text);
  if (digits !== null) {
    // Its raw text too: white space around the digits, collapsed and trimmed, leaves the digits.
    cached.info = { norm: digits, label: false, value: digits === '' ? null : Number(digits), raw: digits };
    return cached.info;
  }
  const folded = fold(src.text);
  const norm = stripSpaces(folded);
  const parsed = parseStripped(folded, norm);
  cached.info = { norm, label: isLabelFolded(folded, parsed), value: parsed.value, raw: undefined };
  return cached.info;
}

export interface RowView<N> {
  table: number;
  grid: Grid<N>;
  /** The row's index in the grid. */
  r: number;
  /** Label-zone slots, span copies included (a rowspan parent names the row too). */
  labels: GridCell<N>[];
  /** Value-zone cells, each once, at its own top-left slot. */
  values: GridCell<N>[];
  /** The last label's normalised text, e.g. `1.属于国家秘密`. */
  leaf: string;
  /** All labels' normalised text joined. */
  combined: string;
  /** Normalised text of every distinct cell in the row. */
  texts: string[];
}

/**
 * Splits one grid row, in single passes over its slots (a few hundred rows a page: no intermediate
 * arrays, no set of the cells seen).
 */
export function viewRow<N>(grid: Grid<N>, r: number, table: number): RowView<N> {
  const slots: GridCell<N>[] = [];
  const infos: CellInfo[] = [];
  for (const slot of grid.rows[r]!) {
    if (slot === null) continue;
    slots.push(slot);
    infos.push(cellInfo(slot.src));
  }
  const n = slots.length;
  let firstLabel = 0;
  while (firstLabel < n && !infos[firstLabel]!.label) firstLabel++;
  let lastLabel = -1;
  if (firstLabel < n) {
    // The label zone ends at the last label before the first real figure, so a 序号 column before
    // the label and a text value such as 未统计 after the figures both stay where they belong.
    let firstNumber = n;
    for (let i = firstLabel + 1; i < n; i++) {
      if (!slots[i]!.copy && infos[i]!.value !== null) {
        firstNumber = i;
        break;
      }
    }
    for (let i = firstNumber - 1; i >= 0; i--) {
      if (infos[i]!.label) {
        lastLabel = i;
        break;
      }
    }
  }
  const labels = slots.slice(0, lastLabel + 1);
  const values: GridCell<N>[] = [];
  for (let i = lastLabel + 1; i < n; i++) if (!slots[i]!.copy) values.push(slots[i]!);
  let leaf = '';
  let combined = '';
  for (let i = 0; i <= lastLabel; i++) {
    if (!infos[i]!.label) continue;
    leaf = infos[i]!.norm;
    combined += leaf;
  }
  // Each cell once, where the row meets it first: a span's copies sit beside it (buildGrid fills a
  // cell's slots in a row side by side), but any earlier slot of the same cell counts.
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const src = slots[i]!.src;
    let seen = false;
    for (let j = i - 1; j >= 0 && !seen; j--) seen = slots[j]!.src === src;
    if (!seen && infos[i]!.norm) texts.push(infos[i]!.norm);
  }
  return { table, grid, r, labels, values, leaf, combined, texts };
}

/** A value cell's raw text, trimmed with inner runs of whitespace collapsed. */
export function rawText(cell: GridCell<unknown>): string {
  const info = cellInfo(cell.src);
  info.raw ??= cell.src.text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  return info.raw;
}

/** True when a value cell is empty (not even a blank marker). */
export function isEmptyCell(cell: GridCell<unknown>): boolean {
  return rawText(cell) === '';
}

/**
 * Drops empty cells beyond the expected count: trailing ones first (padding after the table's
 * last column), then leading ones (placeholders left of the first column).
 */
export function trimValues<N>(values: GridCell<N>[], expected: number): GridCell<N>[] {
  const out = values.slice();
  while (out.length > expected && isEmptyCell(out[out.length - 1]!)) out.pop();
  while (out.length > expected && isEmptyCell(out[0]!)) out.shift();
  return out;
}
