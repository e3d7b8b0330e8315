/** Fires only when a cell the template requires, in a table that was found, is blank or not a number (rows short-row names and totals blank-total names are theirs, not this rule's). */
import { label, list, type Msg, msg, type Param } from '../i18n/format';
import { address, requiredAddresses, splitAddress, T3_COLUMNS, T3_PART_COLUMNS, T4_COLUMNS } from '../keys';
import type { Finding, Report, TableId } from '../model';
import { blankTotals } from './blank-total';
import {
  type Equation,
  finding,
  hasRow,
  linesOnly,
  noTableReason,
  num,
  same,
  T3_ALL_ROWS,
  T3_OTHER_2021,
  t3OutcomeRows,
  wholeT4,
} from './helpers';
import { makesNoRegulations } from './late-publication';
import { t3BalanceEquations } from './t3-balance';
import { t3ColumnEquations } from './t3-column-sum';
import { t3OutcomeEquations } from './t3-outcome-sum';
import { t4Equations } from './t4-sum';
import type { AuditContext, Rule } from './types';

const TABLES: TableId[] = ['t2', 't3', 't4'];
// Enough names for the reader to find the gap; the cells list carries all of them.
const NAMED = 5;
// 表三 has eight groups of rows (予以公开 … 结转下年度): all of them fit in one sentence.
const ROW_ITEMS = 8;

// The required addresses depend only on the template and on which 其他处理 rows the page has: worked
// out once for each such kind of report, not for every page.
const REQUIRED = new Map<string, Record<TableId, string[] | null>>();

/** The required addresses of each table; 表二 is unknowable without the template. */
function required(report: Report): Record<TableId, string[] | null> {
  const others = ['other', ...T3_OTHER_2021].filter((r) => hasRow(report, 't3', r));
  const kind = `${report.template}|${others.join(',')}`;
  let req = REQUIRED.get(kind);
  if (req === undefined) {
    const made = requiredOf(report);
    req = Object.freeze({
      t2: made.t2 && Object.freeze(made.t2),
      t3: made.t3 && Object.freeze(made.t3),
      t4: made.t4 && Object.freeze(made.t4),
    }) as Record<TableId, string[] | null>;
    REQUIRED.set(kind, req);
  }
  return req;
}

function requiredOf(report: Report): Record<TableId, string[] | null> {
  if (report.template) {
    const req = requiredAddresses(report.template);
    // The 其他处理 rows the page printed decide, not the template: a 2021 report that kept the 2019
    // single row (洪泽区 2023, 2024) has no 2021 rows to be blank.
    const rows = t3OutcomeRows(report).filter((r) => r === 'other' || r.startsWith('other.'));
    const isOther = (a: string) => {
      const row = splitAddress(a).row;
      return row === 'other' || row.startsWith('other.');
    };
    const at = req.t3.findIndex(isOther);
    if (at < 0) return req;
    const t3 = req.t3.filter((a) => !isOther(a));
    t3.splice(at, 0, ...rows.flatMap((r) => T3_COLUMNS.map((c) => address('t3', r, c.key))));
    return { ...req, t3 };
  }
  // Without a template, 表三 needs the rows common to both, plus whichever 其他处理 rows the page has.
  const optional = new Set(['other', ...T3_OTHER_2021]);
  const t3 = T3_ALL_ROWS.filter((r) => !optional.has(r) || hasRow(report, 't3', r)).flatMap((r) =>
    T3_COLUMNS.map((c) => address('t3', r, c.key)),
  );
  return { t2: null, t3, t4: requiredAddresses('2019').t4 };
}

/** `本年新收·自然人「—」`: the raw text shows what the page wrote instead of a number. */
function named(report: Report, addr: string): Param {
  const raw = report.cells[addr]?.raw.trim() ?? '';
  const cell = label('cell', addr, report.template);
  return raw && raw.length <= 8 ? msg('blankCell.named', { label: cell, raw }) : cell;
}

/**
 * `全部空白`, `全部为「/」` or `全部空白或不是数字`, as the cells are; `不在表中` for cells the page's
 * table does not have at all (a row or column left out of it), which are not blank; and with some left out,
 * `空白或不在表中`, `均为「/」或不在表中` or `空白、不是数字或不在表中`.
 */
