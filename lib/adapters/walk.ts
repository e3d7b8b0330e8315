/**
 * One walk of a parsed page, shared by the htmlparser2 adapter (Node) and the live-DOM adapter
 * (extension): each supplies a small accessor and gets the same blocks, so the CLI and the page
 * see exactly the same report.
 */
import { SECTION_RES } from '../recognise/section-words';
import type { Block, PageSource, SourceCell, SourceTable } from '../source';
import { UNSEEN_CHARS } from '../unseen';

/** How the walk reads a tree; `tag` is the lower-case element name, or null for a text node. */
export interface TreeAccess<T> {
  children(node: T): ArrayLike<T>;
  /**
   * The element children alone, where the tree keeps them apart (the live DOM's `children`): a
   * table's rows and cells are looked for among them, with no handle made for the text between.
   */
  elements?(node: T): ArrayLike<T>;
  tag(node: T): string | null;
  /** The data of a text node (only called when `tag` is null). */
  data(node: T): string;
  attr(node: T, name: string): string | null;
  /**
   * The text textOf would read under `node`, when the tree can give it faster (the live DOM's own
   * textContent, where nothing under the node is skipped or hidden); null to walk it.
   */
  text?(node: T): string | null;
  /**
   * Whether an element under `node` is a <table> other than a box (isBox: one row of one cell, no
   * table in it), when the tree can tell faster; null to walk it.
   */
  hasTable?(node: T): boolean | null;
  /**
   * When the tree can tell at once that nothing under `table` is a table, skipped or hidden: how to
   * read a cell's text then (all of it). Null to read the table cell by cell.
   */
  plainCells?(table: T): ((cell: T) => string) | null;
  /**
   * False when the tree can tell at once that an element has neither a `hidden` attribute nor
   * `none` in its style (one selector match on a live DOM, not two attribute reads); else looked at.
   */
  mayHide?(node: T): boolean | null;
  /**
   * The text of a block element whose content is one run of text (no block, table, image, link,
   * skipped or hidden element under it), when the tree can give it faster; null to walk it.
   */
  runText?(node: T): string | null;
}

/** Elements the walk never reads into (the live-DOM reader builds its selector from these). */
export const SKIP: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'select',
  'option',
  'textarea',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);
