/**
 * Whether the user left the page's panel open or folded (or never chose: it then opens only where
 * it fits beside the report), remembered across reloads and pages under a storage key of its own,
 * which only the page script reads and writes: it decides, before any frame exists, whether the
 * panel opens at once, and it hears the user's clicks on the tab and the panel's ▸. The legend's
 * state is another key, the frame's (utils/panel-prefs.ts), so neither side reads or rewrites the
 * other's. A bare string, checked by hand (the page script carries no schema library: runtime.ts);
 * anything unreadable counts as never chosen.
 */
import { api } from './runtime';

export type PanelOpen = 'auto' | 'open' | 'closed';

/** The key (WXT's `local:panel-open` if the frame ever reads it). */
export const PANEL_OPEN_KEY = 'panel-open';
/** Where versions before 2026-11-30 kept it: the `open` field of utils/panel-prefs.ts's object. */
const LEGACY_KEY = 'panel-prefs';

const choice = (v: unknown): 'open' | 'closed' | null => (v === 'open' || v === 'closed' ? v : null);

/** The remembered state; `auto` when never chosen, unreadable, or the store does not answer in time. */
export async function loadPanelOpen(): Promise<PanelOpen> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = api.storage.local.get([PANEL_OPEN_KEY, LEGACY_KEY]).then((items) => {
    const own = choice(items[PANEL_OPEN_KEY]);
    if (own) return own;
    const legacy = items[LEGACY_KEY];
    const old =
      typeof legacy === 'object' && legacy !== null ? choice((legacy as { open?: unknown }).open) : null;
    // Remembered by an earlier version: kept under the new key, where the legend's writes leave it.
    if (old) void savePanelOpen(old);
    return old ?? 'auto';
  });
  // A store that has not answered in half a second: the panel goes up as on a first visit.
  const late = new Promise<PanelOpen>((resolve) => {
    timer = setTimeout(() => resolve('auto'), 500);
  });
  try {
    return await Promise.race([read, late]);
  } catch {
    return 'auto';
  } finally {
    clearTimeout(timer);
  }
}

/** Remembers the user's open or fold (a failed write only forgets it). */
export async function savePanelOpen(open: 'open' | 'closed'): Promise<void> {
  try {
    await api.storage.local.set({ [PANEL_OPEN_KEY]: open });
  } catch {
    // Nothing lost but a preference.
  }
}
