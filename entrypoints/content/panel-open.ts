/**
 * Whether the user left the page's panel open or folded (or never chose: it then opens only where
 * it fits beside the report), remembered across reloads and pages. The page script owns this field
 * of utils/panel-prefs.ts's stored object: it decides, before any frame exists, whether the panel
 * opens at once, and it hears the user's clicks on the tab and the panel's ▸. The legend's field
 * stays the frame's (components/Legend.tsx). Small checks, no schema library (see runtime.ts);
 * anything unreadable counts as never chosen, and a write keeps the other fields as they were.
 */
import { api } from './runtime';

export type PanelOpen = 'auto' | 'open' | 'closed';

/** utils/panel-prefs.ts's storage key (WXT's `local:panel-prefs`). */
const KEY = 'panel-prefs';

function stored(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : {};
}

/** The remembered state; `auto` when never chosen, unreadable, or the store does not answer in time. */
export async function loadPanelOpen(): Promise<PanelOpen> {
  const read = api.storage.local.get(KEY).then((items) => {
    const open = stored(items[KEY]).open;
    return open === 'open' || open === 'closed' ? open : 'auto';
  });
  // A store that has not answered in half a second: the panel goes up as on a first visit.
  const late = new Promise<PanelOpen>((resolve) => setTimeout(() => resolve('auto'), 500));
  return Promise.race([read, late]).catch(() => 'auto' as const);
}

/** Remembers the user's open or fold (a failed write only forgets it). */
export async function savePanelOpen(open: 'open' | 'closed'): Promise<void> {
  try {
    const prev = stored((await api.storage.local.get(KEY))[KEY]);
    await api.storage.local.set({ [KEY]: { ...prev, open } });
  } catch {
    // Nothing lost but a preference.
  }
}
