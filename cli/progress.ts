/** A one-line progress bar on stderr, for long runs in a terminal; stdout stays clean for the output. */

/** What the bar writes to: stderr in the CLI, a fake in tests. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Updates as pages finish; `done()` clears the line. */
export interface Progress {
  tick(name: string): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };
/** Fewer inputs than this finish before a bar would help. */
export const PROGRESS_MIN_INPUTS = 6;

/** A bar when `stream` is a terminal and there are enough inputs; otherwise it does nothing. */
export function makeProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < PROGRESS_MIN_INPUTS) return NONE;
  let n = 0;
  const width = 24;
  return {
    tick(name) {
      n++;
      const filled = Math.round((n / total) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} `;
      const room = Math.max(0, (stream.columns ?? 80) - bar.length - 1);
      // Keep the tail of long paths: the file name is the informative part.
      const label = name.length > room ? `…${name.slice(name.length - room + 1)}` : name;
      stream.write(`\r\x1b[2K${bar}${label}`);
    },
    done() {
      if (n > 0) stream.write('\r\x1b[2K');
    },
  };
}
