/** 表三's own 勾稽关系: per column, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度. */
import { address, T3_COLUMNS } from '../keys';
import { byRow, checkEquation, where } from './helpers';
import type { Rule } from './types';

/** Per column: the applications in hand equal those closed plus those carried over. */
export const t3Balance: Rule = {
  id: 't3-balance',
  severity: 'error',
  title: '表三收支不平 / Table 3 does not balance',
  explain:
    '表三每一列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度。这是模板自带的勾稽关系，不等说明有申请被漏计或多计。',
  run(report) {
    return T3_COLUMNS.flatMap((c) =>
      checkEquation(
        t3Balance,
        report,
        where('t3', c.label, '列'),
        { addrs: [address('t3', 'new', c.key), address('t3', 'carried_in', c.key)], label: byRow },
        { addrs: [address('t3', 'outcome_total', c.key), address('t3', 'carried_out', c.key)], label: byRow },
      ),
    );
  },
};
