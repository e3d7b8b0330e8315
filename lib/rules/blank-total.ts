/** Fires only when a total (表三 总计 column or （七）总计 row, 表四 总计) is blank while one of its parts is a figure other than 0 and none is unreadable text. */
import { address, T3_COLUMNS, T3_PART_COLUMNS, T4_COLUMNS, T4_ROWS } from '../keys';
import type { Finding, Report, TableId } from '../model';
import {
  byColumn,
  byRow,
  finding,
  fmt,
  hasRow,
  num,
  rowLabel,
  same,
  T3_ALL_ROWS,
  t3OutcomeRows,
  where,
} from './helpers';
import type { AuditContext, Rule } from './types';

/** A blank total and what it should have added up. */
export interface BlankTotal {
  table: TableId;
  /** `表三「予以公开」行` */
  place: string;
  total: string;
  /** `总计`, `办理结果总计`. */
  totalLabel: string;
  parts: string[];
  label: (addr: string) => string;
  /** 行 (its parts are columns) or 列 (its parts are rows). */
  kind: '行' | '列';
  /** The line of totals it belongs to (表三's 总计 column, its （七）总计 row, 表四's 总计 column). */
  line: string;
  /** Its row's or column's name within that line (`予以公开`, `自然人`). */
  name: string;
}

// What a page writes for "nothing here": read as 0 among the parts, never as a figure.
const NOTHING = /^(?:[-—–―－~～/／\\]+|无|空)?$/;

/** A part's figure, 0 for a blank or a dash, or undefined for text that is no figure at all. */
function partValue(report: Report, addr: string): number | undefined {
  const v = num(report, addr);
  if (v !== null) return v;
  return NOTHING.test((report.cells[addr]?.raw ?? '').trim()) ? 0 : undefined;
}

/** Every template total, with the parts it adds up; rows whose figures could not be placed are left out. */
function totals(report: Report, ctx: AuditContext): BlankTotal[] {
  const off = new Set(ctx.unmapped.map((u) => `${u.table}.${u.row}`));
  const out: BlankTotal[] = [];
  if (ctx.found.t3) {
    for (const row of T3_ALL_ROWS) {
      if (!hasRow(report, 't3', row) || off.has(`t3.${row}`)) continue;
      out.push({
        table: 't3',
        place: where('t3', rowLabel('t3', row), '行'),
        total: address('t3', row, 'total'),
        totalLabel: '总计',
        parts: T3_PART_COLUMNS.map((c) => address('t3', row, c)),
        label: byColumn,
        kind: '行',
        line: '表三「总计」列',
        name: rowLabel('t3', row),
      });
    }
    const rows = t3OutcomeRows(report);
    if (!off.has('t3.outcome_total') && !rows.some((r) => off.has(`t3.${r}`))) {
      for (const c of T3_COLUMNS) {
        out.push({
          table: 't3',
          place: where('t3', c.label, '列'),
          total: address('t3', 'outcome_total', c.key),
          totalLabel: '办理结果总计',
          parts: rows.map((r) => address('t3', r, c.key)),
          label: byRow,
          kind: '列',
          line: '表三「办理结果总计」行',
          name: c.label,
        });
      }
    }
  }
  if (ctx.found.t4 && !ctx.unmapped.some((u) => u.table === 't4')) {
    for (const row of T4_ROWS) {
      out.push({
        table: 't4',
        place: where('t4', row.label, '行'),
        total: address('t4', row.key, 'total'),
        totalLabel: '总计',
        parts: T4_COLUMNS.filter((c) => c.key !== 'total').map((c) => address('t4', row.key, c.key)),
        label: byColumn,
        kind: '行',
        line: '表四「总计」列',
        name: row.label,
      });
    }
  }
  return out;
}

/**
 * The totals that are blank while their parts say they are not 0, each total once (the （七）总计 row's
 * 总计 cell is both a row's and a column's total: its row speaks first).
 */
export function blankTotals(report: Report, ctx: AuditContext): BlankTotal[] {
  const seen = new Set<string>();
  return totals(report, ctx).filter((t) => {
    if (seen.has(t.total) || num(report, t.total) !== null) return false;
    const values = t.parts.map((a) => partValue(report, a));
    if (values.some((v) => v === undefined) || values.every((v) => same(v ?? 0, 0))) return false;
    seen.add(t.total);
    return true;
  });
}

/** `总计 为空，但该行各列之和为 272（自然人 250 + 商业企业 22；其余 4 列为 0）`. */
function message(report: Report, t: BlankTotal): string {
  const raw = report.cells[t.total]?.raw.trim() ?? '';
  const blank = raw ? `为「${raw}」` : '为空';
  const shown: string[] = [];
  let zeros = 0;
  let empty = 0;
  let sum = 0;
  for (const a of t.parts) {
    const v = num(report, a);
    if (v === null) empty++;
    else if (same(v, 0)) zeros++;
    else {
      shown.push(`${t.label(a)} ${fmt(v)}`);
      sum += v;
    }
  }
  const unit = t.kind === '行' ? '列' : '行';
  const rest = [zeros ? `${zeros} ${unit}为 0` : '', empty ? `${empty} ${unit}空白，读作 0` : '']
    .filter(Boolean)
    .join('、');
  const parts = `${shown.join(' + ')}${rest ? `；其余 ${rest}` : ''}`;
  const what = t.kind === '行' ? '该行各列之和' : '各办理结果之和';
  return `${t.place}：${t.totalLabel} ${blank}，但${what}为 ${fmt(sum)}（${parts}）`;
}

/** The readable sum of a total's parts, blanks read as 0. */
function partsSum(report: Report, t: BlankTotal): number {
  return t.parts.reduce((acc, a) => acc + (num(report, a) ?? 0), 0);
}

/**
 * One finding per blank total; a whole line of totals left blank (the 总计 column, the （七）总计 row)
 * is one finding naming each sum, not seven errors for one omission.
 */
function findings(report: Report, ctx: AuditContext): Finding[] {
  const all = totals(report, ctx);
  const blank = blankTotals(report, ctx);
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const t of blank) {
    if (done.has(t.line)) continue;
    const line = blank.filter((b) => b.line === t.line);
    const whole = all.filter((a) => a.line === t.line).every((a) => num(report, a.total) === null);
    if (!whole || line.length < 2) {
      out.push(finding(blankTotal, message(report, t), [t.total, ...t.parts]));
      continue;
    }
    done.add(t.line);
    const sums = line.map((b) => `${b.name} ${fmt(partsSum(report, b))}`);
    const what =
      t.kind === '行' ? `${line.length} 行的各列之和不为 0` : `${line.length} 列的各办理结果之和不为 0`;
    const cells = [...new Set(line.flatMap((b) => [b.total, ...b.parts]))];
    out.push(finding(blankTotal, `${t.line}全部空白，但 ${what}：${sums.join('、')}`, cells));
  }
  return out;
}

/** One error per blank total whose parts are readable and not all 0. */
export const blankTotal: Rule = {
  id: 'blank-total',
  severity: 'error',
  title: '合计栏空白 / Blank total',
  explain:
    '表三的「总计」列或「（七）总计」行、表四的「总计」列为空，而它所合计的各项中有不为 0 的数字：总数被漏填，读者无从得知，也无法核对。各项全部为空或全部为 0 时不算此问题。',
  skip(_report, ctx) {
    return ctx.found.t3 || ctx.found.t4 ? null : '表三、表四均缺失 / no table 3 or 4';
  },
  run: findings,
};
