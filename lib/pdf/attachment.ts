/**
 * A report a sweep reaches as a PDF or Word (.docx) file, read and audited as the CLI's `--follow`
 * reads it (both tell a file's kind by lib/sweep/kind.ts): a PDF through lib/pdf with the caller's
 * pdf.js, a .docx turned into HTML by mammoth (lib/desk/files.ts). The extension's sweep page runs
 * this with the browser's pdf.js (the background has no PDF reader). It lives in lib/pdf so that no
 * other part of lib/ imports the PDF reader (purity.test.ts). A file that cannot be read
 * throws a SweepError with the reader's own message (encrypted, corrupt, over the page cap); a scan
 * that does not say it is a report comes back undetected with its reason, as in the CLI.
 */
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit, toPageResult } from '../audit';
import { docxToHtml } from '../desk/files';
import type { PageResult } from '../model';
import { SweepError } from '../sweep/crawl';
import { nameOf } from '../sweep/kind';
import { auditPdfSource, PdfError, type PdfjsLike, type PdfLimits, sourceFromPdf } from './index';
import { sourceHtml } from './snapshot';

export { type DocKind, kindOf, nameOf } from '../sweep/kind';

/** An attachment read: its audit, and (a report's) snapshot for the desk. */
export interface ReadAttachment {
  result: PageResult;
  /** The desk's snapshot of a detected report ('' otherwise). */
  html: string;
}

const oneLine = (e: unknown) => String((e as Error)?.message ?? e).replace(/\s+/g, ' ');

/**
 * Reads and audits a PDF or .docx fetched from `url`, as the CLI's `--follow` does; `pdfjs` is
 * loaded only for a PDF. Throws SweepError (`other`, the reader's words) when the file cannot be read.
 */
export async function readAttachment(
  kind: 'pdf' | 'docx',
  bytes: Uint8Array,
  url: string,
  pdfjs: () => Promise<PdfjsLike>,
  limits?: Partial<PdfLimits>,
): Promise<ReadAttachment> {
  const name = nameOf({ url });
  if (kind === 'pdf') {
    try {
      const read = await sourceFromPdf(await pdfjs(), bytes, { name, limits });
      const result = toPageResult(auditPdfSource(read), { url });
      const html = result.detected ? sourceHtml(read.source, result.report.title || name, url) : '';
      return { result, html };
    } catch (e) {
      if (e instanceof PdfError) throw new SweepError('other', e.message);
      throw e;
    }
  }
  let html: string;
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    html = await docxToHtml(name, copy);
  } catch (e) {
    throw new SweepError(
      'other',
      `无法读取该 Word 文档，文件可能已损坏 / Cannot read this Word document; it may be corrupt (${oneLine(e)})`,
    );
  }
  const a = audit(sourceFromHtml(html));
  a.report.source = 'docx';
  const result = toPageResult(a, { url });
  return { result, html: result.detected ? html : '' };
}
