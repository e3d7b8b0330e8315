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

/** The message for a PDF whose text does not decode whose title does not say it is a report. */
export const GARBLED_NOT_A_REPORT =
  'PDF 的文字无法解码（字体没有字符映射，读出的是乱码），无法读取内容，标题也不像年度报告 / The PDF’s text does not decode (its fonts map no characters: it reads as gibberish), and its title does not name an annual report';

/**
 * A PDF read as a page source. `scanned`: its text cannot be read: its pages hold none (images
 * only), or (the source's `garbled`) what they hold does not decode.
 */
export interface PdfSource {
  source: PageSource<PdfNode>;
  scanned: boolean;
  pages: number;
}

/**
 * At least this many characters, and this share of them outside what a Chinese report is written
 * in, and the text layer does not decode: a font embedded with no map from its glyphs to Unicode
 * gives its glyph numbers as characters (Latin letters with accents, control codes, private use).
 */
const GARBLED_MIN_CHARS = 50;
const GARBLED_SHARE = 0.2;

/**
 * A character a Chinese report's text may hold: ASCII, Latin-1's signs (×, ÷, °, §), punctuation,
 * letterlike and number forms, arrows and mathematical signs, enclosed figures (①), boxes and
 * shapes (●, □), CJK (radicals, symbols, ideographs, compatibility, vertical and full-width forms).
 */
const REPORT_CHAR =
  /[\x20-\x7e\xa0-\xbf\xd7\xf7\u2000-\u27bf\u2e80-\u2fdf\u3000-\u9fff\uf900-\ufaff\ufe10-\ufe4f\uff00-\uffef\s]/u;

/** Whether a text layer does not decode: too many of its characters are not a report's (GARBLED_SHARE). */
export function garbledText(text: string): boolean {
  let all = 0;
  let odd = 0;
  for (const c of text) {
    if (c === ' ') continue;
    all++;
    if (!REPORT_CHAR.test(c)) odd++;
  }
  return all >= GARBLED_MIN_CHARS && odd >= all * GARBLED_SHARE;
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
  const blank = textChars < SCAN_CHARS_PER_PAGE * Math.max(1, content.numPages);
  const garbled =
    !blank && garbledText(content.pages.map((p) => p.runs.map((r) => r.text).join('')).join(''));
  if (!blank && !garbled)
    return {
      source: { title, meta: {}, blocks: [...blocks, ...pictures], scanned: false },
      scanned: false,
      pages: content.numPages,
    };
  // A scan, or text that does not decode: its title as the heading, each page as an image under
  // it, as unread as a picture is.
  const node = (page: number): PdfNode => ({ page, x: 0, y: 0, w: 0, h: 0 });
  const scan: Block<PdfNode>[] = [
    ...(title
      ? [{ kind: 'text' as const, text: titleOf(content.title, undefined) || title, node: node(1) }]
      : []),
    ...content.pages.map((p) => ({
      kind: 'media' as const,
      media: 'image' as const,
      text: `${garbled ? '无法解码的文字' : '扫描件'} 第 ${p.page} 页`,
      node: node(p.page),
    })),
  ];
  return {
    source: { title, meta: {}, blocks: scan, scanned: true, ...(garbled ? { garbled } : {}) },
    scanned: true,
    pages: content.numPages,
  };
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
  if (!a.detected && scanned) a.reason = source.garbled ? GARBLED_NOT_A_REPORT : SCAN_NOT_A_REPORT;
  return a;
}
