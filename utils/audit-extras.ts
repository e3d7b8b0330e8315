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
import { type PanelOpen, readPanelOpen } from './panel-open';

/** How long the answer waits for the flags before going without them. */
const FLAGS_WAIT_MS = 500;

export interface AuditExtras {
  /** The page's valid flags, oldest first. */
  flags?: Flag[];
  /** How the user left the panel (`auto`: never chose). */
  panelOpen?: PanelOpen;
}

/** The page's flags and the panel's remembered state, for the audit's reply to the page at `url`. */
export async function auditExtras(url: string): Promise<AuditExtras> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), FLAGS_WAIT_MS);
  });
  const [flags, panelOpen] = await Promise.all([
    Promise.race([flagsOfPage(url), late]).catch(() => undefined),
    readPanelOpen(browser.storage.local).catch(() => undefined),
  ]);
  clearTimeout(timer);
  return { ...(flags ? { flags } : {}), ...(panelOpen ? { panelOpen } : {}) };
}
