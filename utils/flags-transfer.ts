/**
 * The flags file a journalist exports and imports: a versioned envelope, validated as a whole
 * before anything is merged. Pure functions; utils/flags.ts does the storage.
 */
import { z } from 'zod/mini';
import { type Flag, FlagSchema } from '../lib/model';

/** The envelope's `format` marker, so a stray JSON file is recognised as not ours. */
export const FLAGS_FORMAT = 'gov-report-audit/flags';
/** The envelope version this build writes and reads. */
export const FLAGS_FILE_VERSION = 1;
/** Far above any real set of notes; stops a wrong file (a whole dataset) from freezing the popup. */
const MAX_BYTES = 5_000_000;

/** Result of importFlags: counts, or one clear message (Chinese / English) and no change. */
export type ImportResult = { ok: true; added: number; skipped: number } | { ok: false; error: string };

const EnvelopeSchema = z.object({
  format: z.literal(FLAGS_FORMAT),
  version: z.literal(FLAGS_FILE_VERSION),
  exported: z.optional(z.string()),
  pages: z.record(z.string().check(z.minLength(1)), z.array(FlagSchema)),
});

/**
 * The JSON text of an export of the given store. Entries once quarantined travel along verbatim,
 * so a backup loses nothing; importing ignores them (they failed validation once already).
 */
export function buildExport(
  pages: Record<string, Flag[]>,
  exported: string,
  quarantine: unknown[] = [],
): string {
  const envelope = {
    format: FLAGS_FORMAT,
    version: FLAGS_FILE_VERSION,
    exported,
    pages,
    ...(quarantine.length > 0 ? { quarantine } : {}),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function fail(zh: string, en: string): { ok: false; error: string } {
  return { ok: false, error: `${zh} / ${en}` };
}

/** Parses and validates a whole flags file; the first problem found is named with its path. */
export function parseImport(
  text: string,
): { ok: true; pages: Record<string, Flag[]> } | { ok: false; error: string } {
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
  const parsed = EnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    return fail(
      `文件中有无效的标记（${where}）`,
      `The file has an invalid flag at ${where}: ${issue?.message}`,
    );
  }
  return { ok: true, pages: parsed.data.pages };
}

/**
 * Merges imported pages into the store in place. A flag is the same flag when its id is (ids are
 * random UUIDs), so importing a colleague's file twice adds nothing the second time.
 */
export function mergeInto(
  store: Record<string, Flag[]>,
  pages: Record<string, Flag[]>,
  normalise: (url: string) => string,
): { added: number; skipped: number } {
  let added = 0;
  let skipped = 0;
  for (const [url, flags] of Object.entries(pages)) {
    const key = normalise(url);
    const list = [...(store[key] ?? [])];
    for (const flag of flags) {
      if (list.some((f) => f.id === flag.id)) {
        skipped++;
        continue;
      }
      const { orphan: _orphan, ...stored } = flag;
      list.push(stored);
      added++;
    }
    if (list.length > 0) store[key] = list;
  }
  return { added, skipped };
}
