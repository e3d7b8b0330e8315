/**
 * pdf.js for extension pages, shared: the modern build (Chromium and Firefox ESR both run it), its
 * worker an extension-origin module Worker started on first use, as the lib's PDF reader takes it
 * (PdfjsLike, lib/pdf/read.ts). Only pages import it, and only on demand (the desk when a PDF is
 * dropped): the content script, popup and panel never carry pdf.js. Written for the desk's PDF
 * import (issue 11, part 4); the review page's own loader (entrypoints/review/pdfjs.ts) starts its
 * worker the same way.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsLike } from '../lib/pdf/index';
import { cmapParams } from './pdfjs-maps';

let loaded: Promise<PdfjsLike> | null = null;

/**
 * For reading, not painting: pdf.js hands each font over as a FontFace to a document whose font set
 * keeps nothing (the page's own fonts are untouched), instead of its worker compiling and posting
 * the outline of every glyph on each page whose drawing is read (disableFontFace, the reader's
 * default). The same text and drawing either way; the desk read the 5-page 洪泽区 PDF in 1.2–1.5 s
 * against 2.7–4.1 s, pdf.js loading included (e2e, a busy machine). A page that paints a PDF takes
 * pdf.js's defaults instead.
 */
const READ_ONLY = { disableFontFace: false, ownerDocument: { fonts: { add() {}, delete() {} } } };

/** pdf.js as the lib's reader takes it, its worker started once; a failed load is tried again. */
export function loadPdfjs(): Promise<PdfjsLike> {
  loaded ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
      return {
        getDocument: (src) => pdfjs.getDocument(src) as unknown as ReturnType<PdfjsLike['getDocument']>,
        OPS: pdfjs.OPS,
        documentParams: { ...READ_ONLY, ...cmapParams() },
      };
    },
    (e: unknown) => {
      loaded = null;
      throw e;
    },
  );
  return loaded;
}
