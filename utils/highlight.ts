/**
 * Highlights of text facts (the quotes behind `f.*` keys). The CSS Custom Highlight API paints
 * ranges without touching the DOM; where it is missing, each piece of text is wrapped in a bare
 * <span> that carries only a background, and unwrapping restores the original text nodes.
 */

import { UNSEEN_CHARS } from '../lib/unseen';

/** Highlight names, weakest first; a range goes into the one of its worst finding. */
export type FactTone = 'fact' | 'warning' | 'error';
const TONES: FactTone[] = ['fact', 'warning', 'error'];
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** A block's text nodes in order, each with its start offset in the joined text, and that text. */
export interface BlockText {
  nodes: { node: Text; at: number }[];
  text: string;
}

/** The text nodes under `block` in order (script, style and the like left out), and their text. */
export function blockText(block: Element): BlockText {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: { node: Text; at: number }[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && SKIP.has(n.parentElement.tagName)) continue;
    nodes.push({ node: n as Text, at });
    parts.push((n as Text).data);
    at += (n as Text).data.length;
  }
  return { nodes, text: parts.join('') };
}

/** White space, and the characters the core drops as no reader sees them (a zero-width space …). */
const UNCOUNTED = new RegExp(`[\\s${UNSEEN_CHARS}]`);
const UNCOUNTED_G = new RegExp(UNCOUNTED.source, 'g');

/**
 * Where `quote` stands in `text` when white space is not counted: the core reads a line end in the
 * markup beside a Chinese character as nothing (lib/adapters/walk.ts), where the page's text keeps
 * it (`全年新\n收政府信息公開申請78件`), and drops a zero-width space the text has. Null when it does not.
 */
function spacedOut(text: string, quote: string): { from: number; to: number } | null {
  const want = quote.replace(UNCOUNTED_G, '');
  if (!want) return null;
  // The text without white space, and where each of its characters stands in the text.
  let squashed = '';
  const where: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (UNCOUNTED.test(c)) continue;
    squashed += c;
    where.push(i);
  }
  const i = squashed.indexOf(want);
  return i < 0 ? null : { from: where[i]!, to: where[i + want.length - 1]! + 1 };
}

/**
 * A Range over the quote inside `block`. The core's offsets are tried first; when the text there
 * is not the quote (the page changed, or whitespace was counted differently) the quote is searched.
 * `read` is the block's text when the caller has it already (several facts quote one paragraph).
 */
export function quoteRange(
  block: Element,
  start: number,
  end: number,
  quote: string,
  read: BlockText = blockText(block),
): Range | null {
  const { nodes, text } = read;
  let from = start;
  let to = end;
  if (text.slice(from, to) !== quote && quote) {
    const i = text.indexOf(quote);
    const at = i >= 0 ? { from: i, to: i + quote.length } : spacedOut(text, quote);
    if (at) ({ from, to } = at);
    else if (from < 0 || to > text.length || from >= to) return null;
  }
  const locate = (offset: number, isEnd: boolean) => {
    for (let k = nodes.length - 1; k >= 0; k--) {
      const n = nodes[k]!;
      if (isEnd ? n.at < offset : n.at <= offset) return { node: n.node, offset: offset - n.at };
    }
    return null;
  };
  const a = locate(from, false);
  const b = locate(to, true);
  if (!a || !b) return null;
  const range = block.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/**
 * The attribute on the element around each piece of highlighted text. The mark stylesheet's
 * ::highlight() rules are scoped to it: unscoped, they apply to every element, so adding the sheet
 * restyled the whole document (3 ms on a 450-element report, 6 ms on a 1,200-element one, where
 * the sheet's other rules, all attribute rules, cost 0.3); scoped, only these elements are.
 * Put on the text's own parent (not an ancestor), so no browser need inherit highlight styles.
 * Left in place until the marks are cleared (utils/marks.ts): on an element whose text is no longer
 * highlighted it paints nothing.
 */
export const HIGHLIGHT_HOST = 'data-audit-hl';

/** Marks the elements holding the text `range` covers as highlight hosts (HIGHLIGHT_HOST). */
export function markHosts(range: Range): void {
  for (const n of rangeTexts(range)) {
    const el = n.parentElement;
    if (el && !el.hasAttribute(HIGHLIGHT_HOST)) el.setAttribute(HIGHLIGHT_HOST, '');
  }
}

/**
 * The text nodes `range` touches, in document order. The walk starts at the range's first text node
 * and stops at the first that begins after its end, so each quote costs its own length: a quote
 * across two blocks has their common ancestor (a page's whole content, on some) as its root, and a
 * walk of all of it for each such quote would grow with the page times the quotes.
 */
function rangeTexts(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return range.intersectsNode(root) ? [root as Text] : [];
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  const start = range.startContainer;
  // Text before the start never intersects the range; the start's own text node may.
  if (start.nodeType === 3) {
    walker.currentNode = start;
    if (range.intersectsNode(start)) out.push(start as Text);
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
    // Begins after the range ends: so does every node after it.
    else if (range.comparePoint(n, 0) > 0) break;
  }
  return out;
}

/** Whether this browser paints ranges natively. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints each range with its tone; returns the wrappers made in fallback mode (to undo). */
export function paintRanges(doc: Document, ranges: { range: Range; tone: FactTone }[]): Element[] {
  if (hasHighlightApi()) {
    for (const tone of TONES) {
      const mine = ranges.filter((r) => r.tone === tone).map((r) => r.range);
      for (const r of mine) markHosts(r);
      if (mine.length > 0) CSS.highlights.set(`gra-${tone}`, new Highlight(...mine));
      else CSS.highlights.delete(`gra-${tone}`);
    }
    return [];
  }
  const wrappers: Element[] = [];
  for (const { range, tone } of ranges) wrappers.push(...wrapRange(doc, range, tone));
  return wrappers;
}

/** Fallback: wraps every text node piece the range covers in its own span (no reflow: inline). */
function wrapRange(doc: Document, range: Range, tone: FactTone): Element[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (const n of rangeTexts(range)) {
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : n.data.length;
    if (to > from) pieces.push({ node: n, from, to });
  }
  return pieces.map(({ node, from, to }) => {
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const span = doc.createElement('span');
    span.setAttribute('data-audit-fact-mark', tone);
    middle.replaceWith(span);
    span.append(middle);
    return span;
  });
}

/** Removes native highlights and fallback wrappers, rejoining the split text nodes. */
export function clearRanges(wrappers: Element[]): void {
  if (hasHighlightApi()) for (const tone of [...TONES, 'pulse']) CSS.highlights.delete(`gra-${tone}`);
  for (const span of wrappers) {
    const parent = span.parentNode;
    if (!parent) continue;
    span.replaceWith(...Array.from(span.childNodes));
    parent.normalize();
  }
}

/** Briefly paints a range in the pulse colour (native API only; wrappers pulse via their cell). */
export function pulseRange(range: Range): void {
  if (!hasHighlightApi()) return;
  markHosts(range);
  CSS.highlights.set('gra-pulse', new Highlight(range));
  setTimeout(() => CSS.highlights.delete('gra-pulse'), 2000);
}
