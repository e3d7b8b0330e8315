/**
 * The desk's backup file: one JSON envelope with every report (flags and snapshots included) and
 * the agency links, validated as a whole before anything is merged. Pure; utils/desk-db.ts writes.
 *
 * Importing never loses what the desk holds: a report the desk already has keeps its own audit,
 * snapshot and save time (a file's `savedAt` is only a claim), gains the file's flags it lacks
 * (never dropping a note) and takes the file's snapshot only where it had none.
 */
import type { AgencyLinks } from '../lib/desk/agency';
import {
  DESK_BACKUP_FORMAT,
  type DeskBackup,
  DeskBackupSchema,
  type SavedReport,
  SavedReportSchema,
} from '../lib/desk/model';
import { withoutHash } from '../lib/page-url';
import { unionFlags } from './flags-transfer';

/** What an import does (or would do): every count is of reports or flags, nothing is removed. */
export interface ImportCounts {
  /** Reports the desk did not have. */
  added: number;
  /** Reports the desk had that gain flags or a snapshot. */
  merged: number;
  /** Flags added to those reports. */
  flags: number;
  /** Of those, flags whose id a different local note already had: kept under a new id. */
  copied: number;
  /** Reports without a snapshot that get the file's. */
  snapshots: number;
  /** Reports the file has that the desk already holds with everything the file adds. */
  unchanged: number;
  /** Reports whose audit, snapshot or save time in the file differs: the desk keeps its own. */
  keptLocal: number;
  /** Agency links added. */
  links: number;
}

/** Result of an import: its counts, or one clear message (Chinese / English) and no change at all. */
export type DeskImportResult = ({ ok: true } & ImportCounts) | { ok: false; error: string };

/** What an import writes: the merged records (added or changed only) and the merged links. */
export interface ImportPlan {
  counts: ImportCounts;
  writes: SavedReport[];
  links: AgencyLinks;
}

function fail(zh: string, en: string): { ok: false; error: string } {
  return { ok: false, error: `${zh} / ${en}` };
}

/** The backup's JSON text. */
export function buildBackup(reports: SavedReport[], links: AgencyLinks, exportedAt: string): string {
  const backup: DeskBackup = { format: DESK_BACKUP_FORMAT, version: 1, exportedAt, reports, links };
  return `${JSON.stringify(backup)}\n`;
}

function where(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * The place of the first own `__proto__` key in parsed JSON, or null. No record of ours has one
 * (cell addresses are `t3.new.total`-like), and zod's record would drop it without a word, so a
 * file holding one is refused rather than read with a piece silently missing.
 */
export function protoKeyPath(data: unknown): string | null {
  const stack: [unknown, PropertyKey[]][] = [[data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], [...path, i]]);
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) return where([...path, '__proto__']);
    for (const [k, v] of Object.entries(value)) if (typeof v === 'object') stack.push([v, [...path, k]]);
  }
  return null;
}

/** Parses and validates a whole backup; the first problem is named with its place in the file. */
export function parseBackup(text: string): { ok: true; backup: DeskBackup } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail('文件不是有效的 JSON', `The file is not valid JSON (${(e as Error).message})`);
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== DESK_BACKUP_FORMAT
  )
    return fail('这不是年报核查导出的审核台备份', 'This is not a desk backup exported by 年报核查');
  const version = (data as { version?: unknown }).version;
  if (version !== 1)
    return fail(`不支持的备份版本：${String(version)}`, `Unsupported backup version: ${String(version)}`);
  const proto = protoKeyPath(data);
  if (proto)
    return fail(
      `备份中有不应出现的键 __proto__（${proto}）`,
      `The backup holds a key __proto__ that no desk record has, at ${proto}`,
    );
  const parsed = DeskBackupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue ? where(issue.path) : '';
    return fail(
      `备份中有无效的记录（${at}）`,
      `The backup has an invalid record at ${at}: ${issue?.message}`,
    );
  }
  const ids = new Set<string>();
  for (const r of parsed.data.reports) {
    if (ids.has(r.id)) return fail(`备份中有重复的记录 ${r.id}`, `The backup holds record ${r.id} twice`);
    ids.add(r.id);
  }
  return { ok: true, backup: parsed.data };
}

