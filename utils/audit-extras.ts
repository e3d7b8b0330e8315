/**
 * What the background hands the page script with the audit's answer besides the audit: the page's
 * flags (utils/flag-feed.ts, the store as read and validated here) and whether the user left the
 * panel open (utils/panel-open.ts). Without them the page script asked for its flags in a message
 * of its own and read the panel's state from storage, each a round trip at load, and the storage
 * read brought the storage API's bindings into every report page. Either part that fails or does not
 * come in time is left out, and the page script then asks for it itself, as before.
 */
import { browser } from 'wxt/browser';
import type { Flag } from '../lib/model';
import { flagsOfPage } from './flag-feed';
import { inTime } from './in-time';
import { type PanelOpen, readPanelOpen } from './panel-open';

/** How long the answer waits for the flags before going without them. */
const FLAGS_WAIT_MS = 500;

export interface AuditExtras {
  /** The page's valid flags, oldest first; left out when the store failed or was late. */
  flags?: Flag[];
  /** How the user left the panel (`auto`: never chose, or the store failed or was late). */
  panelOpen: PanelOpen;
}

/** The page's flags and the panel's remembered state, for the audit's reply to the page at `url`. */
export async function auditExtras(url: string): Promise<AuditExtras> {
  const [flags, panelOpen] = await Promise.all([
    inTime(flagsOfPage(url), FLAGS_WAIT_MS, undefined).catch(() => undefined),
    readPanelOpen(browser.storage.local),
  ]);
  return flags ? { flags, panelOpen } : { panelOpen };
}