/** Elements that end a run of text (the live-DOM reader builds its selector from these). */
export const BLOCK: ReadonlySet<string> = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
  'td',
  'th',
  'tr',
  'caption',
  'hr',
]);
const ATTACHMENT_RE = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)(?:$|[?#])/i;
/** A cell this long is prose, so its table is page layout, not a report table. */
const LAYOUT_CELL_CHARS = 400;
/** A cell this long may hold a report's body: looked at for its sections' words (articleCell). */
const ARTICLE_CELL_CHARS = 40;

/** A top-level heading's number (一、 … 十、). */
const TOP_NUMBER = /[一二三四五六七八九十]、/g;

/**
 * Whether a cell's text holds three numbered headings and names three of the report's six sections
 * (一、主动公开政府信息的情况 … 二、依申请公开… 三、…行政复议、提起行政诉讼的情况): a report's body in a
 * portal's layout table, however short (a bureau's 2013 report of 330 characters), never a cell of its
 * tables. (An index box's 内容概述 may name the sections in a sentence, unnumbered: a cell of its box.)
 */
function articleCell(text: string): boolean {
  if (text.length <= ARTICLE_CELL_CHARS) return false;
  let named = 0;
  for (const re of SECTION_RES) if (re.test(text)) named++;
  return named >= 3 && (text.match(TOP_NUMBER)?.length ?? 0) >= 3;
}

function hidden<T>(acc: TreeAccess<T>, node: T): boolean {
  if (acc.mayHide?.(node) === false) return false;
  if (acc.attr(node, 'hidden') !== null) return true;
  const style = acc.attr(node, 'style');
  if (!style) return false;
  // Word writes a long style on every element; look for a regex only where its word occurs at all.
  return (
    (style.includes('none') && /display\s*:\s*none/i.test(style)) ||
    (style.includes('visibility') && /visibility\s*:\s*hidden/i.test(style))
  );
}

/** The text of a subtree (its textContent, minus scripts, styles and hidden elements). */
export function textOf<T>(acc: TreeAccess<T>, node: T): string {
  const fast = acc.text?.(node);
  if (fast != null) return unseen(fast);
  // An explicit stack, never recursion: a page can nest 100,000 elements (and hide a report so).
  let out = '';
  const stack: T[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const tag = acc.tag(n);
    if (tag === null) {
      out += acc.data(n);
      continue;
    }
    // A cell's `<span style="display:none">9</span>` (Word, CMS editors) is not what a reader sees.
    if (SKIP.has(tag) || hidden(acc, n)) continue;
    const kids = acc.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return unseen(out);
}

/**
 * The rows of a table, looking through thead/tbody/tfoot but not into nested tables; a row or a
 * section hidden (hidden(): display: none, visibility: hidden, the hidden attribute) is no row a
 * reader sees, and is left out (`visible`: the table has nothing hidden under it, so nothing is
 * looked at).
 */
function tableRows<T>(acc: TreeAccess<T>, table: T, visible: boolean): T[] {
  const rows: T[] = [];
  // Sections in sections (htmlparser2 nests a stray <tbody>) are looked through in order.
  const kidsOf = (n: T) => acc.elements?.(n) ?? acc.children(n);
  const stack: { kids: ArrayLike<T>; i: number }[] = [{ kids: kidsOf(table), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.kids.length) {
      stack.pop();
      continue;
    }
    const k = top.kids[top.i++]!;
    const tag = acc.tag(k);
    if (tag !== 'tr' && tag !== 'thead' && tag !== 'tbody' && tag !== 'tfoot') continue;
    if (!visible && hidden(acc, k)) continue;
    if (tag === 'tr') rows.push(k);
    else stack.push({ kids: kidsOf(k), i: 0 });
  }
  return rows;
}

/**
 * True when a table holds another table (then it is layout) that is more than a box around its
 * text (isBox): an editor's one-cell table around each figure (`<td><table><tr><td>12</td></tr>
 * </table></td>`) leaves the cell a cell of its table, read with the box's text, as a browser shows
 * it.
 */
function hasNestedTable<T>(acc: TreeAccess<T>, node: T): boolean {
  const fast = acc.hasTable?.(node);
  if (fast != null) return fast;
  return tableUnder(acc, node, (t) => !isBox(acc, t));
}

/** A table of one row of (at most) one cell, with no table in it: a frame drawn around some text. */
function isBox<T>(acc: TreeAccess<T>, table: T): boolean {
  const rows = tableRows(acc, table, true);
  if (rows.length > 1) return false;
  if (rows.length === 1) {
    let cells = 0;
    const kids = acc.elements?.(rows[0]!) ?? acc.children(rows[0]!);
    for (let i = 0; i < kids.length; i++) {
      const tag = acc.tag(kids[i]!);
      if ((tag === 'td' || tag === 'th') && ++cells > 1) return false;
    }
  }
  // Any table under it, box or not, makes it more than a box (so no box is looked into twice).
  return !tableUnder(acc, table, () => true);
}

/** Whether a table under `node` is one `counts`; not looking inside the tables it meets. */
function tableUnder<T>(acc: TreeAccess<T>, node: T, counts: (table: T) => boolean): boolean {
  const stack: T[] = [node];
  while (stack.length > 0) {
    const kids = acc.children(stack.pop()!);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      const tag = acc.tag(k);
      if (tag === 'table') {
        if (counts(k)) return true;
      } else if (tag !== null) stack.push(k);
    }
  }
  return false;
}

function span(v: string | null): number {
  if (v === null) return 1;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? 1 : n;
}

/** Reads a data table, or returns null when it is a layout table to walk as ordinary content. */
function readTable<T>(acc: TreeAccess<T>, table: T): SourceTable<T> | null {
  const plain = acc.plainCells?.(table) ?? null;
  if (plain === null && hasNestedTable(acc, table)) return null;
  const rows: SourceCell<T>[][] = [];
  // A table with a hidden row or cell (a copy of a row with other figures, Excel's sizing row):
  // what the page shows is read, as a paragraph's hidden part is not.
  for (const tr of tableRows(acc, table, plain !== null)) {
    const cells: SourceCell<T>[] = [];
    const kids = acc.elements?.(tr) ?? acc.children(tr);
    for (let i = 0; i < kids.length; i++) {
      const td = kids[i]!;
      const tag = acc.tag(td);
      if (tag !== 'td' && tag !== 'th') continue;
      if (plain === null && hidden(acc, td)) continue;
      const text = plain === null ? textOf(acc, td) : unseen(plain(td));
      if (text.length > LAYOUT_CELL_CHARS || articleCell(text)) return null;
      cells.push({
        text,
        rowspan: span(acc.attr(td, 'rowspan')),
        colspan: span(acc.attr(td, 'colspan')),
        node: td,
      });
    }
    rows.push(cells);
  }
  return { rows, node: table };
}

/**
 * A line that is a heading: a section's or a part's number (一、 （二） 第三部分), then a few words with
 * no comma or full stop but one at its end ((一)主动公开情况。, as many reports set a heading). A line
 * of a hard-wrapped paragraph is cut mid-sentence and has its commas.
 */
const HEADING_LINE =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章))([^，,。；;]{0,36})[。.．]?$/;
/** A comma, a full stop or a colon: a line with one is (part of) a sentence, no heading. */
const SENTENCE_MARK = /[，,。；;：:]/;
/** What may stand before a section's words on its line: its number (一、 1.), or a dash typed for 一 (—、). */
const SECTION_MARK = /^(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[—－-])?[、.．]?/;
/** A list's bullet, or a mark a copy put for a space it could not encode (?), before a line's words. */
const LEAD_MARKS = /^[•·●○■□◆◇▪►▶★☆※?？\s]+/;
/**
 * A portal's info line: a date (2023-01-31 09:05:00 来源: …) or a label of one (发布时间: 时间: 来源:, or
 * spaced out, 发 布 日 期) at its start, or the label alone (• 发布日期, its date on the next line). Its
 * own block, as its own paragraph is: the publication date is read from short blocks near the title,
 * never from prose (lib/recognise/dates.ts).
 */
