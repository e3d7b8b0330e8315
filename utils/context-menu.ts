/**
 * 标记此处 / Flag this: a context-menu item on report pages that tells the content script to open
 * the flag editor on the element the user right-clicked (only the content script knows which).
 */

import { browser } from 'wxt/browser';
import { i18n } from '../components/popup/i18n';
import { sendMessage } from './messages';

const MENU_ID = 'gra-flag-this';
const GOV_CN = ['*://*.gov.cn/*'];

/** *.gov.cn plus every site the user granted with 始终在此网站运行. */
async function patterns(): Promise<string[]> {
  const granted = await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }));
  const sites = (granted.origins ?? []).filter((o) => /^(https?|\*):\/\/[^/]+\/\*$/.test(o));
  return [...new Set([...GOV_CN, ...sites])];
}

/** Recreates the item; removeAll first makes it safe to run on every service-worker start. */
async function rebuild(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: i18n.t('menu.flagThis'),
    contexts: ['all'],
    documentUrlPatterns: await patterns(),
  });
}

/**
 * Call once from the background's main(): adds the item and routes its clicks to the tab. The
 * content script remembers which element was right-clicked; we add only the selected text.
 */
export function registerContextMenu(): void {
  void rebuild();
  browser.permissions.onAdded.addListener(() => void rebuild());
  browser.permissions.onRemoved.addListener(() => void rebuild());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // The frame matters: a report inside an iframe gets the message in that frame only.
    // A selection becomes the flag's quote (cut to the protocol's limit); otherwise the cell's text.
    const data = info.selectionText ? { selectionText: info.selectionText.slice(0, 5000) } : {};
    void sendMessage('flagCell', data, { tabId: tab.id, frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}
