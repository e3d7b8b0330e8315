import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFS, loadPanelPrefs, savePanelPrefs } from './panel-prefs';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the legend remembers how the user left it', () => {
  it('starts open, and keeps a change', async () => {
    expect(await loadPanelPrefs()).toEqual(DEFAULT_PREFS);
    await savePanelPrefs({ legend: false });
    expect(await loadPanelPrefs()).toEqual({ legend: false });
    expect(await fakeBrowser.storage.local.get('panel-prefs')).toEqual({ 'panel-prefs': { legend: false } });
  });

  it('reads a damaged record as the default, and never writes a bad value', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { legend: 'no' } });
    expect(await loadPanelPrefs()).toEqual(DEFAULT_PREFS);
    await fakeBrowser.storage.local.set({ 'panel-prefs': 'garbage' });
    expect(await loadPanelPrefs()).toEqual(DEFAULT_PREFS);
    await expect(savePanelPrefs({ legend: 'no' as unknown as boolean })).rejects.toThrow();
  });

  it('leaves the panel’s own key alone (the page script’s: entrypoints/content/panel-open.ts)', async () => {
    await fakeBrowser.storage.local.set({ 'panel-open': 'closed' });
    await savePanelPrefs({ legend: false });
    expect(await fakeBrowser.storage.local.get('panel-open')).toEqual({ 'panel-open': 'closed' });
  });
});
