/**
 * What a page says about its own address, outside its body: `<link rel="canonical">` and the
 * `<!-- saved from url=(0051)http://… -->` comment a browser writes into a saved file. The portal
 * of a saved report is read from these (lib/recognise/portal.ts). Shared by both adapters; the walk
 * stops at `<body>`, so it costs no more than the head.
 */
import { savedFromComment } from '../recognise/portal';
import type { PageSource } from '../source';
import type { TreeAccess } from './walk';

/** The evidence fields of a PageSource, present only when the page has them. */
export type PageEvidence = Pick<PageSource<unknown>, 'links' | 'savedFrom'>;

/** A link's rel that names it canonical (lib/adapters/dom.ts finds it by query, with this test). */
export const CANONICAL = /(?:^|\s)canonical(?:\s|$)/i;

/**
 * Reads the canonical link (as written, unresolved: a relative one names no host) and the
 * saved-from comment; `comment` gives a comment node's text, null for any other node.
 */
export function pageEvidence<T>(
  acc: TreeAccess<T>,
  doc: T,
  comment: (node: T) => string | null,
): PageEvidence {
  const out: PageEvidence = {};
  // Document order, with an explicit stack (children pushed last first), as scanHead does.
  const stack: T[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const tag = acc.tag(n);
    if (tag === null || tag === 'body') continue;
    if (tag === 'link') {
      const href = acc.attr(n, 'href');
      if (href && !out.links && CANONICAL.test(acc.attr(n, 'rel') ?? '')) out.links = { canonical: href };
      continue;
    }
    const text = comment(n);
    if (text !== null) {
      const url = savedFromComment(text);
      if (url !== null && out.savedFrom === undefined) out.savedFrom = url;
      continue;
    }
    const kids = acc.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
