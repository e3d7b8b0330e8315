import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normaliseUrl } from '../../lib/page-url';
import { flagsOfPage, forgetFlags } from '../../utils/flag-feed';
import { loadFlags, saveFlag } from '../../utils/flags';
import { SNAPSHOT_MAX as PROTOCOL_SNAPSHOT_MAX } from '../../utils/messages';
import { flagsFrom, pageFlags, watchPageFlags } from './page-flags';
import { SNAPSHOT_MAX } from './page-html';

describe('the page script reads the flags utils/flags.ts stores, through the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetFlags();
    // The background's answer (entrypoints/background.ts: flagsOfPage), as the messaging layer
    // wraps it; the fake browser has one context, so the page's message is answered here.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: {
      type: string;
      data: { url: string };
    }) => (m.type === 'pageFlags' ? { res: await flagsOfPage(m.data.url) } : undefined)) as never);
  });
  afterEach(() => vi.restoreAllMocks());
  /** The background's word that `pages`' flags changed, as it reaches the page script. */
  const told = (pages: string[]) =>
    fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type: 'flagsChanged', data: { pages }, timestamp: Date.now() },
      { id: fakeBrowser.runtime.id },
      () => {},
    );

  it('finds a page’s flags, text flags with their place, and passes over a malformed entry', async () => {
    const url = 'http://www.example.gov.cn/report.html?id=7';
    await saveFlag(url, { address: 't3.new.total', quote: '41', note: '核对' });
    await saveFlag(url, { address: null, quote: '本年新收', at: 120, note: '原文' });
    await saveFlag('http://www.example.gov.cn/other.html', { address: null, quote: 'x', note: '' });
    const stored = (await fakeBrowser.storage.local.get('flags')).flags as Record<string, unknown[]>;
    stored[normaliseUrl(url)]!.push({ id: 3, quote: 'bad' });
    await fakeBrowser.storage.local.set({ flags: stored });
    const mine = await pageFlags(`${url}#t4`);
    expect(mine.map((f) => [f.address, f.quote, f.at])).toEqual([
      ['t3.new.total', '41', undefined],
      [null, '本年新收', 120],
    ]);
    expect(mine).toEqual((await loadFlags(url)).slice(0, 2));
  });

  it('never reads the store itself, and asks again when the background names its page', async () => {
    const url = 'http://www.example.gov.cn/report.html';
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const heard: string[][] = [];
    watchPageFlags(`${url}#x`, (flags) => heard.push(flags.map((f) => f.note)));
    await saveFlag(url, { address: 't3.new.total', quote: '41', note: '核对' });
    const own = get.mock.calls.length;
    forgetFlags();
    await told(['http://www.example.gov.cn/other.html']);
    await told([normaliseUrl(url)]);
    await vi.waitFor(() => expect(heard).toEqual([['核对']]));
    // The reads were the background's (flagsOfPage), none the page's own: one per forget.
    expect(get.mock.calls.length).toBe(own + 1);
  });

  it('checks a list handed over with the audit as it checks pageFlags’ answer', () => {
    const good = { id: 'a', address: 't3.new.total', quote: '41', note: '', created: 'x', orphan: true };
    expect(flagsFrom([good, { id: 3, quote: 'bad' }, null, 'x'])).toEqual([
      { id: 'a', address: 't3.new.total', quote: '41', note: '', created: 'x' },
    ]);
    expect(flagsFrom([])).toEqual([]);
    // No list (an older background, or one whose store failed): the page asks for its flags.
    for (const none of [undefined, null, {}, 'flags']) expect(flagsFrom(none)).toBeNull();
  });

  it('cuts snapshots where the protocol does', () => {
    expect(SNAPSHOT_MAX).toBe(PROTOCOL_SNAPSHOT_MAX);
  });
});
