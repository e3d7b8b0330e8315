/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
import { mayBeReport } from '../quick-check';
import type { PageSource } from '../source';
import { pageEvidence } from './evidence';
import { BLOCK, SKIP, scanHead, type TreeAccess, walkPage } from './walk';

/**
 * What the walk treats otherwise than textContent does: an element it skips, or one that may be
 * hidden (a superset: `none` anywhere in a style; such a subtree is walked node by node).
 */
const NOT_PLAIN = [...SKIP, '[hidden]', '[style*="none"]'].join(',');
/** What ends or interrupts a run of text in the walk (links: any with an address, a superset). */
const NOT_RUN = [NOT_PLAIN, ...BLOCK, 'table', 'img', 'a[href]'].join(',');

/**
 * The walk's access to a live DOM. Every DOM call from an extension's world crosses a binding, so
 * where the browser can answer a whole subtree natively it does: a cell's text is its textContent
 * when nothing under it is skipped or hidden, a paragraph's when nothing under it ends or breaks
 * its run of text, and whether a table holds a table is one selector query
 * (test/unit/dom-fast-paths.test.ts checks all three against the node-by-node walk on every fixture).
 */
export const domAccess: TreeAccess<Node> = {
  children: (n) => n.childNodes,
  // nodeType 1 is an element, 3 a text node; others (comments) are skipped as an unknown tag.
  tag: (n) => (n.nodeType === 1 ? (n as Element).localName : n.nodeType === 3 ? null : '#other'),
  data: (n) => (n as Text).data,
  attr: (n, name) => (n.nodeType === 1 ? (n as Element).getAttribute(name) : null),
  text: (n) =>
    native(n, (el) =>
      el.matches(NOT_PLAIN) || el.querySelector(NOT_PLAIN) !== null ? null : el.textContent,
    ),
  hasTable: (n) => native(n, (el) => el.querySelector('table') !== null),
  runText: (n) => native(n, (el) => (el.querySelector(NOT_RUN) === null ? el.textContent : null)),
};

/**
 * Set once a native subtree query overflowed the stack: browsers walk subtrees iteratively, but a
 * DOM written in JavaScript (happy-dom, in the tests) may recurse, and a page can nest 100,000
 * elements. From then on the walk reads node by node, which never recurses.
 */
let recursiveDom = false;

/** `ask(el)` for an element, or null (walk it) for anything else or once the DOM overflowed. */
function native<R>(n: Node, ask: (el: Element) => R | null): R | null {
  if (n.nodeType !== 1 || recursiveDom) return null;
  try {
    return ask(n as Element);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    recursiveDom = true;
    return null;
  }
}

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
