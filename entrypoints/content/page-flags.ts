/**
 * The page's flags, from the background (utils/flag-feed.ts: it reads and validates the store,
 * and quarantines what fails), never from storage itself: that would deserialise every page's
 * flags into this page's main thread, on each read and on each change anywhere. They come with the
 * audit's answer (utils/audit-extras.ts), or, failing that, in answer to `pageFlags`. The page script
 * only marks them, so it reads without zod; an entry of the wrong shape is passed over here.
 */
import type { Flag } from '../../lib/model';
import { normaliseUrl } from '../../lib/page-url';
import { handle, send } from './runtime';

const str = (v: unknown): v is string => typeof v === 'string';

/** A stored flag of the right shape, without the `orphan` mark (decided afresh on each read). */
function asFlag(v: unknown): Flag | null {
  if (typeof v !== 'object' || v === null) return null;
  const f = v as Record<string, unknown>;
  if (!str(f.id) || !str(f.quote) || !str(f.note) || !str(f.created)) return null;
  if (f.address !== null && !str(f.address)) return null;
  if (f.at !== undefined && !(Number.isInteger(f.at) && (f.at as number) >= 0)) return null;
  const { orphan: _orphan, ...rest } = f;
  return rest as unknown as Flag;
}

/** The flags in a list the background sent (each checked), or null when it sent no list. */
export function flagsFrom(list: unknown): Flag[] | null {
  return Array.isArray(list) ? list.flatMap((v) => asFlag(v) ?? []) : null;
}

/** The flags stored for the page at `url`, oldest first. */
export async function pageFlags(url: string): Promise<Flag[]> {
  return flagsFrom(await send('pageFlags', { url })) ?? [];
}

const isPages = (d: unknown): d is { pages: string[] } => {
  const pages = typeof d === 'object' && d !== null ? (d as { pages?: unknown }).pages : undefined;
  return Array.isArray(pages) && pages.every((p) => typeof p === 'string');
};

/**
 * Calls `cb` with the page's flags whenever the background says they changed. The page's key is
 * worked out at the first such word, not as the page loads: `normaliseUrl` makes this world's
 * first `URL` (its bindings), and most pages never hear of a change.
 */
export function watchPageFlags(url: string, cb: (flags: Flag[]) => void): void {
  let key: string | undefined;
  handle('flagsChanged', isPages, ({ pages }) => {
    key ??= normaliseUrl(url);
    if (pages.includes(key)) void pageFlags(url).then(cb, () => undefined);
  });
}
