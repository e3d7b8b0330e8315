/**
 * A report in the tab that could not be audited (its frame's read, or the background's audit,
 * threw): said above what the popup shows, with the reason, so a failed frame never passes for a
 * checked one. The badge says so too (utils/badge.ts).
 */
import { errorText } from '../lang';
import type { FrameFailure } from './frames';
import { i18n } from './i18n';

/** Props: the tab's failed frames. */
export interface FrameFailuresProps {
  failed: FrameFailure[];
}

/** One line per failed frame (nothing when none failed). */
export function FrameFailures({ failed }: FrameFailuresProps) {
  if (failed.length === 0) return null;
  return (
    <section class="frame-failures" data-failed={failed.length}>
      {failed.map((f) => (
        <p key={f.frameId} class="error" role="alert" data-frame={f.frameId}>
          {f.frameId === 0
            ? i18n.t('frames.topFailed', [errorText(f.error)])
            : i18n.t('frames.failed', [errorText(f.error)])}
        </p>
      ))}
    </section>
  );
}