const INFO_LINE =
  /^(?:[[【]?\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)|(?:[发發]\s?[布佈]|[发發]\s?文|成\s?文|公\s?[开開]|更\s?新)?\s?(?:[时時]\s?[间間]|日\s?期)\s*(?:[:：]|$)|(?:信息)?[来來]源\s*[:：])/;
/**
 * A heading at the end of a line of other words, under its top-level number: a page's info line run
 * into the report's first heading (`2022年01月19日 来源: 上海普陀一、总体情况`).
 */
const TAIL_HEADING = /[一二三四五六七八九十]{1,3}、[^，,。；;：:、\s]{2,16}$/;
/**
 * A heading's line without the full stop or colon some end it with (- 主动公开情况。, 依申请公开情况：): a
 * line that has them elsewhere is a sentence's end, or a clause's.
 */
const headingWords = (line: string) => line.replace(/[。.:：]$/, '');
/**
 * A short line that is one of the six sections' words and nothing else, numbered or not (总体情况,
 * —、总体情况, - 总体情况): a heading, as its own paragraph would be one (lib/recognise/sections.ts).
 * Not a line that only holds them (主动公开政府信息情况如下: prose run on from the line before).
 */
function namesSection(line: string): boolean {
  const words = line.replace(/\s+/g, '').replace(SECTION_MARK, '');
  return SECTION_RES.some((re) => re.exec(words)?.[0] === words);
}

/**
 * A line that opens with a section's or a part's number, its heading run in before its text (一、总体情况
 * 2022年以来…; （二）依申请公开方面 截止…): it starts a block, as its own paragraph would, so its
 * section is found (a page of one paragraph, lines cut by <br>, was told 报告缺少「一、总体情况」).
 */
const RUN_IN = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
/**
 * 表二's first cell (the 2021 template's 第二十条第（一）项), set on a line of its own after a line of
 * prose: the table starts a block, where the text-table reader looks for its head.
 */
const TABLE_START = /^第二十条第[（(]一[)）]项$/;
/** So many words after its number make a heading's line whole: a shorter one (六、其) wrapped on. */
const HEADING_WORDS = 4;
/**
 * A line that is an annual report's title (…2020年政府信息公开工作年度报告, 2015年区住建委政务公开年报,
 * 2025年政务信息公开工作开展年度报告: up to 10 words between 公开 and 报告, as meta.ts's TITLE_RE allows;
 * 中國地震局政府信息公開工作2010年度報告, its year after 公开, as TITLE_RE allows too): a
 * block of its own, as a heading is, so that a second report pasted after the first in one text
 * (recognise/next-report.ts looks for its title among the blocks) is told apart from the end of the
 * first's last section, and the lines above it (a breadcrumb) are not read into it.
 */
