/**
 * Tells a web page from a PDF or a Word (.docx) attachment and audits each its own way: HTML
 * through the HTML adapter, a PDF through lib/pdf with pdfjs, a .docx turned into HTML by mammoth
 * (the desk's path). `report.source` says which. pdfjs and mammoth load only when needed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { sourceFromHtml } from '../lib/adapters/htmlparser2';
import { audit, toPageResult } from '../lib/audit';
import { auditMhtml, readMhtmlPages } from '../lib/mhtml';
import type { PageResult } from '../lib/model';
import { auditPdf, PdfError, type PdfjsLike, type PdfLimits } from '../lib/pdf/index';
import {
  looksLikeText,
  misnamedPageReason,
  OLD_WORD_UNSUPPORTED,
  opensAsMarkup,
  unreadableReason,
} from '../lib/sniff';
import { kindOf, nameOf } from '../lib/sweep/kind';
import { requireCached, writeCodeCache } from './code-cache';
import { InputError } from './fetch';
import { auditBytes } from './page';

export { type DocKind, kindOf, nameOf } from '../lib/sweep/kind';

/** Whether a URL names a file that is there. */
export const fileThere = (url: URL) => url.protocol === 'file:' && existsSync(fileURLToPath(url));

/** A file beside the bundle (built by scripts/build-cli.mjs), or null when running from source. */
export function beside(name: string): string | null {
  const url = new URL(`./${name}`, import.meta.url);
  return fileThere(url) ? url.href : null;
}

const oneLine = (e: unknown) => String((e as Error)?.message ?? e).replace(/\s+/g, ' ');

let pdfjs: Promise<PdfjsLike> | null = null;

/**
 * pdfjs, loaded once: from dist/cli-pdfjs.cjs beside the bundle with its code cache
 * (cli/code-cache.ts), else from node_modules (running from source). A failed load is tried again.
 */
function loadPdfjs(): Promise<PdfjsLike> {
  pdfjs ??= (async () => {
    try {
      const href = beside('cli-pdfjs.cjs');
      const mod = href ? requireCached(fileURLToPath(href)) : await import('./pdfjs');
      return await mod.loadPdfjs();
    } catch (e) {
      pdfjs = null;
      throw new InputError(
        `无法加载 PDF 组件 pdfjs-dist / cannot load pdfjs-dist to read PDFs: ${oneLine(e)}`,
      );
    }
  })();
  return pdfjs;
}

/** `require` where the bundle has one (both do), else one of our own (running from source). */
const requireHere = typeof require === 'function' ? require : createRequire(import.meta.url);

/**
 * The .docx reader, from dist/cli-docx.cjs beside the bundle, else from source. Required, not
 * imported: the command runs as a script (cli/code-cache.ts), and Node 20 imports nothing into a
 * script run with a code cache.
 */
async function loadDocx(): Promise<typeof import('./docx')> {
  const href = beside('cli-docx.cjs');
  return href ? (requireHere(fileURLToPath(href)) as typeof import('./docx')) : await import('./docx');
}

/**
 * A module that could not be found or loaded (mammoth, which the reader imports when first used; a
 * script run with a code cache, cli/code-cache.ts, can import nothing).
 */
const notFound = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING'
  );
};

/**
 * The build's last step (scripts/build-cli.mjs): reads these PDFs with the bundled pdfjs, then
 * keeps what V8 compiled on the way as its code cache. Returns the cache's size in bytes.
 */
export async function writePdfjsCodeCache(pdfs: Uint8Array[]): Promise<number> {
  const href = beside('cli-pdfjs.cjs');
  if (!href) throw new Error('no cli-pdfjs.cjs beside the bundle');
  for (const bytes of pdfs) await auditDocument(bytes, { file: 'warm-up.pdf' });
  return writeCodeCache(fileURLToPath(href));
}

/** Limits for PDFs; tests lower them. */
export const pdfLimits: Partial<PdfLimits> = {};

/** Audits an input's bytes as what they are; a PDF or .docx that cannot be read throws InputError. */
export async function auditDocument(
  bytes: Uint8Array,
  where: { file?: string; url?: string },
  contentType: string | null = null,
): Promise<PageResult> {
  // A page saved as one file (.mhtml, .mht): the page inside it, with where it was saved from; or,
  // where that page holds no report, the first of its frames that does (an article in an iframe).
  const saved = readMhtmlPages(bytes);
  const found = saved && auditMhtml(saved);
  if (found) return toPageResult(found.audit, where);
  if (saved)
    throw new InputError(
      '另存为单个文件的网页（.mhtml）中没有网页部分，文件可能已损坏 / the page saved as one file (.mhtml) holds no web page; it may be corrupt',
    );
  const name = nameOf(where);
  const kind = kindOf(bytes, name, contentType);
  if (kind === 'html') {
    const markup = opensAsMarkup(bytes);
    // An old Word or WPS file, an OFD, a spreadsheet, an archive, whatever it is named; or bytes
    // under an old Word or WPS name (not a page saved so, as portals publish): as the desk says.
    const unreadable = markup ? null : unreadableReason(bytes, name);
    if (unreadable) throw new InputError(unreadable);
    if (!markup && /\.(?:doc|wps)$/i.test(name)) throw new InputError(OLD_WORD_UNSUPPORTED);
    // Text, not a page (a report copied into a .txt file): read line by line, as a browser shows it.
    if (!markup && looksLikeText(bytes)) return auditBytes(bytes, where, contentType, true);
    const page = auditBytes(bytes, where, contentType);
    if (page.detected || !markup) return page;
    // A page under a PDF's or Word file's name that is no report: say what it likely is.
    const why = misnamedPageReason(name);
    return why ? { ...page, reason: why } : page;
  }
  if (kind === 'pdf') {
    try {
      const a = await auditPdf(await loadPdfjs(), bytes, { name, limits: pdfLimits });
      return toPageResult(a, where);
    } catch (e) {
      if (e instanceof PdfError) throw new InputError(e.message);
      throw e;
    }
  }
  let html: string;
  try {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    html = await (await loadDocx()).docxToHtml(name, copy);
  } catch (e) {
    // A reader that is not there (a dist/cli.cjs copied without its dist/cli-docx.cjs) is said so,
    // never blamed on the document.
    if (notFound(e))
      throw new InputError(
        `无法加载 Word 组件 mammoth / cannot load mammoth to read Word documents: ${oneLine(e)}`,
      );
    throw new InputError(
      `无法读取该 Word 文档，文件可能已损坏 / Cannot read this Word document; it may be corrupt (${oneLine(e)})`,
    );
  }
  const a = audit(sourceFromHtml(html));
  a.report.source = 'docx';
  return toPageResult(a, where);
}
