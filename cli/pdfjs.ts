/**
 * Loads pdfjs for the CLI: the legacy build (it runs in Node), with its worker code in this thread
 * (`globalThis.pdfjsWorker`, so pdfjs needs no worker file and no eval). The build bundles this file
 * as dist/cli-pdfjs.cjs (run with its code cache, cli/code-cache.ts), loaded only when a PDF comes
 * along: most runs read HTML and never pay for it.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PdfjsLike } from '../lib/pdf/index';

/**
 * pdfjs-dist's character maps (its cmaps/ folder, read from disk by pdfjs in Node): a Chinese PDF whose
 * font is not embedded and whose text is encoded by a predefined CMap (UniGB-UCS2-H, GBK-EUC-H …)
 * has no readable text without them, and would be taken for a scan.
 */
const requireHere = typeof require === 'function' ? require : createRequire(import.meta.url);
const CMAP_URL = join(dirname(requireHere.resolve('pdfjs-dist/package.json')), 'cmaps') + sep;

let loaded: Promise<PdfjsLike> | null = null;

/**
 * Built-ins whose native methods the legacy build's polyfills (core-js) replace with their own when
 * they find some corner case wanting (Array.prototype.push past 2³² elements, JSON.parse's source
 * text): the replacements are several times slower, and once pdfjs loads they would slow every
 * later audit of the process, not only pdfjs. The natives are put back; what pdfjs adds stays.
 */
const GUARDED: object[] = [
  Array.prototype,
  JSON,
  Object,
  Promise,
  String.prototype,
  Map.prototype,
  Set.prototype,
];

function keepNatives<T>(load: () => Promise<T>): Promise<T> {
  const saved = GUARDED.map(
    (o) => new Map(Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)!])),
  );
  const restore = () =>
    GUARDED.forEach((o, i) => {
      for (const [k, d] of saved[i]!) {
        const now = Object.getOwnPropertyDescriptor(o, k);
        if (now && (now.value !== d.value || now.get !== d.get)) Object.defineProperty(o, k, d);
      }
    });
  return load().finally(restore);
}

/**
 * Loads with Node's source maps off: core-js, as it loads, formats the stack of an Error to see
 * whose engine it runs on, and with source maps on (`node --enable-source-maps`, when debugging) Node
 * then parses the bundle's megabyte of map for the frames of that one stack (40 ms of each PDF run).
 */
async function withoutSourceMaps<T>(load: () => Promise<T>): Promise<T> {
  const p = process as { sourceMapsEnabled?: boolean; setSourceMapsEnabled?(on: boolean): void };
  const on = p.sourceMapsEnabled === true;
  if (on) p.setSourceMapsEnabled?.(false);
  try {
    return await load();
  } finally {
    if (on) p.setSourceMapsEnabled?.(true);
  }
}

/**
 * How pdfjs takes fonts here. With `disableFontFace` (the reader's default) its worker compiles the
 * outline of every glyph drawn on a page whose drawing the reader takes and posts each one over:
 * a third of an eight-page WPS report's parse, all of it for painting, which the CLI never does.
 * Font faces instead: pdfjs hands each font to `ownerDocument.fonts` as a FontFace and waits for it
 * to load; this document takes them and FontFace (cli/pdfjs-globals.ts) loads nothing. The text
 * and the drawing pdfjs gives are the same either way (tested over every PDF fixture).
 */
const FONTLESS_DOCUMENT = { fonts: { add() {}, delete() {} } };

/** The pdfjs module, loaded once. */
export function loadPdfjs(): Promise<PdfjsLike> {
  loaded ??= withoutSourceMaps(() =>
    keepNatives(async () => {
      await import('./pdfjs-globals');
      const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike;
      return {
        getDocument: pdfjs.getDocument,
        OPS: pdfjs.OPS,
        documentParams: {
          disableFontFace: false,
          ownerDocument: FONTLESS_DOCUMENT,
          cMapUrl: CMAP_URL,
          cMapPacked: true,
        },
      };
    }),
  );
  return loaded;
}
