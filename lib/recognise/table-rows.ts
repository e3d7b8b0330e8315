/**
 * What the table recogniser (tables.ts) remembers while it walks the page, and the steps it takes
 * on one row: reading a header row's columns, and placing a 表二, 表三 or 表四 row's figures.
 */
import type { GridCell } from '../grid';
import { address, T2_ROWS, T3_COLUMNS, T4_ADDRESSES, T4_COLUMNS, T4_ROWS } from '../keys';
import type { CellValue, TableId, Template } from '../model';
import type { UnmappedRow } from '../rules/types';
import { parseValue } from '../text';
import { type Assignment, assignValues, countReason, EXTRA_COLUMN, placeByHeader } from './assign';
import { namesOtherBody, namesThisBody } from './facts';
import { isT3Quantity, isT4Caption, remembered, t2ColKey, t3ColKey, t4ColKey, t4GroupKey } from './labels';
import { cellInfo, type RowView, rawText } from './rows';

type HeaderFn = ((col: number) => string | null) | null;

/** A 表二 row kept until the template is known. */
export interface PendingT2 {
  key: string;
  values: GridCell<unknown>[];
  /** The row's label cell, marked if its figures cannot be placed. */
  node: unknown;
  header: HeaderFn;
  money: (col: number) => boolean;
}

/** Everything read so far, across all of the page's tables. */
export interface TableState<N> {
  /**
   * One map per table: 表二 is read last (it waits for the template) but is listed first. Maps,
   * not objects: a report has some 250 addresses, and an object grown key by key is slow to build.
   */
  byTable: Record<TableId, Map<string, CellValue>>;
  nodes: Map<string, N>;
  unmapped: UnmappedRow[];
  seenRows: Record<TableId, Set<string>>;
  pendingT2: PendingT2[];
  /** 表三 rows met with no cells at all, which a later row of the same label may fill. */
  emptyRows: Set<string>;
  t4HeaderSeen: boolean;
  t2HeaderSeen: boolean;
  score2019: number;
  score2021: number;
  /** The table the page is in, from headings and header rows. */
  ctx: TableId | null;
  /**
   * The `<table>` whose one row of fifteen figures was read as 表四, and whether a later table's
   * copy of it was compared yet (only the first copy after is: see takeT4Row).
   */
  t4Single: { table: number; compared: boolean } | null;
  /** A labelled row of figures under a 表四 header was passed over as another's. */
  t4LabelledOff: boolean;
  /** The report's agency, so a 表四 row that names it (`区政府 | 2 | 1 …`) is read as its own. */
  agency: string | null;
  /** Tables some of whose rows were read from a `<table>` set a cell to a row (tables.ts's cellLines). */
  lineTables: Set<TableId>;
}

/** Column keys from one table's header rows; a later (deeper) header row refines an earlier one. */
export interface TableColumns {
  t3: Map<number, string>;
  t4Groups: Map<number, string>;
  t4: Map<number, string>;
  t2: Map<number, { key: string; money: boolean }> | null;
  /** Grid columns a header names as remarks (备注, 说明): words, never figures of the template. */
  remarks: Set<number>;
}

type Slots<N> = (GridCell<N> | null)[];

const T3_KEYS = T3_COLUMNS.map((c) => c.key);
/** 表四's five results (结果维持 … 总计), the columns of each group. */
const T4_RESULTS = T4_COLUMNS.map((c) => c.key);
const T4_KEYS = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => `${r.key}.${c.key}`));
const RE_2019 = /本年新制作|本年新公开|对外公开总数|上一年项目|本年增|采购项目|采购总金额/;
const RE_2021 = /本年制发|本年废止|现行有效|本年处理决定|本年收费金额/;
/** What a 表二 header label says: its column, and which template's words it uses. */
const t2HeaderLabel = remembered((label) => ({
  col: t2ColKey(label),
  in2019: RE_2019.test(label),
  in2021: RE_2021.test(label),
}));

