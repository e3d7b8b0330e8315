/**
 * Reading the page for the background's audit: the core's own walk (lib/adapters/walk.ts, with the
 * live-DOM access of lib/adapters/dom.ts) run over the document a few milliseconds at a time, so a
 * 20,000-cell page never holds the main thread long; then every node handle becomes an index into
 * a list the page script keeps, which makes the page source a plain value to send. The background
 * answers in the same indices, and the page marks the very nodes the core read.
 */
import { domAccess, headOf } from '../../lib/adapters/dom';
import { PageWalk } from '../../lib/adapters/walk';
import type { Block, PageSource } from '../../lib/source';
import { SLICE_MS, yieldToMain } from '../../utils/chunk';

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
  const walk = new PageWalk<Node>(
    domAccess,
    (doc.body ?? doc.documentElement) as Node,
    doc.title ?? '',
    meta,
  );
  let start = performance.now();
  while (!walk.step(STEP))
    if (performance.now() - start > SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  const read = walk.result();
  const nodes: Node[] = [];
  const at = (n: Node) => nodes.push(n) - 1;
  const blocks = read.blocks.map((b): Block<number> => {
    if (b.kind !== 'table') return { ...b, node: at(b.node) };
    const rows = b.table.rows.map((r) =>
      r.map((c) => ({ text: c.text, rowspan: c.rowspan, colspan: c.colspan, node: at(c.node) })),
    );
    return { kind: 'table', table: { rows, node: at(b.table.node) } };
  });
  return { source: { ...read, blocks, ...evidence }, nodes };
}