const REPORT_TITLE_LINE =
  /^[^，,。；;：:]{0,40}(?:(?:19|20)\d{2}年度?[^，,。；;：:]{0,30}(?:信息|政务)公[开開][^，,。；;：:]{0,10}?|(?:信息|政务)公[开開](?:工作)?(?:19|20)\d{2}年度?(?:工作)?)(?:[报報]告|年[报報])(?:[（(][^)）]{0,24}[)）])?$/;
/**
 * The end of a title wrapped onto a line of its own (…政府信息公开工作 / 年度报告; XX局2023年度 / 政府信息
 * 公开工作年度报告), as meta.ts's WRAPPED_END.
 */
const TITLE_END_LINE = 20;

/** Whether a line is an annual report's title, white space aside (`XX局 2023 年政府信息公开…`, spaced out). */
const titleLine = (line: string) => REPORT_TITLE_LINE.test(line.replace(/[\s\u3000]+/g, ''));

/**
 * Whether `line` and the short line after it are an annual report's title together: a title wrapped
 * onto a second line (…政府信息公开工作 / 年度报告), which would otherwise run on with the lines before
 * it (a 访问量: line, a search box's words).
 */
function titleWrapped(line: string, next: string): boolean {
  const more = next.trim();
  return more.length > 0 && more.length <= TITLE_END_LINE && !titleLine(more) && titleLine(line + more);
}

/**
 * A run of text whose lines <br> ended at `breaks`, as the blocks it is read as: cut before each
 * line that is a heading, and after it where it is whole (HEADING_WORDS), around a short line that
 * names a section (namesSection), and before a line that opens with a heading run in (RUN_IN). A
 * report set as one paragraph (an editor's paste, each heading on a line of its own) so gets its
 * headings at the starts of blocks, where the sections are looked for (lib/recognise/sections.ts),
 * and a heading's words are not read into the sentence after it (`（二）依申请公开情况` + `我办共受理…
 * 0件`). Other lines run on: a line may end mid-sentence (a paste of a PDF's lines), and a
 * sentence's parts are read on into the next one (其中…). A table set a cell to a line starts a
 * block at its first cell (TABLE_START).
 */
function cutAtHeadings(text: string, breaks: number[]): string[] {
  const cuts: number[] = [];
  for (let i = 0; i <= breaks.length; i++) {
    const start = i === 0 ? 0 : breaks[i - 1]!;
    const end = i < breaks.length ? breaks[i]! : text.length;
    const line = text.slice(start, end).trim().replace(LEAD_MARKS, '');
    const m = line.length <= 40 ? HEADING_LINE.exec(line) : null;
    const tail = m || line.length > 60 ? null : TAIL_HEADING.exec(line);
    if (m) {
      cuts.push(start);
      if (m[1]!.trim().length >= HEADING_WORDS) cuts.push(end);
    } else if (line.length <= 70 && titleLine(line)) {
      // A title that opens with its year under a short line of its own (南坑乡人民政府 / 2012年…年度报告):
      // that line is the agency's name, a block of its own as its paragraph would be, not the end of the
      // lines before it (访问量: … 南政发[2013]05).
      if (i > 0 && /^(?:19|20)\d{2}/.test(line)) {
        const from = i > 1 ? breaks[i - 2]! : 0;
        const above = text.slice(from, start).trim();
        if (above.length > 0 && above.length <= 30 && !/[:：【】[\]|｜,，。;；]/.test(above)) cuts.push(from);
      }
      cuts.push(start, end);
    } else if (i < breaks.length && line.length <= 70 && titleWrapped(line, text.slice(end, breaks[i + 1]))) {
      // A title wrapped onto the next line (…2023年政府信息公开工作 / 年度报告): both lines are the block.
      i++;
      cuts.push(start, i < breaks.length ? breaks[i]! : text.length);
    } else if (line.length <= 80 && INFO_LINE.test(line)) {
      cuts.push(start, end);
    } else if (
      line.length <= 20 &&
      !SENTENCE_MARK.test(headingWords(line)) &&
      namesSection(headingWords(line))
    ) {
      cuts.push(start, end);
    } else if (RUN_IN.test(line)) {
      cuts.push(start);
      // A short one that is no sentence and does not run on is whole: a heading with a comma in it
      // (二、规范流程,提升依申请公开质效), its own block as its own paragraph would be.
      if (line.length <= 20 && !/[。；;]/.test(line) && !/[，,、：:]$/.test(line)) cuts.push(end);
    } else if (tail && tail.index > 0 && namesSection(tail[0])) {
      cuts.push(start + text.slice(start, end).lastIndexOf(tail[0]), end);
    } else if (TABLE_START.test(line)) {
      cuts.push(start);
    }
  }
  const parts: string[] = [];
  let from = 0;
  for (const at of [...cuts, text.length]) {
    if (at <= from) continue;
    const part = text.slice(from, at);
    if (part.trim()) parts.push(part);
    from = at;
  }
  return parts;
}

