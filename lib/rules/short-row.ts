/** Fires only when the recogniser found a table row whose number of figures differs from the table's columns, so it placed none of them. */
import { splitAddress } from '../keys';
import type { Finding, Report, TableId } from '../model';
import { finding, rowLabel, TABLE_NAMES } from './helpers';
import type { Rule, UnmappedRow } from './types';

// Enough row names for the reader to find them; the cells list carries every row.
const NAMED = 5;
const ZERO = /^(?:0+|[-—–―－/／]+|无)?$/;

/** 表四 written as one row of fifteen figures: the recogniser files it under 行政复议, but it is the whole table. */
function wholeT4(u: UnmappedRow): boolean {
  return u.table === 't4' && /应有 15 个|多于 15 列/.test(u.reason);
}

function who(table: TableId, rows: UnmappedRow[], report: Report): string {
  if (rows.some(wholeT4)) return '表四的数值行';
  const names = rows.map((u) => `「${rowLabel(table, u.row, report.template)}」`);
  if (names.length > NAMED) return `${names.slice(0, NAMED).join('')}等 ${names.length} 行`;
  return `${names.join('')}${names.length > 1 ? '各' : ''}行`;
}

/** What the figures themselves say: all 0 (no sum can depend on where they go), or the one row's figures. */
function figuresNote(rows: UnmappedRow[]): string {
  const known = rows.filter((u) => u.figures !== undefined);
  if (known.length < rows.length) return '';
  const all = known.flatMap((u) => u.figures ?? []).map((f) => f.trim());
  const these = rows.length > 1 ? '这些行' : '该行';
  if (all.every((f) => f === '')) return `，${these}没有填写数值`;
  if (all.every((f) => ZERO.test(f)))
    return all.some((f) => f === '') ? `，${these}的数值均为 0 或空白` : `，${these}的数值均为 0`;
  const [only] = known;
  if (rows.length === 1 && only) return `（所列数值：${only.figures?.map((f) => f || '空').join(' ')}）`;
  return '，其中有不为 0 的数值，无法判断属于哪一列';
}

function tableFinding(report: Report, table: TableId, unmapped: UnmappedRow[]): Finding[] {
  if (unmapped.length === 0) return [];
  // Rows that fail for the same reason are named together, so 25 short rows read as one sentence.
  const byReason = new Map<string, UnmappedRow[]>();
  for (const u of unmapped) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u]);
  const parts = [...byReason].map(([reason, rows]) => {
    // The recogniser's reason usually says so already (`…，无法对应到列`).
    const tail = reason.includes('对应') ? '' : '，无法对应到列';
    return `${who(table, rows, report)}${reason}${tail}${figuresNote(rows)}`;
  });
  const rowsOff = new Set(unmapped.map((u) => u.row));
  const whole = unmapped.some(wholeT4);
  const cells = Object.keys(report.cells).filter((a) => {
    const s = splitAddress(a);
    return s.table === table && (whole || rowsOff.has(s.row));
  });
  const message = `${TABLE_NAMES[table]}：${parts.join('；')}；未按位置猜测各数值所属的列，这些单元格不参与核算`;
  return [finding(shortRow, message, cells)];
}

/** One finding per table naming its rows whose figures could not be placed under its columns. */
export const shortRow: Rule = {
  id: 'short-row',
  severity: 'warning',
  title: '行内数值个数不符 / Row with too few or too many figures',
  explain:
    '表格某一行的数值个数与表头的列数不一致（少填或合并了单元格），无法确定每个数字属于哪一列。本工具不按位置猜测，这些行不参与算术核查，需要人工查看原表。',
  skip(_report, ctx) {
    return ctx.found.t2 || ctx.found.t3 || ctx.found.t4 ? null : '未找到表格 / no table found';
  },
  run(report, ctx) {
    return (['t2', 't3', 't4'] as const).flatMap((t) =>
      tableFinding(
        report,
        t,
        ctx.unmapped.filter((u) => u.table === t),
      ),
    );
  },
};
