/** Fires only when, in one 表三 column with every cell readable, (七) 总计 ≠ the sum of the outcome rows above it. */
import { label, msg } from '../i18n/format';
import { address, splitAddress, T3_COLUMNS } from '../keys';
import type { Finding, Report } from '../model';
import {
  arithmeticSkip,
  byRow,
  checkAll,
  deepFreeze,
  type Equation,
  perReport,
  t3Other2021,
  t3OutcomeRows,
  unfilledLine,
  where,
} from './helpers';
import type { Rule } from './types';

// The equations depend only on which 其他处理 rows the page has (2019's one, 2021's three): made
// once for each, frozen and shared by every report of that kind.
const BY_KIND: [Equation[] | null, Equation[] | null] = [null, null];

/** One equation per column: the outcome rows the page has against its (七) 总计. */
export const t3OutcomeEquations: (report: Report) => Equation[] = perReport((report) => {
  const kind = t3Other2021(report) ? 1 : 0;
  const known = BY_KIND[kind];
  if (known) return known;
  const rows = t3OutcomeRows(report);
  const eqs = deepFreeze(
    T3_COLUMNS.map((c) => ({
      where: where('t3', label('col', address('t3', 'new', c.key)), '列'),
      left: { addrs: rows.map((r) => address('t3', r, c.key)), label: byRow, nonZeroOnly: true },
      right: { addrs: [address('t3', 'outcome_total', c.key)], label: byRow },
    })),
  );
  BY_KIND[kind] = eqs;
  return eqs;
});

/** How many columns that do not add up, their 总计 0 like every column's, make one finding of the row. */
const UNFILLED_COLUMNS = 2;

/**
 * The columns' findings as one where (七) 总计 is 0 in every column and UNFILLED_COLUMNS columns or more
 * add up to more (unfilledLine; 君山片区管理局 2022: three errors, for 自然人, 其他 and 总计, beside 无法提供 3
 * and 2 over a row of 0s). (One column's outcomes over a 0 make two findings, its own and 总计's.)
 */
function unfilledTotal(report: Report, found: Finding[]): Finding[] {
  const rows = t3OutcomeRows(report);
  return unfilledLine(t3OutcomeSum, report, found, {
    min: UNFILLED_COLUMNS,
    totals: T3_COLUMNS.map((c) => address('t3', 'outcome_total', c.key)),
    term: (f) => {
      const column = splitAddress(f.cells[f.cells.length - 1]!).column;
      let sum = 0;
      for (const r of rows) sum += report.cells[address('t3', r, column)]?.value ?? 0;
      return msg('term', { label: label('col', address('t3', 'new', column)), value: sum });
    },
    said: (n, columns) => msg('outcomeTotalUnfilled', { row: label('row', 't3.outcome_total'), n, columns }),
  });
}

/** Per column: 办理结果总计 = 予以公开 + 部分公开 + Σ不予公开 + Σ无法提供 + Σ不予处理 + 其他处理. */
export const t3OutcomeSum: Rule = {
  id: 't3-outcome-sum',
  severity: 'error',
  template: true,
  title: '表三办理结果合计不符 / Table 3 outcomes do not add up',
  explain:
    '表三每一列的「（七）总计」应等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各行之和（2021 年模板的其他处理分三行）。',
  skip: (report, ctx) => arithmeticSkip('t3', report, ctx, t3OutcomeEquations(report)),
  run: (report) => unfilledTotal(report, checkAll(t3OutcomeSum, report, t3OutcomeEquations(report))),
};
