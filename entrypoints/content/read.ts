/**
 * Reading the live DOM in slices. Every DOM access from the content script's world costs a
 * binding call, so on a 20,000-cell page one synchronous walk is a 50 ms task. Instead we copy
 * the tree (tags, text, the attributes the core reads) a few milliseconds at a time, then let the
 * core's own walk (lib/adapters/walk.ts) run over the copy in plain JavaScript — the same walk
 * sourceFromDocument does, so the page reads exactly as the CLI reads it.
 */
import { type TreeAccess, walkPage } from '../../lib/adapters/walk';
import type { PageSource } from '../../lib/source';
import { SLICE_MS, yieldToMain } from '../../utils/chunk';

/** A copied node; `node` is the live one, for marking. */
export interface Snap {
  node: Node;
  /** Lower-case element name, null for text, '#other' for comments and the like. */
  tag: string | null;
  data: string;
  attrs: Record<string, string> | null;
  kids: Snap[];
}

/** The attributes walk.ts asks for; nothing else is copied. */
const ATTRS = ['hidden', 'style', 'rowspan', 'colspan', 'href', 'alt', 'title'];
/** Elements whose content the walk never reads. */
const OPAQUE = new Set(['script', 'style', 'noscript', 'template']);

const access: TreeAccess<Snap> = {
  children: (n) => n.kids,
  tag: (n) => n.tag,
  data: (n) => n.data,
  attr: (n, name) => n.attrs?.[name] ?? null,
};

function copy(node: Node): Snap {
  if (node.nodeType === 3) return { node, tag: null, data: (node as Text).data, attrs: null, kids: [] };
  if (node.nodeType !== 1) return { node, tag: '#other', data: '', attrs: null, kids: [] };
  const el = node as Element;
  let attrs: Record<string, string> | null = null;
  if (el.hasAttributes())
    for (const name of ATTRS) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      attrs ??= {};
      attrs[name] = v;
    }
  return { node, tag: el.localName, data: '', attrs, kids: [] };
}

/** Copies the subtree under `root`, yielding to the page whenever a slice has used SLICE_MS. */
export async function snapshot(root: Node): Promise<Snap> {
  const top = copy(root);
  const stack: Snap[] = [top];
  let start = performance.now();
  let n = 0;
  while (stack.length > 0) {
    const s = stack.pop()!;
    if (s.tag === null || s.tag === '#other' || OPAQUE.has(s.tag)) continue;
    for (let k = s.node.firstChild; k; k = k.nextSibling) {
      const c = copy(k);
      s.kids.push(c);
      stack.push(c);
    }
    if ((++n & 255) === 0 && performance.now() - start > SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  }
  return top;
}

/** The document as a PageSource over copies, read in slices (see sourceFromDocument). */
export async function sourceInSlices(doc: Document): Promise<PageSource<Snap>> {
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name][content],meta[property][content]'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    meta[name] = m.getAttribute('content') ?? '';
  }
  const root = await snapshot(doc.body ?? doc.documentElement);
  return walkPage(access, root, doc.title ?? '', meta);
}
