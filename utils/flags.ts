/**
 * The user's flags in extension storage (never in the page, so a page can neither read nor alter
 * them), keyed by normalised page URL; each flag keeps its canonical address and a text quote so
 * the page can re-anchor it, or show it as an orphan when neither matches any more.
 */
import { storage } from '@wxt-dev/storage';
import { type Flag, FlagSchema } from '../lib/model';
import { normaliseUrl } from '../lib/page-url';
import {
  buildExport,
  type FlagPages,
  type ImportResult,
  mergeInto,
  ownEntries,
  parseImport,
  toObject,
} from './flags-transfer';

/** What a caller gives to create a flag; id and timestamp are ours. */
export interface NewFlag {
  address: string | null;
  quote: string;
  /** A text flag's place (see FlagSchema). */
  at?: number;
  /** A PDF report's page the flag is on (see FlagSchema). */
  page?: number;
  note: string;
}

/**
 * Stored shape: page URL → flags. Typed for callers, but every read is validated with zod and
 * held as a Map (FlagPages), so no page key can collide with Object.prototype.
 */
export type FlagStore = Record<string, Flag[]>;

/** An entry that failed validation, kept aside verbatim so nothing the user wrote is lost. */
export interface QuarantinedFlag {
  pageUrl: string;
  entry: unknown;
  error: string;
  at: string;
}

const flagsItem = storage.defineItem<FlagStore>('local:flags', {
  fallback: {},
  version: 1,
  // Version 1 is the first layout; a future layout adds `2: (old) => new` here.
  migrations: {},
});

const quarantineItem = storage.defineItem<QuarantinedFlag[]>('local:flags-quarantine', { fallback: [] });

/** Stored flags never carry `orphan`: that is decided afresh each time the page is read. */
function clean(flag: Flag): Flag {
  const { orphan: _orphan, ...rest } = flag;
  return rest;
}

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, and the content script
 * shares the page's: many government portals are still plain http.
 */
function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false)
    return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Serialises read-modify-write cycles in this context so two quick saves cannot lose one. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Reads the whole store, moving anything malformed to the quarantine key before returning. */
async function readUnqueued(): Promise<FlagPages> {
  const raw: unknown = await flagsItem.getValue();
  const store: FlagPages = new Map();
  const bad: QuarantinedFlag[] = [];
  const at = new Date().toISOString();
  const entries = ownEntries(raw);
  if (!entries) {
    bad.push({ pageUrl: '*', entry: raw, error: 'store is not an object', at });
  } else {
    for (const [pageUrl, list] of entries) {
      if (!Array.isArray(list)) {
        bad.push({ pageUrl, entry: list, error: 'not a list of flags', at });
        continue;
      }
      const good: Flag[] = [];
      for (const entry of list) {
        const parsed = FlagSchema.safeParse(entry);
        if (parsed.success) good.push(clean(parsed.data));
        else bad.push({ pageUrl, entry, error: parsed.error.message, at });
      }
      if (good.length > 0) store.set(pageUrl, good);
    }
  }
  if (bad.length > 0) {
    // Quarantine first, then rewrite: a crash in between duplicates an entry, never loses one.
    await quarantineItem.setValue([...(await quarantineItem.getValue()), ...bad]);
    await flagsItem.setValue(toObject(store));
  }
  return store;
}

function readStore(): Promise<FlagPages> {
  return serial(readUnqueued);
}

/** Reads, changes and writes back as one queued step, so concurrent changes apply in order. */
function mutate(change: (store: FlagPages) => void): Promise<void> {
  return serial(async () => {
    const store = await readUnqueued();
    change(store);
    await flagsItem.setValue(toObject(store));
  });
}

/** The valid flags of one page, oldest first. */
export async function loadFlags(pageUrl: string): Promise<Flag[]> {
  return (await readStore()).get(normaliseUrl(pageUrl)) ?? [];
}

/** Every page's valid flags, by normalised page URL. */
export async function loadAllFlags(): Promise<FlagPages> {
  return readStore();
}

/** Entries that failed validation on some read, so the UI can say they exist. */
export async function loadQuarantine(): Promise<QuarantinedFlag[]> {
  return quarantineItem.getValue();
}

/** Adds a flag to a page and returns it. */
export async function saveFlag(pageUrl: string, input: NewFlag): Promise<Flag> {
  const flag = FlagSchema.parse({
    id: newId(),
    address: input.address,
    quote: input.quote,
    ...(input.at === undefined ? {} : { at: input.at }),
    ...(input.page === undefined ? {} : { page: input.page }),
    note: input.note,
    created: new Date().toISOString(),
  });
  const key = normaliseUrl(pageUrl);
  await mutate((store) => {
    store.set(key, [...(store.get(key) ?? []), flag]);
  });
  return flag;
}

/** Changes a flag's note (address and quote stay: they are where the user put it). */
export async function updateFlag(pageUrl: string, id: string, patch: { note: string }): Promise<void> {
  const key = normaliseUrl(pageUrl);
  await mutate((store) => {
    const list = store.get(key);
    if (list)
      store.set(
        key,
        list.map((f) => (f.id === id ? { ...f, note: patch.note } : f)),
      );
  });
}

/** Removes one flag; the user's explicit choice, unlike orphaning. */
export async function deleteFlag(pageUrl: string, id: string): Promise<void> {
  const key = normaliseUrl(pageUrl);
  await mutate((store) => {
    const rest = (store.get(key) ?? []).filter((f) => f.id !== id);
    if (rest.length > 0) store.set(key, rest);
    else store.delete(key);
  });
}

/** Calls `cb` with the page's flags whenever any context changes the store; returns the unwatch. */
export function watchFlags(pageUrl: string, cb: (flags: Flag[]) => void): () => void {
  return flagsItem.watch(() => {
    void loadFlags(pageUrl).then(cb);
  });
}

/** Every flag (and any quarantined entry) as a versioned JSON envelope, for backup or a colleague. */
export async function exportAllFlags(): Promise<string> {
  const pages = await readStore();
  return buildExport(pages, new Date().toISOString(), await quarantineItem.getValue());
}

/**
 * Validates the whole file first, then merges without duplicates and without dropping a note (a
 * flag whose id is taken by a different local note is kept under a new id); on any error changes
 * nothing.
 */
export async function importFlags(text: string): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  let counts = { added: 0, skipped: 0, copied: 0 };
  await mutate((store) => {
    counts = mergeInto(store, parsed.pages, normaliseUrl, newId);
  });
  return { ok: true, ...counts };
}
