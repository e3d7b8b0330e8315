/** Fires only when 表二, 表三 or 表四 was not found as a table on a page that is a report (never skipped: absence is its finding). */
import type { TableId } from '../model';
import { finding, TABLE_NAMES } from './helpers';
import type { AuditContext, Rule } from './types';

const TABLES: TableId[] = ['t2', 't3', 't4'];

/** Where the table may be instead, from the page's images and attachments. */
function whereElse(media: AuditContext['media']): string {
  const { images, attachments } = media;
  if (media.scanned) return `PDF 为扫描件（${images} 页图片，没有文字层），表格无法自动读取`;
  if (images > 0 && attachments > 0)
    return `页面中有 ${images} 张图片和 ${attachments} 个附件，表格可能是截图或在附件中`;
  if (images > 0) return `页面中有 ${images} 张图片，可能是表格截图`;
  if (attachments > 0) return `页面中有 ${attachments} 个附件，表格可能在附件中`;
  return '页面中也没有可能包含它的图片或附件';
}

/** One finding per template table that was not found as a real table. */
export const missingTable: Rule = {
  id: 'missing-table',
  severity: 'warning',
  title: '缺少表格 / Table missing',
  explain:
    '年度报告模板要求的表二、表三、表四没有以网页表格的形式出现：可能缺失，也可能只以图片或附件提供，无法自动核查，读者也难以检索。',
  run(_report, ctx) {
    return TABLES.filter((t) => !ctx.found[t]).map((t) =>
      finding(missingTable, `${TABLE_NAMES[t]} 未以表格形式出现；${whereElse(ctx.media)}`, []),
    );
  },
};
