import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelPrefs, savePanelPrefs } from '../../utils/panel-prefs';
import { loadPanelOpen, PANEL_OPEN_KEY, savePanelOpen } from './panel-open';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the page script remembers whether the panel was left open', () => {
  it('is never chosen at first, then as last left', async () => {
    expect(await loadPanelOpen()).toBe('auto');
    await savePanelOpen('closed');
    expect(await loadPanelOpen()).toBe('closed');
    await savePanelOpen('open');
    expect(await loadPanelOpen()).toBe('open');
    expect(await fakeBrowser.storage.local.get(PANEL_OPEN_KEY)).toEqual({ [PANEL_OPEN_KEY]: 'open' });
  });

  it('and the legend’s state are kept apart: a write of either leaves the other as it was', async () => {
    await savePanelOpen('closed');
    await savePanelPrefs({ legend: false });
    await savePanelOpen('open');
    expect(await loadPanelOpen()).toBe('open');
    expect(await loadPanelPrefs()).toEqual({ legend: false });
  });

  it('takes over what an earlier version kept in the legend’s object, under its own key', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { open: 'closed', legend: false } });
    expect(await loadPanelOpen()).toBe('closed');
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(PANEL_OPEN_KEY)).toEqual({ [PANEL_OPEN_KEY]: 'closed' }),
    );
    // The legend's next write drops the old field; the choice stays.
    await savePanelPrefs({ legend: true });
    expect(await loadPanelOpen()).toBe('closed');
  });

  it('counts anything unreadable as never chosen', async () => {
    for (const bad of ['sideways', 7, null, { open: 'closed' }, ['open']]) {
      await fakeBrowser.storage.local.set({ [PANEL_OPEN_KEY]: bad, 'panel-prefs': 'garbage' });
      expect(await loadPanelOpen()).toBe('auto');
    }
  });

  it('does not wait on a store that does not answer, and leaves no timer behind when it does', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.storage.local, 'get').mockReturnValue(new Promise<never>(() => {}) as never);
    const late = loadPanelOpen();
    await vi.advanceTimersByTimeAsync(500);
    expect(await late).toBe('auto');
    vi.restoreAllMocks();
    await savePanelOpen('open');
    expect(await loadPanelOpen()).toBe('open');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets only a preference when the store refuses a write', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    await expect(savePanelOpen('open')).resolves.toBeUndefined();
  });
});