/** A line's end in the markup, with the indentation around it. */
const MARKUP_BREAK = /[ \t]*[\r\n][\r\n \t]*/g;

/**
 * Text with the markup's line ends taken out: a browser shows one as a space, and in Chinese text
 * as nothing (CSS Text's segment-break rules; Firefox so). Word's HTML export wraps its source
 * lines mid-sentence (`2020年,全\n市國資系統…`, `全年新\n收政府信息公開申請78件`): read as a line's
 * end, it split 全市 (the city's count, not this body's) from its subject, and the city's count was
 * held against this body's 表三; read as a space, it split 新收. So a line end beside a Chinese
 * character (or punctuation, or at the text's edge next to one) is dropped; between two Latin
 * characters it is a space. A <br> ends a line (cutAtHeadings), not this.
 */
function oneLine(raw: string): string {
  return lineEnds(unseen(raw));
}
/** oneLine of text already without UNSEEN characters. */
function lineEnds(s: string): string {
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
  // Most such runs are the markup's indentation between two tags: one space, with no search.
  if (s.trim() === '') return ' ';
  return s.replace(MARKUP_BREAK, (run: string, at: number) => {
    const before = at > 0 ? s.charCodeAt(at - 1) : -1;
    const after = at + run.length < s.length ? s.charCodeAt(at + run.length) : -1;
    return before >= WIDE || after >= WIDE ? '' : ' ';
  });
}
/** A line end of the markup (and the indent around it) at the start of a text node's data. */
const EDGE_BREAK_START = /^[ \t]*[\r\n][\r\n \t]*/;
/** And at its end. */
const EDGE_BREAK_END = /[ \t]*[\r\n][\r\n \t]*$/;

/**
 * `text` with a text node's `data` added as oneLine reads it, a line end of the markup at the node's
 * edge weighed as oneLine weighs one inside a node, against the text on its other side: dropped
 * beside Chinese text, a space between Latin words or figures. One at the node's end (`soft`) waits
 * for the next node's text. So a paragraph whose spans stand on lines of their own
 * (`<p>\n  <span>…2022年政府</span>\n  <span>信息公开工作年度报告</span>\n</p>`, as an editor that
 * indents its markup writes it) reads as the browser's textContent of it does (dom.ts's runText):
 * read node by node, each such line end was a space, and on the 451 excerpts so set 231 pages lost
 * titles, years and counts (`统计期限自2022年1月1日起至 2022年12月31日止`, `主动公开 政府信息`).
 */
function addText(text: string, data: string, soft: boolean): { text: string; soft: boolean } {
  const s = unseen(data);
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0)
    return { text: soft ? joined(text, s) : text + s, soft: false };
  const lead = EDGE_BREAK_START.exec(s);
  // A node of the markup's line end and indent alone: it stands between two others.
  if (lead && lead[0].length === s.length) return { text, soft: true };
  const from = lead ? lead[0].length : 0;
  const trail = /\s$/.test(s) ? EDGE_BREAK_END.exec(s) : null;
  const mid = lineEnds(s.slice(from, trail ? trail.index : s.length));
  return { text: soft || lead ? joined(text, mid) : text + mid, soft: trail !== null };
}

/** `text` and `next` across a line end of the markup, as oneLine has one. */
function joined(text: string, next: string): string {
  if (next === '') return text;
  const before = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
  return text + (before >= WIDE || next.charCodeAt(0) >= WIDE ? '' : ' ') + next;
}

