/**
 * A report published as a PDF, through the same audit as a web page: pdfjs reads the pages, the
 * layout turns ruled tables into cells and the rest into paragraphs, and every rule runs on the
 * result unchanged. A scan (pages that are images, no text) is no table to read: it is a report
 * only where its title says so, and then every table is missing (扫描件), never guessed.
 * Pure: the caller hands in the bytes and the pdfjs module (the content script never loads it).
 */
import { type Audit, audit } from '../audit';
import { lastSegment } from '../file-name';
import type { Block, PageSource } from '../source';
import { layoutPages, type PdfNode } from './layout';
import { type PdfjsLike, type PdfLimits, readPdf } from './read';

export type { PdfNode } from './layout';
export { PDF_LIMITS, PdfError, type PdfjsLike, type PdfLimits } from './read';

/** Fewer characters than this per page and the PDF has no text layer to speak of: a scan. */
const SCAN_CHARS_PER_PAGE = 10;

/** The message for a PDF of images only whose title does not say it is a report. */
export const SCAN_NOT_A_REPORT =
  'PDF 没有文字层（可能是扫描件），无法读取内容，标题也不像年度报告 / The PDF has no text layer (a scan?) and its title does not name an annual report';

/** A PDF read as a page source. `scanned`: its pages hold no text (images only). */
export interface PdfSource {
  source: PageSource<PdfNode>;
  scanned: boolean;
  pages: number;
}

/** The title a PDF goes by: its metadata Title, then its file name without the extension. */
function titleOf(meta: string, name: string | undefined): string {
  const file = lastSegment(name ?? '')
    .replace(/\.pdf$/i, '')
    .trim();
  return [meta, file].filter((t, i, all) => t && all.indexOf(t) === i).join(' - ');
}

/** Reads a PDF's bytes into a page source; throws PdfError (a message to print) when it cannot. */
export async function sourceFromPdf(
  pdfjs: PdfjsLike,
  bytes: Uint8Array,
  opts: { name?: string; limits?: Partial<PdfLimits> } = {},
): Promise<PdfSource> {
  const content = await readPdf(pdfjs, bytes, opts.limits);
  const { blocks, textChars } = layoutPages(content.pages);
  // Pictures in a PDF with text: where its tables may be, when none is found as a table.
  const pictures = content.pages.flatMap((p) =>
    Array.from({ length: p.images }, () => ({
      kind: 'media' as const,
      media: 'image' as const,
      text: `PDF 第 ${p.page} 页图片`,
      node: { page: p.page, x: 0, y: 0, w: 0, h: 0 },
    })),
  );
  const title = titleOf(content.title, opts.name);
  const scanned = textChars < SCAN_CHARS_PER_PAGE * Math.max(1, content.numPages);
  if (!scanned)
    return {
      source: { title, meta: {}, blocks: [...blocks, ...pictures], scanned: false },
      scanned,
      pages: content.numPages,
    };
  // A scan: its title as the heading, each page as an image under it.
  const node = (page: number): PdfNode => ({ page, x: 0, y: 0, w: 0, h: 0 });
  const scan: Block<PdfNode>[] = [
    ...(title
      ? [{ kind: 'text' as const, text: titleOf(content.title, undefined) || title, node: node(1) }]
      : []),
    ...content.pages.map((p) => ({
      kind: 'media' as const,
      media: 'image' as const,
      text: `扫描件 第 ${p.page} 页`,
      node: node(p.page),
    })),
  ];
  return { source: { title, meta: {}, blocks: scan, scanned: true }, scanned, pages: content.numPages };
}

/**
 * Audits a PDF: the audit of its page source, with `report.source` set to `pdf` and each cell's
 * page number. A scan that is not titled as a report says why it cannot be read.
 */
export async function auditPdf(
  pdfjs: PdfjsLike,
  bytes: Uint8Array,
  opts: { name?: string; limits?: Partial<PdfLimits> } = {},
): Promise<Audit<PdfNode>> {
  return auditPdfSource(await sourceFromPdf(pdfjs, bytes, opts));
}

/**
 * The audit of a PDF already read (the extension's review page keeps the source for its snapshot):
 * `report.source` is `pdf`, each cell has its page, and a scan not titled as a report says why.
 */
export function auditPdfSource({ source, scanned }: PdfSource): Audit<PdfNode> {
  const a = audit(source);
  a.report.source = 'pdf';
  for (const [addr, node] of a.cellNodes) {
    const cell = a.report.cells[addr];
    if (cell) a.report.cells[addr] = { ...cell, page: node.page };
  }
  if (!a.detected && scanned) a.reason = SCAN_NOT_A_REPORT;
  return a;
}
