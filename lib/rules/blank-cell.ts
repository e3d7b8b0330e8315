/** Cells the template requires that are blank, absent or not a number: one finding per table. */
import { address, requiredAddresses, splitAddress, T3_COLUMNS } from '../keys';
import type { Finding, Report, TableId } from '../model';
import {
  cellLabel,
  finding,
  hasRow,
  num,
  rowLabel,
  T3_ALL_ROWS,
  T3_OTHER_2021,
  TABLE_NAMES,
} from './helpers';
import type { AuditContext, Rule } from './types';

const TABLES: TableId[] = ['t2', 't3', 't4'];
// Enough names for the reader to find the gap; the cells list carries all of them.
const NAMED = 5;

/** The required addresses of each table; 表二 is unknowable without the template. */
function required(report: Report): Record<TableId, string[] | null> {
  if (report.template) return requiredAddresses(report.template);
  // Without a template, 表三 needs the rows common to both, plus whichever 其他处理 rows the page has.
  const optional = new Set(['other', ...T3_OTHER_2021]);
  const t3 = T3_ALL_ROWS.filter((r) => !optional.has(r) || hasRow(report, 't3', r)).flatMap((r) =>
    T3_COLUMNS.map((c) => address('t3', r, c.key)),
  );
  return { t2: null, t3, t4: requiredAddresses('2019').t4 };
}

/** `本年新收·自然人「—」`: the raw text shows what the page wrote instead of a number. */
function named(report: Report, addr: string): string {
  const raw = report.cells[addr]?.raw.trim() ?? '';
  const label = cellLabel(addr, report.template);
  return raw && raw.length <= 8 ? `${label}「${raw}」` : label;
}

function tableFinding(report: Report, ctx: AuditContext, table: TableId, addrs: string[]): Finding[] {
  const blanks = addrs.filter((a) => num(report, a) === null);
  const unmapped = ctx.unmapped.filter((u) => u.table === table);
  if (blanks.length === 0 && unmapped.length === 0) return [];
  // Rows that fail for the same reason are named together, so 25 short rows read as one sentence.
  const byReason = new Map<string, string[]>();
  for (const u of unmapped) {
    const rows = byReason.get(u.reason) ?? [];
    rows.push(`「${rowLabel(table, u.row, report.template)}」`);
    byReason.set(u.reason, rows);
  }
  const parts = [...byReason].map(([reason, rows]) => {
    // The recogniser's reason usually says so already (`…，无法对应到列`).
    const tail = reason.includes('对应') ? '' : '，无法对应到列';
    const who =
      rows.length > NAMED
        ? `${rows.slice(0, NAMED).join('')}等 ${rows.length} 行`
        : `${rows.join('')}${rows.length > 1 ? '各' : ''}行`;
    return `${who}${reason}${tail}`;
  });
  if (blanks.length > 0) {
    const names = blanks.slice(0, NAMED).map((a) => named(report, a));
    const more = blanks.length > NAMED ? ' 等' : '';
    parts.unshift(
      `${TABLE_NAMES[table]}有 ${blanks.length} 个单元格为空或不是数字：${names.join('、')}${more}`,
    );
  } else {
    parts[0] = `${TABLE_NAMES[table]}：${parts[0]}`;
  }
  // An unmapped row's cells are in the report with value null; name them even when not required.
  const rowsOff = new Set(unmapped.map((u) => u.row));
  const extra = Object.keys(report.cells).filter((a) => {
    const s = splitAddress(a);
    return s.table === table && rowsOff.has(s.row) && num(report, a) === null && !blanks.includes(a);
  });
  return [finding(blankCell, parts.join('；'), [...blanks, ...extra])];
}

/** One finding per found table listing every required cell that is blank or not a number. */
export const blankCell: Rule = {
  id: 'blank-cell',
  severity: 'warning',
  title: '空白或非数字单元格 / Blank or non-numeric cells',
  explain:
    '模板要求填写的单元格为空、缺失或不是数字（如「—」「/」），或某行的数值个数与列数对不上。这些单元格不参与算术核查，需要人工查看。',
  run(report, ctx) {
    const req = required(report);
    return TABLES.flatMap((t) => {
      const addrs = req[t];
      return ctx.found[t] && addrs ? tableFinding(report, ctx, t, addrs) : [];
    });
  },
};
