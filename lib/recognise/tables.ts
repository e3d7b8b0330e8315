/**
 * Finds 表二, 表三 and 表四 among the page's tables by their labels (never by position), maps
 * every row and column to its canonical key, and tells the template from the tables themselves.
 * Rows are read in document order across all tables, so a table split over several `<table>`
 * elements, or several tables merged into one, read the same.
 */
import { buildGrid, type GridCell } from '../grid';
import { address, T2_ROWS, T3_COLUMNS, T4_COLUMNS, T4_ROWS } from '../keys';
import type { CellValue, TableId, Template } from '../model';
import type { UnmappedRow } from '../rules/types';
import type { Block } from '../source';
import { parseValue } from '../text';
import { type Assignment, assignValues } from './assign';
import { normOf } from './blocktext';
import {
  isT2Header,
  isT3Header,
  isT4Header,
  t2ColKey,
  t2RowKey,
  t3ColKey,
  t3RowKey,
  t4ColKey,
  t4GroupKey,
} from './labels';
import { cellInfo, type RowView, rawText, viewRow } from './rows';

/** What the tables yield. */
export interface TablesResult<N> {
  cells: Record<string, CellValue>;
  nodes: Map<string, N>;
  unmapped: UnmappedRow[];
  found: Record<TableId, boolean>;
  template: Template | null;
}

type HeaderFn = ((col: number) => string | null) | null;

interface PendingT2 {
  key: string;
  values: GridCell<unknown>[];
  /** The row's label cell, marked if its figures cannot be placed. */
  node: unknown;
  header: HeaderFn;
  money: (col: number) => boolean;
}

const T3_KEYS = T3_COLUMNS.map((c) => c.key);
const T4_KEYS = T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => `${r.key}.${c.key}`));
const RE_2019 = /本年新制作|本年新公开|对外公开总数|上一年项目|本年增|采购项目|采购总金额/;
const RE_2021 = /本年制发|本年废止|现行有效|本年处理决定|本年收费金额/;

/** The cell that stands for a row on the page: its own label, or its first figure when it has none. */
function rowNode<N>(row: RowView<N>): N | undefined {
  return (row.labels[row.labels.length - 1] ?? row.values[0])?.src.node;
}

/** A heading between tables that says which table follows. */
function headingContext(block: { text: string }): TableId | null {
  const text = block.text;
  // Headings are short: long prose is not normalised at all.
  if (text.length > 240) return null;
  const t = normOf(block);
  if (t.length > 60) return null;
  if (/收到和处理政府信息公开申请/.test(t)) return 't3';
  if (/主动公开政府信息(?:情况)?$|主动公开政府信息情况/.test(t)) return 't2';
  if (/行政复议.{0,4}行政诉讼|被申请行政复议|提起行政诉讼/.test(t)) return 't4';
  return null;
}

/** Reads every table block of the page. */
export function recogniseTables<N>(blocks: Block<N>[]): TablesResult<N> {
  return drain(tableSteps(blocks));
}

/** Runs a step generator to its end (the synchronous way, for the CLI and tests). */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * recogniseTables as steps: it pauses after each table, so the page can split the work of a large
 * report into short tasks (the content script yields to the browser between steps).
 */
