/**
 * The detector → background request to load the audit into a frame. Plain runtime messaging (no
 * schema library), so the detector that runs on every *.gov.cn page stays a few hundred bytes.
 */

/** The message the detector sends when its frame may hold a report. */
export const LOAD_AUDIT = 'gra:loadAudit';

/** The full audit content script (entrypoints/content/), injected into one frame. */
export const AUDIT_SCRIPT = '/content-scripts/content.js';

/** Whether a runtime message is the detector's request. */
export function isLoadAudit(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === LOAD_AUDIT;
}
