/**
 * Files dropped on the desk: a saved .html page or a Word .docx report (many agencies publish the
 * report as an attachment) is turned into HTML and audited like a page; a PDF goes to the PDF
 * reader the caller hands in (lib/pdf/file.ts, with pdfjs: this file never loads it). A file that
 * is not a report, or cannot be read, gets one clear message (Chinese / English) and nothing to save.
 */
import { sourceFromHtml, sourceFromText, textAsHtml } from '../adapters/htmlparser2';
import { audit, toPageResult } from '../audit';
import { decodeHtml } from '../decode';
import { auditMhtml, readMhtmlPages } from '../mhtml';
import type { PageResult } from '../model';
import {
  looksLikeText,
  misnamedPageReason,
  OLD_WORD_UNSUPPORTED,
  opensAsMarkup,
  sniffKind,
  unreadableReason,
} from '../sniff';
import { escapeHtml } from '../text';

/** An audited file: its HTML (the desk's snapshot) and the audit of a detected report. */
export type FileAudit =
  | { ok: true; html: string; result: Extract<PageResult, { detected: true }> }
  | { ok: false; error: string };

// Far above any real report (a .docx with photos of stamped tables is a few MB); stops a wrong
// file (a video, a whole archive) from freezing the desk page.
const MAX_BYTES = 50 * 1024 * 1024;

const fail = (zh: string, en: string): FileAudit => ({ ok: false, error: `${zh} / ${en}` });

/** The message for a file that reads fine but is not an annual report. */
export const NOT_A_REPORT = '不是政府信息公开年度报告 / not an annual report';

/**
 * A .docx as HTML. mammoth keeps tables with colspan and rowspan (from w:gridSpan and w:vMerge),
 * which the 表三 template depends on. Loaded on demand: it is most of the desk's code size and
 * only needed when someone drops a Word file.
 */
export async function docxToHtml(name: string, bytes: ArrayBuffer): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  // mammoth's browser build reads `arrayBuffer`, its Node build (tests, CLI) `buffer`; JSZip
  // underneath takes an ArrayBuffer either way.
  const input = { arrayBuffer: bytes, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input, {
    // Images would be inlined as data: URLs and bloat the snapshot; the audit only counts them.
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  });
  // The file name is usually the report's title; the audit falls back to it like a page title.
  const title = escapeHtml(name.replace(/\.docx$/i, ''));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${value}</body></html>`;
}

/** Names of documents whose bytes, when they are text, are a broken document, not a report's text. */
const DOCUMENT_EXT = new Set(['pdf', 'docx', 'doc', 'wps']);

function isZip(bytes: ArrayBuffer): boolean {
  const b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** How the caller reads a PDF (lib/pdf/file.ts's auditPdfFile with its pdfjs). */
export type PdfReader = (name: string, bytes: Uint8Array) => Promise<FileAudit>;

/**
 * Reads a dropped file (.html, .htm, .docx, .txt, and .pdf when a PDF reader is given) and audits it;
 * only a detected report is `ok`. What it is, as the CLI tells it (lib/sweep/kind.ts): a PDF by its
 * bytes; a Word file by its name or the Word part its ZIP holds; a page by its name, or by opening
 * as markup under any name (a report page saved as .pdf, a "Word" .doc that is a web page, as
 * portals publish); only then is the name's word taken for what the file failed to be.
 */
export async function auditFile(
  name: string,
  bytes: ArrayBuffer,
  opts: { pdf?: PdfReader } = {},
): Promise<FileAudit> {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.byteLength === 0) return fail('文件是空的', 'The file is empty');
  if (bytes.byteLength > MAX_BYTES)
    return fail('文件过大（超过 50 MB）', 'The file is too large (over 50 MB)');
  const u8 = new Uint8Array(bytes);
  // A page saved as one file (.mhtml, .mht, whatever it is named): the page inside it, or the first
  // of its frames that holds a report (an article in an iframe).
  const frames = readMhtmlPages(u8);
  const saved = frames && auditMhtml(frames);
  if (frames && !saved)
    return fail(
      '另存为单个文件的网页（.mhtml）中没有网页部分，文件可能已损坏',
      'The page saved as one file (.mhtml) holds no web page; it may be corrupt',
    );
  // `%PDF-` within the first KB (the standard lets a little junk come first), whatever the name.
  const sniffed = saved ? null : sniffKind(u8, name, null);
  if (sniffed === 'pdf') {
    if (!opts.pdf) return fail('此处不能读取 PDF 文件', 'PDF files cannot be read here');
    return opts.pdf(name, u8);
  }
  const docx = sniffed === 'docx';
  let html: string;
  let source: 'docx' | undefined;
  let text: string | undefined;
  const markup = !saved && !docx && opensAsMarkup(u8);
  // An old Word or WPS file (a .doc under a .docx name too), an OFD, a spreadsheet, an archive.
  const unreadable = saved || docx || markup ? null : unreadableReason(u8, name);
  if (saved) {
    html = saved.html;
  } else if (!docx && (ext === 'html' || ext === 'htm' || ext === 'xhtml' || markup)) {
    html = decodeHtml(u8).text;
  } else if (!docx && !DOCUMENT_EXT.has(ext) && looksLikeText(u8)) {
    // A report copied into a .txt file (any name but a document's): read line by line, as the CLI
    // reads it, and kept as that page.
    text = decodeHtml(u8).text;
    html = textAsHtml(text);
  } else if (unreadable) {
    return { ok: false, error: unreadable };
  } else if (ext === 'pdf') {
    return fail('文件已损坏，或不是 PDF 文档', 'The file is corrupt or not a PDF document');
  } else if (docx || ext === 'docx') {
    if (!isZip(bytes))
      return fail(
        '文件已损坏，或不是 Word（.docx）文档',
        'The file is corrupt or not a Word (.docx) document',
      );
    try {
      html = await docxToHtml(name, bytes);
      source = 'docx';
    } catch (e) {
      return fail(
        '无法读取该 Word 文档，文件可能已损坏',
        `Cannot read this Word document; it may be corrupt (${(e as Error).message})`,
      );
    }
  } else if (ext === 'doc' || ext === 'wps') {
    return { ok: false, error: OLD_WORD_UNSUPPORTED };
  } else {
    return fail(
      '不支持的文件类型，请使用 .html、.mhtml、.pdf、.docx 或 .txt',
      'Unsupported file type; use .html, .mhtml, .pdf, .docx or .txt',
    );
  }
  const a = saved?.audit ?? audit(text === undefined ? sourceFromHtml(html) : sourceFromText(text));
  if (source) a.report.source = source;
  const result = toPageResult(a, { file: name });
  if (!result.detected)
    return { ok: false, error: (source ? null : misnamedPageReason(name)) ?? NOT_A_REPORT };
  return { ok: true, html, result };
}
