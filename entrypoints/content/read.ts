/**
 * Reading the page for the background's audit. First as markup (pageMarkup: the document's
 * outerHTML, which the background parses and reads; findNodes then finds and checks the nodes its
 * answer names). Where the page disagrees with that answer, the page reads itself (readPage, loaded
 * then as page-read.js): the core's own walk (lib/adapters/walk.ts, with the live-DOM access of
 * lib/adapters/dom.ts) run over the document a few milliseconds at a time, so a 20,000-cell page
 * never holds the main thread long; then every node handle becomes an index into a list the page
 * script keeps, which makes the page source a plain value to send. The background answers in the
 * same indices, and the page marks the very nodes the core read.
 */
import { domAccess, headOf } from '../../lib/adapters/dom';
import { PageWalk } from '../../lib/adapters/walk';
import { asPlainText, type Block, NEST_LIMIT, type PageSource } from '../../lib/source';
import { SLICE_MS, yieldToMain } from '../../utils/chunk';
import { type AuditAnswer, HTML_MAX } from '../../utils/load-audit';
import { squash } from '../../utils/text-flags';

/** Nodes the walk visits between looks at the clock. */
const STEP = 256;

/** The page as a plain value (node handles are indices into `nodes`). */
export interface ReadPage {
  source: PageSource<number>;
  nodes: Node[];
}

/** Reads the document, yielding to the page whenever a slice has used SLICE_MS. */
export async function readPage(doc: Document): Promise<ReadPage> {
  // The meta tags and the address evidence outside the body, as the CLI reads them.
  const { meta, evidence } = headOf(doc);
  // A document with no root element has nothing to walk: that throws (a TypeError), as it should.
  const root = (doc.body ?? doc.documentElement) as Node;
  const walk = new PageWalk<Node>(domAccess, root, doc.title ?? '', meta);
  let start = performance.now();
  while (!walk.step(STEP))
    if (performance.now() - start > SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  const read = walk.result();
  const nodes: Node[] = [];
  // Each handle becomes its index in place: the walk's blocks, rows and cells are this read's own,
  // so no copy of them is made (the same fields in the same order, so the same JSON).
  const index = (x: { node: Node }) => {
    (x as unknown as { node: number }).node = nodes.push(x.node) - 1;
  };
  for (const b of read.blocks) {
    if (b.kind !== 'table') {
      index(b);
      continue;
    }
    for (const r of b.table.rows) for (const c of r) index(c);
    index(b.table);
  }
  const blocks = read.blocks as unknown as Block<number>[];
  const source: PageSource<number> = { ...read, blocks, ...evidence };
  // Nested this deep, counted from the document as the markup's reading counts (utils/audit-page.ts),
  // the browser's parser may have flattened the page: tables seen missing here may not be.
  if (walk.depth + (root === doc.body ? 2 : 1) >= NEST_LIMIT) source.flattened = true;
  // The browser's view of a text file (one <pre>): read as the CLI reads a .txt file.
  if (doc.contentType === 'text/plain') asPlainText(source, doc.body?.textContent ?? '');
  return { source, nodes };
}

/**
 * The document's markup for the background to parse (utils/audit-page.ts auditHtml): its comments
 * outside the root (a saved page's `saved from url=`), then the root's outerHTML; null when there
 * is no root or it is too long to send.
 */
export function pageMarkup(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  let html = '';
  for (const n of Array.from(doc.childNodes)) if (n.nodeType === 8) html += `<!--${(n as Comment).data}-->`;
  html += root.outerHTML;
  return html.length > HTML_MAX ? null : html;
}

/**
 * The nodes an answer to sent markup names, found in the live document by tag and place; null
 * when the document disagrees with the markup the background read (a tag's count, or a node's
 * text: the page changed since, or holds what a parse of its markup reads otherwise), so the
 * page reads itself instead and no mark lands on the wrong cell.
 */
export function findNodes(doc: Document, located: NonNullable<AuditAnswer['located']>): Node[] | null {
  const lists = located.tags.map((t) => doc.getElementsByTagName(t));
  for (let i = 0; i < lists.length; i++) if (lists[i]!.length !== located.counts[i]) return null;
  const nodes: Node[] = [];
  // An indexed loop: each entry taken apart through the iterator protocol costs more, cold, than
  // the check itself.
  for (let k = 0; k < located.nodes.length; k++) {
    const n = located.nodes[k]!;
    const t = n[0];
    const el = t < 0 ? null : (lists[t]?.item(n[1]) ?? null);
    if (!el || !holds(el.textContent ?? '', n[2], n[3] === 1)) return null;
    nodes.push(el);
  }
  return nodes;
}

/**
 * Whether a node's text `raw`, white space taken out, is `text` (a cell) or holds it (a block), as
 * squash(raw) === text or squash(raw).includes(text) say, squashing only where the answer turns on
 * it: `text` has no white space, and taking white space out only shortens a text, so a shorter
 * `raw` cannot match, one of the same length matches only as it is, and a block that holds `text`
 * as it is holds it squashed too.
 */
export function holds(raw: string, text: string, cell: boolean): boolean {
  if (raw.length < text.length) return false;
  if (cell) return raw.length === text.length ? raw === text : squash(raw) === text;
  return raw.includes(text) || squash(raw).includes(text);
}
