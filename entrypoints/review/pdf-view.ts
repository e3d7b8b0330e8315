/**
 * Draws a PDF in the review page: one box per page at the page's proportions, its canvas painted by
 * pdf.js when it comes near the window (a long report costs nothing until read), and over it one
 * transparent box per recognised cell (and per paragraph a finding quotes), placed in the page's
 * own points as percentages so they stay on their cells at any width. The boxes are the elements
 * the marks (utils/marks.ts) paint, exactly as they paint a web page's cells.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PdfNode } from '../../lib/pdf/index';
import { cmapParams, loadPdfjs } from '../../utils/pdfjs-browser';
import { type Box, type Quoted, quoteBox } from './quote-box';

export type { Quoted } from './quote-box';

/** A drawn PDF: the element behind each address (cells and quoted paragraphs), and a way to stop. */
export interface PdfView {
  boxes: Map<string, HTMLElement>;
  /** Each box's page, for flags (anchored by address, page and quote). */
  pageOf: Map<HTMLElement, number>;
  destroy(): void;
}

const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;

/**
 * Draws `bytes` into `host` and puts a box over each node in `nodes` (address → node; addresses
 * sharing a node share its box). Resolves once every page's frame and box is in place; canvases
 * follow as pages scroll into view.
 */
export async function drawPdf(
  host: HTMLElement,
  bytes: Uint8Array,
  nodes: Map<string, PdfNode>,
  quoted: Map<string, Quoted>,
): Promise<PdfView> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, ...cmapParams() });
  const doc: PDFDocumentProxy = await task.promise;
  host.replaceChildren();
  const frames: HTMLElement[] = [];
  const sizes: { w: number; h: number }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    sizes.push({ w: vp.width, h: vp.height });
    const frame = document.createElement('section');
    frame.className = 'pdf-page';
    frame.dataset.page = String(n);
    frame.style.aspectRatio = `${vp.width} / ${vp.height}`;
    frame.setAttribute('aria-label', `第 ${n} 页 / page ${n}`);
    const canvas = document.createElement('canvas');
    canvas.className = 'pdf-canvas';
    const layer = document.createElement('div');
    layer.className = 'pdf-boxes';
    const label = document.createElement('span');
    label.className = 'pdf-page-no';
    label.textContent = `${n} / ${doc.numPages}`;
    frame.append(canvas, layer, label);
    host.append(frame);
    frames.push(frame);
  }
  const boxes = new Map<string, HTMLElement>();
  const pageOf = new Map<HTMLElement, number>();
  const byNode = new Map<PdfNode, HTMLElement>();
  const place = (addr: string, node: PdfNode, kind: 'cell' | 'quote') => {
    const frame = frames[node.page - 1];
    const size = sizes[node.page - 1];
    if (!frame || !size || node.w <= 0 || node.h <= 0) return;
    let box = byNode.get(node);
    if (!box) {
      box = document.createElement('div');
      box.className = `pdf-box ${kind}`;
      box.style.left = pct(node.x, size.w);
      box.style.top = pct(node.y, size.h);
      box.style.width = pct(node.w, size.w);
      box.style.height = pct(node.h, size.h);
      frame.querySelector('.pdf-boxes')!.append(box);
      byNode.set(node, box);
      pageOf.set(box, node.page);
    }
    boxes.set(addr, box);
  };
  // A quoted sentence: its own stretch of the paragraph where the page's text items spell it.
  const itemsOf = new Map<number, { text: string; box: Box }[]>();
  for (const [key, { node, quote }] of quoted) {
    let items = itemsOf.get(node.page);
    if (!items) {
      items = [];
      try {
        const page = await doc.getPage(node.page);
        const view = page.getViewport({ scale: 1 }).transform;
        for (const raw of (await page.getTextContent()).items) {
          if (!('str' in raw) || !raw.str.trim()) continue;
          const m = pdfjs.Util.transform(view, raw.transform) as number[];
          const size = Math.hypot(m[2]!, m[3]!) || raw.height || 10;
          items.push({ text: raw.str, box: { x: m[4]!, y: m[5]! - size * 0.88, w: raw.width, h: size } });
        }
      } catch {
        // No text items: the paragraph's box stands in.
      }
      itemsOf.set(node.page, items);
    }
    const box = quoteBox(items, node, quote);
    place(key, box ? { page: node.page, ...box } : node, 'quote');
  }

  // After the sentences: a finding on text and a table scrolls to the sentence first, as on a page.
  for (const [addr, node] of nodes) place(addr, node, 'cell');

  // Paint a page's canvas when it nears the window, at the device's pixel density.
  const painted = new Set<number>();
  const paint = async (n: number) => {
    if (painted.has(n)) return;
    painted.add(n);
    const frame = frames[n - 1]!;
    const page = await doc.getPage(n);
    const cssWidth = frame.clientWidth || 800;
    const scale = (cssWidth / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
    const vp = page.getViewport({ scale });
    const canvas = frame.querySelector('canvas')!;
    canvas.width = Math.floor(vp.width);
    canvas.height = Math.floor(vp.height);
    try {
      await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport: vp }).promise;
      frame.dataset.painted = '';
    } catch {
      // A page pdf.js cannot paint stays blank; its boxes and the audit are unaffected.
      frame.dataset.painted = 'failed';
    }
  };
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries)
        if (e.isIntersecting) void paint(Number((e.target as HTMLElement).dataset.page));
    },
    { rootMargin: '600px 0px' },
  );
  for (const f of frames) seen.observe(f);
  return {
    boxes,
    pageOf,
    destroy() {
      seen.disconnect();
      void task.destroy();
    },
  };
}
