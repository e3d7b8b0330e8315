/** Fires only when, in one 表三 row with all seven cells readable, 总计 ≠ 自然人 + the five kinds of 法人或其他组织. */
import { label, msg } from '../i18n/format';
import { address, splitAddress, T3_COLUMNS, T3_PART_COLUMNS } from '../keys';
import type { Finding, Report } from '../model';
import {
  arithmeticSkip,
  byColumn,
  checkAll,
  deepFreeze,
  type Equation,
  fromParts,
  hasRow,
  perReport,
  T3_ALL_ROWS,
  unfilledLine,
  where,
} from './helpers';
import type { Rule } from './types';

// A row's equation depends on the row alone: made once per row (frozen, shared by every report).
const ROW_EQUATIONS = new Map<string, Equation>();

function rowEquation(row: string): Equation {
  let eq = ROW_EQUATIONS.get(row);
  if (eq === undefined) {
    eq = deepFreeze({
      where: () => where('t3', label('row', `t3.${row}`), '行'),
      left: { addrs: T3_PART_COLUMNS.map((c) => address('t3', row, c)), label: byColumn },
      right: { addrs: [address('t3', row, 'total')], label: byColumn },
    });
    ROW_EQUATIONS.set(row, eq);
  }
  return eq;
}

/** One equation per row the page has: its six part columns against its 总计. */
export const t3ColumnEquations: (report: Report) => Equation[] = perReport((report) =>
  T3_ALL_ROWS.filter((r) => hasRow(report, 't3', r)).map(rowEquation),
);

/** How many rows that do not add up, their 总计 0 like every row's, make one finding of the column. */
const UNFILLED_ROWS = 3;

/** The rows' findings as one where 总计 is 0 in every row and UNFILLED_ROWS rows or more add up to more (unfilledLine). */
function unfilledTotal(report: Report, found: Finding[]): Finding[] {
  return unfilledLine(t3ColumnSum, report, found, {
    min: UNFILLED_ROWS,
    totals: T3_ALL_ROWS.filter((r) => hasRow(report, 't3', r)).map((r) => address('t3', r, 'total')),
    // (A failing row's seven cells are all figures: fromParts' sum is its six part columns'.)
    term: (f) => {
      const row = splitAddress(f.cells[0]!).row;
      const value = fromParts(report, address('t3', row, 'total'))?.low ?? 0;
      return msg('term', { label: label('row', `t3.${row}`), value });
    },
    said: (n, rows) => msg('totalUnfilled', { n, rows }),
  });
}

/** Per row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
export const t3ColumnSum: Rule = {
  id: 't3-column-sum',
  severity: 'error',
  template: true,
  title: '表三各类申请人合计不符 / Table 3 applicant columns do not add up',
  explain: `表三每一行的「总计」应等于${T3_COLUMNS.slice(0, 6)
    .map((c) => c.label)
    .join('、')}六列之和。`,
  skip: (report, ctx) => arithmeticSkip('t3', report, ctx, t3ColumnEquations(report)),
  run: (report) => unfilledTotal(report, checkAll(t3ColumnSum, report, t3ColumnEquations(report))),
};
