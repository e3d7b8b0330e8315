/**
 * The background: keeps the toolbar badge at the page's error count (summed over the frames that
 * hold a report) and registers the 标记此处 context menu. It makes no network requests.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PageResult } from '../lib/model';
import { registerContextMenu } from '../utils/context-menu';
import { openDesk } from '../utils/desk-db';
import { loadFlags } from '../utils/flags';
import { AuditReplySchema, fromOurContentScript, onValidMessage, sendMessage } from '../utils/messages';

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

/** Stores a page's report on the desk with the user's flags on that page. */
async function saveToDesk(result: PageResult, url: string, title: string, html: string): Promise<boolean> {
  if (!result.detected) return false;
  const desk = await theDesk();
  try {
    await desk.save({
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

/** Page URL → a short signature of what auto-save last stored for it (this worker's life only). */
const lastAutoSave = new Map<string, string>();

/**
 * 自动保存: with the opt-in on, a frame that reports an audit is asked for its result and HTML.
 * Pulled from here rather than pushed by every page, so no page's HTML travels while it is off.
 */
async function autoSave(tabId: number, frameId: number): Promise<void> {
  const desk = await theDesk();
  if (!(await desk.getSettings()).autoSave) return;
  const reply = AuditReplySchema.parse(await sendMessage('getAudit', undefined, { tabId, frameId }));
  if (!reply.result?.detected) return;
  // A live page is re-audited as it changes: save again only when what was read has changed.
  const { report, findings } = reply.result;
  const seen = `${Object.keys(report.cells).length}|${report.facts.length}|${findings.length}|${report.title}`;
  if (lastAutoSave.get(reply.url) === seen) return;
  const snap: unknown = await sendMessage('getSnapshot', undefined, { tabId, frameId });
  const html = (snap as { html?: unknown } | null)?.html;
  await saveToDesk(reply.result, reply.url, reply.result.report.title, typeof html === 'string' ? html : '');
  lastAutoSave.set(reply.url, seen);
}

type Counts = { errors: number; warnings: number };

/** The badge for a tab's summed counts: red error count, amber warning count, ✓, or nothing. */
function badgeFor(c: Counts | null): { text: string; colour: string; title: string } {
  if (!c || (c.errors === 0 && c.warnings === 0))
    return {
      text: c ? '✓' : '',
      colour: '#188038',
      title: c ? '年报核查：未发现问题 / no problems' : '年报核查',
    };
  const title = `年报核查：${c.errors} 个错误，${c.warnings} 个警告 / ${c.errors} errors, ${c.warnings} warnings`;
  if (c.errors > 0) return { text: String(c.errors), colour: '#d93025', title };
  return { text: String(c.warnings), colour: '#e37400', title };
}

export default defineBackground(() => {
  // tab → frame → counts; a frame's newer audit replaces its older one.
  const tabs = new Map<number, Map<number, Counts>>();

  // Firefox's default build is MV2, where the toolbar button is browserAction.
  const action = browser.action ?? browser.browserAction;
  const show = (tabId: number) => {
    const frames = [...(tabs.get(tabId)?.values() ?? [])];
    const sum = frames.reduce<Counts | null>(
      (s, c) => ({ errors: (s?.errors ?? 0) + c.errors, warnings: (s?.warnings ?? 0) + c.warnings }),
      null,
    );
    const b = badgeFor(sum);
    void action.setBadgeText({ tabId, text: b.text }).catch(() => undefined);
    void action.setBadgeBackgroundColor({ tabId, color: b.colour }).catch(() => undefined);
    void action.setTitle({ tabId, title: b.title }).catch(() => undefined);
  };

  onValidMessage('auditDone', fromOurContentScript, (counts, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const frames = tabs.get(tabId) ?? new Map<number, Counts>();
    tabs.set(tabId, frames);
    frames.set(sender.frameId ?? 0, counts);
    show(tabId);
    void autoSave(tabId, sender.frameId ?? 0).catch(() => undefined);
  });

  // The page's panel has no access to the desk (another origin): it sends its report here.
  onValidMessage('saveToDesk', fromOurContentScript, ({ result, html, url, title }, sender) =>
    // The frame's own URL as the browser reports it, not what the page's side claims.
    saveToDesk(result, sender.url ?? url, title, html),
  );

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its frames will report afresh. (Without the `tabs` permission
    // `change.url` is never given, so the status is all we go by.)
    if (change.status === 'loading') {
      tabs.delete(tabId);
      show(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

  registerContextMenu();
});
