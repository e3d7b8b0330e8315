import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changedPages, flagsOfPage, forgetFlags, tellFrames, watchFlagStore } from './flag-feed';
import { saveFlag } from './flags';
import * as messages from './messages';
import { recordFrame } from './tab-frames';

const URL_A = 'http://www.example.gov.cn/a.html';

beforeEach(() => {
  fakeBrowser.reset();
  forgetFlags();
  vi.restoreAllMocks();
});

describe('which pages’ flags changed', () => {
  it('names the pages whose lists differ, added or removed, and no other', () => {
    const f = (id: string) => ({ id, address: null, quote: 'q', note: '', created: 'x' });
    expect(
      changedPages({ a: [f('1')], b: [f('2')] }, { a: [f('1')], b: [f('2'), f('3')], c: [f('4')] }),
    ).toEqual(['b', 'c']);
    expect(changedPages({ a: [f('1')] }, {})).toEqual(['a']);
    expect(changedPages(undefined, { a: [] })).toEqual(['a']);
    expect(changedPages('garbage', null)).toEqual([]);
    expect(changedPages({ a: [f('1')] }, { a: [{ ...f('1'), note: 'changed' }] })).toEqual(['a']);
  });
});

describe('the background answers the page script with its page’s flags', () => {
  it('reads the store once, until it is told the store changed', async () => {
    await saveFlag(URL_A, { address: 't3.new.total', quote: '41', note: '核对' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect((await flagsOfPage(`${URL_A}#t3`)).map((f) => f.note)).toEqual(['核对']);
    expect(await flagsOfPage('http://www.example.gov.cn/other.html')).toEqual([]);
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    await saveFlag(URL_A, { address: null, quote: '本年', note: '二' });
    // Not told yet: the store as read.
    expect(await flagsOfPage(URL_A)).toHaveLength(1);
    forgetFlags();
    expect((await flagsOfPage(URL_A)).map((f) => f.note)).toEqual(['核对', '二']);
    expect(get.mock.calls.length).toBeGreaterThan(reads);
  });

  it('forgets the store when it changes, and tells the frames holding a report which pages changed', async () => {
    const sent = vi.spyOn(messages, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
    await recordFrame(7, 0, { errors: 1, warnings: 0, detected: true });
    await recordFrame(7, 3, { errors: 0, warnings: 0, detected: false });
    await recordFrame(8, 2, { errors: 0, warnings: 1, detected: true });
    watchFlagStore();
    expect(await flagsOfPage(URL_A)).toEqual([]);
    await saveFlag(URL_A, { address: 't3.new.total', quote: '41', note: '核对' });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    const key = 'http://www.example.gov.cn/a.html';
    expect(sent.mock.calls).toEqual([
      ['flagsChanged', { pages: [key] }, { tabId: 7, frameId: 0 }],
      ['flagsChanged', { pages: [key] }, { tabId: 8, frameId: 2 }],
    ]);
    expect((await flagsOfPage(URL_A)).map((f) => f.note)).toEqual(['核对']);
  });

  it('tells no frame when nothing changed', async () => {
    const sent = vi.spyOn(messages, 'sendMessage').mockResolvedValue(undefined);
    await tellFrames([]);
    expect(sent).not.toHaveBeenCalled();
  });
});
