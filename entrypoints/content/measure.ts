/**
 * Timings on the page's performance timeline (`gra:detect`, `gra:audit`, `gra:marks`), so the
 * benchmark, the browser tests and DevTools read exactly what the content script spent: in a
 * timings build only (TIMINGS). The timeline is the page's own: any page could read our entries
 * there and so learn that its visitor runs this extension, so the build users get writes none.
 */

/**
 * Whether this build writes timings: `WXT_GRA_TIMINGS=1 wxt build` (the browser tests, the bench,
 * the screenshots; wxt.config.ts puts it in its own output folder). Replaced at build time, so the
 * build users get carries no call to write them.
 */
export const TIMINGS: boolean = import.meta.env.WXT_GRA_TIMINGS === '1';

/** Records a measure from `start` (a performance.now() value) to now, if TIMINGS; returns its duration. */
export function measure(name: string, start: number): number {
  const end = performance.now();
  if (TIMINGS)
    try {
      performance.measure(name, { start, end });
    } catch {
      // Older engines lack the options form; timings are a nicety, never a failure.
    }
  return end - start;
}
