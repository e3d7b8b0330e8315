/**
 * Whether the user left the page's panel open or folded (or never chose: it then opens only where
 * it fits beside the report), remembered across reloads and pages under a storage key of its own.
 * The page script writes it (entrypoints/content/panel-open.ts: the user's clicks on the tab and the
 * panel's ▸); the background reads it for the page script and hands it over with the audit's answer
 * (utils/audit-extras.ts), so a report page's load touches no storage itself; the page reads it only
 * when it has no answer (a failed audit). The legend's state is another key, the frame's
 * (utils/panel-prefs.ts), so neither side reads or rewrites the other's. A bare string, checked by
 * hand (the page script carries no schema library); anything unreadable counts as never chosen.
 * Takes the storage area as an argument: the page script's own API object is not the background's.
 */
import { inTime } from './in-time';

export type PanelOpen = 'auto' | 'open' | 'closed';

/** The key (WXT's `local:panel-open` if the frame ever reads it). */
export const PANEL_OPEN_KEY = 'panel-open';
/** Where versions before 2026-11-30 kept it: the `open` field of utils/panel-prefs.ts's object. */
const LEGACY_KEY = 'panel-prefs';
/** A store that has not answered in this long: the panel goes up as on a first visit. */
const STORE_WAIT_MS = 500;

/** The part of `storage.local` this needs (Chrome's `chrome` and Firefox's `browser` alike). */
export interface PanelOpenStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const choice = (v: unknown): 'open' | 'closed' | null => (v === 'open' || v === 'closed' ? v : null);

/** `v` when it is a PanelOpen, else undefined (what the page script checks a handed value with). */
export const asPanelOpen = (v: unknown): PanelOpen | undefined =>
  v === 'auto' ? v : (choice(v) ?? undefined);

/** The remembered state; `auto` when never chosen, unreadable, or the store does not answer in time. */
export async function readPanelOpen(store: PanelOpenStore): Promise<PanelOpen> {
  const read = store.get([PANEL_OPEN_KEY, LEGACY_KEY]).then((items) => {
    const own = choice(items[PANEL_OPEN_KEY]);
    if (own) return own;
    const legacy = items[LEGACY_KEY];
    const old =
      typeof legacy === 'object' && legacy !== null ? choice((legacy as { open?: unknown }).open) : null;
    // Remembered by an earlier version: kept under the new key, where the legend's writes leave it.
    if (old) void writePanelOpen(store, old);
    return old ?? 'auto';
  });
  try {
    return await inTime(read, STORE_WAIT_MS, 'auto' as const);
  } catch {
    return 'auto';
  }
}

/** Remembers the user's open or fold (a failed write only forgets it). */
export async function writePanelOpen(store: PanelOpenStore, open: 'open' | 'closed'): Promise<void> {
  try {
    await store.set({ [PANEL_OPEN_KEY]: open });
  } catch {
    // Nothing lost but a preference.
  }
}
