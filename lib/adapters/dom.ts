/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
import { mayBeReport } from '../quick-check';
import type { PageSource } from '../source';
import { pageEvidence } from './evidence';
import { scanHead, type TreeAccess, walkPage } from './walk';

const access: TreeAccess<Node> = {
  children: (n) => n.childNodes,
  // nodeType 1 is an element, 3 a text node; others (comments) are skipped as an unknown tag.
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : n.nodeType === 3 ? null : '#other'),
  data: (n) => (n as Text).data,
  attr: (n, name) => (n.nodeType === 1 ? (n as Element).getAttribute(name) : null),
};

/** Reads the document (or the subtree under `root`) into a PageSource of DOM nodes. */
export function sourceFromDocument(doc: Document, root?: Element): PageSource<Element> {
  // The meta tags outside the body, as the CLI reads them; found with an explicit stack (a
  // selector query recurses in some DOMs, and a page can nest 100,000 elements).
  const { meta } = scanHead<Node>(access, doc);
  const start = root ?? doc.body ?? doc.documentElement;
  const source = walkPage(access, start as Node, doc.title ?? '', meta) as unknown as PageSource<Element>;
  // nodeType 8: a comment (the saved-from line of a saved page opened from disk).
  return Object.assign(
    source,
    pageEvidence<Node>(access, doc, (n) => (n.nodeType === 8 ? (n as Comment).data : null)),
  );
}

/**
 * A cheap pre-check before the full audit: could this page be a report? A regex over the title and
 * the body's text, so non-report pages cost well under a millisecond.
 */
export function quickCheck(doc: Document): boolean {
  return mayBeReport(doc.title ?? '', doc.body?.textContent ?? '');
}
