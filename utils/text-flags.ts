/**
 * Flags on text: where a selected quote sits in the page's text, finding it again after a reload,
 * and marking it. A text flag is anchored by its quote and `at`, the offset where the quote starts
 * in the page's text with every whitespace removed (the page lays out the same text with other
 * spaces and line breaks from one load to the next); it re-anchors at the occurrence of the quote
 * nearest `at`. The marks are a native highlight (`gra-flag`): the DOM is not touched, and the page
 * learns only which text is flagged, as a flagged cell's class says, never a note or a count.
 */
import type { Flag } from '../lib/model';
import { hasHighlightApi, markHosts } from './highlight';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const SPACE = /\s/;
/** The highlight that marks flagged sentences (styled in mark-style.ts). */
const HIGHLIGHT = 'gra-flag';

/** Text with every whitespace removed, as quotes and the page's text are compared. */
export const squash = (t: string): string => t.replace(/\s+/g, '');

/** The page's text nodes in order, with where each starts in the squashed text. */
interface PageText {
  nodes: Text[];
  starts: number[];
  text: string;
}

function pageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && SKIP.has(n.parentElement.tagName)) continue;
    const s = squash((n as Text).data);
    if (s.length === 0) continue;
    nodes.push(n as Text);
    starts.push(at);
    parts.push(s);
    at += s.length;
  }
  return { nodes, starts, text: parts.join('') };
}

/** How many non-space characters `node`'s text has before `offset`. */
function kept(node: Text, offset: number): number {
  let k = 0;
  for (let i = 0; i < offset && i < node.data.length; i++) if (!SPACE.test(node.data[i]!)) k++;
  return k;
}

/** The offset in `node` just before its `k`-th non-space character (0-based). */
function offsetOf(node: Text, k: number): number {
  let seen = 0;
  for (let i = 0; i < node.data.length; i++) {
    if (SPACE.test(node.data[i]!)) continue;
    if (seen === k) return i;
    seen++;
  }
  return node.data.length;
}

/** The root text flags are read in: the body (or the document element of a page with none). */
const rootOf = (doc: Document): Node => doc.body ?? doc.documentElement;

/**
 * Where `range` starts in the page's squashed text (the `at` of a flag on it), or null when it
 * starts outside the page's text (in a script, or in no text at all).
 */
export function offsetInPage(doc: Document, range: Range): number | null {
  const { nodes, starts } = pageText(rootOf(doc));
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n === range.startContainer) return starts[i]! + kept(n, range.startOffset);
    // The first text node at or after an element boundary.
    if (range.comparePoint(n, 0) >= 0) return starts[i]!;
  }
  return null;
}

/** A quote and where it starts in the page's text. */
export interface TextAnchor {
  quote: string;
  at: number;
}

/** The anchor of the user's selection, or null when nothing (or only space) is selected. */
export function selectionAnchor(doc: Document, range: Range | null, text: string): TextAnchor | null {
  const quote = text.trim();
  if (!range || squash(quote).length === 0) return null;
  const at = offsetInPage(doc, range);
  return at === null ? null : { quote, at };
}

/**
 * The anchor of a quote the context menu was given (its selectionText): the live selection when it
 * holds that quote; otherwise the occurrence of the quote nearest the element right-clicked (or the
 * first), or null when the page's text lacks it.
 */
export function quoteAnchor(doc: Document, quote: string, near: Node | null): TextAnchor | null {
  const q = squash(quote);
  if (q.length === 0) return null;
  const sel = doc.getSelection();
  if (sel && sel.rangeCount > 0 && squash(sel.toString()) === q) {
    const at = offsetInPage(doc, sel.getRangeAt(0));
    if (at !== null) return { quote: quote.trim(), at };
  }
  const { text } = pageText(rootOf(doc));
  let target = 0;
  if (near) {
    const r = doc.createRange();
    r.setStart(near, 0);
    target = offsetInPage(doc, r) ?? 0;
  }
  const at = nearest(text, q, target);
  return at === null ? null : { quote: quote.trim(), at };
}

/** The start of the occurrence of `q` in `text` nearest `target`, or null when there is none. */
export function nearest(text: string, q: string, target: number): number | null {
  let best: number | null = null;
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
    if (best === null || Math.abs(i - target) < Math.abs(best - target)) best = i;
    if (i > target) break;
  }
  return best;
}

/** The range of squashed text [from, to) in the page's DOM. */
function rangeOf(doc: Document, t: PageText, from: number, to: number): Range | null {
  const locate = (k: number) => {
    // The last node starting at or before k.
    let lo = 0;
    let hi = t.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.starts[mid]! <= k) lo = mid;
      else hi = mid - 1;
    }
    const node = t.nodes[lo];
    return node ? { node, offset: offsetOf(node, k - t.starts[lo]!) } : null;
  };
  const a = locate(from);
  const b = locate(to - 1);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset + 1);
  return range;
}

/**
 * The ranges of the page's text flags (flags with no address), each at the occurrence of its quote
 * nearest its `at` (the first, for a flag saved before flags had places); a flag whose quote the page
 * no longer has gets none. The same place flagged twice gives one range.
 */
export function textFlagRanges(doc: Document, flags: Flag[]): Range[] {
  const quoted = flags.filter((f) => f.address === null && squash(f.quote).length > 0);
  if (quoted.length === 0) return [];
  const t = pageText(rootOf(doc));
  const seen = new Set<string>();
  const out: Range[] = [];
  for (const f of quoted) {
    const q = squash(f.quote);
    const at = nearest(t.text, q, f.at ?? 0);
    if (at === null || seen.has(`${at}:${q.length}`)) continue;
    seen.add(`${at}:${q.length}`);
    const r = rangeOf(doc, t, at, at + q.length);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Marks the flagged sentences (replacing the previous marks) and returns their ranges; with no
 * highlight API (older browsers) nothing is painted, but the ranges still serve the tooltip.
 */
export function paintTextFlags(doc: Document, flags: Flag[]): Range[] {
  const ranges = textFlagRanges(doc, flags);
  if (hasHighlightApi()) {
    if (ranges.length === 0) CSS.highlights.delete(HIGHLIGHT);
    else {
      for (const r of ranges) markHosts(r);
      const h = new Highlight(...ranges);
      // Over the tone of a sentence a finding names, so the underline shows on it too.
      h.priority = 1;
      CSS.highlights.set(HIGHLIGHT, h);
    }
  }
  return ranges;
}

/** Removes the flagged sentences' marks. */
export function clearTextFlags(): void {
  if (hasHighlightApi()) CSS.highlights.delete(HIGHLIGHT);
}
