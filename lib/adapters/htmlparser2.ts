/** The Node adapter: parses HTML with htmlparser2 (the fast parser cheerio ships with). */
import { type ChildNode, type Document, type Element, isComment, isTag, isText } from 'domhandler';
import type { PageSource } from '../source';
import { pageEvidence } from './evidence';
import { parseDocument } from './linear-parser';
import { scanHead, type TreeAccess, textOf, walkPage } from './walk';

type Node = Document | ChildNode;

const access: TreeAccess<Node> = {
  children: (n) => ('children' in n ? n.children : []),
  tag: (n) => (isTag(n) ? n.name : isText(n) ? null : '#other'),
  data: (n) => (isText(n) ? n.data : ''),
  attr: (n, name) => (isTag(n) ? (n.attribs[name] ?? null) : null),
};

/** Parses a page and reads it into a PageSource whose nodes are domhandler nodes. */
export function sourceFromHtml(html: string): PageSource<Element> {
  // htmlparser2's own tree with its stack kept newest-last: deep markup parses in linear time.
  const doc = parseDocument(html, { decodeEntities: true });
  const { title, body, meta } = scanHead<Node>(access, doc);
  // Blocks always hold elements: text runs belong to their element, the root only when it is one.
  const source = walkPage(
    access,
    body ?? doc,
    title ? textOf(access, title) : '',
    meta,
  ) as unknown as PageSource<Element>;
  return Object.assign(
    source,
    pageEvidence<Node>(access, doc, (n) => (isComment(n) ? n.data : null)),
  );
}