function allBlank(report: Report, addrs: string[]): Msg {
  const present = addrs.filter((a) => report.cells[a] !== undefined);
  if (present.length === 0) return msg('blankCell.allMissing');
  const raws = new Set(present.map((a) => report.cells[a]?.raw.trim() ?? ''));
  const [only] = raws;
  // Some cells left out of the table: the others said as they are (not 空白 where they hold 「/」).
  const missing = present.length < addrs.length;
  if (raws.size === 1 && only === '')
    return msg(missing ? 'blankCell.allBlankOrMissing' : 'blankCell.allBlank');
  if (raws.size === 1 && only !== undefined && only.length <= 8)
    return msg(missing ? 'blankCell.allAreOrMissing' : 'blankCell.allAre', { raw: only });
  return msg(missing ? 'blankCell.allBlankTextOrMissing' : 'blankCell.allBlankOrText');
}

// 表三's groups of rows, named once when all their rows are blank (`「不予公开」各行`): blankCell.group.*.
const T3_GROUPS = new Set(['denied', 'unable', 'refused', 'other']);

/** Blank whole columns of 表三 or 表四, in the words a reader uses (`法人或其他组织五列`). */
function blankColumns(
  table: TableId,
  considered: string[],
  blank: Set<string>,
): { text: Param; cells: string[] }[] {
  if (table === 't2') return [];
  const cols = table === 't3' ? T3_COLUMNS : T4_COLUMNS;
  // Each column's cells, in the order considered (grouped once, not filtered per column).
  const byColumn = new Map<string, string[]>();
  for (const a of considered) {
    const column = splitAddress(a).column;
    const cells = byColumn.get(column);
    if (cells) cells.push(a);
    else byColumn.set(column, [a]);
  }
  const full = cols.filter((c) => {
    const cells = byColumn.get(c.key) ?? [];
    return cells.length > 0 && cells.every((a) => blank.has(a));
  });
  if (full.length === 0) return [];
  const keys = new Set(full.map((c) => c.key));
  const cellsOf = (ks: string[]) => considered.filter((a) => ks.includes(splitAddress(a).column));
  const out: { text: Msg; cells: string[] }[] = [];
  let rest = full.map((c) => c.key);
  if (table === 't3') {
    const legal = T3_PART_COLUMNS.slice(1);
    if (T3_PART_COLUMNS.every((k) => keys.has(k))) {
      out.push({ text: msg('blankCell.sixColumns'), cells: cellsOf(T3_PART_COLUMNS) });
      rest = rest.filter((k) => !T3_PART_COLUMNS.includes(k));
    } else if (legal.every((k) => keys.has(k))) {
      out.push({ text: msg('blankCell.fiveColumns'), cells: cellsOf(legal) });
      rest = rest.filter((k) => !legal.includes(k));
    }
  }
  if (rest.length > 0) {
    // Any row of the table names its column (表三 and 表四 columns are the same on every row).
    const anyRow = table === 't3' ? 'new' : 'review';
    const name = (k: string) => msg('q', { x: label('col', address(table, anyRow, k)) });
    out.push({
      text: msg('blankCell.columns', { cols: list(rest.map(name), 'tight'), n: rest.length }),
      cells: cellsOf(rest),
    });
  }
  return out;
}

/** Blank whole rows; 表三's rows under one heading (不予公开 …) named together. */
function blankRows(
  report: Report,
  table: TableId,
  considered: string[],
  blank: Set<string>,
): { text: Param; cells: string[] }[] {
  // Each row's cells, in the order considered (grouped once, not filtered per row).
  const byRow = new Map<string, string[]>();
  for (const a of considered) {
    const row = splitAddress(a).row;
    const cells = byRow.get(row);
    if (cells) cells.push(a);
    else byRow.set(row, [a]);
  }
  const rows = [...byRow.keys()];
  const cellsOf = (row: string) => byRow.get(row) ?? [];
  const full = new Set(rows.filter((r) => cellsOf(r).every((a) => blank.has(a))));
  const items: { text: Msg; cells: string[] }[] = [];
  const done = new Set<string>();
  for (const row of rows) {
    if (!full.has(row) || done.has(row)) continue;
    const group = table === 't3' && row.includes('.') ? row.slice(0, row.indexOf('.')) : null;
    if (!group) {
      done.add(row);
      items.push({
        text: msg('blankCell.row', { row: label('row', `${table}.${row}`, report.template) }),
        cells: cellsOf(row),
      });
      continue;
    }
    const members = rows.filter((r) => r.startsWith(`${group}.`));
    const blankOnes = members.filter((r) => full.has(r));
    for (const r of blankOnes) done.add(r);
    const name: Param = T3_GROUPS.has(group) ? msg(`blankCell.group.${group}`) : group;
    // `「不予公开」各行`, or `「不予公开」中属于国家秘密、…等 5 行` when some of its rows hold figures.
    const leaves = list(blankOnes.slice(0, 3).map((r) => label('leaf', `t3.${r}`)));
    const n = blankOnes.length;
    const text =
      n === members.length
        ? msg('blankCell.groupRows', { group: name })
        : n === 1
          ? msg('blankCell.row', { row: label('row', `t3.${row}`) })
          : msg(n > 3 ? 'blankCell.groupSomeMore' : 'blankCell.groupSome', { group: name, rows: leaves, n });
    items.push({ text, cells: blankOnes.flatMap(cellsOf) });
  }
  if (items.length === 0) return [];
  const shown =
    items.length > ROW_ITEMS
      ? msg('blankCell.itemsMore', {
          items: list(items.slice(0, ROW_ITEMS).map((i) => i.text)),
          n: items.length,
        })
      : list(items.map((i) => i.text));
  return [{ text: shown, cells: items.flatMap((i) => i.cells) }];
}

