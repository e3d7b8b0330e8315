/**
 * The desk's storage budget. The extension keeps `unlimitedStorage` so the browser never evicts
 * saved evidence under disk pressure; the cap is ours instead: a save (by hand, from the page's
 * panel, or automatic) that would take the extension's storage past DESK_BUDGET_BYTES is refused
 * with a message saying so, and nothing already saved is touched.
 */

/** 200 MB: about a thousand typical report pages with their snapshots (IndexedDB compresses them). */
export const DESK_BUDGET_BYTES = 200 * 1024 * 1024;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The message for a refused save (Chinese / English). */
export function deskFullMessage(usedBytes: number, budget = DESK_BUDGET_BYTES): string {
  return `书桌存储已满：审核台已用 ${mb(usedBytes)} MB，上限 ${mb(budget)} MB，未保存。请在审核台删除不再需要的记录 / Desk storage is full: ${mb(usedBytes)} MB of ${mb(budget)} MB used, nothing was saved. Delete records you no longer need on the desk`;
}

/** Whether `extraBytes` more fit the budget when `usedBytes` are taken. */
export function fitsBudget(usedBytes: number, extraBytes: number, budget = DESK_BUDGET_BYTES): boolean {
  return usedBytes + extraBytes <= budget;
}

/** What the extension's origin holds now, or null where the browser cannot say. */
export async function storageUsed(): Promise<number | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  } catch {
    return null;
  }
}

/**
 * Throws the desk-full message when a record of about `extraBytes` (its snapshot, in UTF-16 code
 * units counted as bytes: an upper bound for the compressed store) would not fit.
 */
export async function assertRoom(extraBytes: number, budget = DESK_BUDGET_BYTES): Promise<void> {
  const used = await storageUsed();
  if (used !== null && !fitsBudget(used, extraBytes, budget)) throw new Error(deskFullMessage(used, budget));
}
