import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedReport } from '../lib/desk/model';
import { summarise } from '../lib/desk/model';
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
        portal: null,
        published: '2022-01-20',
        deadline: 'on-time',
        rules: ['t3-balance', 'blank-cell'],
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

  it('never drops a note when a page is saved again: the page wins on the same id, earlier flags it lacks stay', async () => {
    const desk = await fresh();
    const imported = {
      id: 'f9',
      address: null,
      quote: '共条',
      note: '来源说是 43',
      created: '2026-11-22T06:00:00.000Z',
    };
    const first = await desk.save({ ...input(), flags: [...input().flags, imported] });
    // The page's own store never had f9 (it came with a backup) and f1's note was edited since.
    const edited = { ...input().flags[0]!, note: '已核实' };
    const again = await desk.save({ ...input(), flags: [edited] });
    expect(again.id).toBe(first.id);
    expect((await desk.get(first.id))?.flags).toEqual([edited, imported]);
    // By id as well as by the page and year.
    await desk.save({ ...input(), id: first.id, flags: [] });
    expect((await desk.get(first.id))?.flags.map((f) => f.id)).toEqual(['f1', 'f9']);
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
  /** The file a backup of `reports` would be (links of the exporting desk). */
  function file(reports: SavedReport[], links: [string, string][] = []): string {
    return JSON.stringify({
      format: 'gov-report-audit-desk',
      version: 1,
      exportedAt: '2099-01-01T00:00:00.000Z',
      reports,
      links: { pairs: links },
    });
  }
  const flag = (id: string, note: string) => ({
    id,
    address: 't3.new.total',
    quote: '12',
    note,
    created: `2026-11-2${id.length}T06:00:00.000Z`,
  });
  const none = {
    added: 0,
    merged: 0,
    flags: 0,
    copied: 0,
    snapshots: 0,
    unchanged: 0,
    keptLocal: 0,
    links: 0,
  };

  it('round-trips the whole desk into another one; importing again changes nothing', async () => {
    const a = await fresh();
    await a.save(input());
    await a.save(input({ year: 2022 }, 'http://www.example.gov.cn/2022.html'));
    await a.setLinks({ pairs: [['a局', 'b局']] });
    const text = await a.exportBackup();
    expect(JSON.parse(text)).toMatchObject({ format: 'gov-report-audit-desk', version: 1 });
    const b = await fresh();
    expect(await b.importBackup(text)).toEqual({ ok: true, ...none, added: 2, links: 1 });
    const undo = await b.lastImport();
    expect(await b.importBackup(text)).toEqual({ ok: true, ...none, unchanged: 2 });
    // An import that changed nothing leaves the last real import undoable.
    expect(await b.lastImport()).toEqual(undo);
    expect((await b.list()).length).toBe(2);
    expect((await b.crossItems()).length).toBe(2);
    expect(await b.getLinks()).toEqual({ pairs: [['a局', 'b局']] });
    const ids = (await a.list()).map((s) => s.id).sort();
    expect((await b.list()).map((s) => s.id).sort()).toEqual(ids);
    expect(await b.get(ids[0]!)).toEqual(await a.get(ids[0]!));
  });

  it('adds a new record as it is in the file', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    const theirs = { ...mine, id: 'theirs', url: 'http://www.example.gov.cn/other.html' };
    expect(await desk.importBackup(file([theirs]))).toEqual({ ok: true, ...none, added: 1 });
    expect(await desk.get('theirs')).toEqual(theirs);
    expect(await desk.get(mine.id)).toEqual(mine);
  });

  it('merges the same record with more flags: the union, local flags first, nothing dropped', async () => {
    const desk = await fresh();
    const mine = await desk.save({ ...input(), flags: [flag('a', '我的')] });
    const theirs = {
      ...mine,
      id: 'elsewhere',
      savedAt: '2099-01-01T00:00:00.000Z',
      flags: [flag('a', '我的'), flag('bb', '同事的')],
      snapshot: '<p>theirs</p>',
    };
    // Their audit and snapshot differ (newer savedAt): the desk keeps its own and says so.
    const counts = { ok: true, ...none, merged: 1, flags: 1, keptLocal: 1 };
    expect(await desk.previewImport(file([theirs]))).toEqual(counts);
    expect((await desk.get(mine.id))?.flags).toEqual(mine.flags);
    expect(await desk.importBackup(file([theirs]))).toEqual(counts);
    const after = await desk.get(mine.id);
    expect(after?.flags).toEqual([flag('a', '我的'), flag('bb', '同事的')]);
    expect({ ...after, flags: mine.flags }).toEqual(mine);
    expect((await desk.list()).map((s) => [s.id, s.flags])).toEqual([[mine.id, 2]]);
  });

  it('keeps both notes when the file has a flag of the same id with a different note', async () => {
    const desk = await fresh();
    const mine = await desk.save({ ...input(), flags: [flag('a', '改过的说法')] });
    const theirs = { ...mine, flags: [flag('a', '原来的说法')] };
    expect(await desk.importBackup(file([theirs]))).toEqual({
      ok: true,
      ...none,
      merged: 1,
      flags: 1,
      copied: 1,
    });
    const flags = (await desk.get(mine.id))?.flags ?? [];
    expect(flags.map((f) => f.note)).toEqual(['改过的说法', '原来的说法']);
    expect(flags[0]).toEqual(flag('a', '改过的说法'));
    expect(flags[1]?.id).not.toBe('a');
    // The copy is recognised next time: importing the same file again adds nothing.
    expect(await desk.importBackup(file([theirs]))).toEqual({ ok: true, ...none, unchanged: 1 });
  });

  it('keeps the local snapshot when the file has none, and fills an empty one from the file', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    expect(await desk.importBackup(file([{ ...mine, snapshot: '' }]))).toEqual({
      ok: true,
      ...none,
      unchanged: 1,
    });
    expect((await desk.get(mine.id))?.snapshot).toBe(mine.snapshot);

    const bare = await desk.save({ ...input({ year: 2022 }), snapshot: '' });
    const withShot = { ...bare, snapshot: '<html>快照</html>' };
    expect(await desk.importBackup(file([withShot]))).toEqual({ ok: true, ...none, merged: 1, snapshots: 1 });
    expect(await desk.get(bare.id)).toEqual(withShot);
  });

  it('does not trust a newer savedAt: fewer flags in the file never remove local ones', async () => {
    const desk = await fresh();
    const mine = await desk.save({ ...input(), flags: [flag('a', '一'), flag('bb', '二')] });
    const newer = {
      ...mine,
      id: 'elsewhere',
      savedAt: '2099-01-01T00:00:00.000Z',
      title: '别的标题',
      flags: [flag('a', '一')],
      snapshot: '<p>newer</p>',
    };
    expect(await desk.importBackup(file([newer]))).toEqual({ ok: true, ...none, unchanged: 1, keptLocal: 1 });
    expect(await desk.get(mine.id)).toEqual(mine);
    expect(await desk.get('elsewhere')).toBeNull();
    expect(await desk.lastImport()).toBeNull();
  });

  it('merges two records of one page in the same file into one', async () => {
    const desk = await fresh();
    const base = (await desk.save(input())) as SavedReport;
    await desk.remove(base.id);
    const one = { ...base, id: 'one', flags: [flag('a', '甲')] };
    const two = { ...base, id: 'two', flags: [flag('bb', '乙')] };
    expect(await desk.importBackup(file([one, two]))).toEqual({ ok: true, ...none, added: 1 });
    expect((await desk.get('one'))?.flags.map((f) => f.note)).toEqual(['甲', '乙']);
    expect(await desk.get('two')).toBeNull();
  });

  it('never overwrites an unreadable stored record that has an incoming id', async () => {
    const name = `desk-test-${++n}`;
    const desk = await fresh(name);
    const mine = await desk.save(input());
    const raw = await openDB(name, DESK_DB_VERSION);
    await raw.put('reports', { id: 'broken', url: 1 });
    raw.close();
    const theirs = { ...mine, id: 'broken', url: 'http://www.example.gov.cn/other.html' };
    expect(await desk.importBackup(file([theirs]))).toMatchObject({ ok: true, added: 1 });
    const check = await openDB(name, DESK_DB_VERSION);
    expect(await check.get('reports', 'broken')).toEqual({ id: 'broken', url: 1 });
    check.close();
    expect((await desk.list()).map((s) => s.url).sort()).toEqual([mine.url, theirs.url].sort());
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
    expect(await desk.previewImport('{"format":')).toMatchObject({ ok: false });
    expect(await desk.lastImport()).toBeNull();
  });

  it('refuses a __proto__ key (zod would drop it unseen) and keeps constructor, toString as keys', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    const text = file([{ ...mine, id: 'p', url: 'http://x/p' }]).replace(
      '"cells":{',
      '"cells":{"__proto__":{"value":1,"raw":"1"},',
    );
    expect(await desk.importBackup(text)).toEqual({
      ok: false,
      error: expect.stringMatching(/__proto__.*reports\[0\]\.result\.report\.cells\.__proto__.* \/ /),
    });
    expect((await desk.list()).length).toBe(1);
    const odd = file([{ ...mine, id: 'q', url: 'http://x/q' }]).replace(
      '"cells":{',
      '"cells":{"constructor":{"value":1,"raw":"1"},"toString":{"value":2,"raw":"2"},',
    );
    expect(await desk.importBackup(odd)).toMatchObject({ ok: true, added: 1 });
    const cells = (await desk.get('q'))?.result.report.cells ?? {};
    expect(Object.hasOwn(cells, 'constructor') && Object.hasOwn(cells, 'toString')).toBe(true);
    const again = JSON.parse(await desk.exportBackup()) as { reports: SavedReport[] };
    expect(again.reports.find((r) => r.id === 'q')?.result.report.cells.toString).toEqual({
      value: 2,
      raw: '2',
    });
  });
});

