/**
 * Naming the elements of a parsed page so the live page can find them again: each wanted element
 * becomes its tag and its place among the document's elements of that tag, in document order —
 * what `document.getElementsByTagName(tag)[i]` answers in the page the markup was serialized from.
 *
 * The page script sends its document's markup (`outerHTML`) to the background, which parses it
 * with the CLI's parser (lib/adapters/htmlparser2.ts) and audits it; the answer names the cells
 * and text blocks to mark so. A parse of serialized markup gives the live tree back, except inside
 * elements whose content the browser keeps as text or outside the tree (noscript with scripting
 * on, template, noframes…): nothing there is counted, and an element found there is unlocatable
 * (-1). The page checks each tag's count and each element's text before it trusts the answer
 * (entrypoints/content/session.ts), and reads its own DOM instead when anything disagrees.
 */
import type { BareElement, BareNode } from './linear-parser';

/**
 * Elements whose content a browser's DOM does not hold as elements: raw text (noscript with
 * scripting on, noembed, noframes, xmp, plaintext, iframe, and the parser's own raw-text elements),
 * or a separate fragment (template).
 */
const OPAQUE: ReadonlySet<string> = new Set([
  'noscript',
  'template',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'iframe',
  'textarea',
  'title',
  'script',
  'style',
]);

/** Where the wanted elements are: by tag (an index into `tags`) and place, with each tag's count. */
export interface Located {
  /** The tags the wanted elements have. */
  tags: string[];
  /** How many elements of each of `tags` the document holds (outside OPAQUE content). */
  counts: number[];
  /** Per wanted element, in order: [index into tags, its place among them], or [-1, -1]. */
  places: [number, number][];
}

/** Where each of `wanted` (elements of the tree under `root`) stands among its tag's elements. */
export function locate(root: BareElement, wanted: readonly BareElement[]): Located {
  const want = new Map<BareElement, number[]>();
  wanted.forEach((el, i) => {
    const at = want.get(el);
    if (at) at.push(i);
    else want.set(el, [i]);
  });
  const tagIndex = new Map<string, number>();
  const places: [number, number][] = wanted.map(() => [-1, -1]);
  for (const el of wanted)
    if (!el.name.startsWith('#') && !tagIndex.has(el.name)) tagIndex.set(el.name, tagIndex.size);
  const counts = new Array<number>(tagIndex.size).fill(0);
  // Document order, with an explicit stack: a page can nest 100,000 elements.
  const stack: BareNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string' || n.name.startsWith('#')) continue;
    const t = tagIndex.get(n.name);
    if (t !== undefined) {
      const at = want.get(n);
      if (at) for (const i of at) places[i] = [t, counts[t]!];
      counts[t]!++;
    }
    // What a browser keeps as text or apart is not walked: found nowhere, counted nowhere.
    if (OPAQUE.has(n.name)) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { tags: [...tagIndex.keys()], counts, places };
}