export function newTableState<N>(): TableState<N> {
  return {
    byTable: { t2: new Map(), t3: new Map(), t4: new Map() },
    nodes: new Map(),
    unmapped: [],
    seenRows: { t2: new Set(), t3: new Set(), t4: new Set() },
    pendingT2: [],
    emptyRows: new Set(),
    t4HeaderSeen: false,
    t2HeaderSeen: false,
    score2019: 0,
    score2021: 0,
    ctx: null,
    t4Single: null,
    t4LabelledOff: false,
    agency: null,
    lineTables: new Set(),
  };
}

export function newTableColumns(): TableColumns {
  return { t3: new Map(), t4Groups: new Map(), t4: new Map(), t2: null, remarks: new Set() };
}

/** The cell that stands for a row on the page: its own label, or its first figure when it has none. */
function rowNode<N>(row: RowView<N>): N | undefined {
  return (row.labels[row.labels.length - 1] ?? row.values[0])?.src.node;
}

const NO_MONEY = () => false;

// A 表三 row's addresses, made once per row: a report puts some 200 表三 cells, each address() three
// Map lookups.
const T3_ADDRESSES = new Map<string, string[]>();
const MAX_T3_ADDRESSES = 1024;

function t3Addresses(row: string): string[] {
  let addrs = T3_ADDRESSES.get(row);
  if (addrs === undefined) {
    addrs = T3_KEYS.map((key) => address('t3', row, key));
    if (T3_ADDRESSES.size < MAX_T3_ADDRESSES) T3_ADDRESSES.set(row, addrs);
  }
  return addrs;
}

/**
 * Records a row's cells; `money(key, col)` says which hold 万元 and read their unit. A row whose
 * figures cannot be placed (`seen`: its label cell, or its first figure, and its figures) is
 * reported, and each of its addresses points at that one cell, so the page marks the row and
 * scrolls to it without putting any figure under a column it was not written in.
 */
function put<N>(
  s: TableState<N>,
  table: TableId,
  row: string,
  a: Assignment<N> | null,
  keys: string[],
  money: (key: string, col: number) => boolean = NO_MONEY,
  seen: { node: N | undefined; values: GridCell<N>[] } | null = null,
): void {
  const off = a !== null && !a.ok;
  if (off) s.unmapped.push({ table, row, reason: a.reason, figures: (seen?.values ?? []).map(rawText) });
  const addrs = keys === T3_KEYS ? t3Addresses(row) : null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const addr = addrs !== null ? addrs[i]! : address(table, row, key);
    const cell = a?.ok ? a.cells.get(key) : undefined;
    if (!cell) {
      s.byTable[table].set(addr, { value: null, raw: '' });
      if (off && seen?.node !== undefined) s.nodes.set(addr, seen.node);
      continue;
    }
    const raw = rawText(cell);
    const value = money(key, cell.col) ? parseValue(raw, true).value : cellInfo(cell.src).value;
    s.byTable[table].set(addr, { value, raw });
    s.nodes.set(addr, cell.src.node);
  }
}

/** A 表四 header row: its 行政复议/行政诉讼 groups and its 结果维持 … 总计 columns. */
export function readT4Header<N>(s: TableState<N>, cols: TableColumns, slots: Slots<N>): void {
  s.ctx = 't4';
  s.t4HeaderSeen = true;
  // Span copies are keyed too, so 行政复议 (colspan 5) names each of its five grid columns.
  slots.forEach((slot, col) => {
    if (!slot) return;
    const label = cellInfo(slot.src).norm;
    const g = t4GroupKey(label);
    if (g) cols.t4Groups.set(col, g);
    const c = t4ColKey(label);
    if (c) cols.t4.set(col, c);
  });
}

/** A 表三 header row: its columns (自然人, 法人或其他组织 …, 总计). */
export function readT3Header<N>(s: TableState<N>, cols: TableColumns, slots: Slots<N>): void {
  s.ctx = 't3';
  slots.forEach((slot, col) => {
    if (!slot) return;
    const norm = cellInfo(slot.src).norm;
    // The columns under 法人或其他组织: the header row below names each; a 合计 or 小计 among them
    // (a portal's sum of the five) is no total of the row.
    if (LEGAL_GROUP.test(norm)) cols.t3.set(col, EXTRA_COLUMN);
    const k = t3ColKey(norm);
    if (k && !(k === 'total' && cols.t3.get(col) === EXTRA_COLUMN)) cols.t3.set(col, k);
  });
}

