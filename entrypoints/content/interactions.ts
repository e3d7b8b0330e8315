/**
 * Page events: hover or keyboard focus on a marked cell shows its tooltip (the findings' public
 * arithmetic, never a note); Alt-click (on a cell, or on selected text: text-flags.ts) opens the flag editor in the panel's extension-origin frame,
 * so the page learns only that a cell was clicked; a right-click remembers its target for the
 * context menu. Synthetic (untrusted) events from the page are ignored, so a script cannot drive our UI.
 */

import { FLAGGED_CLASS } from '../../utils/mark-style';
import type { Session } from './session';
import { takeSelection } from './text-flags';
import type { TipLine } from './tooltip';

const MARKED = `[data-audit-severity],[data-audit-quiet],.${FLAGGED_CLASS}`;

/** Builds the tooltip of a marked element (its findings, and whether it is flagged), or null when it carries neither. */
function tipFor(session: Session, el: Element) {
  const info = session.marks.cells.get(el);
  const a = session.audit;
  if (!info || !a) return null;
  const lines: TipLine[] = info.findings.map((i) => {
    const f = a.findings[i]!;
    const message = a.texts[i] ?? f.message;
    return { severity: f.severity, title: `${a.titles[f.rule] ?? f.rule} · ${f.rule}`, message };
  });
  const flagged = session.flags.some((f) => f.address !== null && info.addresses.includes(f.address));
  if (lines.length === 0 && !flagged) return null;
  const r = el.getBoundingClientRect();
  const first = info.addresses[0] ?? '';
  return {
    rect: { left: r.left, top: r.top, bottom: r.bottom },
    label: `${a.labels[first] ?? first} · ${info.addresses.join(' ')}`,
    lines,
    flagged,
  };
}

/** Adds the listeners; they all end with `signal`. */
export function listenOnPage(session: Session, signal: AbortSignal): void {
  let current: Element | null = null;
  const show = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest(MARKED) : null;
    if (el === current) return;
    current = el;
    session.tip = el ? tipFor(session, el) : null;
    session.renderTip();
  };
  const hide = () => {
    if (!current) return;
    current = null;
    session.tip = null;
    session.renderTip();
  };
  const passive = { capture: true, passive: true, signal };
  document.addEventListener('mouseover', (e) => e.isTrusted && show(e.target), passive);
  document.addEventListener('focusin', (e) => e.isTrusted && show(e.target), passive);
  document.addEventListener('focusout', (e) => e.isTrusted && hide(), passive);
  // Scrolling moves the cell: a hovered card goes, a focused one (focus itself scrolls) follows it.
  let frame = 0;
  const onScroll = () => {
    if (!current || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (current && current === document.activeElement) {
        session.tip = tipFor(session, current);
        session.renderTip();
      } else hide();
    });
  };
  window.addEventListener('scroll', onScroll, passive);
  document.addEventListener(
    'contextmenu',
    (e) => {
      if (e.isTrusted) session.contextTarget = e.target instanceof Element ? e.target : null;
    },
    passive,
  );
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !e.altKey || !session.audit) return;
      const target = e.target instanceof Element ? e.target : null;
      const address = session.addressOf(target);
      // The selection as it was when the Alt-press began (text-flags.ts keeps the click from clearing it).
      const selected = takeSelection();
      if (!address && !selected) return;
      // Alt-click on a link would download it; on our cells it means "flag this".
      e.preventDefault();
      e.stopPropagation();
      if (address) session.openEditor(address, selected?.quote || session.cellText(address));
      else if (selected) session.openEditor(null, selected.quote, selected.at);
    },
    { capture: true, signal },
  );
}
