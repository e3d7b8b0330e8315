import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelPrefs, savePanelPrefs } from '../utils/panel-prefs';
import { Legend } from './Legend';

vi.mock('./popup/i18n', () => ({ i18n: { t: (key: string) => key } }));

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('Legend', () => {
  it('lists every kind of mark, open on a first visit; folding it is remembered', async () => {
    await act(() => render(<Legend />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-gra="legend"]')).not.toBeNull());
    const details = root.querySelector<HTMLDetailsElement>('[data-gra="legend"]')!;
    expect(details.open).toBe(true);
    expect(Array.from(details.querySelectorAll('li'), (li) => li.dataset.legend)).toEqual([
      'error',
      'warning',
      'blank',
      'flag',
      'sentence',
      'flagged-text',
    ]);
    expect(details.textContent).toContain('legend.flaggedText');
    await act(() => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
    });
    await vi.waitFor(async () => expect((await loadPanelPrefs()).legend).toBe(false));
  });

  it('stays folded when the user left it folded', async () => {
    await savePanelPrefs({ legend: false });
    await act(() => render(<Legend />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-gra="legend"]')).not.toBeNull());
    expect(root.querySelector<HTMLDetailsElement>('[data-gra="legend"]')!.open).toBe(false);
  });
});
