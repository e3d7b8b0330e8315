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

let loaded: Promise<PdfjsLike> | null = null;

/** pdf.js as the lib's reader takes it, its worker started once; a failed load is tried again. */
export function loadPdfjs(): Promise<PdfjsLike> {
  loaded ??= import('pdfjs-dist').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
      return {
        getDocument: (src) => pdfjs.getDocument(src) as unknown as ReturnType<PdfjsLike['getDocument']>,
        OPS: pdfjs.OPS,
      };
    },
    (e: unknown) => {
      loaded = null;
      throw e;
    },
  );
  return loaded;
}
