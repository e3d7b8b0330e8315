/**
 * A page that holds another annual report after this one (recognise/next-report.ts): the audit
 * reads this report alone, so the other is not checked. Said as a finding, so no UI shows ✓ for
 * the page while a report on it went unread.
 */
import { msg } from '../i18n/format';
import { finding } from './helpers';
import type { Rule } from './types';

export const uncheckedReport: Rule = {
  id: 'unchecked-report',
  severity: 'info',
  title: '另有年报未核查 / Another report not checked',
  explain:
    '页面在本报告之后还载有另一机关或另一年度的年度报告（以其标题和“一、总体情况”为界）。只核查了本报告；另一份的文字和表格既未核查，也没有与本报告对照。',
  run(_report, ctx) {
    if (ctx.nextReport === undefined) return [];
    return [finding(uncheckedReport, msg('uncheckedReport.after', { title: ctx.nextReport }), [])];
  },
};
