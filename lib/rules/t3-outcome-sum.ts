/** 表三 per column: (七) 总计 equals the sum of every outcome row above it. */
import { address, T3_COLUMNS } from '../keys';
import { byRow, checkEquation, t3OutcomeRows, where } from './helpers';
import type { Rule } from './types';

/** Per column: 办理结果总计 = 予以公开 + 部分公开 + Σ不予公开 + Σ无法提供 + Σ不予处理 + 其他处理. */
export const t3OutcomeSum: Rule = {
  id: 't3-outcome-sum',
  severity: 'error',
  title: '表三办理结果合计不符 / Table 3 outcomes do not add up',
  explain:
    '表三每一列的「（七）总计」应等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各行之和（2021 年模板的其他处理分三行）。',
  run(report) {
    const rows = t3OutcomeRows(report);
    return T3_COLUMNS.flatMap((c) =>
      checkEquation(
        t3OutcomeSum,
        report,
        where('t3', c.label, '列'),
        { addrs: rows.map((r) => address('t3', r, c.key)), label: byRow, nonZeroOnly: true },
        { addrs: [address('t3', 'outcome_total', c.key)], label: byRow },
      ),
    );
  },
};
