/**
 * pdf.js for the extension's pages, one loader for all: the review view (which also paints PDFs),
 * the desk (a dropped PDF) and the sweep page (a PDF attachment). The modern build (Chromium and
 * Firefox ESR both run it), its worker an extension-origin module Worker started once, on first use.
 * Pages import it on demand only: the page script, the popup and the panel never carry pdf.js.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfjsLike } from '../lib/pdf/index';

type Pdfjs = typeof import('pdfjs-dist');

/**
 * Where pdf.js finds its character maps: wxt.config.ts copies pdfjs-dist's Chinese cmaps (GB1, CNS1,
 * their Uni*, GBK and Big5 encodings, Identity) into the build as /pdfjs-cmaps/. A Chinese PDF whose
 * font is not embedded and whose text a predefined CMap encodes (UniGB-UCS2-H, GBK-EUC-H …) has no
 * readable text without them and would be taken for a scan. Every document, read or painted, takes them.
 */
export function cmapParams(): { cMapUrl: string; cMapPacked: true } {
  return { cMapUrl: new URL('/pdfjs-cmaps/', location.origin).href, cMapPacked: true };
}

/**
 * For reading, not painting: pdf.js hands each font over as a FontFace to a document whose font set
 * keeps nothing (the page's own fonts are untouched), instead of its worker compiling and posting
 * the outline of every glyph on each page whose drawing is read (disableFontFace, the reader's
 * default). The same text and drawing either way; the desk read the 5-page 洪泽区 PDF in 1.2–1.5 s
 * against 2.7–4.1 s, pdf.js loading included (e2e, a busy machine). A document that is painted
 * (the review view's) takes pdf.js's defaults instead.
 */
const READ_ONLY = { disableFontFace: false, ownerDocument: { fonts: { add() {}, delete() {} } } };

let loaded: Promise<Pdfjs> | null = null;

/** The pdf.js module, its worker started once; a failed load is tried again. */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist').then(
    (pdfjs) => {
      if (!pdfjs.GlobalWorkerOptions.workerPort) {
        const port = new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
        pdfjs.GlobalWorkerOptions.workerPort = port;
        // The worker's handshake starts now, while the file is still being read; the first document
        // takes this PDFWorker over (pdf.js keeps one per port).
        pdfjs.PDFWorker.create({ port: port as never });
      }
      return pdfjs;
    },
    (e: unknown) => {
      loaded = null;
      throw e;
    },
  );
  return loaded;
}

/** pdf.js as the lib's PDF reader takes it (PdfjsLike, lib/pdf/read.ts), loaded as loadPdfjs loads it. */
export async function loadPdfReader(): Promise<PdfjsLike> {
  const pdfjs = await loadPdfjs();
  return {
    getDocument: (src) => pdfjs.getDocument(src) as unknown as ReturnType<PdfjsLike['getDocument']>,
    OPS: pdfjs.OPS,
    documentParams: { ...READ_ONLY, ...cmapParams() },
  };
}
