/** Fires only when a total (表三 总计 column or （七）总计 row, 表四 总计) is blank while one of its parts is a figure other than 0 and none is unreadable text. */
import { type Label, label, list, type Msg, msg, type Param } from '../i18n/format';
import { address, T3_COLUMNS, T3_PART_COLUMNS, T4_PART_COLUMNS, T4_ROWS } from '../keys';
import type { Finding, Report, TableId } from '../model';
import {
  asText,
  byColumn,
  byRow,
  deepFreeze,
  finding,
  hasRow,
  linesOnly,
  num,
  partValue,
  same,
  T3_ALL_ROWS,
  t3Other2021,
  t3OutcomeRows,
  where,
} from './helpers';
import type { AuditContext, Rule } from './types';

/** A blank total and what it should have added up. */
export interface BlankTotal {
  table: TableId;
  /** `表三「予以公开」行` */
  place: Msg;
  total: string;
  /** `总计`, `办理结果总计`. */
  totalLabel: Label;
  parts: string[];
  label: (addr: string) => Param;
  /** 行 (its parts are columns) or 列 (its parts are rows). */
  kind: '行' | '列';
  /** The line of totals it belongs to (表三's 总计 column, its （七）总计 row, 表四's 总计 column). */
  line: string;
  /** Its row's or column's name within that line (`予以公开`, `自然人`). */
  name: Label;
}

// A report's totals, worked out once per audit: blank-total and blank-cell both ask for them.
const TOTALS = new WeakMap<Report, { ctx: AuditContext; all: BlankTotal[]; blank: BlankTotal[] }>();

/** The totals of this report and context, and the blank ones among them. */
function totalsOf(report: Report, ctx: AuditContext): { all: BlankTotal[]; blank: BlankTotal[] } {
  const known = TOTALS.get(report);
  if (known?.ctx === ctx) return known;
  const all = totals(report, ctx);
  const made = { ctx, all, blank: blankOnes(report, all) };
  TOTALS.set(report, made);
  return made;
}

// A total's place, labels and parts depend only on its row (表三 rows, 表四), or on its column and
// which 其他处理 rows the page has (表三's （七）总计 row): made once each, not for every page. Shared
// between reports, so frozen.
const T3_ROW_TOTALS = new Map<string, { off: string; total: BlankTotal }>();
const T3_COLUMN_TOTALS: [readonly BlankTotal[] | null, readonly BlankTotal[] | null] = [null, null];
let t4Totals: readonly BlankTotal[] | null = null;

const frozen = (t: BlankTotal): BlankTotal => deepFreeze(t);

function t3RowTotal(row: string): { off: string; total: BlankTotal } {
  let t = T3_ROW_TOTALS.get(row);
  if (t === undefined) {
    t = {
      off: `t3.${row}`,
      total: frozen({
        table: 't3',
        place: where('t3', label('row', `t3.${row}`), '行'),
        total: address('t3', row, 'total'),
        totalLabel: label('col', 't3.new.total'),
        parts: T3_PART_COLUMNS.map((c) => address('t3', row, c)),
        label: byColumn,
        kind: '行',
        line: 't3.total',
        name: label('row', `t3.${row}`),
      }),
    };
    T3_ROW_TOTALS.set(row, t);
  }
  return t;
}

/** The totals of the （七）总计 row, for the outcome rows of one kind of page (`other2021`). */
function t3ColumnTotals(rows: string[], other2021: boolean): readonly BlankTotal[] {
  const kind = other2021 ? 1 : 0;
  let ts = T3_COLUMN_TOTALS[kind];
  if (ts === null) {
    ts = Object.freeze(
      T3_COLUMNS.map((c) =>
        frozen({
          table: 't3',
          place: where('t3', label('col', address('t3', 'new', c.key)), '列'),
          total: address('t3', 'outcome_total', c.key),
          totalLabel: label('row', 't3.outcome_total'),
          parts: rows.map((r) => address('t3', r, c.key)),
          label: byRow,
          kind: '列',
          line: 't3.outcome_total',
          name: label('col', address('t3', 'new', c.key)),
        }),
      ),
    );
    T3_COLUMN_TOTALS[kind] = ts;
  }
  return ts;
}

function t4RowTotals(): readonly BlankTotal[] {
  t4Totals ??= Object.freeze(
    T4_ROWS.map((row) =>
      frozen({
        table: 't4',
        place: where('t4', label('row', `t4.${row.key}`), '行'),
        total: address('t4', row.key, 'total'),
        totalLabel: label('col', 't4.review.total'),
        parts: T4_PART_COLUMNS.map((c) => address('t4', row.key, c)),
        label: byColumn,
        kind: '行',
        line: 't4.total',
        name: label('row', `t4.${row.key}`),
      }),
    ),
  );
  return t4Totals;
}

/** Every template total, with the parts it adds up; rows whose figures could not be placed are left out. */
function totals(report: Report, ctx: AuditContext): BlankTotal[] {
  const off = new Set(ctx.unmapped.map((u) => `${u.table}.${u.row}`));
  const out: BlankTotal[] = [];
  if (ctx.found.t3) {
    for (const row of T3_ALL_ROWS) {
      if (!hasRow(report, 't3', row)) continue;
      const t = t3RowTotal(row);
      if (!off.has(t.off)) out.push(t.total);
    }
    // The （七）总计 row where the page has it: a row not in the table (on a page cut short, or on
    // another page of a report shown over several) is no blank row.
    const rows = t3OutcomeRows(report);
    if (
      hasRow(report, 't3', 'outcome_total') &&
      !off.has('t3.outcome_total') &&
      !rows.some((r) => off.has(`t3.${r}`))
    )
      out.push(...t3ColumnTotals(rows, t3Other2021(report)));
  }
  if (ctx.found.t4 && !ctx.unmapped.some((u) => u.table === 't4'))
    out.push(...t4RowTotals().filter((t) => t.total in report.cells));
  return out;
}

