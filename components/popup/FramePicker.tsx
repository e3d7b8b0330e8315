/** 本页有 2 份年报: every report of the tab, with the counts the badge adds up; one is shown below. */
import { counted, say } from '../lang';
import type { FrameAudit } from './frames';
import { i18n } from './i18n';

/** Props: the tab's report frames and which one the popup shows. */
export interface FramePickerProps {
  frames: FrameAudit[];
  picked: number;
  onPick(index: number): void;
}

const count = (f: FrameAudit, s: 'error' | 'warning') =>
  f.reply.result.findings.filter((x) => x.severity === s).length;

/** The list (shown only when the tab holds two or more reports). */
export function FramePicker({ frames, picked, onPick }: FramePickerProps) {
  const errors = frames.reduce((n, f) => n + count(f, 'error'), 0);
  const warnings = frames.reduce((n, f) => n + count(f, 'warning'), 0);
  return (
    <section class="frames" data-frames={frames.length}>
      <p class="frames-count">
        {say('framesCount', {
          reports: counted('reports', frames.length),
          errors: counted('errors', errors),
          warnings: counted('warnings', warnings),
        })}
      </p>
      <ol>
        {frames.map((f, i) => (
          <li key={f.frameId}>
            <button
              type="button"
              class="link"
              data-frame={f.frameId}
              aria-pressed={i === picked}
              onClick={() => onPick(i)}
            >
              {f.reply.result.report.title || f.reply.url}
            </button>{' '}
            <span class="badge error">
              {i18n.t('severity.error')} {count(f, 'error')}
            </span>{' '}
            <span class="badge warning">
              {i18n.t('severity.warning')} {count(f, 'warning')}
            </span>
            {f.reply.frame === 'child' && <span class="note"> · {i18n.t('frames.inFrame')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
