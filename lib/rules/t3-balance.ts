/** Fires only when, in one 表三 column with all four cells readable, 本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度. */
import { label } from '../i18n/format';
import { address, T3_COLUMNS } from '../keys';
import type { Report } from '../model';
import { arithmeticSkip, byRow, checkAll, deepFreeze, type Equation, where } from './helpers';
import type { Rule } from './types';

let equations: Equation[] | null = null;

/**
 * One equation per column (the six kinds of applicant and 总计); the same for every report, so made
 * once and frozen.
 */
export const t3BalanceEquations = (_report: Report): Equation[] => {
  equations ??= deepFreeze(
    T3_COLUMNS.map((c) => ({
      where: where('t3', label('col', address('t3', 'new', c.key)), '列'),
      left: { addrs: [address('t3', 'new', c.key), address('t3', 'carried_in', c.key)], label: byRow },
      right: {
        addrs: [address('t3', 'outcome_total', c.key), address('t3', 'carried_out', c.key)],
        label: byRow,
      },
    })),
  );
  return equations;
};

/** Per column: the applications in hand equal those closed plus those carried over. */
export const t3Balance: Rule = {
  id: 't3-balance',
  severity: 'error',
  template: true,
  title: '表三收支不平 / Table 3 does not balance',
  explain:
    '表三每一列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度。这是模板自带的勾稽关系，不等说明有申请被漏计或多计。',
  skip: (report, ctx) => arithmeticSkip('t3', report, ctx, t3BalanceEquations(report)),
  run: (report) => checkAll(t3Balance, report, t3BalanceEquations(report)),
};
