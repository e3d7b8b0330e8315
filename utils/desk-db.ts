/**
 * The audit desk's storage: saved reports in IndexedDB, in the extension's own origin (never the
 * page's). IndexedDB rather than storage.local because snapshots run to hundreds of KB each and the
 * list must load 5,000 rows without reading them: summaries live in their own store.
 *
 * `idb` (≈1 KB, by a Chrome engineer, widely used) only turns IDBRequest into promises; the schema,
 * migrations and validation are ours. Every write of a report and its summary is one transaction,
 * so a failed write aborts both and the old record stays.
 */
import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { z } from 'zod';
import { type AgencyLinks, agencyKey } from '../lib/desk/agency';
import {
  AgencyLinksSchema,
  type DeskBackup,
  type DeskSettings,
  DeskSettingsSchema,
  type SavedReport,
  SavedReportSchema,
  type SavedSummary,
  SavedSummarySchema,
  summarise,
} from '../lib/desk/model';
import { type Flag, type Report, ReportSchema } from '../lib/model';
import {
  buildBackup,
  type DeskImportResult,
  type ImportCounts,
  type ImportPlan,
  matchKey,
  parseBackup,
  planImport,
} from './desk-backup';

/** The database's name in the extension's origin. */
export const DESK_DB_NAME = 'gov-report-audit-desk';
/** The schema version this build opens (see MIGRATIONS). */
export const DESK_DB_VERSION = 4;

/** A stored report: the record plus the derived keys its indexes need (dropped again on read). */
type StoredReport = SavedReport & { agencyKey: string | null; matchKey: string };

type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;

function stored(r: SavedReport): StoredReport {
  return { ...r, agencyKey: agencyKey(r.result.report.agency), matchKey: matchKey(r) };
}

/** A report as the cross-year checks read it (lib/desk/cross.ts). */
const AuditSchema = z.object({ id: z.string(), report: ReportSchema });
type Audit = z.infer<typeof AuditSchema>;

function auditOf(r: SavedReport): Audit {
  return { id: r.id, report: r.result.report };
}

/**
 * One step per version, run in order inside the upgrade transaction; a step never reads what a
 * later step creates. Never edit a shipped step: add the next one.
 */
const MIGRATIONS: Record<number, (db: IDBPDatabase, tx: Tx) => void> = {
  // v1: reports (by id, url, agency key), the list's summaries, and meta (links, settings).
  1(db) {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('url', 'url');
    reports.createIndex('agencyKey', 'agencyKey');
    db.createObjectStore('summaries', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  // v2: a `matchKey` index (page + year) so a re-save finds its predecessor in one look-up, and
  // summaries rebuilt from the reports: v1 summaries lacked `source` and `flags`, and the agency
  // key now folds traditional characters and 《》. Records that fail the schema are left as they
  // are, for list() to report, rather than dropped.
  2(_db, tx) {
    const reports = tx.objectStore('reports');
    reports.createIndex('matchKey', 'matchKey');
    const summaries = tx.objectStore('summaries');
    void (async () => {
      for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
        const parsed = SavedReportSchema.safeParse(cursor.value);
        if (!parsed.success) continue;
        await cursor.update(stored(parsed.data));
        await summaries.put(summarise(parsed.data));
      }
    })();
  },
  // v3: `audits`, each report's canonical Report alone, so the cross-year checks over the whole
  // desk read thousands of reports without their snapshots (hundreds of KB each).
  3(db, tx) {
    db.createObjectStore('audits', { keyPath: 'id' });
    const reports = tx.objectStore('reports');
    const audits = tx.objectStore('audits');
    void (async () => {
      for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
        const parsed = SavedReportSchema.safeParse(cursor.value);
        if (parsed.success) await audits.put(auditOf(parsed.data));
      }
    })();
  },
  // v4: summaries rebuilt for the list's new columns and filters (portal, publication date,
  // deadline status, the rules that fired).
  4(_db, tx) {
    const reports = tx.objectStore('reports');
    const summaries = tx.objectStore('summaries');
    void (async () => {
      for (let cursor = await reports.openCursor(); cursor; cursor = await cursor.continue()) {
        const parsed = SavedReportSchema.safeParse(cursor.value);
        if (parsed.success) await summaries.put(summarise(parsed.data));
      }
    })();
  },
};

/** A record that failed validation on read: reported to the user, left in the database. */
export interface InvalidRecord {
  id: string;
  error: string;
}

