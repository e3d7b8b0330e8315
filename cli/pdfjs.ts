/**
 * Loads pdfjs for the CLI: the legacy build (it runs in Node), with its worker code in this thread
 * (`globalThis.pdfjsWorker`, so pdfjs needs no worker file and no eval). The build bundles this file
 * as dist/cli-pdfjs.js, loaded only when a PDF comes along: most runs read HTML and never pay for it.
 */
import type { PdfjsLike } from '../lib/pdf/index';

let loaded: Promise<PdfjsLike> | null = null;

/** The pdfjs module, loaded once. */
export function loadPdfjs(): Promise<PdfjsLike> {
  loaded ??= (async () => {
    await import('./pdfjs-globals');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
  })();
  return loaded;
}
