/**
 * Could this page be a report? The cheap test the extension runs on every *.gov.cn page before it
 * loads the audit: a search of the title, then of the body's text, for a report's words. Pure
 * (strings in, boolean out), so the tiny detector content script carries it without the core.
 *
 * Plain indexOf, not a regular expression: on a page that is not a report this runs once, cold,
 * and compiling and first running a regex of CJK alternatives cost more than the page's whole
 * text searched natively for each word.
 */

// Nearly every gov.cn page says 政府信息公开 in its menus; these say more: a report's title, its
// section headings, or its tables' own labels.
const TITLE_WORDS = ['年度报告', '年度報告', '年报', '年報'];
const BODY_WORDS = [
  '本年新收',
  '申请人情况',
  '申請人情況',
  '主动公开政府信息情况',
  '主動公開政府信息情況',
  '收到和处理政府信息公开申请',
  '收到和處理政府信息公開申請',
  '信息公开年度报告',
  '信息公开工作年度报告',
  '信息公開年度報告',
  '信息公開工作年度報告',
];
/** How much of the text is searched: a report's words come long before this on any real page. */
export const TEXT_SCAN_MAX = 1_000_000;

/** Whether `text` holds any of `words`. */
function holds(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.indexOf(w) >= 0) return true;
  return false;
}

/** Whether a page with this title may be a report, from the title alone. */
export function titleMayBeReport(title: string): boolean {
  return holds(title, TITLE_WORDS);
}

/** Whether a page with this body text may hold a report (its first TEXT_SCAN_MAX characters). */
export function textMayBeReport(text: string): boolean {
  return holds(text.length > TEXT_SCAN_MAX ? text.slice(0, TEXT_SCAN_MAX) : text, BODY_WORDS);
}

/** Whether a page with this title and body text may hold a report (false: surely not one). */
export function mayBeReport(title: string, text: string): boolean {
  return titleMayBeReport(title) || textMayBeReport(text);
}
