/**
 * What the rules share: reading cells without ever using a blank, comparing with a tolerance for
 * money, and writing the arithmetic in the labels a journalist reads (本年新收, 自然人).
 */

import { type List, label, list, type Msg, msg, type Param } from '../i18n/format';
import { render } from '../i18n/render';
import {
  address,
  splitAddress,
  T2_ROWS,
  T3_COLUMNS,
  T3_PART_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_PART_COLUMNS,
  T4_ROWS,
} from '../keys';
import type { Fact, Finding, Report, TableId, Template } from '../model';
import type { PairRule, Rule } from './types';

/** The short table names of the templates. */
export const TABLE_NAMES: Record<TableId, string> = { t2: '表二', t3: '表三', t4: '表四' };

// Money is kept in 万元 with decimals, so sums are compared with a tolerance, never with ===.
const EPSILON = 1e-6;

/** Whether two figures are equal up to floating-point noise. */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON;
}

/** A figure as a journalist writes it, without floating-point noise (0.1 + 0.2 → 0.3). */
export function fmt(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A cell's number, or null when it is absent or blank: arithmetic never reads those. */
export function num(report: Report, addr: string): number | null {
  return report.cells[addr]?.value ?? null;
}

// What a page writes for "nothing here": read as 0 among a total's parts, never as a figure.
const NOTHING = /^(?:[-—–―－~～/／\\]+|无|空)?$/;

/** A total's part: its figure, 0 for a blank or a dash, or undefined for text that is no figure at all. */
export function partValue(report: Report, addr: string): number | undefined {
  const v = num(report, addr);
  if (v !== null) return v;
  return NOTHING.test((report.cells[addr]?.raw ?? '').trim()) ? 0 : undefined;
}

/** The outcome groups of 表三 a text may list, by their fact keys' last part (f.outcome.granted …), in the table's order. */
export const OUTCOME_GROUPS = ['granted', 'partial', 'denied', 'unable', 'refused', 'other'];

/** The sum of some figures. */
export function total(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The report's fact with this key (keys are unique within a report). */
export function factOf(report: Report, key: string): Fact | undefined {
  // A figure the text gives as an estimate or a bound (1200余条, 50件以上) is no figure to check.
  return report.facts.find((f) => f.key === key && !f.rough);
}

/** Who applied, as the text splits the applications (自然人, 法人或其他组织). */
export const APPLICANT_KEYS = ['f.applicants.natural', 'f.applicants.legal'];

/**
 * Whether the parts of the applications the text lists (who applied, how they came) break down the
 * whole with last year's carried-over ones, not 本年新收: listed after that whole (`新受理申请41件，上年结转
 * 7件，共计48件。其中网站受理13件，信函受理34件，现场受理1件`: 13 + 34 + 1 = 48). Listed before it, or with no
 * such whole, they are the new ones'.
 */
export function partsOfWhole(report: Report, parts: (Fact | undefined)[]): boolean {
  const whole = factOf(report, 'f.applications_total');
  return whole?.value != null && !!whole.pos && listedAfter(parts, whole.pos);
}

/** Whether the parts given a place in the text are some, and all come after the fact at `at`. */
function listedAfter(parts: (Fact | undefined)[], at: NonNullable<Fact['pos']>): boolean {
  const listed = parts.flatMap((p) => (p?.pos ? [p.pos] : []));
  return (
    listed.length > 0 &&
    listed.every((pos) => pos.block > at.block || (pos.block === at.block && pos.start >= at.end))
  );
}

/**
 * The applications received with last year's carried-over ones, where the text names those after the
 * count and before the parts it lists (`共收到申请12件，上年结转1件，其中：当面申请4件，邮寄申请1件，网络申请8件`:
 * 4 + 1 + 8 = 13): with no whole said, the parts may break down either. Null otherwise.
 */
export function receivedAndCarried(report: Report, parts: (Fact | undefined)[]): number | null {
  const received = factOf(report, 'f.applications_received');
  const carried = factOf(report, 'f.carried_in');
  if (received?.value == null || carried?.value == null) return null;
  const from = received.pos;
  const at = carried.pos;
  if (!from || !at || at.block !== from.block || at.start < from.end) return null;
  // 共收到申请12件，其中上年结转1件: last year's are in the count already; it is the whole.
  if (/^\s*(?:[,，、:：(（]\s*)?(?:其中|含|包括|包含)/.test(carried.quote)) return null;
  return listedAfter(parts, at) ? received.value + carried.value : null;
}

/**
 * The years a report may be of: its title's, and its statistics period's where that names another
 * (year-mismatch: which one is right cannot be told). Empty where the report's year is unknown.
 */
export function yearsOf(report: Report): number[] {
  if (report.year === null) return [];
  const period = factOf(report, 'f.period_year')?.value;
  return typeof period === 'number' && period !== report.year ? [report.year, period] : [report.year];
}

/** A quote shortened for a message; keeps the end, where the recogniser's figure sits. */
export function shortQuote(quote: string, max = 60): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length <= max ? q : `…${q.slice(q.length - max)}`;
}

/**
 * A finding of `rule`, with the rule's own id and severity: `message` is the Chinese text of `m`
 * (the export's contract), `msg` the message itself, for a UI in another language.
 */
export function finding(rule: Pick<Rule | PairRule, 'id' | 'severity'>, m: Msg, cells: string[]): Finding {
  return { rule: rule.id, severity: rule.severity, message: render(m, 'zh'), cells, msg: m };
}

/**
 * A line of 表三's totals printed 0 in every place it has (its 总计 column, its (七)总计 row) while the parts
 * beside them add up to more: the line's findings, `min` of them at least, said as one (`said`, given how
 * many and each one's sum, `term`), its cells all theirs. Otherwise the findings as they are. (A zone
 * bureau's 2024 gave seven errors, one a row, for a 总计 column left unfilled.)
 */
export function unfilledLine(
  rule: Pick<Rule, 'id' | 'severity'>,
  report: Report,
  found: Finding[],
  line: {
    min: number;
    totals: readonly string[];
    term: (f: Finding) => Param;
    said: (n: number, terms: List) => Msg;
  },
): Finding[] {
  if (found.length < line.min) return found;
  if (line.totals.some((a) => report.cells[a]?.value !== 0)) return found;
  return [
    finding(rule, line.said(found.length, list(found.map(line.term))), [
      ...new Set(found.flatMap((f) => f.cells)),
    ]),
  ];
}

// The keys' 表三 labels carry the template's numbering; messages read better without it.
const T3_SHORT: Record<string, string> = {
  new: '本年新收',
  carried_in: '上年结转',
  outcome_total: '办理结果总计',
  carried_out: '结转下年度',
};
const T3_ROW_LABELS = new Map([...T3_ROWS['2019'], ...T3_ROWS['2021']].map((r) => [r.key, r.label]));

// 表三's short labels, worked out once: messages and cell labels ask for them thousands of times a page.
const T3_SHORT_LABELS = new Map<string, string>();

/** A row's short label, e.g. `本年新收`, `不予公开·属于国家秘密`, `行政复议`, `规章`. */
export function rowLabel(table: string, row: string, template: Template | null = null): string {
  if (table === 't3') {
    const known = T3_SHORT_LABELS.get(row);
    if (known !== undefined) return known;
    const label = T3_SHORT[row] ?? T3_ROW_LABELS.get(row);
    if (!label) return row;
    const short = label.replace(/^（[一二三四五六七]）/, '').replace(/\s*\d+\./, '·');
    T3_SHORT_LABELS.set(row, short);
    return short;
  }
  if (table === 't4') return T4_ROWS.find((r) => r.key === row)?.label ?? row;
  if (table === 't2') return t2Row(row, template)?.label ?? row;
  return row;
}

function t2Row(row: string, template: Template | null) {
  const first = template ?? '2019';
  const second = first === '2019' ? '2021' : '2019';
  return T2_ROWS[first].find((r) => r.key === row) ?? T2_ROWS[second].find((r) => r.key === row);
}

/** A column's label, e.g. `自然人`, `结果维持`, `本年新制作数量`. */
export function columnLabel(
  table: string,
  row: string,
  column: string,
  template: Template | null = null,
): string {
  const cols =
    table === 't3' ? T3_COLUMNS : table === 't4' ? T4_COLUMNS : (t2Row(row, template)?.columns ?? []);
  return cols.find((c) => c.key === column)?.label ?? column;
}

/** A cell's label inside its table, e.g. `本年新收·自然人`. */
export function cellLabel(addr: string, template: Template | null = null): string {
  const { table, row, column } = splitAddress(addr);
  return `${rowLabel(table, row, template)}·${columnLabel(table, row, column, template)}`;
}

/** One term of a sum shown in a message (an empty label: the figure alone). */
export interface Term {
  label: Param;
  value: number;
}

/** The terms at these addresses, or null as soon as one is absent or blank. */
export function readTerms(report: Report, addrs: string[], label: (addr: string) => Param): Term[] | null {
  const terms: Term[] = [];
  for (const addr of addrs) {
    const value = num(report, addr);
    if (value === null) return null;
    terms.push({ label: label(addr), value });
  }
  return terms;
}

/**
 * `自然人 0 + 商业企业 1 = 1`. With `nonZeroOnly` the zero terms of a long sum are left out and
 * counted, so the message stays readable (表三 has 23 outcome rows, most of them 0).
 */
export function sumText(terms: Term[], nonZeroOnly = false): Msg {
  const shown = nonZeroOnly ? terms.filter((t) => !same(t.value, 0)) : terms;
  if (shown.length === 0) return msg('sumZero', { n: terms.length });
  const left = list(shown.map(termText), 'plus');
  const hidden = terms.length - shown.length;
  const sum = total(terms.map((t) => t.value));
  return hidden > 0
    ? msg('sumHidden', { terms: left, total: sum, count: terms.length, n: hidden })
    : msg('sum', { terms: left, total: sum });
}

/** `自然人 0`, or the figure alone for a term without a label. */
export function termText(t: Term): Param {
  return t.label === '' ? t.value : msg('term', { label: t.label, value: t.value });
}

/** One side of a comparison: `本年新收·总计 为 41` for a single figure, else the sum. */
export function sideText(terms: Term[], nonZeroOnly = false): Msg {
  const [only] = terms;
  return terms.length === 1 && only
    ? msg('side', { label: only.label, value: only.value })
    : sumText(terms, nonZeroOnly);
}

/** One side of an equation between cells. */
export interface Side {
  addrs: string[];
  label: (addr: string) => Param;
  /** Leave zero terms out of the message (long sums). */
  nonZeroOnly?: boolean;
}

/**
 * Checks `left = right` between cells: silent when any cell is absent or blank (that is
 * blank-cell's finding) or when the sums agree; otherwise one finding naming every cell, e.g.
 * `表三「总计」列：本年新收 41 + 上年结转 2 = 43，但 办理结果总计 40 + 结转下年度 2 = 42`.
 */
export function checkEquation(
  rule: Pick<Rule, 'id' | 'severity'>,
  report: Report,
  where: Param | (() => Param),
  left: Side,
  right: Side,
): Finding[] {
  // Sums first, labels only for a failing check: most checks pass, and a page runs hundreds.
  // Indexed loops here and in readable: the sides are frozen (see checkAll).
  const sum = (addrs: string[]) => {
    let acc = 0;
    for (let i = 0; i < addrs.length; i++) {
      const v = num(report, addrs[i]!);
      if (v === null) return null;
      acc += v;
    }
    return acc;
  };
  const ls = sum(left.addrs);
  const rs = sum(right.addrs);
  if (ls === null || rs === null || same(ls, rs)) return [];
  const l = readTerms(report, left.addrs, left.label)!;
  const r = readTerms(report, right.addrs, right.label)!;
  const place = typeof where === 'function' ? where() : where;
  const m = msg('eq', {
    where: place,
    left: sumText(l, left.nonZeroOnly),
    right: sideText(r, right.nonZeroOnly),
  });
  return [finding(rule, m, [...left.addrs, ...right.addrs])];
}

// A 表三 or 表四 row's addresses, made once per row: the rules ask whether a row is there hundreds of
// times a page (each address() is three Map lookups).
const ROW_CELLS = { t3: new Map<string, string[]>(), t4: new Map<string, string[]>() };
const MAX_ROW_CELLS = 1024;

/** Whether the report has any cell of this row. */
export function hasRow(report: Report, table: TableId, row: string): boolean {
  if (table === 't2')
    return (t2Row(row, report.template)?.columns ?? []).some(
      (c) => address(table, row, c.key) in report.cells,
    );
  const byRow = ROW_CELLS[table];
  let addrs = byRow.get(row);
  if (addrs === undefined) {
    addrs = (table === 't3' ? T3_COLUMNS : T4_COLUMNS).map((c) => address(table, row, c.key));
    if (byRow.size < MAX_ROW_CELLS) byRow.set(row, addrs);
  }
  const cells = report.cells;
  for (let i = 0; i < addrs.length; i++) if (addrs[i]! in cells) return true;
  return false;
}

/** The 2021 template's three rows that replace the 2019 `other` row. */
export const T3_OTHER_2021 = ['other.no_correction', 'other.no_fee', 'other.else'];

/** 表三's outcome rows (予以公开 … 其他处理) under both templates, without the (七) 总计. */
const T3_OUTCOMES_2019 = T3_ROWS['2019']
  .map((r) => r.key)
  .filter((k) => !['new', 'carried_in', 'outcome_total', 'carried_out'].includes(k));

/**
 * The rows that sum to 表三's (七) 总计: 2019's single `other`, 2021's three `other.*`, and for an
 * unknown template whichever of the two the page has.
 */
export function t3OutcomeRows(report: Report): string[] {
  return (t3Other2021(report) ? T3_OUTCOMES_WITH_2021 : T3_OUTCOMES_WITH_2019).slice();
}

const T3_OUTCOMES_HEAD = T3_OUTCOMES_2019.filter((k) => k !== 'other');
const T3_OUTCOMES_WITH_2021 = [...T3_OUTCOMES_HEAD, ...T3_OTHER_2021];
const T3_OUTCOMES_WITH_2019 = [...T3_OUTCOMES_HEAD, 'other'];

/**
 * Whether 表三's outcome rows end in 2021's three 其他处理 rows (else in 2019's one): what
 * t3OutcomeRows turns on, for the rules that keep what they build from those rows per kind.
 */
export function t3Other2021(report: Report): boolean {
  // The rows the page has decide, not the template: a 2021 report that kept the 2019 表三 still has
  // one （六）其他处理 row to add up.
  for (const r of T3_OTHER_2021) if (hasRow(report, 't3', r)) return true;
  return !hasRow(report, 't3', 'other') && report.template === '2021';
}

/** Every 表三 row of both templates, in the template's order (`other` before its parts). */
export const T3_ALL_ROWS: string[] = T3_ROWS['2019'].flatMap((r) =>
  r.key === 'other' ? ['other', ...T3_OTHER_2021] : [r.key],
);

/** Where a check sits, as a message opens: `表三「自然人」列`, `表四「行政复议」行`. */
export function where(table: TableId, name: Param, kind: '行' | '列'): Msg {
  return msg(kind === '列' ? 'whereCol' : 'whereRow', { table: label('table', table), label: name });
}

/** Labels a term by its row only (`本年新收`), for a sum down a column. */
export function byRow(addr: string): Param {
  const { table, row } = splitAddress(addr);
  return label('row', `${table}.${row}`);
}

/** Labels a term by its column only (`自然人`), for a sum across a row. */
export function byColumn(addr: string): Param {
  return label('col', addr);
}

/** One of the template's sums between cells: where it sits and its two sides. */
export interface Equation {
  where: Param | (() => Param);
  left: Side;
  right: Side;
}

/**
 * A rule's equations for a report, built once: the rule's skip and run and blank-cell's reasons all
 * ask for them (the report is not changed while its rules run).
 */
export function perReport<T>(build: (report: Report) => T): (report: Report) => T {
  const built = new WeakMap<Report, T>();
  return (report) => {
    let v = built.get(report);
    if (v === undefined) {
      v = build(report);
      built.set(report, v);
    }
    return v;
  };
}

/** Every address an equation reads. */
export function equationCells(e: Equation): string[] {
  return [...e.left.addrs, ...e.right.addrs];
}

/** Whether every cell of the equation holds a number, so it can be checked at all. */
export function readable(report: Report, e: Equation): boolean {
  // Side by side, no array of both made: the rules' skips ask this of every equation of a page.
  const { left, right } = e;
  for (let i = 0; i < left.addrs.length; i++) if (num(report, left.addrs[i]!) === null) return false;
  for (let i = 0; i < right.addrs.length; i++) if (num(report, right.addrs[i]!) === null) return false;
  return true;
}

/**
 * Freezes a value made once and shared by every report's rules (equations, totals) all the way
 * down, functions excepted, so no rule can change what the next page reads.
 */
export function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
  return v;
}

/** The findings of `rule` over its equations (each silent when a cell is blank or when it holds). */
export function checkAll(rule: Pick<Rule, 'id' | 'severity'>, report: Report, eqs: Equation[]): Finding[] {
  // A loop, not flatMap: eqs is frozen (made once for every report), and V8's array builtins take
  // their slow paths over frozen arrays.
  const out: Finding[] = [];
  for (let i = 0; i < eqs.length; i++) {
    const e = eqs[i]!;
    for (const f of checkEquation(rule, report, e.where, e.left, e.right)) out.push(f);
  }
  return out;
}

/**
 * The rows read of a table that was not found whole (fewer rows than make a table: a truncated or
 * malformed one): those read into cells, in the order they were read, then those whose figures
 * could not be placed.
 */
export function tableRowsOf(
  report: Report,
  ctx: { unmapped: { table: TableId; row: string }[] },
  table: TableId,
): string[] {
  const rows = new Set<string>();
  const prefix = `${table}.`;
  for (const a of Object.keys(report.cells)) if (a.startsWith(prefix)) rows.add(splitAddress(a).row);
  for (const u of ctx.unmapped) if (u.table === table) rows.add(u.row);
  return [...rows];
}

/**
 * True for 表四 written as one row that was not read: the recogniser files it under 行政复议, but it
 * is the whole table (its figures could not be placed, the page prints it again with other figures,
 * or it is headed with another body's name), and says so (UnmappedRow.whole).
 */
export function wholeT4(u: { table: TableId; whole?: boolean }): boolean {
  return u.table === 't4' && u.whole === true;
}

/**
 * Why an arithmetic rule cannot be checked: its table is absent, or not one of its equations has all
 * its cells readable (a blank table, or rows whose figures could not be placed).
 */
export function arithmeticSkip(
  table: TableId,
  report: Report,
  ctx: {
    found: Record<TableId, boolean>;
    unmapped: { table: TableId; row: string }[];
    paged?: boolean;
    textTables?: TableId[];
    lineTables?: TableId[];
  },
  eqs: Equation[],
): string | null {
  if (!ctx.found[table])
    return tableRowsOf(report, ctx, table).length > 0
      ? `${TABLE_NAMES[table]}不完整 / table ${table.slice(1)} incomplete`
      : absentReason([table], ctx);
  for (let i = 0; i < eqs.length; i++) if (readable(report, eqs[i]!)) return null;
  if (ctx.lineTables?.includes(table)) return asLines([table]);
  // Its rows on this page and the next: the sums need both.
  if (ctx.paged && eqs.some((e) => equationCells(e).some((a) => !(a in report.cells)))) return PAGED;
  if (ctx.unmapped.some((u) => u.table === table))
    return '相关单元格为空或无法对应到列 / every sum has a cell that is blank or could not be placed';
  if (eqs.every((e) => equationCells(e).every((a) => num(report, a) === null)))
    return '相关单元格均为空 / every cell involved is blank';
  // A column or row the table was printed without (表三 without its 总计 column).
  return eqs.every((e) => equationCells(e).some((a) => !(a in report.cells)))
    ? '每一项都有表中没有的单元格 / every sum needs a cell the table does not have'
    : '每一项都有空白单元格 / every sum has a blank cell';
}

/**
 * The skip of a rule about what a page lacks (a table, a section) on one page of a report shown over
 * several (AuditContext.paged): its other pages may hold it.
 */
export const PAGED =
  '本页是分页显示的报告中的一页，其他页可能有 / this page is one of the pages the report is shown over; the others may hold it';

/** Why the template's rules are not run on a report of 2018 or before (AuditContext.oldFormat). */
export const OLD_FORMAT =
  '2018 年及以前的年度报告按 2008 年《条例》和当时的统计表编写，没有现行模板的表格和章节 / a report for 2018 or before follows the 2008 Regulations and their statistics table, not the current template’s tables and sections';

/** Whether `next` is of the year after `prev`'s, both years known. */
export const yearAfter = (prev: Report, next: Report): boolean =>
  prev.year !== null && next.year !== null && next.year === prev.year + 1;

/** The same, an unknown year taken on trust from the caller's pairing (lib/desk/cross.ts). */
export const yearAfterOrUnknown = (prev: Report, next: Report): boolean =>
  prev.year === null || next.year === null || yearAfter(prev, next);

/** Why the date's rules do not run where the year was made from the date (AuditContext.yearFromDate). */
export const YEAR_FROM_DATE =
  '标题和正文都没有写明报告年度，年度按发布日期推断，无法据此核对日期 / neither the title nor the text gives the report’s year; it is inferred from the publication date, which cannot then be checked against it';

/** Why a table rule does not run on plain text (AuditContext.plainText). */
export const PLAIN_TEXT =
  '纯文本文件，其中的表格只是文字行，无法还原为表格 / plain text: its tables are lines of text and cannot be read as tables';

/** Why a table's sums are not checked where the table is there as text only (AuditContext.textTables). */
export const asText = (found: TableId[]) => {
  const { names, ids, one } = tablesNamed(found);
  return one
    ? `${names}只以文字形式出现，未能按表格读出 / table ${ids} is there as text only and could not be read as a table`
    : `${names}只以文字形式出现，未能按表格读出 / tables ${ids} are there as text only and could not be read as tables`;
};

/** Why a table's cells are not called blank where it is set a cell to a row (AuditContext.lineTables). */
export const asLines = (found: TableId[]) => {
  const { names, ids, one } = tablesNamed(found);
  return `${names}的单元格每格占一行，数字不在列中，未能按表格读出 / table${one ? '' : 's'} ${ids}: cells set one to a row, figures in no column, not read as a table`;
};

/**
 * Tables named in a reason, in the template's order (t2, t3, t4) whatever order they were found in:
 * one reason, however many rules give it (表二、表三 / `2, 3`).
 */
function tablesNamed(found: TableId[]): { names: string; ids: string; one: boolean } {
  const ts = [...found].sort();
  return {
    names: ts.map((t) => TABLE_NAMES[t]).join('、'),
    ids: ts.map((t) => t.slice(1)).join(', '),
    one: ts.length === 1,
  };
}

/**
 * The skip of a rule over `tables` where every one of them found is set a cell to a row
 * (AuditContext.lineTables), else null: nothing of theirs was read to check.
 */
export function linesOnly(
  ctx: { found: Record<TableId, boolean>; lineTables?: TableId[] },
  tables: TableId[] = ['t2', 't3', 't4'],
): string | null {
  const found = tables.filter((t) => ctx.found[t]);
  return found.length > 0 && found.every((t) => ctx.lineTables?.includes(t)) ? asLines(found) : null;
}

/** Whether each of `tables` is there as text only (AuditContext.textTables). */
export function allAsText(tables: TableId[], ctx: { textTables?: TableId[] }): boolean {
  return tables.every((t) => ctx.textTables?.includes(t));
}

/**
 * Why a rule is not checked where none of `tables` was found as a table: they are missing
 * (`表三、表四缺失`), or each there only as text (AuditContext.textTables).
 */
export function absentReason(tables: TableId[], ctx: { textTables?: TableId[] }): string {
  return allAsText(tables, ctx)
    ? asText(tables)
    : `${tables.map((t) => TABLE_NAMES[t]).join('、')}缺失 / no table ${tables.map((t) => t.slice(1)).join(', ')}`;
}

/**
 * Why a rule over all the tables is not checked where none was found as a table: none there, or
 * those there only as text (AuditContext.textTables).
 */
export function noTableReason(ctx: { textTables?: TableId[] }): string {
  return ctx.textTables?.length ? asText(ctx.textTables) : '未找到表格 / no table found';
}

/** The same skip on a copy that says it stops short (AuditContext.truncated). */
export const TRUNCATED = '正文不完整 / the text stops short of the whole report';

/** A total the table leaves blank, read from its row's columns instead. */
export interface FromParts {
  /** The sum of the columns that are figures. */
  low: number;
  /** Some columns are blank too: the total may be more than `low`, never less. */
  open: boolean;
  /** The columns' addresses. */
  parts: string[];
}

/**
 * A blank 表三 or 表四 总计 read from its row: the sum of its columns' figures, and whether any is
 * blank. Null where the cell is not such a total, a column holds text that is no figure, or every
 * column is blank (nothing read: that is blank-cell's finding).
 */
export function fromParts(report: Report, addr: string): FromParts | null {
  const { table, row, column } = splitAddress(addr);
  if (column !== 'total' || (table !== 't3' && table !== 't4')) return null;
  const parts = (table === 't3' ? T3_PART_COLUMNS : T4_PART_COLUMNS).map((c) => address(table, row, c));
  let low = 0;
  let open = false;
  let read = false;
  for (const a of parts) {
    const v = num(report, a);
    if (v !== null) {
      low += v;
      read = true;
    } else if (partValue(report, a) === 0) open = true;
    else return null;
  }
  return read ? { low, open, parts } : null;
}
