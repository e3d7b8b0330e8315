import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteFlag,
  exportAllFlags,
  importFlags,
  loadAllFlags,
  loadFlags,
  loadQuarantine,
  saveFlag,
  updateFlag,
  watchFlags,
} from './flags';

const PAGE = 'http://www.example.gov.cn/art/2023/1/1/art_1.html?id=7';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('flag storage', () => {
  it('saves, loads, updates and deletes a flag under the page URL without its #hash', async () => {
    const flag = await saveFlag(`${PAGE}#table3`, {
      address: 't3.new.total',
      quote: '58',
      note: '与正文不符',
    });
    expect(flag.id).toMatch(/\w/);
    expect(await loadFlags(PAGE)).toEqual([flag]);
    expect(await loadFlags('http://www.example.gov.cn/art/2023/1/1/art_1.html')).toEqual([]);
    await updateFlag(PAGE, flag.id, { note: '已核实' });
    expect((await loadFlags(PAGE))[0]?.note).toBe('已核实');
    await deleteFlag(PAGE, flag.id);
    expect(await loadFlags(PAGE)).toEqual([]);
  });

  it('keeps two quick saves (no lost update)', async () => {
    await Promise.all([
      saveFlag(PAGE, { address: 't3.new.total', quote: '1', note: 'a' }),
      saveFlag(PAGE, { address: null, quote: '共条', note: 'b' }),
    ]);
    expect((await loadFlags(PAGE)).map((f) => f.note).sort()).toEqual(['a', 'b']);
  });

  it('quarantines malformed entries instead of dropping them', async () => {
    const good = { id: 'g', address: 't4.review.total', quote: '3', note: 'ok', created: '2024-01-01' };
    await fakeBrowser.storage.local.set({
      flags: { [PAGE]: [good, { id: 5, note: null }], 'http://x.gov.cn/': 'garbage' },
    });
    expect(await loadFlags(PAGE)).toEqual([good]);
    const q = await loadQuarantine();
    expect(q.map((e) => e.entry)).toEqual([{ id: 5, note: null }, 'garbage']);
    // The store now holds only valid flags; reading again quarantines nothing more.
    await loadAllFlags();
    expect(await loadQuarantine()).toHaveLength(2);
    // A backup carries them along; importing that backup brings back only the valid flag.
    const backup = await exportAllFlags();
    expect(JSON.parse(backup).quarantine).toHaveLength(2);
    fakeBrowser.reset();
    expect(await importFlags(backup)).toEqual({ ok: true, added: 1, skipped: 0, copied: 0 });
  });

  it('tells watchers about changes to their page', async () => {
    const seen: number[] = [];
    const unwatch = watchFlags(PAGE, (flags) => seen.push(flags.length));
    await saveFlag(PAGE, { address: 't3.new.total', quote: '1', note: 'n' });
    await new Promise((r) => setTimeout(r, 20));
    unwatch();
    expect(seen.at(-1)).toBe(1);
  });

  it('makes UUID ids on plain-http pages, where crypto.randomUUID does not exist', async () => {
    const was = globalThis.isSecureContext;
    vi.stubGlobal('isSecureContext', false);
    try {
      const flag = await saveFlag(PAGE, { address: null, quote: 'q', note: 'n' });
      expect(flag.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      vi.stubGlobal('isSecureContext', was);
    }
  });
});

describe('flag export and import', () => {
  it('round-trips through the JSON envelope and skips duplicates', async () => {
    await saveFlag(PAGE, { address: 't3.new.total', quote: '58', note: '核对' });
    const text = await exportAllFlags();
    expect(JSON.parse(text)).toMatchObject({ format: 'gov-report-audit/flags', version: 1 });
    expect(await importFlags(text)).toEqual({ ok: true, added: 0, skipped: 1, copied: 0 });
    fakeBrowser.reset();
    expect(await importFlags(text)).toEqual({ ok: true, added: 1, skipped: 0, copied: 0 });
    expect((await loadFlags(PAGE))[0]?.note).toBe('核对');
  });

  const bad: [string, string][] = [
    ['not JSON', '{"format": '],
    ['someone else’s JSON', '[1,2,3]'],
    ['a newer version', '{"format":"gov-report-audit/flags","version":9,"pages":{}}'],
    [
      'one bad flag among good ones',
      JSON.stringify({
        format: 'gov-report-audit/flags',
        version: 1,
        pages: {
          'http://b.gov.cn/': [
            { id: 'n', address: null, quote: 'q', note: 'fine', created: 'x' },
            { id: 'm', address: 7, quote: 'q', note: 'broken', created: 'x' },
          ],
        },
      }),
    ],
  ];
  it.each(bad)('rejects %s with a clear error and changes nothing', async (_name, text) => {
    await saveFlag(PAGE, { address: 't3.new.total', quote: '58', note: '原有' });
    const before = await exportAllFlags();
    const result = await importFlags(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/ \/ /);
    expect(JSON.parse(await exportAllFlags()).pages).toEqual(JSON.parse(before).pages);
  });

  it('importing any export twice adds nothing the second time', async () => {
    const note = fc.string({ maxLength: 20 });
    const flagInput = fc.record({
      address: fc.option(fc.constantFrom('t3.new.total', 't4.review.upheld', 't2.permit.decisions')),
      quote: fc.string({ maxLength: 20 }),
      note,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(flagInput, { maxLength: 6 }), async (inputs) => {
        fakeBrowser.reset();
        for (const input of inputs) await saveFlag(PAGE, input);
        const text = await exportAllFlags();
        fakeBrowser.reset();
        const first = await importFlags(text);
        const second = await importFlags(text);
        expect(first.ok && second.ok && second.added).toBe(0);
        expect(JSON.parse(await exportAllFlags()).pages).toEqual(JSON.parse(text).pages);
      }),
      { numRuns: 30 },
    );
  });
});

describe('flag import never loses a note and takes any page key', () => {
  const PROTO_KEYS = ['constructor', '__proto__', 'prototype', 'hasOwnProperty', 'toString'];
  const flag = (id: string, note: string) => ({
    id,
    address: 't3.new.total',
    quote: '12',
    note,
    created: '2024-01-01T00:00:00.000Z',
  });
  const file = (pages: string) =>
    `{"format":"gov-report-audit/flags","version":1,"exported":"2024-01-02","pages":${pages}}`;

  it.each(PROTO_KEYS)(
    'page key %s is an ordinary key: imported, loaded, exported, imported again',
    async (key) => {
      // Written as text: an object literal with __proto__ would set a prototype, not a key.
      const text = file(`{${JSON.stringify(key)}:[${JSON.stringify(flag('p1', `on ${key}`))}]}`);
      expect(await importFlags(text)).toEqual({ ok: true, added: 1, skipped: 0, copied: 0 });
      expect((await loadFlags(key)).map((f) => f.note)).toEqual([`on ${key}`]);
      expect([...(await loadAllFlags()).keys()]).toEqual([key]);
      // Other pages still see none (a plain {} would answer `constructor` with Object and throw).
      expect(await loadFlags(PAGE)).toEqual([]);
      await saveFlag(key, { address: null, quote: 'q', note: 'second' });
      const exported = await exportAllFlags();
      const pages = JSON.parse(exported).pages as object;
      expect(Object.keys(pages)).toEqual([key]);
      expect(Object.hasOwn(pages, key)).toBe(true);
      fakeBrowser.reset();
      expect(await importFlags(exported)).toEqual({ ok: true, added: 2, skipped: 0, copied: 0 });
      expect((await loadFlags(key)).map((f) => f.note)).toEqual([`on ${key}`, 'second']);
    },
  );

  it('takes all five keys in one file beside a real page', async () => {
    const pages = [...PROTO_KEYS, PAGE].map(
      (k, i) => `${JSON.stringify(k)}:[${JSON.stringify(flag(`i${i}`, k))}]`,
    );
    expect(await importFlags(file(`{${pages.join(',')}}`))).toMatchObject({ ok: true, added: 6 });
    for (const k of [...PROTO_KEYS, PAGE]) expect((await loadFlags(k)).map((f) => f.note)).toEqual([k]);
  });

  it('gives back two flags alike to the millisecond (the same note saved twice): two ids, two flags', async () => {
    // fast-check's counterexample: two saves of one cell with no quote and no note, one millisecond.
    const a = await saveFlag(PAGE, { address: 't3.new.total', quote: '', note: '' });
    const b = { ...a, id: `${a.id}-2` };
    const text = file(JSON.stringify({ [PAGE]: [a, b] }));
    expect(await importFlags(text)).toEqual({ ok: true, added: 1, skipped: 1, copied: 0 });
    expect((await loadFlags(PAGE)).map((f) => f.id)).toEqual([a.id, b.id]);
    fakeBrowser.reset();
    expect(await importFlags(text)).toEqual({ ok: true, added: 2, skipped: 0, copied: 0 });
    expect(await importFlags(text)).toEqual({ ok: true, added: 0, skipped: 2, copied: 0 });
    expect((await loadFlags(PAGE)).map((f) => f.id)).toEqual([a.id, b.id]);
  });

  it('keeps both notes when a flag id comes back with a different note, and adds nothing twice', async () => {
    const mine = await saveFlag(PAGE, { address: 't3.new.total', quote: '12', note: '我的新说法' });
    const theirs = { ...mine, note: '旧说法' };
    const text = file(JSON.stringify({ [PAGE]: [theirs] }));
    expect(await importFlags(text)).toEqual({ ok: true, added: 1, skipped: 0, copied: 1 });
    const after = await loadFlags(PAGE);
    expect(after.map((f) => f.note)).toEqual(['我的新说法', '旧说法']);
    expect(after[0]).toEqual(mine);
    expect(after[1]?.id).not.toBe(mine.id);
    expect(await importFlags(text)).toEqual({ ok: true, added: 0, skipped: 1, copied: 0 });
    expect(await loadFlags(PAGE)).toEqual(after);
  });
});

describe('zod records and prototype keys', () => {
  it('zod/mini z.record drops a __proto__ key without an error, so user page keys never go through it', async () => {
    const { z } = await import('zod/mini');
    const data = JSON.parse('{"__proto__":[1],"constructor":[2]}');
    const parsed = z.record(z.string(), z.array(z.number())).parse(data);
    expect(Object.keys(parsed)).toEqual(['constructor']);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
  });
});
