import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditExtras } from './audit-extras';
import { forgetFlags } from './flag-feed';
import { saveFlag } from './flags';
import { PANEL_OPEN_KEY } from './panel-open';

const URL_A = 'http://www.example.gov.cn/a.html';

beforeEach(() => {
  fakeBrowser.reset();
  forgetFlags();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('what the background hands the page script with the audit', () => {
  it('is the page’s own flags and how the panel was left', async () => {
    await saveFlag(URL_A, { address: 't3.new.total', quote: '41', note: '核对' });
    await saveFlag('http://www.example.gov.cn/b.html', { address: null, quote: 'x', note: '别页' });
    await fakeBrowser.storage.local.set({ [PANEL_OPEN_KEY]: 'closed' });
    const extras = await auditExtras(`${URL_A}#t3`);
    expect(extras.flags?.map((f) => f.note)).toEqual(['核对']);
    expect(extras.panelOpen).toBe('closed');
  });

  it('says `auto` and no flags for a page never flagged, in a store never written', async () => {
    expect(await auditExtras(URL_A)).toEqual({ flags: [], panelOpen: 'auto' });
  });

  it('takes over the state an earlier version kept in the legend’s object', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { open: 'open', legend: true } });
    expect((await auditExtras(URL_A)).panelOpen).toBe('open');
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(PANEL_OPEN_KEY)).toEqual({ [PANEL_OPEN_KEY]: 'open' }),
    );
  });

  it('leaves out the flags when the store fails or does not answer, so the page asks itself', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('store gone'));
    expect(await auditExtras(URL_A)).toEqual({ panelOpen: 'auto' });
    vi.restoreAllMocks();
    forgetFlags();
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise<never>(() => {}) as never);
    const late = auditExtras(URL_A);
    await vi.advanceTimersByTimeAsync(500);
    expect(await late).toEqual({ panelOpen: 'auto' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
