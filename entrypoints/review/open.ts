/**
 * Opens one document in the review page: reads it with the same core as the CLI (lib/pdf → the
 * audit for a PDF; mammoth's HTML → the live-DOM adapter → the audit for a .docx), draws it, and
 * marks the cells and sentences the findings name with the page marks (utils/marks.ts).
 */
import { sourceFromDocument } from '../../lib/adapters/dom';
import { type Audit, audit, toPageResult } from '../../lib/audit';
import { docxToHtml } from '../../lib/desk/files';
import type { PageResult } from '../../lib/model';
import { auditPdfSource, type PdfNode, sourceFromPdf } from '../../lib/pdf/index';
import { PageMarks } from '../../utils/marks';
import { loadPdfReader } from '../../utils/pdfjs-browser';
import type { ReviewFile } from '../../utils/review-files';
import { showDocx } from './docx-view';
import { drawPdf, type Quoted } from './pdf-view';
import { sourceHtml } from './snapshot';

/** An opened document: its audit as the exports take it, its marks, and its desk snapshot. */
export interface Opened {
  kind: 'pdf' | 'docx';
  result: PageResult;
  /** The element behind each address (cell, or a quoted sentence's paragraph). */
  marks: PageMarks;
  /** A cell's PDF page (flags keep it). */
  pageOf(el: Element): number | undefined;
  /** The audit alone, in milliseconds (reading the file and auditing it, not drawing it). */
  auditMs: number;
  snapshot: string;
  destroy(): void;
}

/** Where the file is named in the exports: its address, or for a picked file its name. */
function whereOf(file: ReviewFile): { url?: string; file?: string } {
  return file.url.startsWith('file:') ? { file: file.name } : { url: file.url };
}

/** The fact keys the findings name, with their paragraph's node and their quote. */
function quotedNodes(a: Audit<PdfNode>): Map<string, Quoted> {
  const out = new Map<string, Quoted>();
  for (const f of a.findings)
    for (const key of f.cells) {
      const at = a.factNodes.get(key);
      const quote = a.report.facts.find((x) => x.key === key)?.quote ?? '';
      if (at && !a.cellNodes.has(key)) out.set(key, { node: at.node, quote });
    }
  return out;
}

async function openPdf(host: HTMLElement, file: ReviewFile): Promise<Opened> {
  const reader = await loadPdfReader();
  const bytes = new Uint8Array(file.bytes);
  const t0 = performance.now();
  const source = await sourceFromPdf(reader, bytes, { name: file.name });
  const a = auditPdfSource(source);
  const auditMs = performance.now() - t0;
  performance.measure('gra:review-audit', { start: t0, duration: auditMs });
  const view = await drawPdf(host, bytes, a.cellNodes, quotedNodes(a));
  const marks = new PageMarks(document);
  await marks.apply({ findings: a.findings, cellNodes: view.boxes, factNodes: new Map(), facts: [] });
  return {
    kind: 'pdf',
    result: toPageResult(a, whereOf(file)),
    marks,
    pageOf: (el) => view.pageOf.get(el as HTMLElement),
    auditMs,
    snapshot: sourceHtml(source.source, a.report.title || file.name, file.url),
    destroy: () => {
      marks.clear();
      view.destroy();
    },
  };
}

async function openDocx(host: HTMLElement, file: ReviewFile): Promise<Opened> {
  const t0 = performance.now();
  const html = await docxToHtml(file.name, file.bytes.slice(0));
  const title = showDocx(host, html);
  if (title) document.title = title;
  const article = host.querySelector('article')!;
  const a = audit(sourceFromDocument(document, article));
  a.report.source = 'docx';
  const auditMs = performance.now() - t0;
  performance.measure('gra:review-audit', { start: t0, duration: auditMs });
  const marks = new PageMarks(document);
  await marks.apply({
    findings: a.findings,
    cellNodes: a.cellNodes,
    factNodes: a.factNodes,
    facts: a.report.facts,
  });
  return {
    kind: 'docx',
    result: toPageResult(a, whereOf(file)),
    marks,
    pageOf: () => undefined,
    auditMs,
    snapshot: html,
    destroy: () => marks.clear(),
  };
}

/** Reads, audits, draws and marks `file` in `host`. Throws with a message to show. */
export function openDocument(host: HTMLElement, file: ReviewFile): Promise<Opened> {
  return file.kind === 'pdf' ? openPdf(host, file) : openDocx(host, file);
}