/**
 * Characters a reader does not see, which a word processor or an editor leaves in text (zero-width
 * space, non-joiner and joiner, word joiner, soft hyphen, byte-order mark): `2022\u200b年`, `1\u200b2条`
 * and `主动\ufeff公开` read as a browser shows them. (Where one stood between figures and words, the
 * year, the count or the sentence went unread: on the 3,583 corpus pages with one here and there,
 * 350 publication dates and 450 claims were lost, and sums of parts that were not read whole fired.)
 */
const UNSEEN = new RegExp(`[${UNSEEN_CHARS}]`, 'g');
function unseen(s: string): string {
  return s.replace(UNSEEN, '');
}
/** From here on, characters are East Asian (CJK radicals, punctuation, ideographs, full-width forms). */
const WIDE = 0x2e80;
/** Text a reader sees (not the markup's line ends and indents between elements). */
const NOT_BLANK = /\S/;

/** Elements whose line ends a browser shows as line ends (and <code>, a flipbook page's text layer). */
const PRE_TAGS: ReadonlySet<string> = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext', 'code']);
/** Whether an element keeps its text's line ends: a preformatted tag, or white-space: pre (-wrap, -line). */
function keepsLines<T>(acc: TreeAccess<T>, node: T, tag: string): boolean {
  if (PRE_TAGS.has(tag)) return true;
  const style = acc.attr(node, 'style');
  return !!style?.includes('pre') && /white-space\s*:\s*pre/i.test(style);
}

/**
 * Preformatted text added to `text`, each of its line ends a line's end as a <br> is (recorded in
 * `breaks`, for cutAtHeadings): a flipbook page's text layer or a report pasted into <pre> sets
 * each line of the printed page on a line of its own, its headings too. The line end itself is
 * dropped beside Chinese text and is a space between Latin words or figures (`0 0 0` on two lines
 * stays six figures), as oneLine has it.
 */
function addLines(text: string, s: string, breaks: number[]): string {
  const lines = unseen(s).split(/\r\n?|\n/);
  let out = text + lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const before = out.length ? out.charCodeAt(out.length - 1) : -1;
    const after = line.length ? line.charCodeAt(0) : -1;
    if (before > 32 && after > 32 && before < WIDE && after < WIDE) out += ' ';
    breaks.push(out.length);
    out += line;
  }
  return out;
}

/**
 * `text` with a space where a <br> ended a line between two Latin characters or figures, as a
 * browser copies it and as addLines has a <pre>'s line end: a table set a cell to a line (规章<br>0<br>
 * 0<br>0) keeps three figures, not one 000. `breaks` are moved on to match.
 */
function spaceAtBreaks(text: string, breaks: number[]): string {
  let out = '';
  let from = 0;
  /** The spaces put in so far. */
  let added = 0;
  for (let i = 0; i < breaks.length; i++) {
    const at = breaks[i]!;
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    const after = at < text.length ? text.charCodeAt(at) : -1;
    if (before > 32 && after > 32 && before < WIDE && after < WIDE) {
      out += `${text.slice(from, at)} `;
      from = at;
      added++;
    }
    breaks[i] = at + added;
  }
  return added === 0 ? text : out + text.slice(from);
}

/** A node whose children are being walked, and what to restore when they are done. */
interface Frame<T> {
  kids: ArrayLike<T>;
  i: number;
  /** The element text runs in this subtree belong to (the nearest block element). */
  blockOwner: T;
  /** This frame is a block element's: flush its text when done and give runs back to `outer`. */
  block: boolean;
  outer: T;
  /** This frame is an attachment link's. */
  attachment: boolean;
  /** This frame is a link's (<a href>): counted in inLink while it is open. */
  link?: boolean;
  /** This frame's element keeps its text's line ends (keepsLines): counted in inPre while it is open. */
  pre?: boolean;
}

/** Walks a document (or a subtree) into a PageSource. */
export function walkPage<T>(
  acc: TreeAccess<T>,
  root: T,
  title: string,
  meta: Record<string, string>,
): PageSource<T> {
  const walk = new PageWalk(acc, root, title, meta);
  walk.step(Number.POSITIVE_INFINITY);
  return walk.result();
}

