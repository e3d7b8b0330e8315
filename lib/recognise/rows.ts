/**
 * A table row split into its label cells (left) and value cells (right), the way every template
 * table reads: labels (with any rowspan parents and 序号 numbers) first, then one cell per column.
 */
import type { Grid, GridCell } from '../grid';
import type { SourceCell } from '../source';
import { fold, isLabelFolded, parseFolded } from '../text';

/** What the recogniser asks of a cell, worked out once: a rowspan label is seen on every row it spans. */
export interface CellInfo {
  norm: string;
  label: boolean;
  /** The figure it holds as a count (a money column re-reads its unit), or null. */
  value: number | null;
  /** The raw text, whitespace collapsed; worked out for value cells only. */
  raw?: string;
}

const PLAIN = /^[ \t\r\n\u00a0]*(\d{1,9})?[ \t\r\n\u00a0]*$/;

/** The info rides on the source cell itself: a property read is cheaper than a map lookup per slot. */
type Cached = SourceCell<unknown> & { info?: CellInfo };

/** The cell's normalised text, whether it is a label, and its figure. */
export function cellInfo(src: SourceCell<unknown>): CellInfo {
  const cached = src as Cached;
  if (cached.info) return cached.info;
  // Most cells of a report are a bare count or empty: read those without folding or regex chains.
  const plain = PLAIN.exec(src.text);
  if (plain) {
    const digits = plain[1];
    cached.info = { norm: digits ?? '', label: false, value: digits === undefined ? null : Number(digits) };
    return cached.info;
  }
  const folded = fold(src.text);
  const parsed = parseFolded(folded);
  cached.info = {
    norm: folded.replace(/[\s\u200b\ufeff]+/g, ''),
    label: isLabelFolded(folded, parsed),
    value: parsed.value,
  };
  return cached.info;
}

export interface RowView<N> {
  table: number;
  grid: Grid<N>;
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

/** Splits one grid row. */
export function viewRow<N>(grid: Grid<N>, r: number, table: number): RowView<N> {
  const slots = grid.rows[r]!.filter((c): c is GridCell<N> => c !== null);
  const infos = slots.map((s) => cellInfo(s.src));
  const firstLabel = infos.findIndex((i) => i.label);
  let lastLabel = -1;
  if (firstLabel >= 0) {
    // The label zone ends at the last label before the first real figure, so a 序号 column before
    // the label and a text value such as 未统计 after the figures both stay where they belong.
    let firstNumber = slots.length;
    for (let i = firstLabel + 1; i < slots.length; i++) {
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
  const values = slots.slice(lastLabel + 1).filter((c) => !c.copy);
  const labelTexts: string[] = [];
  for (let i = 0; i <= lastLabel; i++) if (infos[i]!.label) labelTexts.push(infos[i]!.norm);
  const seen = new Set<unknown>();
  const texts: string[] = [];
  slots.forEach((s, i) => {
    if (seen.has(s.src)) return;
    seen.add(s.src);
    if (infos[i]!.norm) texts.push(infos[i]!.norm);
  });
  return {
    table,
    grid,
    labels,
    values,
    leaf: labelTexts[labelTexts.length - 1] ?? '',
    combined: labelTexts.join(''),
    texts,
  };
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
