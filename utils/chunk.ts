/**
 * Splitting long DOM work into slices, so a 20,000-cell page never blocks the main thread for more
 * than a few milliseconds at a time (the budget is 50 ms per task; we aim far below it).
 */

/** Milliseconds of work per slice before yielding to the page. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the browser run input, rendering and other tasks before we continue. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` on every item, yielding whenever a slice has used SLICE_MS. Stops early (returning
 * false) when `cancelled()` turns true, e.g. because marks were switched off mid-way.
 */
export async function forEachSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  let start = performance.now();
  let n = 0;
  for (const item of items) {
    work(item);
    // Reading the clock costs too; check it every 64 items.
    if ((++n & 63) === 0 && performance.now() - start > SLICE_MS) {
      await yieldToMain();
      if (cancelled()) return false;
      start = performance.now();
    }
  }
  return true;
}