/** The desk's operations; see openDesk. */
export interface Desk {
  /** Saves a report and its summary together; the same page and year replaces its earlier save. */
  save(r: Omit<SavedReport, 'id' | 'savedAt'> & { id?: string }): Promise<SavedReport>;
  /** Every valid summary (never the reports themselves, so 5,000 rows load fast). */
  list(): Promise<SavedSummary[]>;
  /**
   * Every valid report's id and canonical Report, without snapshots or flags: what
   * crossFindings needs for the whole desk, at a fraction of the cost of get() on each.
   */
  crossItems(): Promise<{ id: string; report: Report }[]>;
  /** The summaries that failed validation on the last list(), for the UI to mention. */
  invalid(): InvalidRecord[];
  /** One saved report, or null when absent or invalid. */
  get(id: string): Promise<SavedReport | null>;
  remove(id: string): Promise<void>;
  /** The id of a record saved from this page (any year; the URL's #hash ignored), or null. */
  pageRecordId(url: string): Promise<string | null>;
  getLinks(): Promise<AgencyLinks>;
  setLinks(links: AgencyLinks): Promise<void>;
  getSettings(): Promise<DeskSettings>;
  setSettings(settings: DeskSettings): Promise<void>;
  /** The whole desk as the JSON text of a DeskBackup. */
  exportBackup(): Promise<string>;
  /** What importBackup(text) would do now, without writing anything (for the confirmation). */
  previewImport(text: string): Promise<DeskImportResult>;
  /**
   * Validates the whole file, then merges it (desk-backup.ts: nothing the desk holds is removed or
   * replaced) in one transaction that also keeps the touched records as they were, for
   * undoImport; on any problem changes nothing.
   */
  importBackup(text: string): Promise<DeskImportResult>;
  /** The last import that can still be undone, or null. */
  lastImport(): Promise<{ at: string; counts: ImportCounts } | null>;
  /**
   * Puts every record and the links the last import touched back exactly as they were. Refuses,
   * changing nothing, when any of them changed after the import (undoing would lose that change).
   */
  undoImport(): Promise<{ ok: true; restored: number } | { ok: false; error: string }>;
  close(): void;
}

/** Opens (creating or migrating) the desk database; `name` lets tests use a fresh one. */
export async function openDesk(name = DESK_DB_NAME): Promise<Desk> {
  const db = await openDB(name, DESK_DB_VERSION, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let v = oldVersion + 1; v <= (newVersion ?? DESK_DB_VERSION); v++) MIGRATIONS[v]?.(database, tx);
    },
    // A newer build in another tab wants to upgrade: let it, rather than block it forever.
    blocking() {
      db.close();
    },
  });
  return makeDesk(db);
}

/**
 * A save never drops a note: the flags saved now (the page's current ones, which win on the same id,
 * so an edited note is not doubled) and every flag of the record it replaces that they lack, e.g.
 * notes a backup import brought that the page's own flag store never had. A flag deleted on the page
 * therefore stays in the desk's copy until the record is removed; losing a journalist's note silently
 * is the worse error.
 */
function keptFlags(now: Flag[], earlier: SavedReport | null): Flag[] {
  if (!earlier || earlier.flags.length === 0) return now;
  const ids = new Set(now.map((f) => f.id));
  return [...now, ...earlier.flags.filter((f) => !ids.has(f.id))];
}

function newId(): string {
  return crypto.randomUUID();
}

