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

/** The title, meta tags and body, found in one pass over the tree. */
function scan(doc: Document) {
  let title: Element | undefined;
  let body: Element | undefined;
  const metas: Element[] = [];
  const visit = (node: Node) => {
    if (isTag(node)) {
      if (node.name === 'body') {
        body ??= node;
        // Nothing the head holds is looked for inside the body (a stray <title> there is not the page's).
        return;
      }
      if (node.name === 'title') title ??= node;
      else if (node.name === 'meta') metas.push(node);
    }
    if ('children' in node) for (const k of node.children) visit(k);
  };
  visit(doc);
  return { title, body, metas };
}

/** Parses a page and reads it into a PageSource whose nodes are domhandler nodes. */
export function sourceFromHtml(html: string): PageSource<Element> {
  const doc = parseDocument(html, { decodeEntities: true });
  const { title: titleEl, body, metas } = scan(doc);
  const title = titleEl ? textOf(access, titleEl) : '';
  const meta: Record<string, string> = {};
  for (const m of metas) {
    const name = (m.attribs.name ?? m.attribs.property ?? '').toLowerCase();
    if (name && m.attribs.content !== undefined) meta[name] = m.attribs.content;
  }
  // Blocks always hold elements: text runs belong to their element, the root only when it is one.
  return walkPage(access, body ?? doc, title, meta) as unknown as PageSource<Element>;
}
