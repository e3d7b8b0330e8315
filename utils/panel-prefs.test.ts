import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFS, loadPanelPrefs, savePanelPrefs } from './panel-prefs';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the panel remembers how the user left it', () => {
  it('starts as never chosen, and keeps each change without losing the other field', async () => {
    expect(await loadPanelPrefs()).toEqual(DEFAULT_PREFS);
    await savePanelPrefs({ open: 'closed' });
    await savePanelPrefs({ legend: false });
    expect(await loadPanelPrefs()).toEqual({ open: 'closed', legend: false });
    expect(await fakeBrowser.storage.local.get('panel-prefs')).toEqual({
      'panel-prefs': { open: 'closed', legend: false },
    });
  });

  it('reads a damaged record field by field, and never writes a bad value', async () => {
    await fakeBrowser.storage.local.set({ 'panel-prefs': { open: 'sideways', legend: false } });
    expect(await loadPanelPrefs()).toEqual({ open: 'auto', legend: false });
    await fakeBrowser.storage.local.set({ 'panel-prefs': 'garbage' });
    expect(await loadPanelPrefs()).toEqual(DEFAULT_PREFS);
    await expect(savePanelPrefs({ open: 'up' as 'open' })).rejects.toThrow();
  });
});