function fromStore(value: unknown): SavedReport | null {
  const parsed = SavedReportSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The meta key of the last import's undo record. */
const UNDO_KEY = 'import-undo';

/**
 * The last import's undo record: each touched record's raw values in the three stores before it
 * (null: absent) and a fingerprint of the report as the import wrote it; the same for the links.
 * Kept in the database until the next import replaces it or the undo is done.
 */
const UndoSchema = z.object({
  at: z.string(),
  counts: z.object({
    added: z.number(),
    merged: z.number(),
    flags: z.number(),
    copied: z.number(),
    snapshots: z.number(),
    unchanged: z.number(),
    keptLocal: z.number(),
    links: z.number(),
  }),
  entries: z.array(
    z.object({
      id: z.string(),
      report: z.unknown(),
      summary: z.unknown(),
      audit: z.unknown(),
      after: z.string(),
    }),
  ),
  links: z.object({ before: z.unknown(), after: z.string() }),
});
type Undo = z.infer<typeof UndoSchema>;

/**
 * A fingerprint of a stored value (cyrb53 over its JSON): enough to notice that a record changed
 * since the import wrote it. IndexedDB gives back properties in the order they were written.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(16)}${(h1 >>> 0).toString(16)}`;
}

/**
 * A stored report's fingerprint. The snapshot (hundreds of KB) counts by its length only: every
 * way a record changes (a new save, a removal, an import) also changes its savedAt, flags or
 * presence, so hashing megabytes of HTML per record would buy nothing.
 */
function recordPrint(value: unknown): string {
  if (typeof value !== 'object' || value === null) return fingerprint(value ?? null);
  const { snapshot, ...rest } = value as { snapshot?: unknown };
  return fingerprint([rest, typeof snapshot === 'string' ? snapshot.length : snapshot]);
}

type AnyTx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;

/**
 * The import plan against the desk as `tx` sees it. An incoming id that a stored record holds but
 * that fails the schema gets a new id, so the unreadable record is never overwritten.
 */
async function planIn(tx: AnyTx, backup: DeskBackup): Promise<ImportPlan> {
  const reports = tx.objectStore('reports');
  const byId = new Map<string, SavedReport | null>();
  const byMatch = new Map<string, SavedReport | null>();
  const incoming: SavedReport[] = [];
  for (const r of backup.reports) {
    const raw: unknown = await reports.get(r.id);
    const found = raw === undefined ? null : fromStore(raw);
    const record = raw !== undefined && found === null ? { ...r, id: newId() } : r;
    byId.set(record.id, found);
    const key = matchKey(record);
    if (!byMatch.has(key)) byMatch.set(key, fromStore(await reports.index('matchKey').get(key)));
    incoming.push(record);
  }
  const links = AgencyLinksSchema.safeParse(await tx.objectStore('meta').get('links'));
  return planImport(
    { ...backup, reports: incoming },
    (r) => byId.get(r.id) ?? byMatch.get(matchKey(r)) ?? null,
    links.success ? links.data : { pairs: [] },
    newId,
  );
}

function makeDesk(db: IDBPDatabase): Desk {
  let lastInvalid: InvalidRecord[] = [];

  /** Runs `write` in one readwrite transaction; any throw aborts it, so nothing half-written stays. */
  async function atomically<T>(
    stores: string[],
    write: (tx: IDBPTransaction<unknown, string[], 'readwrite'>) => Promise<T>,
  ): Promise<T> {
    const tx = db.transaction(stores, 'readwrite');
    try {
      const out = await write(tx);
      await tx.done;
      return out;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted or finished by the failure itself.
      }
      await tx.done.catch(() => undefined);
      if ((e as { name?: unknown }).name === 'QuotaExceededError')
        throw new Error(
          '存储空间不足，未能保存，原有记录未改变 / Out of storage space: nothing was saved and the earlier record is unchanged',
        );
      throw e;
    }
  }

  return {
    async save(input) {
      const savedAt = new Date().toISOString();
      return atomically(['reports', 'summaries', 'audits'], async (tx) => {
        const reports = tx.objectStore('reports');
        let id = input.id;
        let earlier: SavedReport | null = null;
        if (id === undefined) {
          const previous: unknown = await reports.index('matchKey').get(matchKey(input));
          earlier = fromStore(previous);
          id = earlier?.id ?? (previous as { id?: string } | undefined)?.id ?? newId();
        } else {
          earlier = fromStore(await reports.get(id));
        }
        // Validated before it is written: a malformed record never reaches the store.
        const record = SavedReportSchema.parse({
          ...input,
          id,
          savedAt,
          flags: keptFlags(input.flags, earlier),
        });
        await reports.put(stored(record));
        await tx.objectStore('summaries').put(summarise(record));
        await tx.objectStore('audits').put(auditOf(record));
        return record;
      });
    },

    async list() {
      const rows: unknown[] = await db.getAll('summaries');
      const good: SavedSummary[] = [];
      const bad: InvalidRecord[] = [];
      for (const row of rows) {
        const parsed = SavedSummarySchema.safeParse(row);
        if (parsed.success) good.push(parsed.data);
        else bad.push({ id: String((row as { id?: unknown })?.id ?? '?'), error: parsed.error.message });
      }
      lastInvalid = bad;
      return good;
    },

    async crossItems() {
      const rows: unknown[] = await db.getAll('audits');
      return rows.flatMap((row) => {
        const parsed = AuditSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },

    invalid: () => lastInvalid,

    async get(id) {
      return fromStore(await db.get('reports', id));
    },

    async remove(id) {
      await atomically(['reports', 'summaries', 'audits'], async (tx) => {
        await tx.objectStore('reports').delete(id);
        await tx.objectStore('summaries').delete(id);
        await tx.objectStore('audits').delete(id);
      });
    },

    async pageRecordId(url) {
      const base = url.split('#')[0]!;
      // Keys only: the 'url' index between the bare URL and its #hash variants.
      const range = IDBKeyRange.bound(base, `${base}#\uffff`);
      let cursor = await db.transaction('reports').store.index('url').openKeyCursor(range);
      for (; cursor; cursor = await cursor.continue()) {
        const key = String(cursor.key);
        if (key === base || key.startsWith(`${base}#`)) return String(cursor.primaryKey);
      }
      return null;
    },

    async getLinks() {
      const parsed = AgencyLinksSchema.safeParse(await db.get('meta', 'links'));
      return parsed.success ? parsed.data : { pairs: [] };
    },

    async setLinks(links) {
      await db.put('meta', AgencyLinksSchema.parse(links), 'links');
    },

    async getSettings() {
      const parsed = DeskSettingsSchema.safeParse(await db.get('meta', 'settings'));
      return parsed.success ? parsed.data : { autoSave: false };
    },

    async setSettings(settings) {
      await db.put('meta', DeskSettingsSchema.parse(settings), 'settings');
    },

    async exportBackup() {
      const tx = db.transaction(['reports', 'meta'], 'readonly');
      const rows: unknown[] = await tx.objectStore('reports').getAll();
      const links = AgencyLinksSchema.safeParse(await tx.objectStore('meta').get('links'));
      await tx.done;
      // Invalid records stay out: a backup must import cleanly, and they stay in this database.
      const reports = rows.map(fromStore).filter((r): r is SavedReport => r !== null);
      return buildBackup(reports, links.success ? links.data : { pairs: [] }, new Date().toISOString());
    },

    async previewImport(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return parsed;
      const tx = db.transaction(['reports', 'meta'], 'readonly');
      const plan = await planIn(tx, parsed.backup);
      await tx.done;
      return { ok: true, ...plan.counts };
    },

    async importBackup(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return parsed;
      try {
        const counts = await atomically(['reports', 'summaries', 'audits', 'meta'], async (tx) => {
          const plan = await planIn(tx, parsed.backup);
          // Nothing new: write nothing, and keep the undo of the import that did change something.
          if (plan.writes.length === 0 && plan.counts.links === 0) return plan.counts;
          const reports = tx.objectStore('reports');
          const summaries = tx.objectStore('summaries');
          const audits = tx.objectStore('audits');
          const meta = tx.objectStore('meta');
          const undo: Undo = {
            at: new Date().toISOString(),
            counts: plan.counts,
            entries: [],
            links: { before: (await meta.get('links')) ?? null, after: fingerprint(plan.links) },
          };
          for (const record of plan.writes) {
            const row = stored(record);
            undo.entries.push({
              id: record.id,
              report: (await reports.get(record.id)) ?? null,
              summary: (await summaries.get(record.id)) ?? null,
              audit: (await audits.get(record.id)) ?? null,
              after: recordPrint(row),
            });
            await reports.put(row);
            await summaries.put(summarise(record));
            await audits.put(auditOf(record));
          }
          await meta.put(AgencyLinksSchema.parse(plan.links), 'links');
          // The previous import's undo goes: only the last import can be undone.
          await meta.put(undo, UNDO_KEY);
          return plan.counts;
        });
        return { ok: true, ...counts };
      } catch (e) {
        return {
          ok: false,
          error: `写入失败，审核台未改变 / Writing failed; the desk is unchanged (${(e as Error).message})`,
        };
      }
    },

    async lastImport() {
      const parsed = UndoSchema.safeParse(await db.get('meta', UNDO_KEY));
      return parsed.success ? { at: parsed.data.at, counts: parsed.data.counts } : null;
    },

    async undoImport() {
      type Outcome = { ok: true; restored: number } | { ok: false; error: string };
      try {
        return await atomically<Outcome>(['reports', 'summaries', 'audits', 'meta'], async (tx) => {
          const meta = tx.objectStore('meta');
          const parsed = UndoSchema.safeParse(await meta.get(UNDO_KEY));
          if (!parsed.success) return { ok: false, error: '没有可以撤销的导入 / There is no import to undo' };
          const undo = parsed.data;
          const reports = tx.objectStore('reports');
          const changed: string[] = [];
          for (const e of undo.entries) {
            const now: unknown = await reports.get(e.id);
            if (recordPrint(now) !== e.after)
              changed.push((now as { title?: unknown } | undefined)?.title?.toString() ?? e.id);
          }
          const linksNow: unknown = (await meta.get('links')) ?? null;
          if (fingerprint(linksNow) !== undo.links.after) changed.push('机关名称关联 / agency links');
          if (changed.length > 0)
            return {
              ok: false,
              error: `导入之后这些内容又有改动，撤销会丢掉这些改动，因此未撤销：${changed.join('；')} / These changed after the import and undoing would lose that, so nothing was undone: ${changed.join('; ')}`,
            };
          const restore = async (name: string, id: string, value: unknown) => {
            if (value === null) await tx.objectStore(name).delete(id);
            else await tx.objectStore(name).put(value);
          };
          for (const e of undo.entries) {
            await restore('reports', e.id, e.report);
            await restore('summaries', e.id, e.summary);
            await restore('audits', e.id, e.audit);
          }
          if (undo.links.before === null) await meta.delete('links');
          else await meta.put(undo.links.before, 'links');
          await meta.delete(UNDO_KEY);
          return { ok: true, restored: undo.entries.length };
        });
      } catch (e) {
        return {
          ok: false,
          error: `撤销失败，审核台未改变 / Undo failed; the desk is unchanged (${(e as Error).message})`,
        };
      }
    },

    close: () => db.close(),
  };
}
