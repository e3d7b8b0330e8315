/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
import type { PageSource } from '../source';
import { type TreeAccess, walkPage } from './walk';

const access: TreeAccess<Node> = {
  children: (n) => n.childNodes,
  // nodeType 1 is an element, 3 a text node; others (comments) are skipped as an unknown tag.
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : n.nodeType === 3 ? null : '#other'),
  data: (n) => (n as Text).data,
  attr: (n, name) => (n.nodeType === 1 ? (n as Element).getAttribute(name) : null),
};

/** Reads the document (or the subtree under `root`) into a PageSource of DOM nodes. */
export function sourceFromDocument(doc: Document, root?: Element): PageSource<Element> {
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name][content],meta[property][content]'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    meta[name] = m.getAttribute('content') ?? '';
  }
  const start = root ?? doc.body ?? doc.documentElement;
  return walkPage(access, start as Node, doc.title ?? '', meta) as unknown as PageSource<Element>;
}

const QUICK_RE = /信息公开|信息公開|年度报告|年度報告|年报|年報/;

/**
 * A cheap pre-check before the full audit: could this page be a report? Reads the title and the
 * first part of the body's text only, so non-report pages cost well under a millisecond.
 */
export function quickCheck(doc: Document): boolean {
  if (QUICK_RE.test(doc.title ?? '')) return true;
  const body = doc.body;
  if (!body) return false;
  const text = (body.textContent ?? '').slice(0, 20000);
  return QUICK_RE.test(text) || /本年新收|申请人情况|主动公开政府信息/.test(text);
}