/** 表三's header over the five kinds of 法人或其他组织. */
const LEGAL_GROUP = /^(?:\d+\.?)?法人(?:或|和)其他组织$/;

/**
 * A header row of a 表三 drawn short (项目 | 数量（件）): one quantity column and none of the template's
 * applicant columns. Where it is one, its column holds the rows' totals.
 */
export function readT3Quantity<N>(cols: TableColumns, slots: Slots<N>): void {
  if (cols.t3.size > 0) return;
  let src: unknown = null;
  for (const slot of slots) {
    if (!slot || !isT3Quantity(cellInfo(slot.src).norm)) continue;
    if (src !== null && src !== slot.src) return;
    src = slot.src;
  }
  if (src === null) return;
  slots.forEach((slot, col) => {
    if (slot?.src === src) cols.t3.set(col, 'total');
  });
}

/** A 表二 header row: its columns, and what their words say of the template. */
export function readT2Header<N>(s: TableState<N>, cols: TableColumns, slots: Slots<N>): void {
  s.ctx = 't2';
  // A 表二 after 表三's rows is another report's (a page holding two, one after the other): its
  // columns are read, but its words say nothing of this report's template.
  const votes = s.seenRows.t3.size === 0;
  const header = new Map<number, { key: string; money: boolean }>();
  slots.forEach((slot, col) => {
    if (!slot) return;
    const { col: k, in2019, in2021 } = t2HeaderLabel(cellInfo(slot.src).norm);
    if (in2019 && votes) s.score2019++;
    if (in2021 && votes) s.score2021++;
    if (k) header.set(col, k);
  });
  cols.t2 = header.size ? header : null;
  s.t2HeaderSeen = true;
}

/** A 表二 row: kept (the first of its label only) until the template is known. */
export function takeT2Row<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, key: string): void {
  s.ctx = 't2';
  if (s.seenRows.t2.has(key)) return;
  s.seenRows.t2.add(key);
  if (key === 'other_services' || key === 'procurement') s.score2019++;
  const h = cols.t2;
  s.pendingT2.push({
    key,
    values: row.values as GridCell<unknown>[],
    header: h ? (col) => h.get(col)?.key ?? null : null,
    money: (col) => h?.get(col)?.money ?? false,
    node: rowNode(row),
  });
}

/** The column keys a 表三 header gave its columns, or null where no header named them. */
function t3Header(cols: TableColumns): HeaderFn {
  const t3Cols = cols.t3;
  return t3Cols.size ? (col) => t3Cols.get(col) ?? null : null;
}

/** A 表三 row: its figures placed under the table's columns. */
export function takeT3Row<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, key: string): void {
  s.ctx = 't3';
  // The first row with a label wins, unless it had no cells at all and this one has figures; a later
  // copy with other figures leaves neither to be read (repeatedT3Row).
  if (s.seenRows.t3.has(key) && !(s.emptyRows.has(key) && row.values.length)) {
    if (row.values.length) repeatedT3Row(s, cols, row, key);
    return;
  }
  s.seenRows.t3.add(key);
  // A row whose every figure is the row above's, its cells spanning both, each 0 (平潭综合实验区市场监督
  // 管理局 2021–2024: （六）其他处理's three reasons under one row of 0s): 0 too, as a 0 shared by rows is 0
  // in each. (A shared figure other than 0 cannot be split: the row stays without figures.)
  const values = row.values.length ? row.values : sharedZeros(row);
  if (values.length) s.emptyRows.delete(key);
  else s.emptyRows.add(key);
  if (key.startsWith('other.')) s.score2021++;
  const header = t3Header(cols);
  const a = values.length ? assignValues(values, T3_KEYS, header) : null;
  if (a && !a.ok && takeT3ByHeader(s, cols, row, key)) return;
  if (key === 'other' && a?.ok) s.score2019++;
  put(s, 't3', key, a, T3_KEYS, undefined, { node: rowNode(row), values });
}