/**
 * The walk of walkPage, resumable: `step(n)` visits up to n more nodes, so the extension reads a
 * page of 20,000 cells a few milliseconds at a time (it yields to the page between steps), with
 * exactly the blocks the CLI gets in one go.
 */
export class PageWalk<T> {
  private readonly blocks: Block<T>[] = [];
  private text = '';
  /** A line end of the markup at the end of `text`, weighed when the next text comes (addText). */
  private soft = false;
  /** Where a <br> ended a line in `text` (cutAtHeadings). */
  private breaks: number[] | undefined;
  private owner: T;
  // An explicit stack, never recursion: a page can nest 100,000 elements, and hide a report so.
  private readonly frames: Frame<T>[];
  private inAttachment = 0;
  /** How many of the open elements are links; and whether the block read so far has text outside them. */
  private inLink = 0;
  private unlinked = false;
  /** How many of the open elements keep their text's line ends (keepsLines): more than 0, addLines. */
  private inPre = 0;
  /**
   * The deepest level below the root the walk has entered (the root's children are level 1): what
   * tells the extension its DOM may have been flattened (PageSource.flattened, NEST_LIMIT). Levels
   * the walk skips (hidden, a table read whole, a paragraph read at once) are not counted. That
   * misses no table a browser took apart: its parser puts what opens past its limit beside the
   * element at the limit, so the parts stay inside whatever skipped subtree they were in (a hidden
   * block, unread; a cell of a table read whole, whose text is the same), and a table whose own
   * rows went past the limit has a parent the walk entered, at the limit's depth. So this agrees
   * with utils/audit-page.ts, which counts every level of the markup (reaches), wherever a table
   * the walk reads could have lost its cells.
   */
  depth = 0;

  constructor(
    private readonly acc: TreeAccess<T>,
    root: T,
    private readonly title: string,
    private readonly meta: Record<string, string>,
  ) {
    this.owner = root;
    this.frames = [
      { kids: acc.children(root), i: 0, blockOwner: root, block: false, outer: root, attachment: false },
    ];
  }

