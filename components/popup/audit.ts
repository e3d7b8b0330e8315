/**
 * How the popup reaches the page: which tab it inspects, asking the content script for its audit,
 * and injecting the content script for 审核此页 on sites it does not run on by itself.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { AUDIT_SCRIPT } from '../../utils/load-audit';
import { type AuditReply, AuditReplySchema, sendMessage } from '../../utils/messages';
import type { Target } from './frames';

/** What the popup shows: loading, no content script in the tab, a reply, or an error. */
export type AuditState =
  | { kind: 'loading' }
  | { kind: 'unreachable'; tabId: number; url: string | null }
  | { kind: 'ready'; tabId: number; reply: AuditReply }
  | { kind: 'error'; message: string };

/**
 * `?tab=N` when the popup is opened as a page (tests, or a pinned tab), since the active tab is
 * then the popup itself; otherwise the active tab of the current window.
 */
export async function targetTab(search: string): Promise<{ id: number; url: string | null }> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return { id: tab.id, url: tab.url ?? null };
}

/**
 * Whether our detector ran in the tab's top frame (it runs where the audit may: *.gov.cn, granted
 * sites) and passed the page over, so the audit was never loaded there.
 */
async function detectorRan(tabId: number): Promise<boolean> {
  const [hit] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => Symbol.for('gov-report-audit.detector') in globalThis,
  });
  return hit?.result === true;
}

/**
 * Asks the tab's content script for its audit; `unreachable` when no content script answers. Where
 * the detector passed over the page (no report's words), the audit is loaded now to answer, so the
 * popup says "not a report" there as it always did, not "we do not run here".
 */
export async function fetchAudit(tab: { id: number; url: string | null }): Promise<AuditState> {
  const ask = async () => AuditReplySchema.parse(await sendMessage('getAudit', undefined, tab.id));
  try {
    return { kind: 'ready', tabId: tab.id, reply: await ask() };
  } catch (e) {
    if (e instanceof z.ZodError) return { kind: 'error', message: e.message };
  }
  try {
    if (await detectorRan(tab.id)) {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [AUDIT_SCRIPT] });
      return { kind: 'ready', tabId: tab.id, reply: await ask() };
    }
  } catch (e) {
    if (e instanceof z.ZodError) return { kind: 'error', message: e.message };
  }
  return { kind: 'unreachable', tabId: tab.id, url: tab.url };
}

/**
 * 审核此页: audit even if the page does not look like a report. Where no content script runs
 * (not *.gov.cn), inject it first; the user's click on our action granted activeTab for this tab.
 */
export async function runAudit(tabId: number): Promise<AuditState> {
  const ask = async () => AuditReplySchema.parse(await sendMessage('runAudit', undefined, tabId));
  try {
    return { kind: 'ready', tabId, reply: await ask() };
  } catch (e) {
    if (e instanceof z.ZodError) return { kind: 'error', message: e.message };
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [AUDIT_SCRIPT] });
    return { kind: 'ready', tabId, reply: await ask() };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** Shows or hides the page marks (the content script keeps the state). */
export async function setMarks(tabId: Target, on: boolean): Promise<void> {
  await sendMessage('setMarks', { on }, tabId).catch(() => undefined);
}

/** Scrolls the page to a finding's cells; false when the page has nothing of it to show. */
export async function focusFinding(tabId: Target, index: number): Promise<boolean> {
  return (await sendMessage('focusFinding', { index }, tabId).catch(() => true)) !== false;
}
