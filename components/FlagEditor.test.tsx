import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadFlags } from '../utils/flags';
import { FlagEditor } from './FlagEditor';

vi.mock('./popup/i18n', () => ({ i18n: { t: (key: string) => key } }));

const PAGE = 'http://www.example.gov.cn/a.html';
let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

function type(el: HTMLTextAreaElement, text: string) {
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('FlagEditor', () => {
  it('saves the note under the page and address, then closes', async () => {
    const onClose = vi.fn();
    await act(() =>
      render(<FlagEditor address="t3.new.total" quote="58" pageUrl={PAGE} onClose={onClose} />, root),
    );
    await act(() => type(root.querySelector('textarea')!, ' 与正文的 60 件不符 '));
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    });
    const [flag] = await loadFlags(`${PAGE}#t3`);
    expect(flag).toMatchObject({ address: 't3.new.total', quote: '58', note: '与正文的 60 件不符' });
  });

  it('shows a hostile quote as text and cancels on Escape without saving', async () => {
    const onClose = vi.fn();
    const quote = '<img src=x onerror="globalThis.pwned=1">';
    await act(() =>
      render(<FlagEditor address={null} quote={quote} pageUrl={PAGE} onClose={onClose} />, root),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe(quote);
    const escKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    await act(() => {
      root.querySelector('form')!.dispatchEvent(escKey);
    });
    expect(onClose).toHaveBeenCalled();
    expect(await loadFlags(PAGE)).toEqual([]);
  });

  it('keeps what was typed when drawn again for the same place, and starts empty for another or after 取消', async () => {
    const onClose = vi.fn();
    const editor = (address: string) => (
      <FlagEditor address={address} quote="58" pageUrl={PAGE} onClose={onClose} />
    );
    await act(() => render(editor('t3.new.total'), root));
    await act(() => type(root.querySelector('textarea')!, '原件第3页'));
    // The panel drawn again from nothing (unmounted, then mounted): the note is still there.
    await act(() => render(null, root));
    await act(() => render(editor('t3.new.total'), root));
    expect(root.querySelector('textarea')!.value).toBe('原件第3页');
    // Another cell: its own, empty form.
    await act(() => render(null, root));
    await act(() => render(editor('t3.new.natural'), root));
    expect(root.querySelector('textarea')!.value).toBe('');
    // Cancelled, the draft is gone.
    await act(() => type(root.querySelector('textarea')!, '草稿'));
    await act(() => {
      root
        .querySelector('form')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await act(() => render(null, root));
    await act(() => render(editor('t3.new.natural'), root));
    expect(root.querySelector('textarea')!.value).toBe('');
  });
});
