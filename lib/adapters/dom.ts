/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
import { pageMayBeReport } from '../quick-check';
import { savedFromComment } from '../recognise/portal';
import type { PageSource } from '../source';
import { CANONICAL, type PageEvidence, pageEvidence } from './evidence';
import { BLOCK, SKIP, scanHead, type TreeAccess, walkPage } from './walk';

/**
 * What the walk treats otherwise than textContent does: an element it skips, or one that may be
 * hidden (a superset: `none` or `visibility` anywhere in a style; such a subtree is walked node by node).
 */
const NOT_PLAIN = [...SKIP, '[hidden]', '[style*="none"]', '[style*="visibility"]'].join(',');
/** What ends or interrupts a run of text in the walk (links: any with an address, a superset). */
const NOT_RUN = [NOT_PLAIN, ...BLOCK, 'table', 'img', 'a[href]', 'br'].join(',');
/** What hidden() in walk.ts reads further: a `hidden` attribute, or `none` or `visibility` in a style. */
const MAY_HIDE = '[hidden],[style*="none"],[style*="visibility"]';
/** What keeps a table from being read cell by cell as textContent: a nested table, or NOT_PLAIN. */
const NOT_PLAIN_TABLE = `table,${NOT_PLAIN}`;
/** A cell's whole text (plainCells: nothing under its table is skipped or hidden). */
const wholeText = (n: Node): string => n.textContent ?? '';

/**
 * The walk's access to a live DOM. Every DOM call from an extension's world crosses a binding, so
 * where the browser can answer a whole subtree natively it does: a cell's text is its textContent
 * when nothing under it is skipped or hidden, a paragraph's when nothing under it ends or breaks
 * its run of text, whether a table holds a table is one selector query, and so is whether a whole
 * table's cells can be read so (test/unit/dom-fast-paths.test.ts checks all four against the
 * node-by-node walk on every fixture).
 */
export const domAccess: TreeAccess<Node> = {
  children: (n) => n.childNodes,
  elements: (n) => (n as Element).children,
  // Only elements have a localName (one call into the DOM, where nodeType first would be two); of
  // the rest, nodeType 3 is a text node, and others (comments) are skipped as an unknown tag.
  tag: (n) => (n as Element).localName ?? (n.nodeType === 3 ? null : '#other'),
  data: (n) => (n as Text).data,
  // Only elements have getAttribute (looked up in this world's prototypes, not asked of the DOM).
  attr: (n, name) => (n as Element).getAttribute?.(name) ?? null,
  // Matching one element never walks a subtree (so never overflows, unlike the queries below).
  mayHide: (n) => (n as Element).matches?.(MAY_HIDE) ?? null,
  text: (n) =>
    native(n, (el) =>
      el.matches(NOT_PLAIN) || el.querySelector(NOT_PLAIN) !== null ? null : el.textContent,
    ),
  hasTable: (n) => native(n, hasFramedTable),
  // One query per table instead of two per cell: most report tables hide nothing.
  plainCells: (n) => native(n, (el) => (el.querySelector(NOT_PLAIN_TABLE) === null ? wholeText : null)),
  runText: (n) => native(n, (el) => (el.querySelector(NOT_RUN) === null ? el.textContent : null)),
};

/** walk.ts's hasNestedTable by the browser's queries: a table under `el` that is not a box (isBox). */
function hasFramedTable(el: Element): boolean {
  if (el.querySelector('table') === null) return false;
  const tables = el.querySelectorAll('table');
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i] as HTMLTableElement;
    const rows = t.rows;
    if (rows.length > 1 || (rows.length === 1 && rows[0]!.cells.length > 1)) return true;
    if (t.querySelector('table') !== null) return true;
  }
  return false;
}

/**
 * Set once a native subtree query overflowed the stack: browsers walk subtrees iteratively, but a
 * DOM written in JavaScript (happy-dom, in the tests) may recurse, and a page can nest 100,000
 * elements. From then on the walk reads node by node, which never recurses.
 */
let recursiveDom = false;

