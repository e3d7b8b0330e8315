/**
 * The desk's snapshot of a PDF report: its text and tables as the audit read them, as plain HTML
 * (the desk keeps HTML, and its viewer shows it), every piece of text escaped. Written for the
 * review page's 保存到审核台; the desk's file import keeps the same snapshot.
 */
import type { PageSource } from '../source';
import { escapeHtml as esc } from '../text';

/** A page source as a standalone HTML document titled `title`, noting where it came from. */
export function sourceHtml(source: PageSource<unknown>, title: string, from: string): string {
  const parts: string[] = [];
  for (const b of source.blocks) {
    if (b.kind === 'text') parts.push(`<p>${esc(b.text)}</p>`);
    else if (b.kind === 'media') parts.push(`<p><em>[${esc(b.text)}]</em></p>`);
    else {
      const rows = b.table.rows.map(
        (r) =>
          `<tr>${r
            .map((c) => {
              const span = `${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}`;
              return `<td${span}>${esc(c.text).replace(/\n/g, '<br>')}</td>`;
            })
            .join('')}</tr>`,
      );
      parts.push(`<table border="1">${rows.join('')}</table>`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><!-- ${esc(from).replace(/--/g, '- -')} -->${parts.join('\n')}</body></html>`;
}
