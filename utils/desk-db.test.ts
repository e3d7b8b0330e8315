import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedReport } from '../lib/desk/model';
import { sampleReport } from '../lib/export/testing';
import type { Report } from '../lib/model';
import { DESK_DB_VERSION, type Desk, openDesk } from './desk-db';

let n = 0;
const opened: Desk[] = [];
/** A fresh database per test, so tests never see each other's records. */
async function fresh(name = `desk-test-${++n}`): Promise<Desk> {
  const desk = await openDesk(name);
  opened.push(desk);
  return desk;
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
  vi.restoreAllMocks();
});

function input(over: Partial<Report> = {}, url = 'http://www.example.gov.cn/2021.html') {
  const report = sampleReport(over);
  return {
    url,
    title: report.title,
    accessedAt: '2026-11-23T06:00:00.000Z',
    source: 'page' as const,
    result: {
      url,
      detected: true as const,
      report,
      findings: [
        { rule: 't3-balance', severity: 'error' as const, message: 'm', cells: [] },
        { rule: 'blank-cell', severity: 'warning' as const, message: 'w', cells: [] },
      ],
    },
    flags: [
      { id: 'f1', address: 't3.new.total', quote: '12', note: '核实', created: '2026-11-23T06:01:00.000Z' },
    ],
    snapshot: '<html><body>报告</body></html>',
  };
}

describe('desk storage', () => {
  it('saves a report with its summary, lists summaries, gets and removes', async () => {
    const desk = await fresh();
    const saved = await desk.save(input());
    expect(saved.id).toMatch(/\S/);
    expect(await desk.get(saved.id)).toEqual(saved);
    expect(await desk.list()).toEqual([
      {
        id: saved.id,
        url: saved.url,
        title: saved.title,
        agency: '某某区统计局',
        agencyKey: '某某区统计局',
        year: 2021,
        template: '2021',
        errors: 1,
        warnings: 1,
        flags: 1,
        savedAt: saved.savedAt,
        source: 'page',
      },
    ]);
    expect(await desk.crossItems()).toEqual([{ id: saved.id, report: saved.result.report }]);
    await desk.remove(saved.id);
    expect(await desk.list()).toEqual([]);
    expect(await desk.crossItems()).toEqual([]);
    expect(await desk.get(saved.id)).toBeNull();
  });

  it('replaces the earlier save of the same page and year, keeping its id', async () => {
    const desk = await fresh();
    const first = await desk.save(input());
    const again = await desk.save({ ...input(), url: `${input().url}#table3`, snapshot: '<p>new</p>' });
    const otherYear = await desk.save(input({ year: 2022 }));
    expect(again.id).toBe(first.id);
    expect(otherYear.id).not.toBe(first.id);
    expect((await desk.get(first.id))?.snapshot).toBe('<p>new</p>');
    expect((await desk.list()).length).toBe(2);
  });

  it('keeps the old record when a write fails half-way (report and summary abort together)', async () => {
    const desk = await fresh();
    const first = await desk.save(input());
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'summaries') throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(desk.save({ ...input(), snapshot: 'lost' })).rejects.toThrow(
      /存储空间不足.* \/ Out of storage space/,
    );
    vi.restoreAllMocks();
    expect((await desk.get(first.id))?.snapshot).toBe(first.snapshot);
    expect((await desk.list())[0]?.savedAt).toBe(first.savedAt);
  });

  it('refuses to write a malformed record', async () => {
    const desk = await fresh();
    await expect(desk.save({ ...input(), accessedAt: '' })).rejects.toThrow();
    expect(await desk.list()).toEqual([]);
  });

  it('reports a stored record that fails the schema instead of crashing the list', async () => {
    const name = `desk-test-${++n}`;
    const desk = await fresh(name);
    const good = await desk.save(input());
    const raw = await openDB(name, DESK_DB_VERSION);
    await raw.put('summaries', { id: 'broken', title: 42 });
    await raw.put('reports', { id: 'broken', url: 1 });
    raw.close();
    expect((await desk.list()).map((s) => s.id)).toEqual([good.id]);
    expect(desk.invalid()).toEqual([{ id: 'broken', error: expect.any(String) }]);
    expect(await desk.get('broken')).toBeNull();
  });

  it('keeps links and settings, with defaults when none are stored', async () => {
    const desk = await fresh();
    expect(await desk.getLinks()).toEqual({ pairs: [] });
    expect(await desk.getSettings()).toEqual({ autoSave: false });
    await desk.setLinks({ pairs: [['a局', 'b局']] });
    await desk.setSettings({ autoSave: true });
    expect(await desk.getLinks()).toEqual({ pairs: [['a局', 'b局']] });
    expect(await desk.getSettings()).toEqual({ autoSave: true });
  });
});