/**
 * The figures a 表三 row shares with a row above it: its value zone all span copies of cells that begin
 * above it, as many as the template's columns, each 0; else none.
 */
function sharedZeros<N>(row: RowView<N>): GridCell<N>[] {
  const slots = row.grid.rows[row.r]!.filter((slot): slot is GridCell<N> => slot !== null).slice(
    row.labels.length,
  );
  const shared: GridCell<N>[] = [];
  for (const slot of slots) {
    if (!slot.copy || slot.row >= row.r || cellInfo(slot.src).value !== 0) return [];
    if (shared.at(-1)?.src !== slot.src) shared.push(slot);
  }
  return shared.length === T3_KEYS.length ? shared : [];
}

/**
 * A row of a 表三 printed without some of the template's columns (its 总计, say; or drawn short, 项目 |
 * 数量, its one column the rows' totals: readT3Quantity): each figure under a header that names its column, and a figure under every column the header names; the columns the
 * table lacks are left out (blank-cell says they are not in the table, and no sum reads across them).
 * False where a figure sits under no named column or two under one, or where the header names a column
 * the row has no figure for (a row cut short: short-row's).
 */
function takeT3ByHeader<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, key: string): boolean {
  const named = new Set(cols.t3.values());
  named.delete(EXTRA_COLUMN);
  if (named.size === 0 || named.size >= T3_KEYS.length) return false;
  const placed = placeByHeader(row.values, (col) => cols.t3.get(col), named.size);
  if (!placed) return false;
  for (const [k, v] of placed) {
    const addr = address('t3', key, k);
    s.byTable.t3.set(addr, { value: cellInfo(v.src).value, raw: rawText(v) });
    s.nodes.set(addr, v.src.node);
  }
  return true;
}

/** The reason a 表三 or 表四 row is left unread when the page prints it twice with other figures. */
const REPEATED_ROW = '在页面中出现两次，数值不同';
/** The same for 表四 written as one row of fifteen figures, that row being the whole table. */
const REPEATED_T4 = '整张表在页面中出现两次，数值不同';

/**
 * A row printed again with other figures (two versions of a table on one page: the body's and a
 * summary's, a corrected copy under the first): which is the report's cannot be told, so neither
 * is read. The row goes to short-row with both versions' figures, and its cells are left without a
 * value, so no sum takes the first copy's figures as the report's. A copy with the same figures (a
 * table printed twice) changes nothing. `addrs` are the first copy's addresses, in `keys`' order.
 */
function repeatedRow<N>(
  s: TableState<N>,
  table: TableId,
  key: string,
  keys: string[],
  addrs: string[],
  again: Assignment<N>,
  values: GridCell<N>[],
  reason = REPEATED_ROW,
): void {
  if (!again.ok || s.unmapped.some((u) => u.table === table && u.row === key)) return;
  const cells = s.byTable[table];
  let differs = false;
  for (let i = 0; i < keys.length && !differs; i++) {
    const cell = again.cells.get(keys[i]!);
    const second = cell ? cellInfo(cell.src).value : null;
    const first = cells.get(addrs[i]!)?.value ?? null;
    // A blank against 0 is no other figure; a blank against a figure other than 0 is.
    differs = (first ?? 0) !== (second ?? 0);
  }
  if (!differs) return;
  s.unmapped.push({
    table,
    row: key,
    reason,
    figures: addrs.map((a) => cells.get(a)?.raw ?? ''),
    again: values.map(rawText),
    ...(reason === REPEATED_T4 ? { whole: true } : {}),
  });
  for (const a of addrs) {
    const cell = cells.get(a);
    if (cell) cells.set(a, { value: null, raw: cell.raw });
  }
}

