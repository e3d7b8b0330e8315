/**
 * The hover / focus card of a marked cell: its address and each finding's rule and arithmetic, all
 * of it read from the page itself. It lives in the page (a closed shadow root), so it never shows
 * the user's notes: those are only in the panel's extension-origin frame and the popup. Built with
 * plain DOM calls (no UI library in the page script) and text nodes only: page text in a message
 * can never become markup here.
 */
import type { TipState } from '../../components/panel/Tooltip';
import { t } from './runtime';

// The card's content is the extension pages' Tooltip's (components/panel/Tooltip.tsx, Preact, in
// the review page): the same TipState, drawn the same way under the same class names.
export type { TipLine, TipState } from '../../components/panel/Tooltip';

const WIDTH = 380;
/** The narrowest card worth drawing beside the panel. */
const MIN_WIDTH = 200;

function el(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** One line of the card: a severity dot and its text. */
function line(dot: string, ...content: Node[]): HTMLElement {
  const row = el('div', 'line');
  const body = el('span', '');
  body.append(...content);
  row.append(el('span', `dot ${dot}`), body);
  return row;
}

/**
 * The card's horizontal room, beside the panel (`avoid`, its frame's box) rather than over it: the
 * side of the panel where the marked thing starts (left of a panel docked right, right of one docked left).
 */
export function tipRoom(
  left: number,
  avoid: { left: number; right: number } | null,
): { from: number; to: number } {
  const whole = { from: 4, to: window.innerWidth - 8 };
  if (!avoid || avoid.right <= avoid.left) return whole;
  const room =
    left < avoid.left
      ? { from: whole.from, to: Math.min(whole.to, avoid.left - 8) }
      : { from: Math.max(whole.from, avoid.right + 8), to: whole.to };
  // No room beside it (a cell focused under the panel): anywhere, as before.
  return room.to - room.from >= MIN_WIDTH ? room : whole;
}

/** Shows `tip` in `box` (replacing what was there), or empties it; never over `avoid` (the panel's box). */
export function renderTooltip(
  box: HTMLElement,
  tip: TipState | null,
  avoid: { left: number; right: number } | null = null,
): void {
  box.replaceChildren();
  if (!tip) return;
  const card = el('div', 'tip');
  card.setAttribute('role', 'tooltip');
  const below = tip.rect.bottom + 6;
  const { from, to } = tipRoom(tip.rect.left, avoid);
  const width = Math.min(WIDTH, to - from);
  card.style.maxWidth = `${width}px`;
  card.style.left = `${Math.max(from, Math.min(tip.rect.left, to - width))}px`;
  if (below > window.innerHeight - 120) card.style.bottom = `${window.innerHeight - tip.rect.top + 6}px`;
  else card.style.top = `${below}px`;
  card.append(el('div', 'addr', tip.label));
  for (const l of tip.lines)
    card.append(line(l.severity, el('b', '', l.title), el('span', 'msg', l.message)));
  if (tip.flagged) card.append(line('flag', document.createTextNode(t('flags.flagged', '已标记'))));
  box.append(card);
}
