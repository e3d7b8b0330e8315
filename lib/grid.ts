/**
 * Expands a table's rowspan/colspan into a rectangular grid, so that a figure's column is found by
 * position under its header. Spans are clamped, keeping the work linear in the source cells.
 */
import type { SourceCell, SourceTable } from './source';

/** One slot of the grid: the source cell covering it, and whether it is a span copy. */
export interface GridCell<N> {
  src: SourceCell<N>;
  row: number;
  col: number;
  /** False only at the cell's own top-left slot. */
  copy: boolean;
}

export interface Grid<N> {
  /** Row by row; a slot no cell covers is `null` (a short row). */
  rows: (GridCell<N> | null)[][];
  width: number;
}

/** Templates are at most 16 columns wide; anything beyond 64 is junk, not a report table. */
export const MAX_WIDTH = 64;
const MAX_COLSPAN = 32;
const MAX_ROWSPAN = 512;

function clampSpan(n: number, max: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : 1;
}

/** Builds the grid; a `rowspan` of 0 or more than the rows left runs to the table's end. */
export function buildGrid<N>(table: SourceTable<N>): Grid<N> {
  const nRows = table.rows.length;
  const rows: (GridCell<N> | null)[][] = Array.from({ length: nRows }, () => []);
  let width = 0;
  for (let r = 0; r < nRows; r++) {
    const line = rows[r]!;
    let c = 0;
    for (const src of table.rows[r]!) {
      while (c < MAX_WIDTH && line[c]) c++;
      if (c >= MAX_WIDTH) break;
      const colspan = Math.min(clampSpan(src.colspan, MAX_COLSPAN), MAX_WIDTH - c);
      const left = nRows - r;
      const rowspan = src.rowspan === 0 ? left : Math.min(clampSpan(src.rowspan, MAX_ROWSPAN), left);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = rows[r + dr]!;
        // A span that runs into a slot another cell already holds stops there: every step fills a
        // fresh slot or ends the loop, so junk spans cannot make the work quadratic.
        if (dr > 0 && target[c]) break;
        for (let dc = 0; dc < colspan; dc++) {
          if (target[c + dc]) break;
          target[c + dc] = { src, row: r, col: c, copy: dr > 0 || dc > 0 };
        }
      }
      c += colspan;
      if (c > width) width = c;
    }
  }
  for (const line of rows) {
    for (let c = 0; c < width; c++) if (!line[c]) line[c] = null;
    line.length = width;
  }
  return { rows, width };
}
