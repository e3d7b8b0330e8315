/**
 * 标记此处 / Flag this: a context-menu item on report pages that tells the content script to open
 * the flag editor on the element the user right-clicked (only the content script knows which);
 * 标记所选文字 / Flag selected text, shown over a selection, opens it on the selected text.
 */

import { browser } from 'wxt/browser';
import { i18n } from '../components/popup/i18n';
import { sendMessage } from './messages';

const MENU_ID = 'gra-flag-this';
const TEXT_MENU_ID = 'gra-flag-text';
const GOV_CN = ['*://*.gov.cn/*'];

/** *.gov.cn plus every site the user granted with 始终在此网站运行. */
async function patterns(): Promise<string[]> {
  const granted = await browser.permissions.getAll().catch(() => ({ origins: [] as string[] }));
  const sites = (granted.origins ?? []).filter((o) => /^(https?|\*):\/\/[^/]+\/\*$/.test(o));
  return [...new Set([...GOV_CN, ...sites])];
}

/** Recreates the items; removeAll first makes it safe to run on every service-worker start. */
async function rebuild(): Promise<void> {
  await browser.contextMenus.removeAll();
  const documentUrlPatterns = await patterns();
  browser.contextMenus.create({
    id: MENU_ID,
    title: i18n.t('menu.flagThis'),
    contexts: ['all'],
    documentUrlPatterns,
  });
  // 标记所选文字: only over a selection, on the same pages.
  browser.contextMenus.create({
    id: TEXT_MENU_ID,
    title: i18n.t('menu.flagText'),
    contexts: ['selection'],
    documentUrlPatterns,
  });
}

/**
 * A click on one of our items → the message for the frame it was in (a report inside an iframe
 * gets it in that frame only), or null for anyone else's item. A selection becomes the flag's
 * quote (cut to the protocol's limit); 标记此处 without one flags the cell right-clicked, and
 * 标记所选文字 flags the selection as text, where it sits on the page.
 */
export function menuMessage(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tabId: number | undefined,
): { data: { selectionText?: string; text?: boolean }; tabId: number; frameId: number } | null {
  if ((info.menuItemId !== MENU_ID && info.menuItemId !== TEXT_MENU_ID) || tabId === undefined) return null;
  const selection = info.selectionText ? { selectionText: info.selectionText.slice(0, 5000) } : {};
  const data = info.menuItemId === TEXT_MENU_ID ? { ...selection, text: true } : selection;
  return { data, tabId, frameId: info.frameId ?? 0 };
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
    const m = menuMessage(info, tab?.id);
    if (m)
      void sendMessage('flagCell', m.data, { tabId: m.tabId, frameId: m.frameId }).catch(() => undefined);
  });
}
