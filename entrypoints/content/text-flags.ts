/**
 * The page side of flags on text and of highlighted sentences: Alt-click on selected text keeps
 * the selection (the browser would clear it on the click) and flags it with its place in the page;
 * the context menu's 标记所选文字 flags the selection it was given; hovering a highlighted sentence
 * (a figure the audit read in the text, or text the user flagged) shows the same card as a cell:
 * the findings' public arithmetic, "flagged", never a note. Only trusted events count.
 */
import { FLAGGED_CLASS } from '../../utils/mark-style';
import { quoteAnchor, selectionAnchor, type TextAnchor } from '../../utils/text-flags';
import { t } from './runtime';
import type { Session } from './session';
import type { TipLine, TipState } from './tooltip';

/** A cell that has a card of its own (as interactions.ts marks them). */
const MARKED_CELL = `[data-audit-severity],[data-audit-quiet],.${FLAGGED_CLASS}`;

/** A selection taken when an Alt-press began, before the click could change it. */
let held: { range: Range; text: string } | null = null;

/** The selection an Alt-click flags (the one held at its mousedown, or the live one), with its place. */
export function takeSelection(): TextAnchor | null {
  const sel = document.getSelection();
  const live =
    sel && sel.rangeCount > 0 && !sel.isCollapsed ? { range: sel.getRangeAt(0), text: sel.toString() } : null;
  const s = held ?? live;
  held = null;
  return s ? selectionAnchor(document, s.range, s.text) : null;
}

/** The context menu's 标记所选文字: opens the flag editor on `text` at its place in the page. */
export function flagSelectedText(session: Session, text: string): boolean {
  const anchor = quoteAnchor(document, text, session.contextTarget);
  if (!anchor) return false;
  session.openEditor(null, anchor.quote, anchor.at);
  return true;
}

/** Whether the point is on one of the range's line boxes. */
function under(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects()))
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The card of the highlighted sentence under the point, or null when there is none. */
function sentenceTip(session: Session, target: Element, x: number, y: number): TipState | null {
  const a = session.audit;
  if (!a) return null;
  let hit: { key: string | null; range: Range } | null = null;
  for (const [key, range] of session.marks.factRanges)
    if (range.intersectsNode(target) && under(range, x, y)) {
      hit = { key, range };
      break;
    }
  const flagged = session.marks.textFlags.find((r) => r.intersectsNode(target) && under(r, x, y));
  if (!hit && !flagged) return null;
  const key = hit?.key ?? null;
  const lines: TipLine[] = key
    ? a.findings.flatMap((f, i) =>
        f.cells.includes(key)
          ? [
              {
                severity: f.severity,
                title: `${a.titles[f.rule] ?? f.rule} · ${f.rule}`,
                message: a.texts[i] ?? f.message,
              },
            ]
          : [],
      )
    : [];
  const fact = key ? a.facts.find((f) => f.key === key) : undefined;
  const value = fact?.value === null || fact?.value === undefined ? '' : ` = ${fact.value}`;
  // Placed by the line under the pointer (a sentence may wrap over several lines).
  const line = Array.from((hit?.range ?? flagged)!.getClientRects()).find((r) => y >= r.top && y <= r.bottom);
  const r = line ?? (hit?.range ?? flagged)!.getBoundingClientRect();
  return {
    rect: { left: Math.max(r.left, x - 40), top: r.top, bottom: r.bottom },
    label: key
      ? `${t('tip.sentence', '正文中的数字')} · ${key}${value}`
      : t('tip.flaggedText', '已标记的文字'),
    lines,
    flagged: flagged !== undefined,
  };
}

/**
 * Adds the listeners (they end with `signal`): Alt-press on a selection holds it, and the pointer
 * over a highlighted sentence shows its card (checked once a frame, only while the pointer moves
 * over text that has highlighted sentences).
 */
export function listenForText(session: Session, signal: AbortSignal): void {
  document.addEventListener(
    'mousedown',
    (e) => {
      held = null;
      if (!e.isTrusted || !e.altKey || e.button !== 0 || !session.audit) return;
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      held = { range: sel.getRangeAt(0).cloneRange(), text: sel.toString() };
      // The press would move the caret and clear the selection the user is flagging.
      e.preventDefault();
    },
    { capture: true, signal },
  );

  let shown = false;
  let frame = 0;
  let last: MouseEvent | null = null;
  const hide = () => {
    if (!shown) return;
    shown = false;
    session.tip = null;
    session.renderTip();
  };
  const check = () => {
    frame = 0;
    const e = last;
    if (!e || !session.marksOn || !(e.target instanceof Element)) return hide();
    // A marked cell's card is interactions.ts's to show and hide.
    if (e.target.closest(MARKED_CELL)) {
      shown = false;
      return;
    }
    const tip = sentenceTip(session, e.target, e.clientX, e.clientY);
    if (!tip) return hide();
    shown = true;
    session.tip = tip;
    session.renderTip();
  };
  document.addEventListener(
    'mousemove',
    (e) => {
      if (!e.isTrusted || !session.audit) return;
      if (session.marks.factRanges.size === 0 && session.marks.textFlags.length === 0) return;
      last = e;
      if (!frame) frame = requestAnimationFrame(check);
    },
    { capture: true, passive: true, signal },
  );
  // The card is placed for where the sentence was: scrolling takes it away.
  window.addEventListener('scroll', hide, { capture: true, passive: true, signal });
}
