/** Across two years of one agency: a table copied unchanged from last year's report. */
import { label, msg } from '../i18n/format';
import { requiredAddresses, splitAddress } from '../keys';
import type { Report, TableId } from '../model';
import { finding, num, same, yearAfterOrUnknown } from './helpers';
import type { PairRule } from './types';

/**
 * How many telling figures must be non-zero before "identical" means anything. A quiet township
 * office truly has nothing, or one application granted, two years running, so all-zero or nearly
 * empty tables repeat honestly. Only figures that could have come out otherwise count: not the
 * 总计 column or (七) 总计 row (they follow from the others, so one application already gives six
 * non-zero figures), and not the stocks of 表二 (现行有效件数, 对外公开总数量, 上一年项目数量), which
 * stay the same whenever nothing was issued. With three telling figures all repeating, chance is
 * unlikely and reuse of the old report (which evaluators do report) is the better explanation.
 */
export const MIN_NON_ZERO = 3;

const TABLES: TableId[] = ['t2', 't3', 't4'];
// The desk runs this on thousands of pairs; the address lists are built once per template.
const ADDRS = { '2019': requiredAddresses('2019'), '2021': requiredAddresses('2021') };
const UNTELLING_COLUMNS = new Set(['total', 'in_force', 'prev_items']);

/** Whether a figure could differ from last year's by chance (see MIN_NON_ZERO). */
function telling(addr: string): boolean {
  const { row, column } = splitAddress(addr);
  return !UNTELLING_COLUMNS.has(column) && row !== 'outcome_total';
}

/** Whether `next`'s table repeats `prev`'s figure for figure, with enough telling figures. */
function copied(prev: Report, next: Report, addrs: string[]): boolean {
  let shared = 0;
  let nonZero = 0;
  for (const addr of addrs) {
    // A cell only one of the two reports has is not evidence either way; a blank breaks the match.
    if (!(addr in prev.cells) || !(addr in next.cells)) continue;
    const a = num(prev, addr);
    const b = num(next, addr);
    if (a === null || b === null || !same(a, b)) return false;
    shared++;
    if (!same(a, 0) && telling(addr)) nonZero++;
  }
  return shared > 0 && nonZero >= MIN_NON_ZERO;
}

/** One template, and consecutive years (an unknown year taken on trust from the pairing). */
const applies = (prev: Report, next: Report): boolean =>
  prev.template !== null && prev.template === next.template && yearAfterOrUnknown(prev, next);

/** Warns per table (表二, 表三, 表四) when the later report's table equals the earlier one's. */
export const copiedTable: PairRule = {
  id: 'copied-table',
  severity: 'warning',
  title: '表格与上年相同 / Table copied from last year',
  explain: '本年度报告的表格与上一年度报告完全相同。评估中常见整份报告沿用旧年度的情况，数据很可能没有更新。',
  compares(prev, next) {
    if (!applies(prev, next)) return false;
    const addrs = ADDRS[next.template!];
    return TABLES.some((t) => addrs[t].some((a) => num(prev, a) !== null && num(next, a) !== null));
  },
  runPair(prev, next) {
    if (!applies(prev, next)) return [];
    const addrs = ADDRS[next.template!];
    return TABLES.flatMap((t) => {
      if (!copied(prev, next, addrs[t])) return [];
      const present = addrs[t].filter((a) => a in next.cells);
      const table = label('table', t);
      const m =
        prev.year === null
          ? msg('copiedTable.same', { table })
          : msg('copiedTable.sameYear', { table, year: prev.year });
      return [finding(copiedTable, m, present)];
    });
  },
};
