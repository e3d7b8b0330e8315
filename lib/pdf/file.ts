/**
 * A PDF dropped on the desk, read like a saved page (lib/desk/files.ts hands PDFs here): the same
 * read and audit as the CLI's, the snapshot the review page saves, and the reader's own message
 * (Chinese / English) when the file is encrypted, corrupt, over the page cap or a scan that does
 * not say it is a report. Nothing here saves: a refused file leaves the desk as it was.
 */
import { toPageResult } from '../audit';
import { type FileAudit, NOT_A_REPORT } from '../desk/files';
import {
  auditPdfSource,
  PdfError,
  type PdfjsLike,
  type PdfLimits,
  type PdfSource,
  sourceFromPdf,
} from './index';
import { sourceHtml } from './snapshot';

/** Reads and audits a PDF file's bytes; only a detected report is `ok`. */
export async function auditPdfFile(
  pdfjs: PdfjsLike,
  name: string,
  bytes: Uint8Array,
  limits?: Partial<PdfLimits>,
): Promise<FileAudit> {
  let read: PdfSource;
  try {
    read = await sourceFromPdf(pdfjs, bytes, { name, limits });
  } catch (e) {
    if (e instanceof PdfError) return { ok: false, error: e.message };
    throw e;
  }
  const result = toPageResult(auditPdfSource(read), { file: name });
  // A scan says it has no text layer; anything else read fine and is not a report.
  if (!result.detected) return { ok: false, error: (read.scanned && result.reason) || NOT_A_REPORT };
  const html = sourceHtml(read.source, result.report.title || name, `file:///${encodeURIComponent(name)}`);
  return { ok: true, html, result };
}
