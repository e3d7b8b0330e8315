/**
 * Two reports side by side: every address either has, in the template's order, changes marked
 * (diffReports); and the same laid out as the template prints it, with a Δ per figure and last
 * year's 结转下年度 held against this year's 上年结转 (diffLayout).
 */
import {
  addressLabel,
  requiredAddresses,
  T2_ROWS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_ROWS,
  TABLE_LABELS,
} from '../keys';
import type { Report, TableId, Template } from '../model';
import { same } from '../rules/helpers';

/** One line of the side-by-side view. */
export interface DiffRow {
  address: string;
  label: string;
  a: number | null;
  b: number | null;
  /** True when the values differ (a blank against a number counts as a change). */
  changed: boolean;
}

const TABLES: TableId[] = ['t2', 't3', 't4'];

/**
 * The union of both reports' cell addresses: first the template addresses in order (2021's, then
 * any 2019-only ones, so a report of each template lines up row by row), then any others sorted.
 */
export function diffReports(a: Report, b: Report): DiffRow[] {
  const first = a.template ?? b.template ?? '2021';
  const other = first === '2021' ? '2019' : '2021';
  const req1 = requiredAddresses(first);
  const req2 = requiredAddresses(other);
  const order: string[] = [];
  for (const t of TABLES) order.push(...req1[t], ...req2[t]);
  const seen = new Set<string>();
  const present = (addr: string) => addr in a.cells || addr in b.cells;
  const addrs: string[] = [];
  for (const addr of order) {
    if (seen.has(addr) || !present(addr)) continue;
    seen.add(addr);
    addrs.push(addr);
  }
  const rest = [...new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])]
    .filter((x) => !seen.has(x))
    .sort();
  const label = a.template ?? b.template;
  return [...addrs, ...rest].map((address) => {
    const va = a.cells[address]?.value ?? null;
    const vb = b.cells[address]?.value ?? null;
    const changed = va === null || vb === null ? va !== vb : !same(va, vb);
    return { address, label: addressLabel(address, label), a: va, b: vb, changed };
  });
}

/** One figure in both years: the Δ is this year's minus last year's, when both are numbers. */
export interface DiffCell {
  address: string;
  a: number | null;
  b: number | null;
  delta: number | null;
  changed: boolean;
}

/** One printed row of a table in both years. */
export interface DiffLine {
  /** The row key (`carried_in`), or for 表二 `row.column` (its rows have different columns). */
  key: string;
  label: string;
  cells: DiffCell[];
  /** Some figure of the row differs between the years. */
  changed: boolean;
  /** The carry-over marks of this row (表三 上年结转 in year B, per column), when the years follow. */
  carry?: (CarryMark | null)[];
}

/** Last year's 结转下年度 against this year's 上年结转 in one column: equal ✓, differ ✗. */
export interface CarryMark {
  column: string;
  out: number | null;
  in: number | null;
  equal: boolean;
}

/** A table as the template prints it, both years side by side. */
export interface DiffTable {
  table: TableId;
  title: string;
  columns: { key: string; label: string }[];
  lines: DiffLine[];
}

/** The two reports laid out as the template, with the carry-over pairs when the years follow. */
export interface DiffLayout {
  tables: DiffTable[];
  /** Per 表三 column, when B's year is A's year + 1; null otherwise. */
  carry: CarryMark[] | null;
  /** Lines where nothing changed, over all tables (the view folds them). */
  unchanged: number;
}

const figureOf = (r: Report, addr: string) => r.cells[addr]?.value ?? null;

function diffCell(a: Report, b: Report, address: string): DiffCell {
  const va = figureOf(a, address);
  const vb = figureOf(b, address);
  const changed = va === null || vb === null ? va !== vb : !same(va, vb);
  // Money has decimals: round the Δ to what a report prints, so 4345.2 − 4300.1 is 45.1.
  const delta = va === null || vb === null ? null : Math.round((vb - va) * 100) / 100;
  return { address, a: va, b: vb, delta, changed };
}

/** The template's rows of both reports, the later report's order first, each once. */
function unionRows<T extends { key: string }>(first: T[], second: T[]): T[] {
  const seen = new Set(first.map((r) => r.key));
  return [...first, ...second.filter((r) => !seen.has(r.key))];
}

/** Lays two reports of one agency out as the template: 表二, 表三, 表四, years side by side. */
export function diffLayout(a: Report, b: Report): DiffLayout {
  const main: Template = b.template ?? a.template ?? '2021';
  const other: Template = main === '2021' ? '2019' : '2021';
  const present = (addr: string) => addr in a.cells || addr in b.cells;
  const line = (key: string, label: string, addrs: string[]): DiffLine => {
    const cells = addrs.map((addr) => diffCell(a, b, addr));
    return { key, label, cells, changed: cells.some((c) => c.changed) };
  };

  // 表二's rows share keys across templates but not columns (规章: 本年制发件数 vs 本年新制作数量).
  const t2: DiffLine[] = [];
  const t2Seen = new Set<string>();
  for (const row of [...T2_ROWS[main], ...T2_ROWS[other]]) {
    for (const col of row.columns) {
      const addr = `t2.${row.key}.${col.key}`;
      if (t2Seen.has(addr) || !present(addr)) continue;
      t2Seen.add(addr);
      t2.push(line(`${row.key}.${col.key}`, `${row.label} · ${col.label}`, [addr]));
    }
  }

  const follows = a.year !== null && b.year !== null && b.year === a.year + 1;
  const carry: CarryMark[] | null = follows
    ? T3_COLUMNS.map((c) => {
        const out = figureOf(a, `t3.carried_out.${c.key}`);
        const inn = figureOf(b, `t3.carried_in.${c.key}`);
        return { column: c.key, out, in: inn, equal: out !== null && inn !== null && same(out, inn) };
      })
    : null;
  const t3: DiffLine[] = [];
  for (const row of unionRows(T3_ROWS[main], T3_ROWS[other])) {
    const addrs = T3_COLUMNS.map((c) => `t3.${row.key}.${c.key}`);
    if (!addrs.some(present)) continue;
    const l = line(row.key, row.label, addrs);
    // Only a column both years filled in can be held equal or not.
    if (row.key === 'carried_in' && carry)
      l.carry = carry.map((m) => (m.out === null && m.in === null ? null : m));
    t3.push(l);
  }

  const t4: DiffLine[] = [];
  for (const row of T4_ROWS) {
    const addrs = T4_COLUMNS.map((c) => `t4.${row.key}.${c.key}`);
    if (addrs.some(present)) t4.push(line(row.key, row.label, addrs));
  }

  const tables: DiffTable[] = [
    { table: 't2', title: TABLE_LABELS.t2, columns: [{ key: 'value', label: '数量' }], lines: t2 },
    { table: 't3', title: TABLE_LABELS.t3, columns: T3_COLUMNS, lines: t3 },
    { table: 't4', title: TABLE_LABELS.t4, columns: T4_COLUMNS, lines: t4 },
  ];
  const unchanged = tables.reduce((n, t) => n + t.lines.filter((l) => !l.changed && !l.carry).length, 0);
  return { tables, carry, unchanged };
}
