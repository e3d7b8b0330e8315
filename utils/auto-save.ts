/**
 * 自动保存's limits, apart from the browser so they are tested on their own. A live page is
 * re-audited as it changes; auto-save keeps one record per page and writes it again only when the
 * report read differently, at most once a minute per page and a few times a minute per tab, so a
 * page rewriting its year every second costs one record and a write a minute, not a desk full.
 */
import { withoutHash } from '../lib/page-url';

/** The least time between two auto-saves of one page (URL without #hash). */
export const PAGE_INTERVAL_MS = 60_000;
/** Auto-saves a tab may make in any one minute (a tab moving through many reports included). */
export const TAB_SAVES_PER_MINUTE = 6;

/** The page as auto-save keys it: the document, wherever the user had scrolled to. */
export const pageKey = withoutHash;

/** FNV-1a over a string: a short stand-in for "what was read", kept per page. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** What auto-save compares: the report's title, year, every cell and the findings. */
export function resultPrint(r: {
  report: { title: string; year: number | null; cells: unknown; facts: unknown[] };
  findings: unknown[];
}): string {
  const text = JSON.stringify([r.report.title, r.report.year, r.report.cells, r.report.facts, r.findings]);
  return `${text.length}.${fnv(text)}`;
}

/** `save` now, `same` (nothing new to write), or `later` at `at` (a limit holds it back). */
export type AutoSaveDecision = { kind: 'save' } | { kind: 'same' } | { kind: 'later'; at: number };

/** The limits' memory: per page the last save, per tab the times of its recent saves. */
export class AutoSaveLimits {
  private pages = new Map<string, { print: string; at: number }>();
  private tabs = new Map<number, number[]>();

  /** Whether the report `print` read on `url` in `tabId` at `now` should be written. */
  decide(tabId: number, url: string, print: string, now: number): AutoSaveDecision {
    const page = this.pages.get(pageKey(url));
    if (page?.print === print) return { kind: 'same' };
    const recent = (this.tabs.get(tabId) ?? []).filter((t) => now - t < 60_000);
    this.tabs.set(tabId, recent);
    let at = now;
    if (page) at = Math.max(at, page.at + PAGE_INTERVAL_MS);
    if (recent.length >= TAB_SAVES_PER_MINUTE) at = Math.max(at, recent[0]! + 60_000);
    return at > now ? { kind: 'later', at } : { kind: 'save' };
  }

  /** Records a write. */
  saved(tabId: number, url: string, print: string, now: number): void {
    this.pages.set(pageKey(url), { print, at: now });
    this.tabs.set(tabId, [...(this.tabs.get(tabId) ?? []), now]);
  }

  /** Forgets a tab's save times (closed). */
  forgetTab(tabId: number): void {
    this.tabs.delete(tabId);
  }
}
