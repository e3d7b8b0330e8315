/**
 * Timings on the page's performance timeline (`gra:detect`, `gra:audit`, `gra:marks`), so the
 * benchmark and DevTools read exactly what the content script spent.
 */

/** Records a measure from `start` (a performance.now() value) to now; returns its duration. */
export function measure(name: string, start: number): number {
  const end = performance.now();
  try {
    performance.measure(name, { start, end });
  } catch {
    // Older engines lack the options form; timings are a nicety, never a failure.
  }
  return end - start;
}
