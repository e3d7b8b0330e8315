/**
 * Sorting and filtering the desk's list: pure, so the page memoises them and the tests and the
 * 5,000-report benchmark exercise the same code.
 */
import type { SavedSummary } from '../../lib/desk/model';
import { termTest } from './match';

/**
 * A list row: the summary plus its cross-year findings (null while being computed); `errors`,
 * `warnings` and `rules` then include the cross-year ones (results.ts, rowOf).
 */
export type DeskRow = SavedSummary & { cross: number | null };

/** The list's sortable columns. */
export type SortKey =
  | 'title'
  | 'agency'
  | 'portal'
  | 'year'
  | 'template'
  | 'published'
  | 'deadline'
  | 'errors'
  | 'warnings'
  | 'cross'
  | 'flags'
  | 'savedAt';

/** Column and direction. */
export interface Sort {
  key: SortKey;
  dir: 1 | -1;
}

/** Columns whose first click sorts descending: the most errors, the latest year or date first. */
const DESCENDING_FIRST = new Set<SortKey>([
  'year',
  'published',
  'errors',
  'warnings',
  'cross',
  'flags',
  'savedAt',
]);

/** The sort after a click on a column's header: the same column turns round, another starts afresh. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 1 ? -1 : 1 };
  return { key, dir: DESCENDING_FIRST.has(key) ? -1 : 1 };
}

/** A summary with its lower-cased search text, computed once per list rather than per keystroke. */
export interface Indexed {
  s: DeskRow;
  hay: string;
  /** Agency and title only: where a term's characters may match in order (match.ts). */
  names: string;
}

/** The text a filter matches against: agency, year, template, title, portal, address, source. */
export function index(list: DeskRow[]): Indexed[] {
  return list.map((s) => {
    const names = `${s.agency ?? ''}\u0001${s.title}`.toLowerCase();
    return {
      s,
      names,
      hay: [names, s.year ?? '', s.template ?? '', s.portal ?? '', s.url, s.source]
        .join('\u0001')
        .toLowerCase(),
    };
  });
}

const collator = new Intl.Collator('zh-CN');

/** Late before unknown before on time, so 时限 ascending puts the late reports first. */
const DEADLINE_ORDER = { late: 0, unknown: 1, 'on-time': 2 } as const;

function value(s: DeskRow, key: SortKey): string | number | null | undefined {
  if (key === 'deadline') return s.deadline ? DEADLINE_ORDER[s.deadline] : null;
  return s[key];
}

function compare(a: DeskRow, b: DeskRow, sort: Sort): number {
  const x = value(a, sort.key);
  const y = value(b, sort.key);
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

/**
 * Every space-separated term must match (case-insensitive), as written or with its short forms
 * written out (住建 → 住房和城乡建设, match.ts); an empty query keeps all. Only when that finds nothing
 * do a term's characters in order count too (卫滨住建): the full name 第49区… never also lists 第149区….
 */
export function filterIndexed(list: Indexed[], query: string): Indexed[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean).map(termTest);
  if (terms.length === 0) return list;
  const strict = list.filter((x) => terms.every((t) => t.strict(x.hay)));
  if (strict.length > 0) return strict;
  return list.filter((x) => terms.every((t) => t.strict(x.hay) || t.loose(x.names)));
}

/** The list's filters besides the text: '' means any. */
export interface Filters {
  /** Only reports with at least one error (cross-year ones included). */
  errorsOnly: boolean;
  rule: string;
  year: string;
  template: string;
  portal: string;
}

export const NO_FILTERS: Filters = { errorsOnly: false, rule: '', year: '', template: '', portal: '' };

/** The rows that pass every chosen filter (the list unchanged when none is chosen). */
export function filterBy(list: Indexed[], f: Filters): Indexed[] {
  if (!f.errorsOnly && !f.rule && !f.year && !f.template && !f.portal) return list;
  return list.filter(({ s }) => {
    if (f.errorsOnly && s.errors <= 0) return false;
    if (f.rule && !(s.rules ?? []).includes(f.rule)) return false;
    if (f.year && String(s.year ?? '') !== f.year) return false;
    if (f.template && (s.template ?? '') !== f.template) return false;
    if (f.portal && (s.portal ?? '') !== f.portal) return false;
    return true;
  });
}

/** The values a select offers: those the list has, sorted (years newest first), each once. */
export function choices(list: DeskRow[]): {
  rules: string[];
  years: string[];
  templates: string[];
  portals: string[];
} {
  const rules = new Set<string>();
  const years = new Set<number>();
  const templates = new Set<string>();
  const portals = new Set<string>();
  for (const s of list) {
    for (const r of s.rules ?? []) rules.add(r);
    if (s.year !== null) years.add(s.year);
    if (s.template) templates.add(s.template);
    if (s.portal) portals.add(s.portal);
  }
  return {
    rules: [...rules].sort(),
    years: [...years].sort((a, b) => b - a).map(String),
    templates: [...templates].sort(),
    portals: [...portals].sort(),
  };
}
