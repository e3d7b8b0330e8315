/**
 * Where a quoted sentence sits on a PDF page, from pdf.js's text items: the review view marks that
 * stretch rather than the whole paragraph the audit read it from. Pure geometry, page points.
 */
import type { PdfNode } from '../../lib/pdf/index';

/** A sentence a finding quotes: the paragraph it is in and its words. */
export interface Quoted {
  node: PdfNode;
  quote: string;
}

export type Box = { x: number; y: number; w: number; h: number };
const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Where on its page a quote is printed: among the text items inside its paragraph (read in lines,
 * top to bottom), the stretch that spells it, a single item's part measured in proportion to its
 * characters. Null when the items do not spell it (the paragraph's box stands in).
 */
export function quoteBox(items: { text: string; box: Box }[], para: Box, quote: string): Box | null {
  const inside = items
    .filter((i) => {
      const cx = i.box.x + i.box.w / 2;
      const cy = i.box.y + i.box.h / 2;
      return cx >= para.x - 2 && cx <= para.x + para.w + 2 && cy >= para.y - 2 && cy <= para.y + para.h + 2;
    })
    .sort((a, b) => (Math.abs(a.box.y - b.box.y) > a.box.h / 2 ? a.box.y - b.box.y : a.box.x - b.box.x));
  let text = '';
  const owner: { item: number; at: number; of: number }[] = [];
  inside.forEach((it, n) => {
    const t = squeeze(it.text);
    for (let k = 0; k < t.length; k++) owner.push({ item: n, at: k, of: t.length });
    text += t;
  });
  const q = squeeze(quote);
  const start = q ? text.indexOf(q) : -1;
  if (start < 0) return null;
  const first = owner[start]!;
  const last = owner[start + q.length - 1]!;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let n = first.item; n <= last.item; n++) {
    const b = inside[n]!.box;
    const from = n === first.item ? first.at / first.of : 0;
    const to = n === last.item ? (last.at + 1) / last.of : 1;
    x0 = Math.min(x0, b.x + b.w * from);
    x1 = Math.max(x1, b.x + b.w * to);
    y0 = Math.min(y0, b.y);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0 - 1, y: y0 - 1, w: x1 - x0 + 2, h: y1 - y0 + 2 };
}
