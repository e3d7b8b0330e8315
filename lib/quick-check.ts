/**
 * Could this page be a report? The cheap test the extension runs on every *.gov.cn page before it
 * loads the audit: a regex over the title and the body's text. Pure (strings in, boolean out), so
 * the tiny detector content script carries it without the core.
 */

// Nearly every gov.cn page says 政府信息公开 in its menus; these say more: a report's title, its
// section headings, or its tables' own labels.
const TITLE_RE = /年度报告|年度報告|年报|年報/;
const BODY_RE =
  /本年新收|申请人情况|申請人情況|主动公开政府信息情况|主動公開政府信息情況|收到和处理政府信息公开申请|收到和處理政府信息公開申請|信息公开(?:工作)?年度报告|信息公開(?:工作)?年度報告/;

/** Whether a page with this title and body text may hold a report (false: surely not one). */
export function mayBeReport(title: string, text: string): boolean {
  return TITLE_RE.test(title) || BODY_RE.test(text);
}
