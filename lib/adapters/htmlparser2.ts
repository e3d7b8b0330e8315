/** The Node adapter: parses HTML with htmlparser2 (the fast parser cheerio ships with). */
import { type ChildNode, type Document, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { PageSource } from '../source';
import { type TreeAccess, textOf, walkPage } from './walk';

type Node = Document | ChildNode;

const access: TreeAccess<Node> = {
  children: (n) => ('children' in n ? n.children : []),
  tag: (n) => (isTag(n) ? n.name : isText(n) ? null : '#other'),
  data: (n) => (isText(n) ? n.data : ''),
  attr: (n, name) => (isTag(n) ? (n.attribs[name] ?? null) : null),
};

function find(node: Node, name: string, out: Element[]): Element[] {
  if (isTag(node) && node.name === name) out.push(node);
  if ('children' in node) for (const k of node.children) find(k, name, out);
  return out;
}

/** Parses a page and reads it into a PageSource whose nodes are domhandler nodes. */
export function sourceFromHtml(html: string): PageSource<Element> {
  const doc = parseDocument(html, { decodeEntities: true });
  const titleEl = find(doc, 'title', [])[0];
  const title = titleEl ? textOf(access, titleEl) : '';
  const meta: Record<string, string> = {};
  for (const m of find(doc, 'meta', [])) {
    const name = (m.attribs.name ?? m.attribs.property ?? '').toLowerCase();
    if (name && m.attribs.content !== undefined) meta[name] = m.attribs.content;
  }
  const body = find(doc, 'body', [])[0] ?? doc;
  // Blocks always hold elements: text runs belong to their element, the root only when it is one.
  return walkPage(access, body, title, meta) as unknown as PageSource<Element>;
}
