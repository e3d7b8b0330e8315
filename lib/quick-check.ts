/**
 * Could this page be a report? The cheap test the extension runs on every *.gov.cn page before it
 * loads the audit: a search of the title, then of the body's text, for a report's words; and, where
 * the only words are a report's name (a title that says 年报, links that name reports), a closer look,
 * since a portal's list of reports says those words as often as a report does. Pure (strings in,
 * boolean out), so the tiny detector content script carries it without the core.
 *
 * Plain indexOf, not a regular expression, over the whole text: on a page that is not a report this
 * runs once, cold, and compiling and first running a regex of CJK alternatives cost more than the
 * page's whole text searched natively for each word. Not the page's links either: an XPath over
 * them (the detector touches no element) costs a list page more than the rest of the detector.
 *
 * pageMayBeReport, the detector's, is one function with its loops written out, not a call of a
 * helper per test: it runs once, cold, and V8 compiles each function the first time it is called
 * (parsing it again): on a list page in Chromium those compiles, a dozen small helpers', were most
 * of the detector's time, more than searching the text. The helpers below are the page script's.
 */

// Nearly every gov.cn page says 政府信息公开 in its menus; these say more: a report's title, its
// section headings, or its tables' own labels.
const TITLE_WORDS = ['年度报告', '年度報告', '年报', '年報'];
/** A report's own words: its tables' labels and its sections' headings. A list of reports has none. */
export const LABEL_WORDS = [
  '本年新收',
  '申请人情况',
  '申請人情況',
  '主动公开政府信息情况',
  '主動公開政府信息情況',
  '收到和处理政府信息公开申请',
  '收到和處理政府信息公開申請',
  '需要报告的事项',
  '需要報告的事項',
  // The 2008 form's (reports of 2018 and before): its section heading, in either order, and its
  // statistics table's row of answers.
  '政府信息主动公开情况',
  '主动公开政府信息的情况',
  '对申请的答复',
];
/** A report's name: its page says it, and so does every link of a list of reports. */
export const NAME_WORDS = [
  '信息公开年度报告',
  '信息公开工作年度报告',
  '信息公開年度報告',
  '信息公開工作年度報告',
];
/** How much of the text is searched: a report's words come long before this on any real page. */
export const TEXT_SCAN_MAX = 1_000_000;
/**
 * As many mentions of a report (年报, 年度报告) as make a page whose only words are a report's name a
 * list of reports: a column's entries, each naming one, with the column's name in the menu and the
 * breadcrumb. Such a page passed over still gets the audit when the popup is opened there.
 */
export const LIST_MIN_NAMES = 3;

/**
 * Text longer than this (a law's full text, a long news page) is searched with regular expressions
 * instead of a search per word: indexOf for each of LABEL_WORDS and NAME_WORDS over a
 * 680,000-character page took 9 ms in Chromium, one expression 1.3 ms. On a page of ordinary length
 * the expressions' compiling costs more than the searches, so they are made at the first long page.
 * The first expression has every word of both lists: on a long page that is not a report (the usual
 * long page) nothing matches, and one pass over the text decides.
 */
export const LONG_TEXT = 50_000;
let anyPattern: RegExp | undefined;
let labelPattern: RegExp | undefined;

/**
 * A regular expression that finds any of `words`, joined as they are: the words are a report's
 * Chinese, with no character a pattern gives a meaning to (quick-check.test.ts holds them to it),
 * so no escaping pass (its own expression compiled, on every long page, cold) is needed.
 */
const anyOf = (words: readonly string[]) => new RegExp(words.join('|'));

/** Whether `text` holds any of `words`. */
function holds(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.indexOf(w) >= 0) return true;
  return false;
}

const scanned = (text: string) => (text.length > TEXT_SCAN_MAX ? text.slice(0, TEXT_SCAN_MAX) : text);

/** Whether a page with this title may be a report, from the title alone. */
export function titleMayBeReport(title: string): boolean {
  return holds(title, TITLE_WORDS);
}

/** Whether a page with this body text may hold a report (its first TEXT_SCAN_MAX characters). */
export function textMayBeReport(text: string): boolean {
  const t = scanned(text);
  return holds(t, LABEL_WORDS) || holds(t, NAME_WORDS);
}

