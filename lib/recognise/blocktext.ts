/**
 * A text block's folded and normalised forms, worked out once per block: the heading, section, fact
 * and title readers all look at the same blocks.
 */
import { fold, stripSpaces } from '../text';

type Cached = { text: string; folded?: string; norm?: string };

/** The block's text folded (full-width, traditional → simplified; same length as the text). */
export function foldedOf(block: { text: string }): string {
  const b = block as Cached;
  b.folded ??= fold(b.text);
  return b.folded;
}

/** The block's text as a label: folded, whitespace removed. */
export function normOf(block: { text: string }): string {
  const b = block as Cached;
  b.norm ??= stripSpaces(foldedOf(b));
  return b.norm;
}
