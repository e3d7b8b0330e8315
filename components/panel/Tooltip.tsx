/** The hover / focus card of a marked cell: its address, each finding's rule and arithmetic, the user's notes. */
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
  notes: string[];
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
      {tip.notes.map((n, i) => (
        <div class="line flagnote" key={`n${i}`}>
          <span class="dot flag" />
          <span>{n || i18n.t('flags.flagged')}</span>
        </div>
      ))}
    </div>
  );
}
