/**
 * Sorting and filtering the desk's list: pure, so the page memoises them and the tests and the
 * 5,000-report benchmark exercise the same code.
 */
import type { SavedSummary } from '../../lib/desk/model';

/** A list row: the summary plus its cross-year finding count (null while being computed). */
export type DeskRow = SavedSummary & { cross: number | null };

/** The list's sortable columns. */
export type SortKey = 'agency' | 'year' | 'template' | 'errors' | 'warnings' | 'cross' | 'flags' | 'savedAt';

/** Column and direction. */
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

/** A summary with its lower-cased search text, computed once per list rather than per keystroke. */
export interface Indexed {
  s: DeskRow;
  hay: string;
}

/** The text a filter matches against: agency, year, template, title, address, source. */
export function index(list: DeskRow[]): Indexed[] {
  return list.map((s) => ({
    s,
    hay: [s.agency ?? '', s.year ?? '', s.template ?? '', s.title, s.url, s.source]
      .join('\u0001')
      .toLowerCase(),
  }));
}

const collator = new Intl.Collator('zh-CN');

function compare(a: DeskRow, b: DeskRow, sort: Sort): number {
  const x = a[sort.key];
  const y = b[sort.key];
  // Unknown values (no agency, no year) sort last whichever way the column runs.
  if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
  if (y === null || y === undefined) return -1;
  if (typeof x === 'number' && typeof y === 'number') return sort.dir * (x - y);
  return sort.dir * collator.compare(String(x), String(y));
}

/** A sorted copy; ties keep the newest saved first so the order is stable across reloads. */
export function sortIndexed(list: Indexed[], sort: Sort): Indexed[] {
  return [...list].sort((a, b) => compare(a.s, b.s, sort) || (a.s.savedAt < b.s.savedAt ? 1 : -1));
}

/** Every space-separated term must occur (case-insensitive); an empty query keeps all. */
export function filterIndexed(list: Indexed[], query: string): Indexed[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return list;
  return list.filter((x) => terms.every((t) => x.hay.includes(t)));
}
