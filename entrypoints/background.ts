/**
 * The background: keeps the toolbar badge at the page's error count (summed over the frames that
 * hold a report; a frame whose audit failed, or that went away, is accounted for too) and registers
 * the 标记此处 context menu. Its one network request is the attachment
 * (or PDF) the user asks to audit, on the tab's own *.gov.cn host (utils/review-open.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PageResult } from '../lib/model';
import { auditExtras } from '../utils/audit-extras';
import { auditHtml, auditPage } from '../utils/audit-page';
import { AutoSaveLimits, pageKey, resultPrint } from '../utils/auto-save';
import { badgeFor } from '../utils/badge';
import { registerContextMenu } from '../utils/context-menu';
import { assertRoom } from '../utils/desk-budget';
import { openDesk } from '../utils/desk-db';
import { flagsOfPage, watchFlagStore } from '../utils/flag-feed';
import { loadFlags } from '../utils/flags';
import { HeldSaves } from '../utils/held-saves';
import { AUDIT_SCRIPT, isAuditPage, isLoadAudit, isLoadReader, READER_SCRIPT } from '../utils/load-audit';
import {
  AuditReplySchema,
  fromExtensionPage,
  fromOurContentScript,
  onValidMessage,
  sendMessage,
} from '../utils/messages';
import { listenForReviews } from '../utils/review-open';
import { registerSweep } from '../utils/sweep';
import {
  type FrameState,
  forgetFrame,
  forgetTab,
  pruneFrames,
  recordFrame,
  reportFrames,
} from '../utils/tab-frames';

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
/**
 * Saves a limit held back, so the page's last state is still saved: in storage.session, since the
 * worker may be stopped before one is due (utils/held-saves.ts).
 */
const held = new HeldSaves();
/** The alarm that wakes a stopped worker when the earliest held save is due. */
const HELD_ALARM = 'gra:heldSave';
/** This worker's own timer for the same moment (an alarm may come up to half a minute late). */
let heldTimer: ReturnType<typeof setTimeout> | undefined;

/** Sets the timer and the alarm for the earliest held save (or clears them when none is held). */
async function armHeld(): Promise<void> {
  const at = await held.next();
  if (heldTimer !== undefined) clearTimeout(heldTimer);
  heldTimer = undefined;
  const alarms = browser.alarms as typeof browser.alarms | undefined;
  if (at === null) {
    await alarms?.clear(HELD_ALARM).catch(() => undefined);
    return;
  }
  heldTimer = setTimeout(() => void flushHeld(), Math.max(0, at - Date.now()));
  await Promise.resolve(alarms?.create(HELD_ALARM, { when: at })).catch(() => undefined);
}

/** Makes the held saves now due (queued as any auto-save), then arms for the next. */
async function flushHeld(): Promise<void> {
  for (const h of await held.takeDue(Date.now())) queueAutoSave(h.tabId, h.frameId, h.page);
  await armHeld();
}

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
    if (await held.hold({ tabId, frameId, page, at: decision.at })) await armHeld();
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

/** The document a message came from (Chrome's `documentId`; Firefox gives none). */
function documentOf(sender: unknown): string | undefined {
  const doc = (sender as { documentId?: unknown } | undefined)?.documentId;
  return typeof doc === 'string' ? doc : undefined;
}

/**
 * Whether frame `frameId` of the tab (its document `doc`, where known) is still there with our page
 * script in it: a message no one answers is fine, and only "no such frame / no receiver" counts as
 * gone (any other failure keeps it). With `doc`, a new document in the frame is not it.
 */
