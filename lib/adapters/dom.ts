/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
import { mayBeReport } from '../quick-check';
import type { PageSource } from '../source';
import { pageEvidence } from './evidence';
import { SKIP, scanHead, type TreeAccess, walkPage } from './walk';

/**
 * What the walk treats otherwise than textContent does: an element it skips, or one that may be
 * hidden (a superset: `none` anywhere in a style; such a subtree is walked node by node).
 */
const NOT_PLAIN = [...SKIP, '[hidden]', '[style*="none"]'].join(',');

/**
 * The walk's access to a live DOM. Every DOM call from an extension's world crosses a binding, so
 * where the browser can answer a whole subtree natively it does: a cell's text is its textContent
 * when nothing under it is skipped or hidden, and whether a table holds a table is one selector
 * query (test/unit/dom-fast-paths.test.ts checks both against the node-by-node walk on every fixture).
 */
export const domAccess: TreeAccess<Node> = {
  children: (n) => n.childNodes,
  // nodeType 1 is an element, 3 a text node; others (comments) are skipped as an unknown tag.
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : n.nodeType === 3 ? null : '#other'),
  data: (n) => (n as Text).data,
  attr: (n, name) => (n.nodeType === 1 ? (n as Element).getAttribute(name) : null),
  text: (n) => {
    if (n.nodeType !== 1) return null;
    const el = n as Element;
    return el.matches(NOT_PLAIN) || el.querySelector(NOT_PLAIN) !== null ? null : el.textContent;
  },
  hasTable: (n) => (n.nodeType === 1 ? (n as Element).querySelector('table') !== null : null),
};

/** Reads the document (or the subtree under `root`) into a PageSource of DOM nodes. */
export function sourceFromDocument(doc: Document, root?: Element): PageSource<Element> {
  // The meta tags outside the body, as the CLI reads them; found with an explicit stack (a
  // selector query recurses in some DOMs, and a page can nest 100,000 elements).
  const { meta } = scanHead<Node>(domAccess, doc);
  const start = root ?? doc.body ?? doc.documentElement;
  const source = walkPage(domAccess, start as Node, doc.title ?? '', meta) as unknown as PageSource<Element>;
  // nodeType 8: a comment (the saved-from line of a saved page opened from disk).
  return Object.assign(
    source,
    pageEvidence<Node>(domAccess, doc, (n) => (n.nodeType === 8 ? (n as Comment).data : null)),
  );
}

/**
 * A cheap pre-check before the full audit: could this page be a report? A regex over the title and
 * the body's text, so non-report pages cost well under a millisecond.
 */
export function quickCheck(doc: Document): boolean {
  return mayBeReport(doc.title ?? '', doc.body?.textContent ?? '');
}
