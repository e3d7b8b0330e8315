/**
 * The background's side of the page script's flags. The page script marks its page's flags, but
 * reading them straight from storage cost its main thread the whole store each time (every page's
 * flags, deserialised into the page's renderer: about 45 ms of CPU a report page with 6,000 flags
 * stored), and a storage.onChanged listener in every report tab paid twice that on every flag
 * saved anywhere. So the page asks the background for its own page's flags (`pageFlags`), and
 * the background, which alone listens to the store, tells the frames holding a report which pages'
 * flags changed (`flagsChanged`); a frame whose page is among them asks again.
 * The store is read and validated once (utils/flags.ts, which quarantines what fails) and kept
 * until it changes.
 */
import { browser } from 'wxt/browser';
import type { Flag } from '../lib/model';
import { normaliseUrl } from '../lib/page-url';
import { loadAllFlags } from './flags';
import { type FlagPages, ownEntries } from './flags-transfer';
import { sendMessage } from './messages';
import { tabFrames } from './tab-frames';

let cached: Promise<FlagPages> | null = null;

/** The valid flags of the page at `url`, oldest first, from the store as last read. */
export async function flagsOfPage(url: string): Promise<Flag[]> {
  cached ??= loadAllFlags();
  const pages = await cached.catch((e: unknown) => {
    cached = null;
    throw e;
  });
  return pages.get(normaliseUrl(url)) ?? [];
}

/** Forgets the store as read (it changed). */
export function forgetFlags(): void {
  cached = null;
}

/**
 * The pages (normalised URLs, the store's keys) whose stored flags differ between two values of
 * the store as storage.onChanged gives them (anything not an object counts as empty).
 */
export function changedPages(before: unknown, after: unknown): string[] {
  const a = ownEntries(before) ?? new Map<string, unknown>();
  const b = ownEntries(after) ?? new Map<string, unknown>();
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()]))
    if (JSON.stringify(a.get(k) ?? null) !== JSON.stringify(b.get(k) ?? null)) out.push(k);
  return out;
}

/**
 * Tells every frame that holds a report (utils/tab-frames.ts) which pages' flags changed. A frame
 * that has gone, or never had our script, only fails its message.
 */
export async function tellFrames(pages: string[]): Promise<void> {
  if (pages.length === 0) return;
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const frames = await tabFrames(tab.id);
    for (const [frameId, state] of Object.entries(frames))
      if (state.detected)
        void sendMessage('flagsChanged', { pages }, { tabId: tab.id, frameId: Number(frameId) }).catch(
          () => undefined,
        );
  }
}

/** Keeps the store as read up to date and the report frames told; called once, by the background. */
export function watchFlagStore(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('flags' in changes)) return;
    forgetFlags();
    const change = changes.flags as { oldValue?: unknown; newValue?: unknown };
    void tellFrames(changedPages(change.oldValue, change.newValue)).catch(() => undefined);
  });
}