  /** Visits up to `budget` more nodes; true once the whole tree is walked. */
  step(budget: number): boolean {
    const { acc, blocks, frames } = this;
    // Locals in the loop, written back at the end: the CLI walks whole pages through here.
    let { text, owner, inAttachment, inPre, breaks, inLink, unlinked, soft } = this;
    // A block all of whose text is in links is set apart (Block's aside).
    const push = (part: string) =>
      blocks.push(
        unlinked
          ? { kind: 'text', text: part, node: owner }
          : { kind: 'text', text: part, node: owner, aside: true },
      );
    const flush = () => {
      if (breaks) {
        text = spaceAtBreaks(text, breaks);
        for (const part of cutAtHeadings(text, breaks)) push(part);
      } else if (text.trim()) push(text);
      text = '';
      soft = false;
      breaks = undefined;
      unlinked = false;
    };
    let left = budget;
    while (frames.length > 0 && left-- > 0) {
      const top = frames[frames.length - 1]!;
      if (top.i >= top.kids.length) {
        frames.pop();
        if (top.attachment) inAttachment--;
        if (top.link) inLink--;
        if (top.pre) inPre--;
        if (top.block) {
          flush();
          owner = top.outer;
        }
        continue;
      }
      const k = top.kids[top.i++]!;
      const blockOwner = top.blockOwner;
      const tag = acc.tag(k);
      if (tag === null) {
        if (owner !== blockOwner) {
          flush();
          owner = blockOwner;
        }
        const data = acc.data(k);
        if (inLink === 0 && !unlinked && NOT_BLANK.test(data)) unlinked = true;
        if (inPre > 0) {
          breaks ??= [];
          text = addLines(text, data, breaks);
        } else if (breaks !== undefined && breaks[breaks.length - 1] === text.length) {
          // Just after a <br>, as before addText: a line's first words are read with the line end
          // the markup sets after the <br> as a space (… 1号<br>\n- 发布机构：石鼓镇人民政府<br>\n- 公文…:
          // the labels of an info box set as lines read apart).
          text += oneLine(data);
        } else ({ text, soft } = addText(text, data, soft));
        continue;
      }
      if (SKIP.has(tag) || hidden(acc, k)) continue;
      // A line break ends a line, as a browser shows it; where a heading stands on a line of its own,
      // the block is cut around it at the flush (cutAtHeadings).
      if (tag === 'br') {
        if (owner !== blockOwner) {
          flush();
          owner = blockOwner;
        }
        breaks ??= [];
        breaks.push(text.length);
        soft = false;
        continue;
      }
      let attachment = false;
      let link = false;
      if (tag === 'table') {
        const table = readTable(acc, k);
        if (table) {
          flush();
          blocks.push({ kind: 'table', table });
          continue;
        }
      } else if (tag === 'img') {
        // An icon (a footer's 16×16 公安备案 badge, a bullet): no table's picture is this small.
        if (iconSized(acc.attr(k, 'width')) || iconSized(acc.attr(k, 'height'))) continue;
        flush();
        const alt = acc.attr(k, 'alt') ?? acc.attr(k, 'title') ?? '';
        blocks.push({ kind: 'media', media: 'image', text: alt, node: k });
        continue;
      } else if (tag === 'a' && inAttachment === 0) {
        // A link inside an attachment link is part of it: browsers never nest links (htmlparser2
        // does), and reading each nested link's whole text again would make the walk quadratic.
        const href = acc.attr(k, 'href');
        link = href !== null;
        if (link) inLink++;
        if (href !== null && ATTACHMENT_RE.test(href)) {
          flush();
          blocks.push({ kind: 'media', media: 'attachment', text: textOf(acc, k), node: k });
          attachment = true;
          inAttachment++;
        }
      }
      const pre = keepsLines(acc, k, tag);
      if (BLOCK.has(tag)) {
        // A paragraph of plain text (most of a page) is one run, read at once where the tree can.
        const run = acc.runText?.(k);
        if (run != null) {
          flush();
          owner = k;
          if (pre || inPre > 0) {
            breaks = [];
            text = addLines('', run, breaks);
          } else text = oneLine(run);
          unlinked = true;
          flush();
          owner = blockOwner;
          continue;
        }
      }
      const kids = acc.children(k);
      // k is at level frames.length; the frame pushed below walks its children.
      if (frames.length > this.depth) this.depth = frames.length;
      if (pre) inPre++;
      if (BLOCK.has(tag) || tag === 'table') {
        flush();
        owner = k;
        frames.push({ kids, i: 0, blockOwner: k, block: true, outer: blockOwner, attachment, pre, link });
      } else {
        frames.push({ kids, i: 0, blockOwner, block: false, outer: blockOwner, attachment, pre, link });
      }
    }
    const done = frames.length === 0;
    if (done) flush();
    this.text = text;
    this.owner = owner;
    this.inAttachment = inAttachment;
    this.inPre = inPre;
    this.breaks = breaks;
    this.inLink = inLink;
    this.unlinked = unlinked;
    this.soft = soft;
    return done;
  }

  /** The page read so far (all of it once step() said so). */
  result(): PageSource<T> {
    return { title: this.title.trim(), meta: this.meta, blocks: this.blocks };
  }
}

/** What a page says about itself outside its body: the first `<title>` and every `<meta>`. */
export function scanHead<T>(
  acc: TreeAccess<T>,
  doc: T,
): { title: T | null; body: T | null; meta: Record<string, string> } {
  let title: T | null = null;
  let body: T | null = null;
  const meta: Record<string, string> = {};
  // Document order, with an explicit stack (children pushed last first).
  const stack: T[] = [doc];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const tag = acc.tag(n);
    if (tag === null) continue;
    if (tag === 'body') {
      body ??= n;
      // Nothing the head holds is looked for inside the body (a stray <title> there is not the page's).
      continue;
    }
    if (tag === 'title') title ??= n;
    else if (tag === 'meta') {
      const name = (acc.attr(n, 'name') ?? acc.attr(n, 'property') ?? '').toLowerCase();
      const content = acc.attr(n, 'content');
      if (name && content !== null) meta[name] = content;
    }
    const kids = acc.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { title, body, meta };
}

/** The largest side, in pixels, an image may have and still be an icon, not a table's picture. */
const ICON_MAX = 64;

/** Whether an image's width or height attribute (`16`, `16px`) makes it an icon. */
function iconSized(attr: string | null | undefined): boolean {
  if (!attr) return false;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(attr);
  return m !== null && Number(m[1]) > 0 && Number(m[1]) <= ICON_MAX;
}