/** The blanks said as patterns (whole table, columns, rows), then the cells no pattern covers. */
function describe(report: Report, table: TableId, considered: string[], blanks: string[]): Param {
  const blank = new Set(blanks);
  const patterns = [
    ...blankColumns(table, considered, blank),
    ...blankRows(report, table, considered, blank),
  ];
  const covered = new Set(patterns.flatMap((p) => p.cells));
  const texts: Param[] = patterns.map((p) =>
    msg('blankCell.pattern', { what: p.text, all: allBlank(report, p.cells) }),
  );
  const left = blanks.filter((a) => !covered.has(a));
  if (left.length > 0) {
    const names = list(left.slice(0, NAMED).map((a) => named(report, a)));
    const cells = left.length > NAMED ? msg('blankCell.cellsMore', { cells: names, n: left.length }) : names;
    texts.push(patterns.length ? msg('blankCell.alsoCells', { cells }) : cells);
  }
  return list(texts, 'semi');
}

/** The sums over a table's cells, with a short name for each (`收支平衡`). */
function equationsOf(report: Report, table: TableId): { eq: Equation; name: Msg }[] {
  const tag = (eqs: Equation[], name: string) => eqs.map((eq) => ({ eq, name: msg(`blankCell.${name}`) }));
  if (table === 't3')
    return [
      ...tag(t3BalanceEquations(report), 'eqBalance'),
      ...tag(t3OutcomeEquations(report), 'eqOutcome'),
      ...tag(t3ColumnEquations(report), 'eqColumns'),
    ];
  if (table === 't4') return tag(t4Equations(report), 'eqColumns');
  return [];
}

/** Whether every sum over the table would hold with these blanks read as 0, in a clause of the message. */
function asZero(report: Report, table: TableId, blanks: string[]): Msg | null {
  const eqs = equationsOf(report, table);
  if (eqs.length === 0) return null;
  // The figures as read with the blanks as 0 (no copy of the report's few hundred cells). A cell the
  // table lacks (a 表三 drawn without its applicant columns) is not read as 0: no one left it blank.
  const blank = new Set<string>();
  for (const a of blanks) if (report.cells[a] !== undefined) blank.add(a);
  if (blank.size === 0) return null;
  const asRead = (a: string) => (blank.has(a) ? 0 : num(report, a));
  // The sides are frozen (made once for every report): read with loops, not map, every or a spread,
  // whose fast paths V8 takes only for arrays that are not frozen. The sum adds in the same order.
  const sum = (addrs: readonly string[]) => {
    let acc = 0;
    for (let i = 0; i < addrs.length; i++) acc += asRead(addrs[i]!) ?? 0;
    return acc;
  };
  const allRead = (addrs: readonly string[]) => {
    for (let i = 0; i < addrs.length; i++) if (asRead(addrs[i]!) === null) return false;
    return true;
  };
  const anyBlank = (addrs: readonly string[]) => {
    for (let i = 0; i < addrs.length; i++) if (blank.has(addrs[i]!)) return true;
    return false;
  };
  let unknown = 0;
  let failsAnyway = false;
  const failing: Msg[] = [];
  for (const { eq, name } of eqs) {
    if (!allRead(eq.left.addrs) || !allRead(eq.right.addrs)) {
      unknown++;
      continue;
    }
    if (same(sum(eq.left.addrs), sum(eq.right.addrs))) continue;
    // A sum that fails on figures alone is already an arithmetic rule's finding.
    if (!anyBlank(eq.left.addrs) && !anyBlank(eq.right.addrs)) failsAnyway = true;
    else
      failing.push(
        msg('blankCell.failing', { where: typeof eq.where === 'function' ? eq.where() : eq.where, name }),
      );
  }
  if (failing.length > 0) {
    const sums = list(failing.slice(0, 3));
    return failing.length > 3
      ? msg('blankCell.zeroFailsMore', { sums, n: failing.length })
      : msg('blankCell.zeroFails', { sums });
  }
  if (unknown > 0) return msg('blankCell.zeroSomeHold');
  if (failsAnyway) return msg('blankCell.zeroBlankHold');
  return msg('blankCell.zeroAllHold');
}

