/**
 * Fires only when 表二, 表三 or 表四 was not found as a table on a page that is a report: absence is
 * its finding. A table the page's text holds, header and figures (a PDF's table drawn without
 * ruling lines), is there: not called missing, and where each table not found is so, skipped (a gap). Skipped only where the browser's parser may have taken a missing table apart (a page
 * nested past its limit, PageSource.flattened): there, absence in the page is no absence in the report.
 */
import { label, list, type Msg, msg } from '../i18n/format';
import type { TableId } from '../model';
import { allAsText, asText, finding, PAGED, PLAIN_TEXT, TRUNCATED, tableRowsOf } from './helpers';
import type { AuditContext, Rule } from './types';

const TABLES: TableId[] = ['t2', 't3', 't4'];

/** Where the table may be instead, from the page's images and attachments. */
function whereElse(media: AuditContext['media']): Msg {
  const { images: n, attachments: a } = media;
  if (media.garbled) return msg('missingTable.garbled', { n });
  if (media.scanned) return msg('missingTable.scanned', { n });
  const images = msg('missingTable.imageCount', { n });
  const attachments = msg('missingTable.attachmentCount', { n: a });
  if (n > 0 && a > 0) return msg('missingTable.both', { images, attachments });
  if (n > 0) return msg('missingTable.images', { images });
  if (a > 0) return msg('missingTable.attachments', { attachments });
  return msg('missingTable.none');
}

/** How many of a partial table's rows are named in its message. */
const NAMED = 3;

/** One finding per template table that was not found as a real table. */
export const missingTable: Rule = {
  id: 'missing-table',
  severity: 'warning',
  template: true,
  title: '缺少表格 / Table missing',
  explain:
    '年度报告模板要求的表二、表三、表四没有以网页表格的形式出现：可能缺失，也可能只以图片或附件提供，无法自动核查，读者也难以检索。',
  skip(_report, ctx) {
    if (TABLES.every((t) => ctx.found[t])) return null;
    // One page of a report shown over several, or a copy that says it stops short: the rest of the
    // report may hold the table this page lacks.
    if (ctx.paged) return PAGED;
    if (ctx.truncated) return TRUNCATED;
    // Each table not found is there as text (a PDF's table without ruling lines, a text file's
    // lines), and was not read: not missing.
    const unread = TABLES.filter((t) => !ctx.found[t]);
    if (allAsText(unread, ctx)) return asText(unread);
    if (ctx.plainText) return PLAIN_TEXT;
    if (!ctx.flattened) return null;
    return '页面嵌套过深，浏览器已把深处的元素移出原位，表格可能因此读不出；请用命令行核查保存的网页 / the page nests so deep that the browser moved its deepest elements out of place, which may hide its tables here; audit the saved page with the command line';
  },
  run(report, ctx) {
    return TABLES.filter((t) => !ctx.found[t] && !ctx.textTables?.includes(t)).map((t) => {
      const rows = tableRowsOf(report, ctx, t);
      const where = whereElse(ctx.media);
      const table = label('table', t);
      if (rows.length === 0) return finding(missingTable, msg('missingTable.missing', { table, where }), []);
      // Some of its rows are there (a truncated or malformed table): not "missing", and named.
      const names = list(
        rows.slice(0, NAMED).map((r) => msg('q', { x: label('row', `${t}.${r}`, report.template) })),
      );
      const m = msg('missingTable.partial', { table, n: rows.length, rows: names, where });
      const cells = Object.keys(report.cells).filter((a) => a.startsWith(`${t}.`));
      return finding(missingTable, m, cells);
    });
  },
};