describe('desk backup', () => {
  it('round-trips the whole desk into another one', async () => {
    const a = await fresh();
    await a.save(input());
    await a.save(input({ year: 2022 }, 'http://www.example.gov.cn/2022.html'));
    await a.setLinks({ pairs: [['a局', 'b局']] });
    const text = await a.exportBackup();
    expect(JSON.parse(text)).toMatchObject({ format: 'gov-report-audit-desk', version: 1 });
    const b = await fresh();
    expect(await b.importBackup(text)).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0 });
    expect(await b.importBackup(text)).toEqual({ ok: true, added: 0, replaced: 0, skipped: 2 });
    expect((await b.list()).length).toBe(2);
    expect((await b.crossItems()).length).toBe(2);
    expect(await b.getLinks()).toEqual({ pairs: [['a局', 'b局']] });
    const ids = (await a.list()).map((s) => s.id).sort();
    expect((await b.list()).map((s) => s.id).sort()).toEqual(ids);
    expect(await b.get(ids[0]!)).toEqual(await a.get(ids[0]!));
  });

  it('merges by id or page and year, keeping the newer save', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    const backup = JSON.parse(await desk.exportBackup()) as { reports: SavedReport[] };
    const [r] = backup.reports;
    const newer = { ...r!, id: 'elsewhere', savedAt: '2099-01-01T00:00:00.000Z', snapshot: 'newer' };
    const older = { ...r!, savedAt: '2000-01-01T00:00:00.000Z', snapshot: 'older' };
    const file = (reports: SavedReport[]) => JSON.stringify({ ...backup, reports });
    expect(await desk.importBackup(file([older]))).toEqual({ ok: true, added: 0, replaced: 0, skipped: 1 });
    expect(await desk.importBackup(file([newer]))).toEqual({ ok: true, added: 0, replaced: 1, skipped: 0 });
    const list = await desk.list();
    expect(list.map((s) => s.id)).toEqual([mine.id]);
    expect((await desk.get(mine.id))?.snapshot).toBe('newer');
  });

  it('changes nothing when any record of the file is invalid, and says why in both languages', async () => {
    const desk = await fresh();
    await desk.save(input());
    const backup = JSON.parse(await desk.exportBackup()) as { reports: unknown[] };
    const good = { ...(backup.reports[0] as SavedReport), id: 'new-one', url: 'http://x/new' };
    const bad = { ...good, id: 'bad', result: { detected: true } };
    const result = await desk.importBackup(JSON.stringify({ ...backup, reports: [good, bad] }));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/无效.*\/ .*invalid.*reports\[1\]/) });
    expect((await desk.list()).length).toBe(1);
    for (const text of ['not json', '{"format":"other"}', JSON.stringify({ ...backup, version: 9 })]) {
      expect(await desk.importBackup(text)).toMatchObject({
        ok: false,
        error: expect.stringContaining(' / '),
      });
    }
    const twice = await desk.importBackup(JSON.stringify({ ...backup, reports: [good, good] }));
    expect(twice).toMatchObject({ ok: false });
    expect((await desk.list()).length).toBe(1);
  });
});

describe('desk backup, failing half-way', () => {
  it('writes nothing when the store fails on a later record', async () => {
    const a = await fresh();
    await a.save(input());
    await a.save(input({ year: 2022 }, 'http://www.example.gov.cn/2022.html'));
    const text = await a.exportBackup();
    const b = await fresh();
    const put = IDBObjectStore.prototype.put;
    let audits = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'audits' && ++audits === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await b.importBackup(text)).toEqual({ ok: false, error: expect.stringContaining('审核台未改变') });
    vi.restoreAllMocks();
    expect(await b.list()).toEqual([]);
    expect(await b.crossItems()).toEqual([]);
    expect(await b.getLinks()).toEqual({ pairs: [] });
  });
});

describe('desk migrations', () => {
  it('opens a v1 database with old-shaped data and rebuilds it for the current version', async () => {
    const name = `desk-v1-${++n}`;
    const { url: _u, ...rest } = input({ agency: '某某區 統計局', year: 2021 });
    const old = {
      ...rest,
      url: 'http://old.gov.cn/a.html',
      id: 'old-1',
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    // What v1 shipped: three stores, reports indexed by url and agencyKey, summaries without
    // `source` and `flags`, and an agency key that did not fold traditional characters.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const reports = db.createObjectStore('reports', { keyPath: 'id' });
        reports.createIndex('url', 'url');
        reports.createIndex('agencyKey', 'agencyKey');
        db.createObjectStore('summaries', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await v1.put('reports', { ...old, agencyKey: '某某區統計局' });
    await v1.put('reports', { id: 'junk', url: 'x' });
    await v1.put('summaries', {
      id: 'old-1',
      url: old.url,
      title: old.title,
      agency: '某某區 統計局',
      agencyKey: '某某區統計局',
      year: 2021,
      template: '2021',
      errors: 1,
      warnings: 1,
      savedAt: old.savedAt,
    });
    await v1.put('meta', { pairs: [['a', 'b']] }, 'links');
    v1.close();

    const desk = await fresh(name);
    expect(await desk.list()).toEqual([
      expect.objectContaining({ id: 'old-1', agencyKey: '某某区统计局', flags: 1, source: 'page' }),
    ]);
    expect(await desk.getLinks()).toEqual({ pairs: [['a', 'b']] });
    // v3's store of bare reports is filled from the old records.
    expect((await desk.crossItems()).map((c) => [c.id, c.report.year])).toEqual([['old-1', 2021]]);
    // The new page-and-year index finds the migrated record: a re-save replaces it.
    const again = await desk.save({ ...rest, url: old.url });
    expect(again.id).toBe('old-1');
    expect(await desk.get('junk')).toBeNull();
  });
});
