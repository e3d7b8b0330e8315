/**
 * 表四 drawn on its side: the template's 15 columns are too wide for a portrait page, so some
 * reports print its results down the side (结果维持, 结果纠正, 其他结果, 尚未审结, 总计, one per row)
 * and its groups across the top (行政复议 | 行政诉讼: 未经复议直接起诉, 复议后起诉). Read as it stands,
 * its rows were no 表四 rows and blank-cell said 表四 had only its header. Turned upright, it is the
 * layout the recogniser reads already (a group per row, the results across).
 */
import type { Grid } from '../grid';
import { t4ColKey, t4GroupKey } from './labels';
import { cellInfo } from './rows';

/** The grid turned upright where it is a 表四 on its side; else the grid itself. */
export function uprightT4<N>(grid: Grid<N>): Grid<N> {
  const { rows, width } = grid;
  // A group column or two of labels, three groups: a few columns; five results and a header or two.
  if (width < 3 || width > 8 || rows.length < 5 || rows.length > 12) return grid;
  const labelCol = resultColumn(grid);
  if (labelCol < 0) return grid;
  // Its groups named across, above the results: 行政复议 and a kind of suit.
  const firstResult = rows.findIndex((line) => keyAt(line, labelCol) !== null);
  const groups = new Set<string>();
  for (let r = 0; r < firstResult; r++)
    for (const slot of rows[r]!) {
      const g = slot && !slot.copy ? t4GroupKey(cellInfo(slot.src).norm) : null;
      if (g) groups.add(g);
    }
  if (!groups.has('review') || groups.size < 2) return grid;
  return {
    width: rows.length,
    rows: Array.from({ length: width }, (_, c) =>
      rows.map((line) => {
        const slot = line[c];
        return slot ? { src: slot.src, row: slot.col, col: slot.row, copy: slot.copy } : null;
      }),
    ),
  };
}

/** 表四's result a slot names (`upheld` for 结果维持), or null. */
function keyAt<N>(line: Grid<N>['rows'][number], col: number): string | null {
  const slot = line[col];
  return slot && !slot.copy ? t4ColKey(cellInfo(slot.src).norm) : null;
}

/**
 * The column (the first or second) that names three or more of 表四's results down its rows, where
 * no row names three across (the template's own header): -1 when there is none.
 */
function resultColumn<N>(grid: Grid<N>): number {
  for (const line of grid.rows) {
    let across = 0;
    for (let c = 0; c < line.length; c++) if (keyAt(line, c)) across++;
    if (across >= 3) return -1;
  }
  for (let c = 0; c < 2; c++) {
    const down = new Set<string>();
    for (const line of grid.rows) {
      const k = keyAt(line, c);
      if (k) down.add(k);
    }
    if (down.size >= 3) return c;
  }
  return -1;
}
