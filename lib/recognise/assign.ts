/**
 * Maps a row's value cells to column keys: by the header above them where it names every column,
 * else by position when the count is exactly right, else not at all (the row is reported, never
 * guessed).
 */
import type { GridCell } from '../grid';
import { rawText, trimValues } from './rows';

/**
 * The key a header gives a column the model has no address for but knows to be no figure of its own:
 * 表三's 小计 of the 法人或其他组织 columns, which some portals add. Its figures are left unread, as
 * a column the row lacks would be, and do not make the row one figure too long.
 */
export const EXTRA_COLUMN = '(extra)';

export type Assignment<N> =
  | { ok: true; cells: Map<string, GridCell<N>> }
  | { ok: false; reason: string; count: number };

/** `headerKey` gives the column key the header puts over a grid column, or null. */
export function assignValues<N>(
  values: GridCell<N>[],
  expected: string[],
  headerKey: ((col: number) => string | null) | null,
  headerOnly = false,
): Assignment<N> {
  const n = expected.length;
  const trimmed = trimValues(values, n);
  if (headerKey) {
    const byHeader = new Map<string, GridCell<N>>();
    let clash = false;
    for (const cell of trimmed) {
      const key = headerKey(cell.col);
      if (key === null || !expected.includes(key)) continue;
      if (byHeader.has(key)) clash = true;
      byHeader.set(key, cell);
    }
    // Only a header that places every column, each on one cell, and leaves no figure unplaced
    // beyond the expected count is trusted over plain position.
    const unplaced = trimmed.filter((c) => {
      const k = headerKey(c.col);
      return k === null || (k !== EXTRA_COLUMN && !expected.includes(k));
    });
    const unplacedFigures = unplaced.filter((c) => c.src.text.trim() !== '').length;
    if (!clash && byHeader.size === n && (trimmed.length === n || unplacedFigures === 0)) {
      return { ok: true, cells: byHeader };
    }
  }
  if (trimmed.length === n && !headerOnly) {
    const cells = new Map<string, GridCell<N>>();
    expected.forEach((key, i) => {
      cells.set(key, trimmed[i]!);
    });
    return { ok: true, cells };
  }
  return { ok: false, reason: countReason(trimmed.length, n), count: trimmed.length };
}

/** Why a row of `count` figures cannot be placed in `n` columns. */
export function countReason(count: number, n: number): string {
  return count < n
    ? `只有 ${count} 个数值，应有 ${n} 个，无法对应到列`
    : `有 ${count} 个数值，多于 ${n} 列，表头也无法对应`;
}

/**
 * A row under a header that names only some of the template's columns (a table printed without its
 * 总计s): each figure by the key its column's header gives it (`keyOf`), where every figure sits under
 * a named column (a blank cell may sit under none; EXTRA_COLUMN's are left out), no two under one, and
 * every one of the `named` columns has its figure. Else null.
 */
export function placeByHeader<N>(
  values: GridCell<N>[],
  keyOf: (col: number) => string | null | undefined,
  named: number,
): Map<string, GridCell<N>> | null {
  const placed = new Map<string, GridCell<N>>();
  for (const v of values) {
    const k = keyOf(v.col);
    if (k === EXTRA_COLUMN) continue;
    if (k == null) {
      if (rawText(v) !== '') return null;
      continue;
    }
    if (placed.has(k)) return null;
    placed.set(k, v);
  }
  return placed.size === named ? placed : null;
}
