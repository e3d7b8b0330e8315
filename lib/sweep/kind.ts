/**
 * What a fetched file is — a web page, a PDF or a Word (.docx) file — by its bytes, the server's word
 * and its name; the CLI (cli/document.ts) and the extension's sweep (utils/sweep.ts) tell them alike.
 * Pure and small: the background imports it without the readers.
 */
import { fileNameOf, lastSegment } from '../file-name';
import { isAttachmentUrl } from './crawl';

/** What an input is. */
export type DocKind = 'html' | 'pdf' | 'docx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The name a document goes by: a file path's last segment as written, or the file name a URL ends
 * in, decoded, without query or fragment (lib/file-name.ts).
 */
export function nameOf(where: { file?: string; url?: string }): string {
  return where.file !== undefined ? lastSegment(where.file) : fileNameOf(where.url ?? '');
}

/**
 * The kind by content, then by the server's word, then by name: `%PDF-` near the start is a PDF
 * whatever it is called (portals serve PDFs as application/octet-stream); a ZIP is a .docx only
 * when named or served as one.
 */
export function kindOf(bytes: Uint8Array, name: string, contentType: string | null): DocKind {
  // The PDF header may follow a little junk (the standard allows it within the first 1024 bytes).
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (head.includes('%PDF-')) return 'pdf';
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/pdf')) return 'pdf';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip && (type.startsWith(DOCX_TYPE) || /\.docx$/i.test(name))) return 'docx';
  if (/\.pdf$/i.test(name) && !/html/.test(type)) return 'pdf';
  return 'html';
}

/** Whether a sweep reads what an address names: a page, or a PDF or Word .docx attachment. */
export function sweepReadsUrl(url: string): boolean {
  if (!isAttachmentUrl(url)) return true;
  return /\.(?:pdf|docx)$/i.test(new URL(url).pathname);
}