/** The same page of the same year: a new save of it replaces the old one. Files match by name. */
export function matchKey(r: Pick<SavedReport, 'url' | 'fileName' | 'result'>): string {
  const where = r.url !== '' ? withoutHash(r.url) : `file:${r.fileName ?? ''}`;
  return `${where}|${r.result.report.year ?? ''}`;
}

/** The page as read (audit, title, times, snapshot), without the id and the user's flags. */
function reading(r: SavedReport, snapshot: string): string {
  const { id: _id, flags: _flags, snapshot: _snapshot, ...rest } = SavedReportSchema.parse(r);
  return JSON.stringify([rest, snapshot]);
}

/**
 * One incoming record merged into the desk's: the desk's audit, save time and snapshot stay; the
 * file's flags are unioned in (unionFlags); the file's snapshot fills an empty one.
 */
export function mergeRecord(
  local: SavedReport,
  incoming: SavedReport,
  newId: () => string,
): { record: SavedReport; flags: number; copied: number; snapshot: boolean; keptLocal: boolean } {
  const union = unionFlags(local.flags, incoming.flags, newId);
  const snapshot = local.snapshot === '' && incoming.snapshot !== '';
  // Unchanged stays the very same object, so callers can tell "nothing to write" by identity.
  const record =
    union.added > 0 || snapshot
      ? { ...local, flags: union.flags, snapshot: snapshot ? incoming.snapshot : local.snapshot }
      : local;
  const theirs = incoming.snapshot === '' ? record.snapshot : incoming.snapshot;
  const keptLocal = reading(local, record.snapshot) !== reading(incoming, theirs);
  return { record, flags: union.added, copied: union.copied, snapshot, keptLocal };
}

/**
 * What importing `backup` does to a desk. `lookup` finds the desk's record for an incoming one (by
 * id, else by page and year); records planned earlier in the same file are found too, so a file
 * holding one page twice merges the two. Nothing the desk holds is ever dropped.
 */
export function planImport(
  backup: DeskBackup,
  lookup: (incoming: SavedReport) => SavedReport | null,
  links: AgencyLinks,
  newId: () => string,
): ImportPlan {
  const counts: ImportCounts = {
    added: 0,
    merged: 0,
    flags: 0,
    copied: 0,
    snapshots: 0,
    unchanged: 0,
    keptLocal: 0,
    links: 0,
  };
  /** Records touched so far, by id: what will be written. */
  const work = new Map<string, SavedReport>();
  /** The desk's records among them, as they were. */
  const before = new Map<string, SavedReport>();
  const planned = new Map<string, string>();
  const kept = new Set<string>();
  for (const incoming of backup.reports) {
    let id: string | undefined = work.has(incoming.id) ? incoming.id : undefined;
    if (id === undefined) {
      const local = lookup(incoming);
      if (local) {
        id = local.id;
        if (!work.has(id)) {
          work.set(id, local);
          before.set(id, local);
        }
      } else id = planned.get(matchKey(incoming));
    }
    if (id === undefined) {
      work.set(incoming.id, incoming);
      planned.set(matchKey(incoming), incoming.id);
      continue;
    }
    const merged = mergeRecord(work.get(id)!, incoming, newId);
    work.set(id, merged.record);
    // Flags merged into a record this same file adds are part of that addition, not counted here.
    if (!before.has(id)) continue;
    counts.flags += merged.flags;
    counts.copied += merged.copied;
    if (merged.snapshot) counts.snapshots++;
    if (merged.keptLocal) kept.add(id);
  }
  const writes: SavedReport[] = [];
  for (const [id, record] of work) {
    const old = before.get(id);
    if (!old) counts.added++;
    else if (record === old) counts.unchanged++;
    else counts.merged++;
    if (record !== old) writes.push(record);
  }
  counts.keptLocal = kept.size;
  const merged = mergeLinks(links, backup.links);
  counts.links = merged.pairs.length - links.pairs.length;
  return { counts, writes, links: merged };
}

/** The union of two sets of links, without repeating a pair in either order. */
export function mergeLinks(a: AgencyLinks, b: AgencyLinks): AgencyLinks {
  const seen = new Set(a.pairs.map(([x, y]) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)));
  const pairs = [...a.pairs];
  for (const [x, y] of b.pairs) {
    const k = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    if (seen.has(k)) continue;
    seen.add(k);
    pairs.push([x, y]);
  }
  return { pairs };
}