/** How a year starts: 19, 20 (in ASCII or full-width figures), or 二〇 (二〇二一). */
const YEAR_STARTS = ['20', '19', '２０', '１９'];

/** Whether `text` has a year in figures (2021, ２０２１) or in Chinese numerals (二〇二一). */
function hasYear(text: string): boolean {
  for (const start of YEAR_STARTS)
    for (let i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
      // The next two characters are digits, ASCII or full-width (０ is U+FF10: 0xfee0 above 0).
      const a = text.charCodeAt(i + 2);
      const b = text.charCodeAt(i + 3);
      const x = a >= 0xff10 ? a - 0xfee0 : a;
      const y = b >= 0xff10 ? b - 0xfee0 : b;
      if (x >= 48 && x <= 57 && y >= 48 && y <= 57) return true;
    }
  return CN_YEAR_STARTS.some((start) => text.indexOf(start) >= 0);
}
/** How a year in Chinese numerals starts: 二〇, or the circle, 零, a letter O or a figure 0 typed for 〇. */
const CN_YEAR_STARTS = ['二〇', '二○', '二零', '二O', '二Ｏ', '二0', '二０'];

/**
 * Whether a title names one year's report (相山区财政局2021年政府信息公开工作年度报告_…, …年度报告
 * (2021年)): a report's word and a year. A column of reports is named for what it holds (政府信息公开
 * 年报); the audit itself takes a page without a report's tables for a report only when a year's
 * report title names it (lib/recognise/meta.ts).
 */
export function titleNamesOneReport(title: string): boolean {
  return titleMayBeReport(title) && hasYear(title);
}

/** A document's name ends so: an attachment's link shows its file name (…年度报告.pdf, 附件1.PDF). */
const DOCUMENT_ENDS = ['.pdf', '.docx', '.doc', '.wps', '.ofd', '.PDF', '.DOCX', '.DOC', '.WPS', '.OFD'];

/**
 * Whether the page may hold a report, so the audit is to be loaded. A report's own labels or
 * headings decide at once; a page with no report's words is passed over. A page whose only words
 * are a report's name is a report unless it reads as a list of them: its title names one year's
 * report, or its text names a document (the report as an attachment) → load; a report named
 * LIST_MIN_NAMES times or more, and nothing else → a list, passed over (the popup, opened there,
 * loads the audit itself and offers the sweep and any attachment). What is passed over is no page
 * the audit could take for a report without its tables or sections: that takes a year's report
 * title that the document's title holds (lib/recognise/meta.ts, lib/recognise/page-kind.ts).
 */
export function pageMayBeReport(title: string, bodyText: string): boolean {
  const text = bodyText.length > TEXT_SCAN_MAX ? bodyText.slice(0, TEXT_SCAN_MAX) : bodyText;
  const long = text.length > LONG_TEXT;
  // A report's word in the title (titleMayBeReport).
  let titled = false;
  for (const w of TITLE_WORDS) titled ||= title.indexOf(w) >= 0;
  let named = titled;
  if (long) {
    // A report's labels or names, in one pass; then, if any, whether a label is among them (if not,
    // what was found is a name).
    anyPattern ??= anyOf([...LABEL_WORDS, ...NAME_WORDS]);
    if (anyPattern.test(text)) {
      labelPattern ??= anyOf(LABEL_WORDS);
      if (labelPattern.test(text)) return true;
      named = true;
    }
  } else {
    // A report's labels or headings; or a report's name in the text.
    for (const w of LABEL_WORDS) if (text.indexOf(w) >= 0) return true;
    for (const w of NAME_WORDS) named ||= text.indexOf(w) >= 0;
  }
  if (!named) return false;
  // The title names one year's report (titleNamesOneReport).
  if (titled && hasYear(title)) return true;
  // The text names a document: a file name's end not followed by a letter (not window.document).
  for (const end of DOCUMENT_ENDS)
    for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) {
      const next = text.charCodeAt(at + end.length) | 32;
      if (!(next >= 97 && next <= 122)) return true;
    }
  // Mentions of a report, each word's without overlaps, counted up to LIST_MIN_NAMES.
  let n = 0;
  for (const w of TITLE_WORDS)
    for (let at = text.indexOf(w); at >= 0 && n < LIST_MIN_NAMES; at = text.indexOf(w, at + w.length)) n++;
  return n < LIST_MIN_NAMES;
}
