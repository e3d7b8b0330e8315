/**
 * pdf.js for the review page: the modern build (Chromium and Firefox ESR both run it), with its
 * worker in an extension-origin module Worker, loaded only when a PDF is opened. Only this page
 * imports it: the content script, popup and desk never carry pdf.js.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type Pdfjs = typeof import('pdfjs-dist');

let loaded: Promise<Pdfjs> | null = null;

/** The pdf.js module, its worker started once. */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist').then((pdfjs) => {
    if (!pdfjs.GlobalWorkerOptions.workerPort) {
      const port = new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
      pdfjs.GlobalWorkerOptions.workerPort = port;
      // The worker's handshake starts now, while the file is still being read; the first document
      // takes this PDFWorker over (pdf.js keeps one per port).
      pdfjs.PDFWorker.create({ port: port as never });
    }
    return pdfjs;
  });
  return loaded;
}