describe('undoing an import', () => {
  /** Every store's content as JSON text, key order included: "byte for byte". */
  async function dump(name: string): Promise<string> {
    const raw = await openDB(name, DESK_DB_VERSION);
    const out: Record<string, unknown> = {};
    for (const store of ['reports', 'summaries', 'audits']) out[store] = await raw.getAll(store);
    out.links = await raw.get('meta', 'links');
    out.settings = await raw.get('meta', 'settings');
    raw.close();
    return JSON.stringify(out);
  }
  const flag = (id: string, note: string) => ({ id, address: null, quote: 'q', note, created: '2026-01-01' });

  it('restores the desk byte for byte: added records go, merged ones are as they were', async () => {
    const name = `desk-test-${++n}`;
    const desk = await fresh(name);
    const mine = await desk.save({ ...input(), flags: [flag('a', '我的')], snapshot: '' });
    await desk.save(input({ year: 2022 }, 'http://www.example.gov.cn/2022.html'));
    await desk.setLinks({ pairs: [['a局', 'b局']] });
    await desk.setSettings({ autoSave: true });
    const before = await dump(name);
    const backup = JSON.parse(await desk.exportBackup());
    backup.reports = [
      { ...mine, savedAt: '2099-01-01T00:00:00.000Z', flags: [flag('b', '同事的')], snapshot: '<p>s</p>' },
      { ...mine, id: 'new', url: 'http://www.example.gov.cn/new.html' },
    ];
    backup.links = { pairs: [['c局', 'd局']] };
    expect(await desk.importBackup(JSON.stringify(backup))).toMatchObject({
      ok: true,
      added: 1,
      merged: 1,
      flags: 1,
      snapshots: 1,
      links: 1,
    });
    expect(await dump(name)).not.toBe(before);
    expect(await desk.lastImport()).toMatchObject({ counts: { added: 1, merged: 1 } });
    expect(await desk.undoImport()).toEqual({ ok: true, restored: 2 });
    expect(await dump(name)).toBe(before);
    expect(await desk.lastImport()).toBeNull();
    expect(await desk.undoImport()).toEqual({ ok: false, error: expect.stringContaining(' / ') });
  });

  it('restores links that were absent by removing them', async () => {
    const name = `desk-test-${++n}`;
    const a = await fresh();
    await a.save(input());
    await a.setLinks({ pairs: [['a局', 'b局']] });
    const b = await fresh(name);
    const before = await dump(name);
    await b.importBackup(await a.exportBackup());
    expect(await b.undoImport()).toEqual({ ok: true, restored: 1 });
    expect(await dump(name)).toBe(before);
  });

  it('refuses, changing nothing, when a touched record changed after the import', async () => {
    const name = `desk-test-${++n}`;
    const desk = await fresh(name);
    const mine = await desk.save(input());
    const backup = JSON.parse(await desk.exportBackup());
    backup.reports = [{ ...mine, flags: [...mine.flags, flag('b', '新')] }];
    await desk.importBackup(JSON.stringify(backup));
    await desk.save({ ...input(), snapshot: '<p>saved again</p>' });
    const now = await dump(name);
    expect(await desk.undoImport()).toEqual({
      ok: false,
      error: expect.stringMatching(/未撤销.*某某区统计局.* \/ .*nothing was undone/),
    });
    expect(await dump(name)).toBe(now);
    expect(await desk.lastImport()).not.toBeNull();
  });

  it('refuses when a report the import added was removed since', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    const backup = JSON.parse(await desk.exportBackup());
    backup.reports = [{ ...mine, id: 'added', url: 'http://x/added' }];
    await desk.importBackup(JSON.stringify(backup));
    await desk.remove('added');
    expect(await desk.undoImport()).toMatchObject({ ok: false });
    expect((await desk.list()).map((s) => s.id)).toEqual([mine.id]);
  });

  it('keeps only the last import for undo', async () => {
    const desk = await fresh();
    const mine = await desk.save(input());
    const one = { ...mine, id: 'one', url: 'http://x/1' };
    const two = { ...mine, id: 'two', url: 'http://x/2' };
    const wrap = (r: SavedReport) =>
      JSON.stringify({
        format: 'gov-report-audit-desk',
        version: 1,
        exportedAt: '',
        reports: [r],
        links: { pairs: [] },
      });
    await desk.importBackup(wrap(one));
    await desk.importBackup(wrap(two));
    expect(await desk.undoImport()).toEqual({ ok: true, restored: 1 });
    expect(await desk.get('one')).not.toBeNull();
    expect(await desk.get('two')).toBeNull();
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
    expect(await b.lastImport()).toBeNull();
    expect(await b.list()).toEqual([]);
    expect(await b.crossItems()).toEqual([]);
    expect(await b.getLinks()).toEqual({ pairs: [] });
  });
});

