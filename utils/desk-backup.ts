/**
 * The desk's backup file: one JSON envelope with every report (flags and snapshots included) and
 * the agency links, validated as a whole before anything is merged. Pure; utils/desk-db.ts writes.
 */
import type { AgencyLinks } from '../lib/desk/agency';
import {
  DESK_BACKUP_FORMAT,
  type DeskBackup,
  DeskBackupSchema,
  type SavedReport,
  SavedReportSchema,
} from '../lib/desk/model';

/** Result of an import: counts, or one clear message (Chinese / English) and no change at all. */
export type DeskImportResult =
  | { ok: true; added: number; replaced: number; skipped: number }
  | { ok: false; error: string };

function fail(zh: string, en: string): { ok: false; error: string } {
  return { ok: false, error: `${zh} / ${en}` };
}

/** The backup's JSON text. */
export function buildBackup(reports: SavedReport[], links: AgencyLinks, exportedAt: string): string {
  const backup: DeskBackup = { format: DESK_BACKUP_FORMAT, version: 1, exportedAt, reports, links };
  return `${JSON.stringify(backup)}\n`;
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
  const parsed = DeskBackupSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    return fail(
      `备份中有无效的记录（${where}）`,
      `The backup has an invalid record at ${where}: ${issue?.message}`,
    );
  }
  const ids = new Set<string>();
  for (const r of parsed.data.reports) {
    if (ids.has(r.id)) return fail(`备份中有重复的记录 ${r.id}`, `The backup holds record ${r.id} twice`);
    ids.add(r.id);
  }
  return { ok: true, backup: parsed.data };
}

/** A URL without its #hash: the same document, wherever the user had scrolled to. */
function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** The same page of the same year: a new save of it replaces the old one. Files match by name. */
export function matchKey(r: Pick<SavedReport, 'url' | 'fileName' | 'result'>): string {
  const where = r.url !== '' ? withoutHash(r.url) : `file:${r.fileName ?? ''}`;
  return `${where}|${r.result.report.year ?? ''}`;
}

/** Whether two records hold the same data (both schema-parsed, so their keys are in one order). */
export function identical(a: SavedReport, b: SavedReport): boolean {
  return JSON.stringify(SavedReportSchema.parse(a)) === JSON.stringify(SavedReportSchema.parse(b));
}

/** What to do with an incoming record given the one already kept for its id or its page and year. */
export function mergeDecision(
  existing: SavedReport | null,
  incoming: SavedReport,
): 'add' | 'replace' | 'skip' {
  if (!existing) return 'add';
  if (identical({ ...incoming, id: existing.id }, existing)) return 'skip';
  // ISO times compare as strings; the newer save is what the user last looked at.
  return Date.parse(incoming.savedAt) > Date.parse(existing.savedAt) ? 'replace' : 'skip';
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