function tableFinding(
  report: Report,
  ctx: AuditContext,
  table: TableId,
  addrs: string[],
  totals: Set<string>,
): Finding[] {
  if (ctx.lineTables?.includes(table)) return [];
  // Rows whose figures could not be placed are short-row's; a blank total that hides a figure is blank-total's.
  const off = new Set(ctx.unmapped.filter((u) => u.table === table).map((u) => u.row));
  if (table === 't4' && ctx.unmapped.some(wholeT4)) return [];
  // Most pages have no such rows: their addresses are then not split at all. A loop, not filter:
  // addrs is frozen (shared by every report), and V8's filter takes its slow path over a frozen array.
  const considered: string[] = [];
  const blanks: string[] = [];
  // 规章 left blank or `/` by an agency that cannot make any is no gap, where the table has figures
  // (a 表二 blank throughout is said to be so, 规章 and all).
  const noRegulations =
    table === 't2' &&
    makesNoRegulations(report.agency) &&
    addrs.some((a) => !a.startsWith('t2.rules.') && num(report, a) !== null);
  for (let i = 0; i < addrs.length; i++) {
    const a = addrs[i]!;
    if (totals.has(a) || (off.size > 0 && off.has(splitAddress(a).row))) continue;
    if (noRegulations && a.startsWith('t2.rules.') && num(report, a) === null) continue;
    // On one page of a report shown over several, a cell its table lacks is on another page.
    if (ctx.paged && report.cells[a] === undefined) continue;
    considered.push(a);
    if (num(report, a) === null) blanks.push(a);
  }
  if (blanks.length === 0) return [];
  const name = label('table', table);
  const n = blanks.length;
  const missing = blanks.some((a) => report.cells[a] === undefined);
  // A table with none of its cells (a header and no figures): no sums to read with blanks as 0.
  if (n === considered.length && blanks.every((a) => report.cells[a] === undefined))
    return [finding(blankCell, msg('blankCell.tableAllMissing', { table: name, n }), blanks)];
  const zero = asZero(report, table, blanks);
  const what =
    n === considered.length
      ? msg('blankCell.tableAll', { table: name, all: allBlank(report, blanks), n })
      : msg(missing ? 'blankCell.tableSomeMissing' : 'blankCell.tableSome', {
          table: name,
          n,
          where: describe(report, table, considered, blanks),
        });
  return [finding(blankCell, zero ? msg('blankCell.withZero', { what, zero }) : what, blanks)];
}

/** One finding per found table, naming the pattern of its blank cells and whether the sums hold with them as 0. */
export const blankCell: Rule = {
  id: 'blank-cell',
  severity: 'warning',
  template: true,
  title: '空白或非数字单元格 / Blank or non-numeric cells',
  explain:
    '模板要求填写的单元格为空、缺失或不是数字（如「—」「/」）。空白不等于 0，这些单元格不参与算术核查；多数空白其实是 0，所以这里说明把空白读作 0 时各项勾稽关系是否成立。县、区政府，乡镇街道和各部门无权制定规章，其表二「规章」行空白或写「/」不计。',
  skip(_report, ctx) {
    // Tables set a cell to a row: their figures are on the page, in no column; none is blank.
    return ctx.found.t2 || ctx.found.t3 || ctx.found.t4 ? linesOnly(ctx) : noTableReason(ctx);
  },
  run(report, ctx) {
    const req = required(report);
    const totals = new Set(blankTotals(report, ctx).map((t) => t.total));
    return TABLES.flatMap((t) => {
      const addrs = req[t];
      return ctx.found[t] && addrs ? tableFinding(report, ctx, t, addrs, totals) : [];
    });
  },
};