/** `ask(el)` for an element, or null (walk it) for anything else or once the DOM overflowed. */
function native<R>(n: Node, ask: (el: Element) => R | null): R | null {
  // Only elements have matches() (a look in this world's prototypes, not a call into the DOM).
  if (recursiveDom || (n as Element).matches === undefined) return null;
  try {
    return ask(n as Element);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    recursiveDom = true;
    return null;
  }
}

/**
 * The comments pageEvidence reads, in document order: none under a <body> (nor under a <link>,
 * which it does not look into).
 */
const HEAD_COMMENTS = "//comment()[not(ancestor::*[local-name()='body' or local-name()='link'])]";

/**
 * What scanHead (the meta tags) and pageEvidence (the canonical link, the saved-from comment) read
 * outside the body, with the same answers, found by the browser's own queries instead of a walk of
 * every node there: the page script's world then makes no wrapper for the head's scripts, styles
 * and text. A DOM whose queries recurse and overflow on a deep page (happy-dom, in the tests), or
 * that has no XPath, is walked as before, with explicit stacks.
 */
export function headOf(doc: Document): { meta: Record<string, string>; evidence: PageEvidence } {
  if (!recursiveDom && typeof doc.evaluate === 'function')
    try {
      return queryHead(doc);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      recursiveDom = true;
    }
  return {
    meta: scanHead<Node>(domAccess, doc).meta,
    evidence: pageEvidence<Node>(domAccess, doc, commentText),
  };
}

function queryHead(doc: Document): { meta: Record<string, string>; evidence: PageEvidence } {
  const meta: Record<string, string> = {};
  let link: { el: Element; canonical: string } | undefined;
  const els = doc.querySelectorAll('meta,link');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    // Neither walk looks under a <body> (closest() climbs with no recursion, however deep).
    if (el.closest('body') !== null) continue;
    if (el.localName === 'meta') {
      const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
      const content = el.getAttribute('content');
      if (name && content !== null) meta[name] = content;
    } else if (!link && el.parentElement?.closest('link') == null) {
      const href = el.getAttribute('href');
      if (href && CANONICAL.test(el.getAttribute('rel') ?? '')) link = { el, canonical: href };
    }
  }
  let saved: { node: Node; url: string } | undefined;
  // 7: ORDERED_NODE_SNAPSHOT_TYPE.
  const found = doc.evaluate(HEAD_COMMENTS, doc, null, 7, null);
  for (let i = 0; i < found.snapshotLength && !saved; i++) {
    const node = found.snapshotItem(i)!;
    const url = savedFromComment((node as Comment).data);
    if (url !== null) saved = { node, url };
  }
  // The fields in the order pageEvidence's walk meets them (4: the link follows the comment).
  const evidence: PageEvidence = {};
  const savedFirst = saved && (!link || (saved.node.compareDocumentPosition(link.el) & 4) !== 0);
  if (saved && savedFirst) evidence.savedFrom = saved.url;
  if (link) evidence.links = { canonical: link.canonical };
  if (saved && !savedFirst) evidence.savedFrom = saved.url;
  return { meta, evidence };
}

/** nodeType 8: a comment (the saved-from line of a saved page opened from disk). */
const commentText = (n: Node): string | null => (n.nodeType === 8 ? (n as Comment).data : null);

/** Reads the document (or the subtree under `root`) into a PageSource of DOM nodes. */
export function sourceFromDocument(doc: Document, root?: Element): PageSource<Element> {
  // The meta tags and the address evidence outside the body, as the CLI reads them.
  const { meta, evidence } = headOf(doc);
  const start = root ?? doc.body ?? doc.documentElement;
  const source = walkPage(domAccess, start as Node, doc.title ?? '', meta) as unknown as PageSource<Element>;
  return Object.assign(source, evidence);
}

/** The detector's decision on a document: could this page be a report (load the audit)? */
export function quickCheck(doc: Document): boolean {
  return pageMayBeReport(doc.title ?? '', doc.body?.textContent ?? '');
}
