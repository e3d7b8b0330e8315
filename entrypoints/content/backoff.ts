/**
 * The spacing of checks after page changes (watch.ts, and the detector's own watch): the first
 * comes MIN_DELAY_MS after a change; while the page keeps changing each wait doubles, up to
 * MAX_DELAY_MS; once the page has been quiet for as long as the current wait (at least QUIET_MS)
 * the next change is checked quickly again. Its own module, so the detector, which every gov.cn
 * page loads, carries this and nothing else of the page script.
 */

export const MIN_DELAY_MS = 500;
export const MAX_DELAY_MS = 30_000;
export const QUIET_MS = 2_000;

/** The backoff schedule alone (no DOM), so its arithmetic is tested on its own. */
export interface Backoff {
  /** A change at `now`: returns the wait before checking it, resetting after a quiet period. */
  change(now: number): number;
  /**
   * A check ran: the next change, unless the page goes quiet first, waits twice as long. With `now`
   * (a watcher that did not watch while the check waited: the detector), the page's quiet is counted
   * from the check, as from a change: the page may have changed all through the wait.
   */
  checked(now?: number): void;
}

/**
 * A new schedule. A function, not a class: the detector carries it to every gov.cn page, and a
 * class is built (constructor, prototype, methods) when the script loads, where a function waits,
 * skimmed, until the page first changes, which most pages never do.
 */
export function makeBackoff(): Backoff {
  let delay = MIN_DELAY_MS;
  let lastChange = Number.NEGATIVE_INFINITY;
  return {
    change(now) {
      if (now - lastChange > Math.max(QUIET_MS, delay)) delay = MIN_DELAY_MS;
      lastChange = now;
      return delay;
    },
    checked(now) {
      delay = Math.min(MAX_DELAY_MS, delay * 2);
      if (now !== undefined) lastChange = now;
    },
  };
}