/** A 表三 row printed again: see repeatedRow. */
function repeatedT3Row<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, key: string): void {
  const again = assignValues(row.values, T3_KEYS, t3Header(cols));
  repeatedRow(s, 't3', key, T3_KEYS, t3Addresses(key), again, row.values);
}

/** A row with figures under a 表四 header: one group of a vertical 表四, or the whole table in one row. */
export function takeT4Row<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>): void {
  const group = row.labels.length ? t4GroupKey(row.leaf) : null;
  if (group) {
    takeT4Group(s, cols, row, group);
    return;
  }
  const parts = row.labels.length ? null : t4Parts(cols, row);
  if (parts) {
    for (const [g, cells] of parts)
      placeT4Group(s, g, { ok: true, cells }, [...cells.values()], rowNode(row), cells);
    return;
  }
  // A labelled row is another's (a department's, a note's), except where a one-row 表四, under a 表四
  // header of its own table, puts before its figures what they are (项目 | 行政复议 …; 数量 | 2 | 1 …;
  // 全区, 小计) or whose they are: this body's (单位 | 行政复议 …; 区政府 | 2 | 1 …; its office).
  const ownHeader = cols.t4.size > 0 || cols.t4Groups.size > 0;
  if (
    row.labels.length &&
    !(
      ownHeader &&
      (T4_ROW_WORD.test(row.combined) || isT4Caption(row.combined) || namesThisBody(row.combined, s.agency))
    )
  ) {
    if (!ownHeader || s.seenRows.t4.size > 0 || s.t4LabelledOff || figuresBelow(row)) {
      s.t4LabelledOff = true;
      return;
    }
    // The table's only row of figures, and it names another body (区教育局 in 相山区人民政府's
    // report): not taken as this body's, and said so (blank-cell said 表四 had only its header).
    if (namesOtherBody(row.combined, s.agency)) {
      takeT4Single(s, cols, row, row.combined);
      return;
    }
  }
  if (s.seenRows.t4.size === 0) {
    takeT4Single(s, cols, row);
    s.t4Single = { table: row.table, compared: false };
    return;
  }
  // 表四 printed again as a table of its own, under its own header: its first row of figures is the
  // copy. (Other rows after 表四, in its table or in later ones with no 表四 header, are not.)
  const first = s.t4Single;
  if (!first || first.compared || row.table === first.table || !(cols.t4.size || cols.t4Groups.size)) return;
  first.compared = true;
  const again = assignValues(row.values, T4_KEYS, t4SingleHeader(cols));
  repeatedRow(s, 't4', 'review', T4_KEYS, T4_ADDRESSES, again, row.values, REPEATED_T4);
}

/** What a one-row 表四 may write before its figures: what they are, not whose (or its caption: isT4Caption). */
const T4_ROW_WORD = /^(?:数量|件数|案件数(?:量)?|数据|数目|数值|合计|总数|本年度?|\d{4}年度?)$/;

/** A vertical 表四: one row per group, five columns under 结果维持 … 总计. */
function takeT4Group<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, group: string): void {
  const t4Cols = cols.t4;
  const header: HeaderFn = t4Cols.size ? (col) => t4Cols.get(col) ?? null : null;
  const a = assignValues(row.values, T4_RESULTS, header);
  // Printed without some of the five columns (总计), the header naming each it has: see t4ByHeader.
  const byHeader = a.ok ? null : resultsByHeader(cols, row.values);
  if (byHeader) placeT4Group(s, group, { ok: true, cells: byHeader }, row.values, rowNode(row), byHeader);
  else placeT4Group(s, group, shortOfHeader(a, t4Width(cols)), row.values, rowNode(row));
}

/**
 * A row left unread under a header that names fewer columns than the template's (no 总计), and short of
 * those: its figures counted against them (`只有 3 个数值，应有 4 个`), not the template's five or fifteen.
 */
function shortOfHeader<N>(a: Assignment<N>, named: number): Assignment<N> {
  // More figures than the header names (a printed page that cut the header's right-hand columns off,
  // its figures still in the text): short of the template's columns, as the row was said to be.
  if (a.ok || a.count >= named) return a;
  return { ...a, reason: countReason(a.count, named) };
}