/**
 * The totals that are blank while their parts say they are not 0, each total once (the （七）总计 row's
 * 总计 cell is both a row's and a column's total: its row speaks first).
 */
export function blankTotals(report: Report, ctx: AuditContext): BlankTotal[] {
  return totalsOf(report, ctx).blank;
}

function blankOnes(report: Report, all: BlankTotal[]): BlankTotal[] {
  const seen = new Set<string>();
  return all.filter((t) => {
    // A total the table has no cell for (a 表三 printed without its 总计 column) is not blank.
    if (seen.has(t.total) || !(t.total in report.cells) || num(report, t.total) !== null) return false;
    const values = t.parts.map((a) => partValue(report, a));
    if (values.some((v) => v === undefined) || values.every((v) => same(v ?? 0, 0))) return false;
    seen.add(t.total);
    return true;
  });
}

/** `总计 为空，但该行各列之和为 272（自然人 250 + 商业企业 22；其余 4 列为 0）`. */
function message(report: Report, t: BlankTotal): Msg {
  const raw = report.cells[t.total]?.raw.trim() ?? '';
  const shown: Param[] = [];
  let zeros = 0;
  let empty = 0;
  let sum = 0;
  for (const a of t.parts) {
    const v = num(report, a);
    if (v === null) empty++;
    else if (same(v, 0)) zeros++;
    else {
      shown.push(msg('term', { label: t.label(a), value: v }));
      sum += v;
    }
  }
  const unit = t.kind === '行' ? 'Cols' : 'Rows';
  const rest: Param[] = [];
  if (zeros) rest.push(msg(`blankTotal.zero${unit}`, { n: zeros }));
  if (empty) rest.push(msg(`blankTotal.empty${unit}`, { n: empty }));
  const terms = list(shown, 'plus');
  const parts = rest.length ? msg('blankTotal.partsRest', { shown: terms, rest: list(rest) }) : terms;
  const what = msg(t.kind === '行' ? 'blankTotal.rowSum' : 'blankTotal.outcomeSum');
  const common = { place: t.place, total: t.totalLabel, what, sum, parts };
  return raw ? msg('blankTotal.oneRaw', { ...common, raw }) : msg('blankTotal.one', common);
}

/** The readable sum of a total's parts, blanks read as 0. */
function partsSum(report: Report, t: BlankTotal): number {
  return t.parts.reduce((acc, a) => acc + (num(report, a) ?? 0), 0);
}

/**
 * One finding per blank total, but one for each line of totals (the 总计 column, the （七）总计 row,
 * 表四's 总计 column) with two or more blank: a page that fills the 总计 column only on its summary
 * rows (a real 2019 report left it blank on all eleven outcome rows that had figures) made one omission,
 * not eleven errors. The finding names each sum and every cell, so each blank total is still marked.
 */
function findings(report: Report, ctx: AuditContext): Finding[] {
  const { all, blank } = totalsOf(report, ctx);
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const t of blank) {
    if (done.has(t.line)) continue;
    const line = blank.filter((b) => b.line === t.line);
    if (line.length < 2) {
      out.push(finding(blankTotal, message(report, t), [t.total, ...t.parts]));
      continue;
    }
    done.add(t.line);
    const whole = all.filter((a) => a.line === t.line).every((a) => num(report, a.total) === null);
    const sums = list(line.map((b) => msg('term', { label: b.name, value: partsSum(report, b) })));
    const cells = [...new Set(line.flatMap((b) => [b.total, ...b.parts]))];
    // The line itself: 表三「总计」列, 表三「办理结果总计」行, 表四「总计」列.
    const lineName =
      t.kind === '行' ? where(t.table, t.totalLabel, '列') : where(t.table, t.totalLabel, '行');
    const n = line.length;
    const m = whole
      ? msg('blankTotal.line', {
          line: lineName,
          what: msg(t.kind === '行' ? 'blankTotal.rowsNonZero' : 'blankTotal.colsNonZero', { n }),
          sums,
        })
      : msg(t.kind === '行' ? 'blankTotal.someRows' : 'blankTotal.someCols', { line: lineName, n, sums });
    out.push(finding(blankTotal, m, cells));
  }
  return out;
}

/** One error per blank total whose parts are readable and not all 0. */
export const blankTotal: Rule = {
  id: 'blank-total',
  severity: 'error',
  template: true,
  title: '合计栏空白 / Blank total',
  explain:
    '表三的「总计」列或「（七）总计」行、表四的「总计」列为空，而它所合计的各项中有不为 0 的数字：总数被漏填，读者无从得知，也无法核对。各项全部为空或全部为 0 时不算此问题。',
  skip(_report, ctx) {
    if (ctx.found.t3 || ctx.found.t4) return linesOnly(ctx, ['t3', 't4']);
    return ctx.textTables?.includes('t3') && ctx.textTables.includes('t4')
      ? asText(['t3', 't4'])
      : '表三、表四均缺失 / no table 3 or 4';
  },
  run: findings,
};
