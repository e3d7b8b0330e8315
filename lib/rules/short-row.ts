/** Fires only when the recogniser found a table row whose number of figures differs from the table's columns, so it placed none of them. */
import { label, list, type Msg, msg, type Param } from '../i18n/format';
import { splitAddress } from '../keys';
import type { Finding, Report, TableId } from '../model';
import { finding, linesOnly, noTableReason, wholeT4 } from './helpers';
import type { Rule, UnmappedRow } from './types';

// Enough row names for the reader to find them; the cells list carries every row.
const NAMED = 5;
const ZERO = /^(?:0+|[-—–―－/／]+|无)?$/;

function who(table: TableId, rows: UnmappedRow[], report: Report): Msg {
  if (rows.some(wholeT4)) return msg('shortRow.wholeT4');
  const names = rows.map((u) => msg('q', { x: label('row', `${table}.${u.row}`, report.template) }));
  if (names.length > NAMED)
    return msg('shortRow.moreRows', { names: list(names.slice(0, NAMED), 'tight'), n: names.length });
  return msg(names.length > 1 ? 'shortRow.rows' : 'shortRow.row', { names: list(names, 'tight') });
}

/** The recogniser's reason (`只有 6 个数值，应有 7 个，无法对应到列`) as a message. */
function reasonText(reason: string): Param {
  const few = /^只有 (\d+) 个数值，应有 (\d+) 个，无法对应到列$/.exec(reason);
  if (few) return msg('shortRow.few', { n: Number(few[1]), cols: Number(few[2]) });
  const many = /^有 (\d+) 个数值，多于 (\d+) 列，表头也无法对应$/.exec(reason);
  if (many) return msg('shortRow.many', { n: Number(many[1]), cols: Number(many[2]) });
  // The recogniser's reason usually says so already (`…，无法对应到列`).
  return reason.includes('对应') ? reason : msg('shortRow.other', { reason });
}

/** What the figures themselves say: all 0 (no sum can depend on where they go), or the one row's figures. */
function figuresNote(rows: UnmappedRow[]): Param {
  const known = rows.filter((u) => u.figures !== undefined);
  if (known.length < rows.length) return '';
  const all = known.flatMap((u) => u.figures ?? []).map((f) => f.trim());
  const n = rows.length;
  if (all.every((f) => f === '')) return msg('shortRow.noneFilled', { n });
  if (all.every((f) => ZERO.test(f)))
    return msg(all.some((f) => f === '') ? 'shortRow.allZeroOrBlank' : 'shortRow.allZero', { n });
  const [only] = known;
  if (rows.length === 1 && only) {
    const figures = (only.figures ?? []).map((f): Param => f || msg('shortRow.empty'));
    return msg('shortRow.figures', { figures: list(figures, 'space') });
  }
  return msg('shortRow.nonZero');
}

/** The cells of these rows of a table (all of it for a whole 表四 in one row), for the marks. */
function rowCells(report: Report, table: TableId, rows: UnmappedRow[]): string[] {
  const rowsOff = new Set(rows.map((u) => u.row));
  const whole = rows.some(wholeT4);
  return Object.keys(report.cells).filter((a) => {
    const s = splitAddress(a);
    return s.table === table && (whole || rowsOff.has(s.row));
  });
}

/**
 * Rows the page prints twice with other figures (the recogniser read neither): named, with both
 * versions where there is one such row, in a finding of their own (their figures fit the columns).
 */
function repeatedFinding(report: Report, table: TableId, rows: UnmappedRow[]): Finding[] {
  if (rows.length === 0) return [];
  const [only] = rows;
  const figures = (fs: string[] | undefined) =>
    list(
      (fs ?? []).map((f): Param => f || msg('shortRow.empty')),
      'space',
    );
  const versions =
    rows.length === 1 && only
      ? msg('shortRow.versions', { first: figures(only.figures), again: figures(only.again) })
      : '';
  const m = msg('shortRow.repeated', {
    table: label('table', table),
    who: who(table, rows, report),
    versions,
  });
  return [finding(shortRow, m, rowCells(report, table, rows))];
}

/** A one-row 表四 whose row is labelled with another body's name: said so, its figures quoted. */
function otherBodyFinding(report: Report, rows: UnmappedRow[]): Finding[] {
  const [u] = rows;
  if (u?.otherBody === undefined) return [];
  const m = msg('shortRow.otherBody', {
    name: u.otherBody,
    agency: report.agency ? msg('shortRow.agency', { agency: report.agency }) : '',
    note: figuresNote([u]),
  });
  return [finding(shortRow, m, rowCells(report, 't4', [u]))];
}

function tableFinding(report: Report, table: TableId, rows: UnmappedRow[]): Finding[] {
  const others = rows.filter((u) => u.otherBody !== undefined);
  const all = others.length ? rows.filter((u) => u.otherBody === undefined) : rows;
  const repeated = all.filter((u) => u.again !== undefined);
  const unmapped = repeated.length ? all.filter((u) => u.again === undefined) : all;
  if (unmapped.length === 0)
    return [...otherBodyFinding(report, others), ...repeatedFinding(report, table, repeated)];
  // Rows that fail for the same reason are named together, so 25 short rows read as one sentence.
  const byReason = new Map<string, UnmappedRow[]>();
  for (const u of unmapped) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u]);
  const parts = [...byReason].map(([reason, rows]) =>
    msg('shortRow.part', {
      who: who(table, rows, report),
      reason: reasonText(reason),
      note: figuresNote(rows),
    }),
  );
  const m = msg('shortRow.message', { table: label('table', table), parts: list(parts, 'semi') });
  return [
    finding(shortRow, m, rowCells(report, table, unmapped)),
    ...otherBodyFinding(report, others),
    ...repeatedFinding(report, table, repeated),
  ];
}

/** One finding per table naming its rows whose figures could not be placed under its columns. */
export const shortRow: Rule = {
  id: 'short-row',
  severity: 'warning',
  template: true,
  title: '行内数值个数不符 / Row with too few or too many figures',
  explain:
    '表格某一行的数值个数与表头的列数不一致（少填或合并了单元格），无法确定每个数字属于哪一列；或表三、表四的同一行（一行写成的表四即整张表）在页面中出现两次而数值不同，无法确定哪一份是报告的数字。表四唯一的数值行若标明是另一机关的（如区政府报告中的「区教育局」），也不作为本机关的数字。本工具不按位置猜测，也不择一采用，这些行不参与算术核查，需要人工查看原表。',
  skip(_report, ctx) {
    return ctx.found.t2 || ctx.found.t3 || ctx.found.t4 ? linesOnly(ctx) : noTableReason(ctx);
  },
  run(report, ctx) {
    // (Not a table set a cell to a row: none of its rows has its figures beside it.)
    return (['t2', 't3', 't4'] as const).flatMap((t) =>
      ctx.lineTables?.includes(t)
        ? []
        : tableFinding(
            report,
            t,
            ctx.unmapped.filter((u) => u.table === t),
          ),
    );
  },
};
