/**
 * What a fetched file is — a web page, a PDF or a Word (.docx) file — by its bytes, the server's word
 * and its name; the CLI (cli/document.ts) and the extension's sweep (utils/sweep.ts) tell them alike.
 * Pure and small: the background imports it without the readers.
 */
import { fileNameOf, lastSegment } from '../file-name';
import { opensAsMarkup, sniffKind } from '../sniff';
import { isAttachmentUrl } from './crawl';

/** What an input is. */
export type DocKind = 'html' | 'pdf' | 'docx';

/**
 * The name a document goes by: a file path's last segment as written, or the file name a URL ends
 * in, decoded, without query or fragment (lib/file-name.ts).
 */
export function nameOf(where: { file?: string; url?: string }): string {
  return where.file !== undefined ? lastSegment(where.file) : fileNameOf(where.url ?? '');
}

/**
 * The kind by content (lib/sniff.ts), then by the server's word, then by name: `%PDF-` near the
 * start is a PDF whatever it is called; a ZIP is a .docx when named or served as one or when it
 * holds a Word document; bytes that open as markup are a page whatever they are called or served
 * as (a report page saved as `.pdf`, a portal's error or login page served for a PDF): calling
 * them a corrupt PDF would send the journalist after the wrong problem.
 */
export function kindOf(bytes: Uint8Array, name: string, contentType: string | null): DocKind {
  const sniffed = sniffKind(bytes, name, contentType);
  if (sniffed) return sniffed;
  if (opensAsMarkup(bytes)) return 'html';
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/pdf')) return 'pdf';
  if (/\.pdf$/i.test(name) && !/html/.test(type)) return 'pdf';
  return 'html';
}

/** Whether a sweep reads what an address names: a page, or a PDF or Word .docx attachment. */
export function sweepReadsUrl(url: string): boolean {
  if (!isAttachmentUrl(url)) return true;
  return /\.(?:pdf|docx)$/i.test(new URL(url).pathname);
}
