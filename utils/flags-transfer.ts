/**
 * The flags file a journalist exports and imports: a versioned envelope, validated as a whole
 * before anything is merged. Pure functions; utils/flags.ts does the storage.
 *
 * Page keys come from the user's file, so they are held in a Map, never as properties of a plain
 * object: a page key `constructor` or `__proto__` is an ordinary key here (a plain `{}` would
 * answer `store.constructor` with Object, and `store.__proto__ = …` would drop the flags).
 */
import { z } from 'zod/mini';
import { type Flag, FlagSchema } from '../lib/model';

/** The envelope's `format` marker, so a stray JSON file is recognised as not ours. */
export const FLAGS_FORMAT = 'gov-report-audit/flags';
/** The envelope version this build writes and reads. */
export const FLAGS_FILE_VERSION = 1;
/** Far above any real set of notes; stops a wrong file (a whole dataset) from freezing the popup. */
const MAX_BYTES = 5_000_000;

/** Normalised page URL → that page's flags, oldest first. */
export type FlagPages = Map<string, Flag[]>;

/**
 * Result of importFlags: counts, or one clear message (Chinese / English) and no change. `copied`
 * counts flags whose id was already taken by a different local flag: kept under a new id.
 */
export type ImportResult =
  | { ok: true; added: number; skipped: number; copied: number }
  | { ok: false; error: string };

// `pages` is checked key by key below: zod's record silently drops a `__proto__` key (zod 4.6).
const EnvelopeSchema = z.object({
  format: z.literal(FLAGS_FORMAT),
  version: z.literal(FLAGS_FILE_VERSION),
  exported: z.optional(z.string()),
  pages: z.unknown(),
});
const PageFlagsSchema = z.array(FlagSchema);

/** A user's JSON object as a Map of its own keys (`__proto__` included), or null if not an object. */
export function ownEntries(value: unknown): Map<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return new Map(Object.entries(value));
}

/** A Map as a plain object for JSON and storage: Object.fromEntries defines `__proto__` as data. */
export function toObject<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries(map);
}

/**
 * The JSON text of an export of the given store. Entries once quarantined travel along verbatim,
 * so a backup loses nothing; importing ignores them (they failed validation once already).
 */
export function buildExport(pages: FlagPages, exported: string, quarantine: unknown[] = []): string {
  const envelope = {
    format: FLAGS_FORMAT,
    version: FLAGS_FILE_VERSION,
    exported,
    pages: toObject(pages),
    ...(quarantine.length > 0 ? { quarantine } : {}),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function fail(zh: string, en: string): { ok: false; error: string } {
  return { ok: false, error: `${zh} / ${en}` };
}

function where(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** Parses and validates a whole flags file; the first problem found is named with its path. */
export function parseImport(text: string): { ok: true; pages: FlagPages } | { ok: false; error: string } {
  if (text.length > MAX_BYTES)
    return fail('文件过大，不像标记文件', 'The file is too large to be a flags file');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail('文件不是有效的 JSON', `The file is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FLAGS_FORMAT) {
    return fail('这不是年报核查导出的标记文件', 'This is not a flags file exported by 年报核查');
  }
  const version = (data as { version?: unknown }).version;
  if (version !== FLAGS_FILE_VERSION) {
    return fail(`不支持的文件版本：${String(version)}`, `Unsupported file version: ${String(version)}`);
  }
  const envelope = EnvelopeSchema.safeParse(data);
  const entries = envelope.success ? ownEntries(envelope.data.pages) : null;
  if (!entries) return fail('文件中没有 pages 对象', 'The file has no pages object');
  const pages: FlagPages = new Map();
  for (const [url, list] of entries) {
    if (url === '') return fail('文件中有空的网页地址', 'The file has a page with an empty address');
    const parsed = PageFlagsSchema.safeParse(list);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = where(['pages', url, ...(issue?.path ?? [])]);
      return fail(`文件中有无效的标记（${at}）`, `The file has an invalid flag at ${at}: ${issue?.message}`);
    }
    pages.set(url, parsed.data);
  }
  return { ok: true, pages };
}

/** What makes two flags the same note: where it is, what it quotes, what it says and when. */
function content(f: Flag): string {
  return JSON.stringify([f.address, f.quote, f.note, f.created]);
}

/**
 * The union of a page's flags with incoming ones, never dropping a note. A flag with an id the page
 * does not have is added, whatever it says: two flags alike to the millisecond (the same note saved
 * twice) are two flags, and an export imported into an empty store gives them both back. A flag with
 * the id of a local flag and the same content is the same flag. One whose id is taken by a local flag
 * with a different note (edited on one side) is kept beside it under a new id, unless a flag with its
 * content is already there (a copy made by an earlier import), so importing twice adds nothing.
 */
export function unionFlags(
  local: Flag[],
  incoming: Flag[],
  newId: () => string,
): { flags: Flag[]; added: number; skipped: number; copied: number } {
  const flags = [...local];
  const ids = new Set(local.map((f) => f.id));
  const contents = new Set(local.map(content));
  let added = 0;
  let skipped = 0;
  let copied = 0;
  for (const flag of incoming) {
    const { orphan: _orphan, ...stored } = flag;
    const key = content(stored);
    let id = stored.id;
    if (ids.has(id)) {
      if (contents.has(key)) {
        skipped++;
        continue;
      }
      do id = newId();
      while (ids.has(id));
      copied++;
    }
    flags.push({ ...stored, id });
    ids.add(id);
    contents.add(key);
    added++;
  }
  return { flags, added, skipped, copied };
}

/** Merges imported pages into the store in place (see unionFlags). */
export function mergeInto(
  store: FlagPages,
  pages: FlagPages,
  normalise: (url: string) => string,
  newId: () => string,
): { added: number; skipped: number; copied: number } {
  const counts = { added: 0, skipped: 0, copied: 0 };
  for (const [url, flags] of pages) {
    const key = normalise(url);
    const merged = unionFlags(store.get(key) ?? [], flags, newId);
    counts.added += merged.added;
    counts.skipped += merged.skipped;
    counts.copied += merged.copied;
    if (merged.flags.length > 0) store.set(key, merged.flags);
  }
  return counts;
}
