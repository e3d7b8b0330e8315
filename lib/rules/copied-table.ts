/** Across two years of one agency: a table copied unchanged from last year's report. */
import { requiredAddresses } from '../keys';
import type { Report, TableId } from '../model';
import { finding, num, same, TABLE_NAMES } from './helpers';
import type { PairRule } from './types';

/**
 * How many non-zero figures a table must have before "identical" means anything. A quiet township
 * office truly receives no applications and no reviews two years running, so its all-zero 表三 and
 * 表四 repeat honestly; with three or more non-zero figures all repeating, chance is unlikely and
 * reuse of the old report (which evaluators do report) is the better explanation.
 */
export const MIN_NON_ZERO = 3;

const TABLES: TableId[] = ['t2', 't3', 't4'];
// The desk runs this on thousands of pairs; the address lists are built once per template.
const ADDRS = { '2019': requiredAddresses('2019'), '2021': requiredAddresses('2021') };

/** Whether `next`'s table repeats `prev`'s figure for figure (see MIN_NON_ZERO). */
function copied(prev: Report, next: Report, addrs: string[]): boolean {
  let shared = 0;
  let nonZero = 0;
  for (const addr of addrs) {
    const a = num(prev, addr);
    const b = num(next, addr);
    // A cell only one of the two reports has is not evidence either way; a blank breaks the match.
    if (!(addr in prev.cells) || !(addr in next.cells)) continue;
    if (a === null || b === null || !same(a, b)) return false;
    shared++;
    if (!same(a, 0)) nonZero++;
  }
  return shared > 0 && nonZero >= MIN_NON_ZERO;
}

/** Warns per table (表二, 表三, 表四) when the later report's table equals the earlier one's. */
export const copiedTable: PairRule = {
  id: 'copied-table',
  severity: 'warning',
  title: '表格与上年相同 / Table copied from last year',
  explain: '本年度报告的表格与上一年度报告完全相同。评估中常见整份报告沿用旧年度的情况，数据很可能没有更新。',
  runPair(prev, next) {
    if (prev.template === null || prev.template !== next.template) return [];
    if (prev.year !== null && next.year !== null && next.year !== prev.year + 1) return [];
    const addrs = ADDRS[next.template];
    return TABLES.flatMap((t) => {
      if (!copied(prev, next, addrs[t])) return [];
      const present = addrs[t].filter((a) => a in next.cells);
      const y = prev.year === null ? '' : `（${prev.year}年）`;
      return [finding(copiedTable, `${TABLE_NAMES[t]}与上一年度${y}报告完全相同，可能沿用了旧报告`, present)];
    });
  },
};
