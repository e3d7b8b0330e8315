/**
 * Whether the legend of mark colours is open, remembered across reloads and pages in extension
 * storage; read and written by our own pages (the panel's extension-origin frame and the popup).
 * Whether the panel itself is open is another key, the page script's own
 * (entrypoints/content/panel-open.ts). Every read is validated; anything unreadable counts as the
 * default.
 */
import { storage } from '@wxt-dev/storage';
import { z } from 'zod/mini';

export const PanelPrefsSchema = z.object({
  /** The legend of mark colours shown (the user can fold it). */
  legend: z.boolean(),
});
export type PanelPrefs = z.infer<typeof PanelPrefsSchema>;

export const DEFAULT_PREFS: PanelPrefs = { legend: true };

const item = storage.defineItem<unknown>('local:panel-prefs', { fallback: null });

/** The remembered state, each field checked on its own (one bad field does not lose another). */
export async function loadPanelPrefs(): Promise<PanelPrefs> {
  const raw: unknown = await item.getValue().catch(() => null);
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const legend = PanelPrefsSchema.shape.legend.safeParse(obj.legend);
  return { legend: legend.success ? legend.data : DEFAULT_PREFS.legend };
}

/**
 * Remembers a change. Only this object's fields are written: an `open` field an earlier version
 * kept here is dropped, the page script having moved it to its own key on its first read.
 */
export async function savePanelPrefs(patch: Partial<PanelPrefs>): Promise<void> {
  const next = PanelPrefsSchema.parse({ ...(await loadPanelPrefs()), ...patch });
  await item.setValue(next);
}