/**
 * A row of one group's results under a header that names fewer than the five (no 总计): each figure
 * by its column, every column the header names placed once; else null.
 */
function resultsByHeader<N>(cols: TableColumns, values: GridCell<N>[]): Map<string, GridCell<N>> | null {
  const width = t4Width(cols);
  if (width === 0 || width >= T4_RESULTS.length) return null;
  return placeByHeader(values, (col) => cols.t4.get(col), width);
}

/** How many of 表四's results (结果维持 … 总计) the header names. */
const t4Width = (cols: TableColumns) => new Set(cols.t4.values()).size;

/**
 * One group's five figures (行政复议, or a kind of suit); a group printed again is compared
 * (repeatedRow). With `only`, the results the table has (those it was printed without not in it).
 */
function placeT4Group<N>(
  s: TableState<N>,
  group: string,
  a: Assignment<N>,
  values: GridCell<N>[],
  node: N | undefined,
  only?: Map<string, unknown>,
): void {
  const keys = only ? T4_RESULTS.filter((k) => only.has(k)) : T4_RESULTS;
  if (s.seenRows.t4.has(group)) {
    // A group printed again with other figures (a second vertical 表四): see repeatedRow.
    const addrs = keys.map((k) => address('t4', group, k));
    repeatedRow(s, 't4', group, keys, addrs, a, values);
    return;
  }
  s.seenRows.t4.add(group);
  put(s, 't4', group, a, keys, undefined, { node, values });
}

/**
 * 表四 in parts, each under a header of its own: 行政复议's five columns in one table and 行政诉讼's ten
 * in the next, or the three groups one under another (the template's fifteen columns are too wide for
 * a page). A row is such a part where its header names fewer than the three groups, and places each of
 * the row's figures in one of them, every column of each: the figures by group. Else null (a row short
 * of the template's fifteen under a header of all three is short-row's).
 */
function t4Parts<N>(cols: TableColumns, row: RowView<N>): Map<string, Map<string, GridCell<N>>> | null {
  const named = new Set(cols.t4Groups.values());
  if (named.size === 0 || named.size >= T4_ROWS.length) return null;
  const parts = new Map<string, Map<string, GridCell<N>>>();
  for (const cell of row.values) {
    const g = cols.t4Groups.get(cell.col);
    const c = cols.t4.get(cell.col);
    if (!g || !c) {
      // An empty cell past the header's columns is no figure left unplaced.
      if (cellInfo(cell.src).norm === '') continue;
      return null;
    }
    let part = parts.get(g);
    if (!part) {
      part = new Map();
      parts.set(g, part);
    }
    if (part.has(c)) return null;
    part.set(c, cell);
  }
  if (parts.size !== named.size) return null;
  // Every result the header names, in each part (all five, or those but 总计 where it has none).
  const width = t4Width(cols);
  for (const part of parts.values()) if (part.size !== width) return null;
  return parts;
}

/** The column keys (`review.upheld` …) a one-row 表四's header gives its columns, or null. */
function t4SingleHeader(cols: TableColumns): HeaderFn {
  const { t4Groups, t4: t4Cols } = cols;
  return t4Cols.size || t4Groups.size
    ? (col) => {
        const g = t4Groups.get(col);
        const c = t4Cols.get(col);
        return g && c ? `${g}.${c}` : null;
      }
    : null;
}

/**
 * A one-row 表四 whose header names fewer than the template's fifteen columns, each of the row's
 * figures under one of them (group and result): the figures by column key (`review.upheld` …), every
 * column the header names placed once. Else null (a row short of the columns its header names is
 * short-row's).
 */
function t4ByHeader<N>(
  cols: TableColumns,
  row: RowView<N>,
  named: Set<string>,
): Map<string, GridCell<N>> | null {
  const header = t4SingleHeader(cols);
  if (!header || named.size === 0 || named.size >= T4_KEYS.length) return null;
  return placeByHeader(row.values, header, named.size);
}