async function frameAlive(tabId: number, frameId: number, doc?: string): Promise<boolean> {
  // documentId (Chrome 106+) is missing from the polyfill's types.
  const to = (doc === undefined ? { frameId } : { frameId, documentId: doc }) as { frameId: number };
  try {
    await browser.tabs.sendMessage(tabId, { type: 'gra:ping' }, to);
    return true;
  } catch (e) {
    return !/Receiving end does not exist|No frame with id/i.test(e instanceof Error ? e.message : String(e));
  }
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

  /** A frame's audit, as the badge and the popup count it (and, for a report, auto-saved). */
  const recordAudit = (sender: { tab?: { id?: number }; frameId?: number }, state: FrameState) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frameId = sender.frameId ?? 0;
    const doc = documentOf(sender);
    if (doc !== undefined) state.doc = doc;
    void recordFrame(tabId, frameId, state).then((frames) => show(tabId, Object.values(frames)));
    if (state.detected) queueAutoSave(tabId, frameId);
  };

  // The page script's word where its audit failed after all (the read, the marks, or an answer
  // that was an error): the frame then counts as that failure, not as the background's answer.
  onValidMessage('auditDone', fromOurContentScript, ({ errors, warnings, detected, gaps, error }, sender) => {
    const found = detected ?? true;
    const state: FrameState = { errors, warnings, detected: found, gaps: gaps ?? 0 };
    // A failed audit is kept with its reason: the badge then claims no clean pass, the popup says why.
    if (!found && error !== undefined) state.error = error;
    recordAudit(sender, state);
  });

  // A frame's document is going (the frame removed, or navigated elsewhere): its report leaves the
  // badge and the popup now, not at the tab's next reload.
  onValidMessage('frameGone', fromOurContentScript, (_, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    void forgetFrame(tabId, sender.frameId ?? 0, documentOf(sender)).then((frames) =>
      show(tabId, Object.values(frames)),
    );
  });

  // A content script of ours asks for one of our scripts in its own frame: the detector
  // (entrypoints/detector.ts) for the audit where it found a report's words and could not import it
  // (it starts once however often it is loaded); the page script for its own reader where the answer
  // to its markup disagreed with its page (the reply comes once the script has run). Only our own
  // content scripts can send these (a page cannot reach runtime messaging).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const file = isLoadAudit(message) ? AUDIT_SCRIPT : isLoadReader(message) ? READER_SCRIPT : null;
    const tabId = sender.tab?.id;
    if (!file || sender.id !== browser.runtime.id || tabId === undefined) return;
    const done = browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] })
      .then(() => true);
    if (file === READER_SCRIPT) return done;
    void done.catch(() => undefined);
  });

  // The page script sent the page it read: the core audits it here, warm, off the page's main
  // thread (utils/audit-page.ts validates it first). Only our content scripts reach this.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isAuditPage(message) || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const { url, source, html, title, plain } = message as Record<string, unknown>;
    // With the page's flags and the panel's state, which the page script then need not ask for
    // (asked for first: the store answers while the core audits).
    const extras = typeof url === 'string' ? auditExtras(url) : null;
    const audited = html === undefined ? auditPage(url, source) : auditHtml(url, html, title, plain === true);
    if (!audited.ok) return Promise.resolve(audited);
    // The badge hears the counts now, from here: the page sends no message of its own for them.
    const { counts, ...reply } = audited;
    if (counts) recordAudit(sender, counts);
    if (!extras) return Promise.resolve(reply);
    return extras.then((more) => ({ ...reply, ...more }));
  });

  // The popup lists what the badge counts; a frame whose document is no longer there (its
  // `pagehide` message lost) is dropped from both first.
  onValidMessage('tabReports', fromExtensionPage, async ({ tabId }) => {
    const { frames, dropped } = await pruneFrames(tabId, (frameId, doc) => frameAlive(tabId, frameId, doc));
    if (dropped) show(tabId, Object.values(frames));
    return reportFrames(frames);
  });

  // The page script's flags come from here, and word of their changes too (utils/flag-feed.ts):
  // read from storage in the page, every page's flags would cost its main thread each time.
  onValidMessage('pageFlags', fromOurContentScript, ({ url }) => flagsOfPage(url));
  watchFlagStore();

  // The page's panel has no access to the desk (another origin): it sends its report here.
  onValidMessage('saveToDesk', fromOurContentScript, ({ result, html, url, title }, sender) =>
    // The frame's own URL as the browser reports it, not what the page's side claims.
    saveToDesk(result, sender.url ?? url, title, html),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // The tab, or one of its frames, loads (Chrome says `loading` for a frame's navigation and for
    // a #hash or pushState change too, so this is no sign the tab's reports are gone): the frames
    // whose document went are dropped (each also says so on `pagehide`), the others kept. Chrome
    // clears the badge itself when the tab's page changes; once loaded it is set again from what
    // is left.
    if (change.status !== 'loading' && change.status !== 'complete') return;
    void pruneFrames(tabId, (frameId, doc) => frameAlive(tabId, frameId, doc)).then(({ frames, dropped }) => {
      if (dropped || change.status === 'complete') show(tabId, Object.values(frames));
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    limits.forgetTab(tabId);
    void held.forgetTab(tabId).then(armHeld);
  });

  // A held-back auto-save due: the alarm wakes a stopped worker for it, and a worker that wakes for
  // anything else makes the saves that fell due while it was stopped.
  (browser.alarms as typeof browser.alarms | undefined)?.onAlarm.addListener((alarm) => {
    if (alarm.name === HELD_ALARM) void flushHeld();
  });
  void flushHeld();

  registerContextMenu();
  // 核查本页列出的全部年报: the sweep page's port (utils/sweep.ts).
  registerSweep();
  // 审核附件 / 在审核视图中打开: fetch a PDF or .docx on the tab's own host, open the review page.
  listenForReviews();
});