describe('desk migrations', () => {
  it("v4 rebuilds v3 summaries with the list's portal, publication date, deadline and rules", async () => {
    const name = `desk-v3-${++n}`;
    const { url: _u, ...rest } = input({ agency: '某某区统计局', year: 2021 });
    const old = {
      ...rest,
      url: 'http://old.gov.cn/a.html',
      id: 'old-3',
      savedAt: '2026-01-01T00:00:00.000Z',
    };
    const v3 = await openDB(name, 3, {
      upgrade(db) {
        const reports = db.createObjectStore('reports', { keyPath: 'id' });
        reports.createIndex('url', 'url');
        reports.createIndex('agencyKey', 'agencyKey');
        reports.createIndex('matchKey', 'matchKey');
        db.createObjectStore('summaries', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('audits', { keyPath: 'id' });
      },
    });
    await v3.put('reports', { ...old, agencyKey: '某某区统计局', matchKey: 'x' });
    const { deadline: _d, published: _p, portal: _o, rules: _r, ...v3Summary } = summarise(old);
    await v3.put('summaries', v3Summary);
    v3.close();
    const desk = await fresh(name);
    expect(await desk.list()).toEqual([
      expect.objectContaining({ id: 'old-3', published: '2022-01-20', deadline: 'on-time', portal: null }),
    ]);
  });

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
