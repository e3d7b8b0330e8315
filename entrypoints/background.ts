/**
 * The background: keeps the toolbar badge at the page's error count (summed over the frames that
 * hold a report) and registers the 标记此处 context menu. Its one network request is the attachment
 * (or PDF) the user asks to audit, on the tab's own *.gov.cn host (utils/review-open.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PageResult } from '../lib/model';
import { auditPage } from '../utils/audit-page';
import { AutoSaveLimits, pageKey, resultPrint } from '../utils/auto-save';
import { badgeFor } from '../utils/badge';
import { registerContextMenu } from '../utils/context-menu';
import { assertRoom } from '../utils/desk-budget';
import { openDesk } from '../utils/desk-db';
import { loadFlags } from '../utils/flags';
import { AUDIT_SCRIPT, isAuditPage, isLoadAudit } from '../utils/load-audit';
import {
  AuditReplySchema,
  fromExtensionPage,
  fromOurContentScript,
  onValidMessage,
  sendMessage,
} from '../utils/messages';
import { listenForReviews } from '../utils/review-open';
import { registerSweep } from '../utils/sweep';
import { type FrameState, forgetTab, recordFrame, reportFrames, tabFrames } from '../utils/tab-frames';

// One connection for the worker's life: auto-save asks on every audit, and connections are not free.
let deskOpen: ReturnType<typeof openDesk> | null = null;
/** The desk, opened once; a failed open (or a connection closed for an upgrade) is retried next time. */
async function theDesk(): ReturnType<typeof openDesk> {
  deskOpen ??= openDesk();
  return deskOpen.catch((e: unknown) => {
    deskOpen = null;
    throw e;
  });
}

/**
 * Stores a page's report on the desk with the user's flags on that page (replacing record `id` when
 * given); refused with the desk-full message when it would pass the storage budget.
 */
async function saveToDesk(
  result: PageResult,
  url: string,
  title: string,
  html: string,
  id?: string,
): Promise<boolean> {
  if (!result.detected) return false;
  await assertRoom(html.length);
  const desk = await theDesk();
  try {
    await desk.save({
      ...(id === undefined ? {} : { id }),
      url,
      title,
      accessedAt: new Date().toISOString(),
      source: 'page',
      result: { ...result, url },
      flags: await loadFlags(url),
      snapshot: html,
    });
  } catch (e) {
    deskOpen = null;
    throw e;
  }
  return true;
}

/** Auto-save's limits (utils/auto-save.ts), for this worker's life. */
const limits = new AutoSaveLimits();
/** Page → the timer of a save a limit held back, so the page's last state is still saved. */
const heldBack = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * 自动保存: with the opt-in on, a frame that reports an audit is asked for its result and HTML.
 * Pulled from here rather than pushed by every page, so no page's HTML travels while it is off.
 * One record per page: a save replaces the page's earlier record whatever year or title it read.
 */
async function autoSave(tabId: number, frameId: number, onlyPage?: string): Promise<void> {
  const desk = await theDesk();
  if (!(await desk.getSettings()).autoSave) return;
  const reply = AuditReplySchema.parse(await sendMessage('getAudit', undefined, { tabId, frameId }));
  if (!reply.result?.detected) return;
  // A held-back save finds the frame on another page: that page's own audit asked for itself.
  if (onlyPage !== undefined && pageKey(reply.url) !== onlyPage) return;
  const print = resultPrint(reply.result);
  const now = Date.now();
  const decision = limits.decide(tabId, reply.url, print, now);
  if (decision.kind === 'same') return;
  const page = pageKey(reply.url);
  if (decision.kind === 'later') {
    if (!heldBack.has(page))
      heldBack.set(
        page,
        setTimeout(() => {
          heldBack.delete(page);
          queueAutoSave(tabId, frameId, page);
        }, decision.at - now),
      );
    return;
  }
  const snap: unknown = await sendMessage('getSnapshot', undefined, { tabId, frameId });
  const html = (snap as { html?: unknown } | null)?.html;
  const id = (await desk.pageRecordId(reply.url)) ?? undefined;
  // Counted before the write: a refused write (desk full) is not retried on every audit.
  limits.saved(tabId, reply.url, print, now);
  await saveToDesk(
    reply.result,
    reply.url,
    reply.result.report.title,
    typeof html === 'string' ? html : '',
    id,
  );
}

let autoSaves: Promise<void> = Promise.resolve();
/** One auto-save at a time: two audits at once must not both find no record and both add one. */
function queueAutoSave(tabId: number, frameId: number, onlyPage?: string): void {
  autoSaves = autoSaves.then(() => autoSave(tabId, frameId, onlyPage)).catch(() => undefined);
}

export default defineBackground(() => {
  // Firefox's default build is MV2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  // The tab's frames (utils/tab-frames.ts): the badge adds up every frame holding a report, and
  // the popup lists the same frames, so the two always agree.
  const show = (tabId: number, frames: FrameState[]) => {
    const b = badgeFor(frames);
    void action.setBadgeText({ tabId, text: b.text }).catch(() => undefined);
    void action.setBadgeBackgroundColor({ tabId, color: b.colour }).catch(() => undefined);
    void action.setTitle({ tabId, title: b.title }).catch(() => undefined);
  };

  onValidMessage('auditDone', fromOurContentScript, ({ errors, warnings, detected, gaps }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    void recordFrame(tabId, frameId, { errors, warnings, detected: detected ?? true, gaps: gaps ?? 0 }).then(
      (frames) => show(tabId, Object.values(frames)),
    );
    queueAutoSave(tabId, frameId);
  });

  // The detector (entrypoints/detector.ts) found a report's words in a frame: load the audit there.
  // Only our own content scripts can send this (a page cannot reach runtime messaging); the audit
  // starts once however often it is injected.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isLoadAudit(message) || sender.id !== browser.runtime.id) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [AUDIT_SCRIPT] })
      .catch(() => undefined);
  });

  // The page script sent the page it read: the core audits it here, warm, off the page's main
  // thread (utils/audit-page.ts validates it first). Only our content scripts reach this.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isAuditPage(message) || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const { url, source } = message as { url?: unknown; source?: unknown };
    return Promise.resolve(auditPage(url, source));
  });

  // The popup lists what the badge counts.
  onValidMessage('tabReports', fromExtensionPage, async ({ tabId }) => reportFrames(await tabFrames(tabId)));

  // The page's panel has no access to the desk (another origin): it sends its report here.
  onValidMessage('saveToDesk', fromOurContentScript, ({ result, html, url, title }, sender) =>
    // The frame's own URL as the browser reports it, not what the page's side claims.
    saveToDesk(result, sender.url ?? url, title, html),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its frames will report afresh. (Without the `tabs` permission
    // `change.url` is never given, so the status is all we go by.)
    if (change.status === 'loading') void forgetTab(tabId).then(() => show(tabId, []));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    limits.forgetTab(tabId);
  });

  registerContextMenu();
  // 核查本页列出的全部年报: the sweep page's port (utils/sweep.ts).
  registerSweep();
  // 审核附件 / 在审核视图中打开: fetch a PDF or .docx on the tab's own host, open the review page.
  listenForReviews();
});
