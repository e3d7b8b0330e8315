import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normaliseUrl } from '../../lib/page-url';
import { loadFlags, saveFlag } from '../../utils/flags';
import { SNAPSHOT_MAX as PROTOCOL_SNAPSHOT_MAX } from '../../utils/messages';
import { pageFlags } from './page-flags';
import { SNAPSHOT_MAX } from './page-html';

describe('the page script reads the flags utils/flags.ts stores', () => {
  beforeEach(() => fakeBrowser.reset());

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

  it('cuts snapshots where the protocol does', () => {
    expect(SNAPSHOT_MAX).toBe(PROTOCOL_SNAPSHOT_MAX);
  });
});
