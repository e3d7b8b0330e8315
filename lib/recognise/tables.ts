/**
 * Finds 表二, 表三 and 表四 among the page's tables by their labels (never by position), maps
 * every row and column to its canonical key, and tells the template from the tables themselves.
 * Rows are read in document order across all tables, so a table split over several `<table>`
 * elements, or several tables merged into one, read the same.
 */
import { buildGrid, type Grid, type GridCell } from '../grid';
import type { CellValue, TableId, Template } from '../model';
import type { UnmappedRow } from '../rules/types';
import type { Block, SourceTable } from '../source';
import { normOf } from './blocktext';
import { isT2Header, isT3Header, isT4Caption, isT4Header, namesT4Group, t2RowKey, t3RowKey } from './labels';
import { cellInfo, viewRow } from './rows';
import {
  newTableColumns,
  newTableState,
  placeT2Row,
  readT2Header,
  readT3Header,
  readT3Quantity,
  readT4Header,
  type TableColumns,
  type TableState,
  takeT2Row,
  takeT3Row,
  takeT4Row,
} from './table-rows';
import { uprightT4 } from './upright';

/** What the tables yield. */
export interface TablesResult<N> {
  cells: Record<string, CellValue>;
  nodes: Map<string, N>;
  unmapped: UnmappedRow[];
  found: Record<TableId, boolean>;
  template: Template | null;
  /**
   * Tables found (in part) in a `<table>` whose cells are set one to a row, its figures on rows of
   * their own (cellLines): their labels are there, their figures in no column, and no cell of theirs
   * is read from it here.
   */
  lines: TableId[];
  /** The `<table>`s set a cell to a row, in document order (audit.ts reads their rows as lines of text). */
  lineSources: SourceTable<N>[];
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
export function recogniseTables<N>(blocks: Block<N>[], agency: string | null = null): TablesResult<N> {
  return drain(tableSteps(blocks, agency));
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
export function* tableSteps<N>(
  blocks: Block<N>[],
  agency: string | null = null,
): Generator<void, TablesResult<N>> {
  const s = newTableState<N>();
  s.agency = agency;
  const lineSources: SourceTable<N>[] = [];
  let tableIndex = -1;
  for (const block of blocks) {
    if (block.kind === 'text') {
      s.ctx = headingContext(block) ?? s.ctx;
      continue;
    }
    if (block.kind !== 'table') continue;
    if (tableIndex >= 0) yield;
    tableIndex++;
    if (readTable(s, uprightT4(buildGrid(block.table)), tableIndex)) lineSources.push(block.table);
  }
  // 表二 is placed last: which columns its rows have depends on the template.
  const template = decideTemplate(s);
  for (const p of s.pendingT2) placeT2Row(s, p, template);
  return { ...finish(s, template), lineSources };
}

/**
 * Reads one `<table>` row by row; its header rows name the columns of the rows below them. Whether
 * it is set a cell to a row (cellLines).
 */
function readTable<N>(s: TableState<N>, grid: Grid<N>, tableIndex: number): boolean {
  if (statisticsTable(grid) || emptyTable(grid)) return false;
  const cols = newTableColumns();
  const lines = cellLines(grid);
  const seen = lines && {
    t2: s.seenRows.t2.size,
    t3: s.seenRows.t3.size,
    t4: s.seenRows.t4.size,
    h4: s.t4HeaderSeen,
    cells: new Set([...s.byTable.t2.keys(), ...s.byTable.t3.keys(), ...s.byTable.t4.keys()]),
    unmapped: s.unmapped.length,
    pendingT2: s.pendingT2.length,
  };
  for (let r = 0; r < grid.rows.length; r++) readRow(s, cols, grid, r, tableIndex);
  if (seen) {
    if (s.seenRows.t2.size > seen.t2) s.lineTables.add('t2');
    if (s.seenRows.t3.size > seen.t3) s.lineTables.add('t3');
    if (s.seenRows.t4.size > seen.t4 || s.t4HeaderSeen !== seen.h4) s.lineTables.add('t4');
    // Its rows name tables (found), but no cell of theirs was read, nor a row found short: what was
    // written for them is taken back (blank cells, a figure alone read as a row's, rows called short).
    for (const t of ['t2', 't3', 't4'] as const)
      for (const a of s.byTable[t].keys())
        if (!seen.cells.has(a)) {
          s.byTable[t].delete(a);
          s.nodes.delete(a);
        }
    s.unmapped.length = seen.unmapped;
    s.pendingT2.length = seen.pendingT2;
  }
  return lines;
}

/** The 2008 Regulations' statistics table's header: 统计指标 (指标名称) beside 单位 (计量单位). */
const STAT_INDICATOR = /^(?:统计指标|指标名称|指标)$/;
const STAT_UNIT = /^(?:计量)?单位$/;
/**
 * How many rows from a table's top its header is looked for in: caption rows, then the header
 * (交通与建设局 2018's: 附表：, an empty row, the table's title, another empty row, then 指标名称 | 计量单位).
 */
const STAT_HEADER_ROWS = 6;

/**
 * Whether a table is the statistics table of a report of 2018 or before (统计指标 | 单位 | 统计数, or
 * 指标名称 | 计量单位 | 2013年度 | 历年累计), whose rows are the 2008 Regulations' indicators, not the
 * template's: read as 表三, its 同意部分公开答复数, 涉及国家秘密, 危及国家安全… and 举报投诉数量 rows each
 * became a row of 表三 with one figure for seven columns (blank cells exported, rows called short, 表二
 * and 表四 called missing beside a 表三 found).
 */
function statisticsTable<N>(grid: Grid<N>): boolean {
  const rows = Math.min(grid.rows.length, STAT_HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    let indicator = false;
    let unit = false;
    for (const slot of grid.rows[r]!) {
      if (!slot) continue;
      const norm = cellInfo(slot.src).norm;
      if (STAT_INDICATOR.test(norm)) indicator = true;
      else if (STAT_UNIT.test(norm)) unit = true;
    }
    if (indicator && unit) return true;
  }
  return false;
}

/**
 * Whether no cell of a table holds any text: a layout's empty box (a 2×2 table after a 2015 report's
 * statistics table, under its 行政复议 heading, was read as 表四 with all fifteen cells blank).
 */
function emptyTable<N>(grid: Grid<N>): boolean {
  for (const row of grid.rows) for (const slot of row) if (slot && /\S/.test(slot.src.text)) return false;
  return true;
}

/** How many cells holding a figure alone make a table set a cell to a row (cellLines). */
const FIGURE_LINES = 3;

/**
 * Whether a table is set a cell to a row: no row holds two cells of text, and FIGURE_LINES of its
 * rows hold a figure alone (规章 | 0 | 0 | 0, each on a row of its own: a page copied through a tool
 * that put every cell on its own line). Its labels stand in rows of no figure; read as they stand,
 * 表二 was called all blank (全部空白, 22 cells) on a page that shows its figures.
 */
function cellLines<N>(grid: Grid<N>): boolean {
  let figures = 0;
  for (const row of grid.rows) {
    let filled: GridCell<N>['src'] | null = null;
    for (const slot of row) {
      if (!slot || slot.src === filled) continue;
      const info = cellInfo(slot.src);
      if (!info.norm) continue;
      if (filled) return false;
      filled = slot.src;
      if (info.value !== null) figures++;
    }
  }
  return figures >= FIGURE_LINES;
}

/** Tells what one row is (a header of 表二/三/四, or a row of one of them) and hands it on. */
/** A remarks column's header: 备注, 说明, 附注. */
const REMARKS = /^(?:备注|说明|附注|备考)$/;

function readRow<N>(
  s: TableState<N>,
  cols: TableColumns,
  grid: Grid<N>,
  r: number,
  tableIndex: number,
): void {
  let row = viewRow(grid, r, tableIndex);
  const slots = grid.rows[r]!;
  const inT3 = s.ctx === 't3';
  // A row with no figure that carries header words is a header, even where its last label (总计,
  // 其他) would also name a row.
  let header = true;
  for (let i = 0; i < row.values.length && header; i++) header = cellInfo(row.values[i]!.src).value === null;
  // A remarks column a portal adds (备注: 无, 含转办件2件) holds no figure of the template: its cells
  // are left out of every row below its header, which would otherwise be a figure too long.
  if (header)
    for (const cells of [row.labels, row.values])
      for (const c of cells) if (REMARKS.test(cellInfo(c.src).norm)) cols.remarks.add(c.col);
  if (cols.remarks.size > 0 && row.values.some((v) => cols.remarks.has(v.col)))
    row = { ...row, values: row.values.filter((v) => !cols.remarks.has(v.col)) };
  // Header words are looked for once, in all of the row's texts joined.
  const joined = row.texts.join('|');
  const t3Header = isT3Header(joined);
  const t3Key = row.labels.length && !(header && t3Header) ? t3RowKey(row.leaf, row.combined, inT3) : null;
  const t2Key = row.labels.length ? t2RowKey(row.leaf) : null;

  // A row of figures whose label is 表四's caption holds 表四's figures, whatever words it has. A row
  // of 表四's groups alone heads a part of it (行政诉讼 | 未经复议直接起诉 …: t4Parts), under 表四's
  // heading or over its results. (Not a sentence that names them: an info box's 内容概述 | 报告内容涵盖…
  // 政府信息公开行政复议和行政诉讼情况…。)
  const t4Header =
    (isT4Header(joined) && !joined.includes('。')) ||
    (header &&
      row.values.length === 0 &&
      namesT4Group(row.texts) &&
      (s.ctx === 't4' || overT4Results(grid, r, tableIndex)));
  if (t4Header && !t3Key && !t2Key && !(row.values.length && isT4Caption(row.combined))) {
    readT4Header(s, cols, slots);
    if (row.values.length === 0 || row.labels.length > 0) return;
  }
  if (t3Header && !t3Key) {
    readT3Header(s, cols, slots);
  } else if (isT2Header(joined) && !t2Key) {
    readT2Header(s, cols, slots);
  } else if (t2Key && !(inT3 && t3Key)) {
    takeT2Row(s, cols, row, t2Key);
  } else if (t3Key) {
    takeT3Row(s, cols, row, t3Key);
  } else if (inT3 && header && row.values.length === 0) {
    // 项目 | 数量（件）: a 表三 drawn short, its rows' totals in one column.
    readT3Quantity(cols, slots);
  } else if (s.ctx === 't4' && row.values.length) {
    takeT4Row(s, cols, row);
  }
}

/**
 * How many rows below a row of 表四's groups its results are looked for in: a header of 行政诉讼, its
 * two kinds, then the results. Not further: a table of thousands of such rows would look through
 * the rest of itself from each.
 */
const T4_HEADER_ROWS = 3;

/** Whether the rows just below row `r`, before any figure, name 表四's results (结果维持 … 总计). */
function overT4Results<N>(grid: Grid<N>, r: number, tableIndex: number): boolean {
  const last = Math.min(grid.rows.length, r + 1 + T4_HEADER_ROWS);
  for (let below = r + 1; below < last; below++) {
    const next = viewRow(grid, below, tableIndex);
    if (/结果维持|尚未审结/.test(next.texts.join('|'))) return true;
    if (next.values.length > 0) return false;
  }
  return false;
}

/** The template the tables' own words point to, or null when they point to neither more. */
function decideTemplate(s: TableState<unknown>): Template | null {
  return s.score2019 > s.score2021 ? '2019' : s.score2021 > s.score2019 ? '2021' : null;
}

/** The cells in 表二, 表三, 表四 order, and which tables were found. */
function finish<N>(s: TableState<N>, template: Template | null): Omit<TablesResult<N>, 'lineSources'> {
  const cells: Record<string, CellValue> = {};
  for (const t of ['t2', 't3', 't4'] as const) for (const [addr, cell] of s.byTable[t]) cells[addr] = cell;
  const seenRows = s.seenRows;
  return {
    cells,
    nodes: s.nodes,
    unmapped: s.unmapped,
    found: {
      // Two rows such as 行政许可/行政处罚 also occur in other government tables; a report's 表二 has its
      // 信息内容 header or more rows.
      t2: seenRows.t2.size >= 3 || (seenRows.t2.size >= 2 && s.t2HeaderSeen),
      t3: seenRows.t3.size >= 3,
      t4: s.t4HeaderSeen || seenRows.t4.size > 0,
    },
    template,
    lines: [...s.lineTables],
  };
}
