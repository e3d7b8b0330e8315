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
    '页面在本报告之后还载有另一机关或另一年度的年度报告（以其标题和“一、总体情况”为界；没有标题的，以本报告的表格和后几部分之后再次出现的“一、总体情况”为界）。只核查了本报告；另一份的文字和表格既未核查，也没有与本报告对照。',
  run(_report, ctx) {
    const next = ctx.nextReport;
    if (next === undefined) return [];
    const m =
      'title' in next
        ? msg('uncheckedReport.after', { title: next.title })
        : msg('uncheckedReport.untitled', { from: next.from });
    return [finding(uncheckedReport, m, [])];
  },
};
