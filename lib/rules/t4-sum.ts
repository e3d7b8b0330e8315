/** Fires only when, in one 表四 row with all five cells readable, 总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
import { label } from '../i18n/format';
import { address, T4_PART_COLUMNS, T4_ROWS } from '../keys';
import type { Report } from '../model';
import { arithmeticSkip, byColumn, checkAll, deepFreeze, type Equation, where } from './helpers';
import type { Rule } from './types';

let equations: Equation[] | null = null;

/** One equation per row: its four results against its 总计 (the same for every report: made once, frozen). */
export const t4Equations = (_report: Report): Equation[] => {
  equations ??= deepFreeze(
    T4_ROWS.map((row) => ({
      where: where('t4', label('row', `t4.${row.key}`), '行'),
      left: { addrs: T4_PART_COLUMNS.map((c) => address('t4', row.key, c)), label: byColumn },
      right: { addrs: [address('t4', row.key, 'total')], label: byColumn },
    })),
  );
  return equations;
};

/** Per row (行政复议, the two kinds of 行政诉讼): the total is the sum of the four results. */
export const t4Sum: Rule = {
  id: 't4-sum',
  severity: 'error',
  template: true,
  title: '表四合计不符 / Table 4 does not add up',
  explain: '表四每一行（行政复议、两类行政诉讼）的「总计」应等于结果维持、结果纠正、其他结果、尚未审结之和。',
  skip: (report, ctx) => arithmeticSkip('t4', report, ctx, t4Equations(report)),
  run: (report) => checkAll(t4Sum, report, t4Equations(report)),
};
