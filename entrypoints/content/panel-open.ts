/**
 * The page script's side of the panel's remembered open state (utils/panel-open.ts): read here only
 * when the background handed none over with the audit's answer; written on the user's clicks.
 */
import { type PanelOpen, readPanelOpen, writePanelOpen } from '../../utils/panel-open';
import { api } from './runtime';

export { PANEL_OPEN_KEY, type PanelOpen } from '../../utils/panel-open';

/** The remembered state, read from storage by the page itself; `auto` when never chosen or unreadable. */
export function loadPanelOpen(): Promise<PanelOpen> {
  return readPanelOpen(api.storage.local);
}

/** Remembers the user's open or fold (a failed write only forgets it). */
export function savePanelOpen(open: 'open' | 'closed'): Promise<void> {
  return writePanelOpen(api.storage.local, open);
}
