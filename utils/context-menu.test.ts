import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { menuMessage, registerContextMenu } from './context-menu';
import { sendMessage } from './messages';

vi.mock('../components/popup/i18n', () => ({ i18n: { t: (key: string) => key } }));
vi.mock('./messages', () => ({ sendMessage: vi.fn(async () => true) }));

/** fake-browser leaves contextMenus and permissions unmocked: a minimal stand-in event. */
function event<T extends unknown[]>() {
  const listeners: ((...args: T) => void)[] = [];
  return {
    addListener: (l: (...args: T) => void) => listeners.push(l),
    fire: (...args: T) => {
      for (const l of listeners) l(...args);
    },
  };
}

type Clicked = [
  { menuItemId: string; selectionText?: string; frameId?: number },
  { id?: number } | undefined,
];
let clicked: ReturnType<typeof event<Clicked>>;
const create = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(sendMessage).mockClear();
  create.mockClear();
  clicked = event<Clicked>();
  Object.assign(fakeBrowser.contextMenus, { create, removeAll: vi.fn(async () => {}), onClicked: clicked });
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins: ['https://mirror.example.org/*'], permissions: [] })),
    onAdded: event(),
    onRemoved: event(),
  });
});

describe('标记此处 context menu', () => {
  it('appears on *.gov.cn and on sites the user granted', async () => {
    registerContextMenu();
    await vi.waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]![0]).toMatchObject({
      title: 'menu.flagThis',
      contexts: ['all'],
      documentUrlPatterns: ['*://*.gov.cn/*', 'https://mirror.example.org/*'],
    });
  });

  it('asks the clicked frame to flag, passing the selection as the quote', () => {
    registerContextMenu();
    clicked.fire({ menuItemId: 'gra-flag-this', selectionText: '共收到申请58件', frameId: 3 }, { id: 7 });
    expect(sendMessage).toHaveBeenCalledWith(
      'flagCell',
      { selectionText: '共收到申请58件' },
      { tabId: 7, frameId: 3 },
    );
    clicked.fire({ menuItemId: 'gra-flag-this' }, { id: 7 });
    expect(sendMessage).toHaveBeenLastCalledWith('flagCell', {}, { tabId: 7, frameId: 0 });
    clicked.fire({ menuItemId: 'someone-else' }, { id: 7 });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});

describe('标记所选文字 context menu', () => {
  it('appears only over a selection, on the same pages', async () => {
    registerContextMenu();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(create.mock.calls[1]![0]).toMatchObject({
      id: 'gra-flag-text',
      title: 'menu.flagText',
      contexts: ['selection'],
      documentUrlPatterns: ['*://*.gov.cn/*', 'https://mirror.example.org/*'],
    });
  });

  it('asks the clicked frame to flag the selection as text', () => {
    registerContextMenu();
    clicked.fire({ menuItemId: 'gra-flag-text', selectionText: '共收到申请58件', frameId: 2 }, { id: 7 });
    expect(sendMessage).toHaveBeenCalledWith(
      'flagCell',
      { selectionText: '共收到申请58件', text: true },
      { tabId: 7, frameId: 2 },
    );
    expect(menuMessage({ menuItemId: 'gra-flag-text', selectionText: 'x'.repeat(6000) }, 1)?.data).toEqual({
      selectionText: 'x'.repeat(5000),
      text: true,
    });
    expect(menuMessage({ menuItemId: 'gra-flag-text' }, undefined)).toBeNull();
  });
});
