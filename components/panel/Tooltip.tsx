/**
 * The hover / focus card of a marked cell: its address and each finding's rule and arithmetic, all
 * of it read from the page itself. It lives in the page (a closed shadow root), so it never shows
 * the user's notes: those are only in the panel's extension-origin frame and the popup.
 */
import type { Severity } from '../../lib/model';
import { i18n } from '../popup/i18n';

/** One finding line in the tooltip. */
export interface TipLine {
  severity: Severity;
  title: string;
  message: string;
}

/** What the tooltip shows and where (the marked element's viewport rectangle). */
export interface TipState {
  rect: { left: number; top: number; bottom: number };
  label: string;
  lines: TipLine[];
  /** The cell carries a flag: said as the page's class already says it, never with the note. */
  flagged: boolean;
}

const WIDTH = 380;

/** Rendered as Preact text nodes only: page text in a message can never become markup here. */
export function Tooltip({ tip }: { tip: TipState }) {
  const below = tip.rect.bottom + 6;
  const flip = below > window.innerHeight - 120;
  const style = {
    left: `${Math.max(4, Math.min(tip.rect.left, window.innerWidth - WIDTH - 8))}px`,
    ...(flip ? { bottom: `${window.innerHeight - tip.rect.top + 6}px` } : { top: `${below}px` }),
  };
  return (
    <div class="tip" role="tooltip" style={style}>
      <div class="addr">{tip.label}</div>
      {tip.lines.map((l, i) => (
        <div class="line" key={i}>
          <span class={`dot ${l.severity}`} />
          <span>
            <b>{l.title}</b>
            <span class="msg">{l.message}</span>
          </span>
        </div>
      ))}
      {tip.flagged && (
        <div class="line">
          <span class="dot flag" />
          <span>{i18n.t('flags.flagged')}</span>
        </div>
      )}
    </div>
  );
}
