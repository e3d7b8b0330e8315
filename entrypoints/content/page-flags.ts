/**
 * The page's flags, read straight from extension storage (utils/flags.ts writes them under
 * `local:flags`, page URL → flags): the page script only marks them, so it reads without the
 * storage library or zod (the popup and the panel validate, and quarantine what fails). Only our
 * extension pages write that storage; an entry of the wrong shape is passed over here.
 */
import type { Flag } from '../../lib/model';
import { normaliseUrl } from '../../lib/page-url';
import { api } from './runtime';

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

/** The flags stored for the page at `url`, oldest first. */
export async function pageFlags(url: string): Promise<Flag[]> {
  const store = (await api.storage.local.get('flags')).flags;
  if (typeof store !== 'object' || store === null) return [];
  const key = normaliseUrl(url);
  const list = Object.hasOwn(store, key) ? (store as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => asFlag(v) ?? []);
}

/** Calls `cb` with the page's flags whenever any of our pages changes the stored flags. */
export function watchPageFlags(url: string, cb: (flags: Flag[]) => void): void {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'flags' in changes) void pageFlags(url).then(cb, () => undefined);
  });
}
