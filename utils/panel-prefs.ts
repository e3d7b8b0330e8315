/**
 * How the user left the page's panel, remembered across reloads and pages in extension storage:
 * open or folded (or never chosen: the panel then opens only where it fits beside the report) and
 * whether the legend of mark colours is open. The legend's field is read and written here, by our
 * own pages (the panel's extension-origin frame and the popup); the open field by the page script,
 * which decides before any frame exists whether the panel opens (entrypoints/content/panel-open.ts).
 * Every read is validated, and anything unreadable counts as never chosen.
 */
import { storage } from '@wxt-dev/storage';
import { z } from 'zod/mini';

export const PanelPrefsSchema = z.object({
  /** `auto`: never chosen; `open` / `closed`: the user's last click on the panel's tab or ▸. */
  open: z.enum(['auto', 'open', 'closed']),
  /** The legend of mark colours shown (the user can fold it). */
  legend: z.boolean(),
});
export type PanelPrefs = z.infer<typeof PanelPrefsSchema>;

export const DEFAULT_PREFS: PanelPrefs = { open: 'auto', legend: true };

const item = storage.defineItem<unknown>('local:panel-prefs', { fallback: null });

/** The remembered state, each field checked on its own (one bad field does not lose the other). */
export async function loadPanelPrefs(): Promise<PanelPrefs> {
  const raw: unknown = await item.getValue().catch(() => null);
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const open = PanelPrefsSchema.shape.open.safeParse(obj.open);
  const legend = PanelPrefsSchema.shape.legend.safeParse(obj.legend);
  return {
    open: open.success ? open.data : DEFAULT_PREFS.open,
    legend: legend.success ? legend.data : DEFAULT_PREFS.legend,
  };
}

/** Remembers a change (the other fields stay as they were). */
export async function savePanelPrefs(patch: Partial<PanelPrefs>): Promise<void> {
  const next = PanelPrefsSchema.parse({ ...(await loadPanelPrefs()), ...patch });
  await item.setValue(next);
}