/** The column keys (`review.upheld` …) a one-row 表四's header names. */
function headerKeys(cols: TableColumns): Set<string> {
  const header = t4SingleHeader(cols);
  const named = new Set<string>();
  if (header)
    for (const col of cols.t4.keys()) {
      const k = header(col);
      if (k) named.add(k);
    }
  return named;
}

/** True when a row below `row` in its table holds a figure. */
function figuresBelow<N>(row: RowView<N>): boolean {
  const rows = row.grid.rows;
  for (let r = row.r + 1; r < rows.length; r++)
    for (const slot of rows[r]!) if (slot && !slot.copy && cellInfo(slot.src).value !== null) return true;
  return false;
}

/**
 * The usual 表四: one row of fifteen figures under the groups and their columns. With `otherBody`, the
 * name of another body the row is headed with: the table is there, its cells are not read.
 */
function takeT4Single<N>(s: TableState<N>, cols: TableColumns, row: RowView<N>, otherBody?: string): void {
  let a: Assignment<N> = otherBody
    ? { ok: false, reason: `表四唯一的数值行标明是另一机关的：「${otherBody}」`, count: row.values.length }
    : assignValues(row.values, T4_KEYS, t4SingleHeader(cols));
  // A 表四 printed without some of the template's columns (its 总计s), its header naming each it has:
  // each figure where the header puts it, and the columns it lacks not in the table.
  const named = a.ok || otherBody ? null : headerKeys(cols);
  const byHeader = named ? t4ByHeader(cols, row, named) : null;
  if (byHeader) a = { ok: true, cells: byHeader };
  else if (named) a = shortOfHeader(a, named.size);
  const columnsOf = (r: string) =>
    T4_COLUMNS.map((c) => c.key).filter((c) => !byHeader || byHeader.has(`${r}.${c}`));
  for (const r4 of T4_ROWS) s.seenRows.t4.add(r4.key);
  if (!a.ok) {
    const figures = row.values.map(rawText);
    s.unmapped.push({
      table: 't4',
      row: 'review',
      reason: a.reason,
      figures,
      whole: true,
      ...(otherBody ? { otherBody } : {}),
    });
  }
  for (const r4 of T4_ROWS) {
    const columns = columnsOf(r4.key);
    const sub: Assignment<N> = a.ok
      ? { ok: true, cells: new Map(columns.map((c) => [c, a.cells.get(`${r4.key}.${c}`)!])) }
      : { ok: true, cells: new Map() };
    put(s, 't4', r4.key, sub, columns);
    // One row of fifteen figures that cannot be placed: the whole table points at its first one.
    const first = row.values[0]?.src.node;
    if (!a.ok && first !== undefined)
      for (const c of T4_COLUMNS) s.nodes.set(address('t4', r4.key, c.key), first);
  }
}

/** Places a kept 表二 row once the template is known. */
export function placeT2Row<N>(s: TableState<N>, p: PendingT2, template: Template | null): void {
  const defs = [T2_ROWS[template ?? '2019'], T2_ROWS[template === '2021' ? '2019' : '2021']]
    .map((rows) => rows.find((d) => d.key === p.key))
    .filter((d) => d !== undefined);
  const values = p.values as GridCell<N>[];
  if (values.length === 0) {
    put(
      s,
      't2',
      p.key,
      null,
      defs[0]!.columns.map((c) => c.key),
    );
    return;
  }
  // The block's own header names the columns best; position under the template comes second.
  for (const headerOnly of [true, false]) {
    for (const def of defs) {
      const keys = def.columns.map((c) => c.key);
      const a = assignValues(values, keys, p.header, headerOnly);
      if (a.ok) {
        put(s, 't2', p.key, a, keys, (key, col) => key === 'amount' || p.money(col));
        return;
      }
    }
  }
  const keys = defs[0]!.columns.map((c) => c.key);
  put(s, 't2', p.key, assignValues(values, keys, p.header), keys, undefined, {
    node: p.node as N | undefined,
    values,
  });
}