export function* tableSteps<N>(blocks: Block<N>[]): Generator<void, TablesResult<N>> {
  // One map per table: 表二 is read last (it waits for the template) but is listed first. Maps,
  // not objects: a report has some 250 addresses, and an object grown key by key is slow to build.
  const byTable: Record<TableId, Map<string, CellValue>> = { t2: new Map(), t3: new Map(), t4: new Map() };
  const nodes = new Map<string, N>();
  const unmapped: UnmappedRow[] = [];
  const seenRows: Record<TableId, Set<string>> = { t2: new Set(), t3: new Set(), t4: new Set() };
  const pendingT2: PendingT2[] = [];
  const emptyRows = new Set<string>();
  let t4HeaderSeen = false;
  let t2HeaderSeen = false;
  let score2019 = 0;
  let score2021 = 0;
  let ctx: TableId | null = null;

  /**
   * Records a row's cells; `money(key, col)` says which hold 万元 and read their unit. A row whose
   * figures cannot be placed (`seen`: its label cell, or its first figure, and its figures) is
   * reported, and each of its addresses points at that one cell, so the page marks the row and
   * scrolls to it without putting any figure under a column it was not written in.
   */
  const put = (
    table: TableId,
    row: string,
    a: Assignment<N> | null,
    keys: string[],
    money: (key: string, col: number) => boolean = () => false,
    seen: { node: N | undefined; values: GridCell<N>[] } | null = null,
  ) => {
    const off = a !== null && !a.ok;
    if (off) unmapped.push({ table, row, reason: a.reason, figures: (seen?.values ?? []).map(rawText) });
    for (const key of keys) {
      const addr = address(table, row, key);
      const cell = a?.ok ? a.cells.get(key) : undefined;
      if (!cell) {
        byTable[table].set(addr, { value: null, raw: '' });
        if (off && seen?.node !== undefined) nodes.set(addr, seen.node);
        continue;
      }
      const raw = rawText(cell);
      const value = money(key, cell.col) ? parseValue(raw, true).value : cellInfo(cell.src).value;
      byTable[table].set(addr, { value, raw });
      nodes.set(addr, cell.src.node);
    }
  };

  let tableIndex = -1;
  for (const block of blocks) {
    if (block.kind === 'text') {
      ctx = headingContext(block) ?? ctx;
      continue;
    }
    if (block.kind !== 'table') continue;
    if (tableIndex >= 0) yield;
    tableIndex++;
    const grid = buildGrid(block.table);
    // Column keys from this table's header rows; a later (deeper) header row refines an earlier one.
    const t3Cols = new Map<number, string>();
    const t4Groups = new Map<number, string>();
    const t4Cols = new Map<number, string>();
    let t2Header: Map<number, { key: string; money: boolean }> | null = null;

    for (let r = 0; r < grid.rows.length; r++) {
      const row: RowView<N> = viewRow(grid, r, tableIndex);
      const inT3 = ctx === 't3';
      // A row with no figure that carries header words is a header, even where its last label (总计,
      // 其他) would also name a row.
      const header = !row.values.some((v) => cellInfo(v.src).value !== null);
      // Header words are looked for once, in all of the row's texts joined.
      const joined = row.texts.join('|');
      const t3Key =
        row.labels.length && !(header && isT3Header(joined)) ? t3RowKey(row.leaf, row.combined, inT3) : null;
      const t2Key = row.labels.length ? t2RowKey(row.leaf) : null;

      if (isT4Header(joined) && !t3Key && !t2Key) {
        ctx = 't4';
        t4HeaderSeen = true;
        // Span copies are keyed too, so 行政复议 (colspan 5) names each of its five grid columns.
        grid.rows[r]!.forEach((slot, col) => {
          if (!slot) return;
          const label = cellInfo(slot.src).norm;
          const g = t4GroupKey(label);
          if (g) t4Groups.set(col, g);
          const c = t4ColKey(label);
          if (c) t4Cols.set(col, c);
        });
        if (row.values.length === 0 || row.labels.length > 0) continue;
      }
      if (isT3Header(joined) && !t3Key) {
        ctx = 't3';
        grid.rows[r]!.forEach((slot, col) => {
          const k = slot ? t3ColKey(cellInfo(slot.src).norm) : null;
          if (k) t3Cols.set(col, k);
        });
        continue;
      }
      if (isT2Header(joined) && !t2Key) {
        ctx = 't2';
        const header = new Map<number, { key: string; money: boolean }>();
        grid.rows[r]!.forEach((slot, col) => {
          if (!slot) return;
          const label = cellInfo(slot.src).norm;
          if (RE_2019.test(label)) score2019++;
          if (RE_2021.test(label)) score2021++;
          const k = t2ColKey(label);
          if (k) header.set(col, k);
        });
        t2Header = header.size ? header : null;
        t2HeaderSeen = true;
        continue;
      }

      if (t2Key && !(inT3 && t3Key)) {
        ctx = 't2';
        if (seenRows.t2.has(t2Key)) continue;
        seenRows.t2.add(t2Key);
        if (t2Key === 'other_services' || t2Key === 'procurement') score2019++;
        const h = t2Header;
        pendingT2.push({
          key: t2Key,
          values: row.values as GridCell<unknown>[],
          header: h ? (col) => h.get(col)?.key ?? null : null,
          money: (col) => h?.get(col)?.money ?? false,
          node: rowNode(row),
        });
        continue;
      }
      if (t3Key) {
        ctx = 't3';
        // The first row with a label wins, unless it had no cells at all and this one has figures.
        if (seenRows.t3.has(t3Key) && !(emptyRows.has(t3Key) && row.values.length)) continue;
        seenRows.t3.add(t3Key);
        if (row.values.length) emptyRows.delete(t3Key);
        else emptyRows.add(t3Key);
        if (t3Key.startsWith('other.')) score2021++;
        const header: HeaderFn = t3Cols.size ? (col) => t3Cols.get(col) ?? null : null;
        const a = row.values.length ? assignValues(row.values, T3_KEYS, header) : null;
        if (t3Key === 'other' && a?.ok) score2019++;
        put('t3', t3Key, a, T3_KEYS, undefined, { node: rowNode(row), values: row.values });
        continue;
      }
      if (ctx === 't4' && row.values.length) {
        const group = row.labels.length ? t4GroupKey(row.leaf) : null;
        if (group) {
          // A vertical 表四: one row per group, five columns under 结果维持 … 总计.
          if (seenRows.t4.has(group)) continue;
          seenRows.t4.add(group);
          const keys = T4_COLUMNS.map((c) => c.key);
          const header: HeaderFn = t4Cols.size ? (col) => t4Cols.get(col) ?? null : null;
          put('t4', group, assignValues(row.values, keys, header), keys, undefined, {
            node: rowNode(row),
            values: row.values,
          });
          continue;
        }
        if (row.labels.length || seenRows.t4.size) continue;
        const header: HeaderFn =
          t4Cols.size || t4Groups.size
            ? (col) => {
                const g = t4Groups.get(col);
                const c = t4Cols.get(col);
                return g && c ? `${g}.${c}` : null;
              }
            : null;
        const a = assignValues(row.values, T4_KEYS, header);
        for (const r4 of T4_ROWS) seenRows.t4.add(r4.key);
        if (!a.ok) {
          unmapped.push({ table: 't4', row: 'review', reason: a.reason, figures: row.values.map(rawText) });
        }
        for (const r4 of T4_ROWS) {
          const sub: Assignment<N> = a.ok
            ? { ok: true, cells: new Map(T4_COLUMNS.map((c) => [c.key, a.cells.get(`${r4.key}.${c.key}`)!])) }
            : { ok: true, cells: new Map() };
          put(
            't4',
            r4.key,
            sub,
            T4_COLUMNS.map((c) => c.key),
          );
          // One row of fifteen figures that cannot be placed: the whole table points at its first one.
          const first = row.values[0]?.src.node;
          if (!a.ok && first !== undefined)
            for (const c of T4_COLUMNS) nodes.set(address('t4', r4.key, c.key), first);
        }
      }
    }
  }

  const template: Template | null = score2019 > score2021 ? '2019' : score2021 > score2019 ? '2021' : null;

  for (const p of pendingT2) {
    const defs = [T2_ROWS[template ?? '2019'], T2_ROWS[template === '2021' ? '2019' : '2021']]
      .map((rows) => rows.find((d) => d.key === p.key))
      .filter((d) => d !== undefined);
    const values = p.values as GridCell<N>[];
    let done = false;
    if (values.length === 0) {
      put(
        't2',
        p.key,
        null,
        defs[0]!.columns.map((c) => c.key),
      );
      continue;
    }
    // The block's own header names the columns best; position under the template comes second.
    for (const headerOnly of [true, false]) {
      for (const def of defs) {
        const keys = def.columns.map((c) => c.key);
        const a = assignValues(values, keys, p.header, headerOnly);
        if (a.ok) {
          put('t2', p.key, a, keys, (key, col) => key === 'amount' || p.money(col));
          done = true;
          break;
        }
      }
      if (done) break;
    }
    if (!done) {
      const keys = defs[0]!.columns.map((c) => c.key);
      put('t2', p.key, assignValues(values, keys, p.header), keys, undefined, {
        node: p.node as N | undefined,
        values,
      });
    }
  }

  const cells: Record<string, CellValue> = {};
  for (const t of ['t2', 't3', 't4'] as const) for (const [addr, cell] of byTable[t]) cells[addr] = cell;
  return {
    cells,
    nodes,
    unmapped,
    found: {
      // Two rows such as 行政许可/行政处罚 also occur in other government tables; a report's 表二 has its
      // 信息内容 header or more rows.
      t2: seenRows.t2.size >= 3 || (seenRows.t2.size >= 2 && t2HeaderSeen),
      t3: seenRows.t3.size >= 3,
      t4: t4HeaderSeen || seenRows.t4.size > 0,
    },
    template,
  };
}
