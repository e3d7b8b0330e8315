/**
 * The live-DOM adapter for the extension. It takes the Document it reads, and uses no DOM globals,
 * so the core stays testable in Node (with happy-dom) and runs unchanged in the page.
 */
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

// Nearly every gov.cn page says 政府信息公开 in its menus; these say more: a report's title, its
// section headings, or its tables' own labels.
const TITLE_RE = /年度报告|年度報告|年报|年報/;
const BODY_RE =
  /本年新收|申请人情况|申請人情況|主动公开政府信息情况|主動公開政府信息情況|收到和处理政府信息公开申请|收到和處理政府信息公開申請|信息公开(?:工作)?年度报告|信息公開(?:工作)?年度報告/;

/**
 * A cheap pre-check before the full audit: could this page be a report? A regex over the title and
 * the body's text, so non-report pages cost well under a millisecond.
 */
export function quickCheck(doc: Document): boolean {
  if (TITLE_RE.test(doc.title ?? '')) return true;
  const body = doc.body;
  return body !== null && BODY_RE.test(body.textContent ?? '');
}
