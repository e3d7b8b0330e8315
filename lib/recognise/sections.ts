/**
 * The template's six sections (一、总体情况 … 六、其他需要报告的事项), found by their headings'
 * words, not their numbers: real reports renumber (seed 000 has 八、其他需要报告的事项), reword
 * (一、概述, 五、存在问题及改进情况, 四、因政府信息公开工作被申请行政复议提起行政诉讼情况) and write a heading
 * as the start of its first paragraph (`<p><b>一、总体情况</b>2020年，我局…</p>`) or inside a table.
 */
import type { Block } from '../source';
import { fold, stripSpaces } from '../text';
import { normOf } from './blocktext';
import { SECTION_RES } from './section-words';

// More general words (基本情况, 其他事项) count only right after a heading's number (一、 第一部分 (一)).
const NUMBERED_RES: RegExp[] = [
  /^(?:总体|基本情况|概况|工作(?:基本)?情况|年度工作情况)/,
  /^主动公开/,
  /^(?:依申请公开|政府信息公开申请)/,
  /^(?:政府信息公开)?(?:行政复议|行政诉讼)/,
  /^(?:存在(?:的)?(?:主要)?(?:问题|不足)|(?:主要)?问题(?:和|及|与)?(?:改进|整改)|改进(?:措施|情况))/,
  /^其他(?:事项|需要报告|需报告)/,
];

/**
 * Section 六 under other words, only after a top-level number (六、, 第六部分): `六、其他`, `六、其他需要说明的
 * 问题`, `六、需要报告的其他事项`, `六、信息处理费收取情况` (what the 2021 template asks it to report). Not after
 * (六): 表三's `（六）其他处理` and a part's `（四）其他工作` are not the section.
 */
const SIXTH_AT_TOP = /^(?:其他(?!处理)|需要?(?:报告|说明)的?其他|.{0,6}信息处理费)/;
/** A top-level section's number: 一、, 二，, 第一部分 (not （一）, nor 1.). */
export const TOP_NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}[、.．,，]|第[一二三四五六七八九十]{1,3}(?:部分|章)[、.．:：]?)/;

const NUMBER =
  /^(?:[一二三四五六七八九十]{1,3}[、.．,，]|第[一二三四五六七八九十]{1,3}(?:部分|章)[、.．:：]?|[（(][一二三四五六七八九十]{1,3}[）)])/;
// A table cell is looked at only if it carries a section's number (一、 （三）), never for a figure or 1.属于….
const CELL_HEADING = /[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十]{1,2}[）)]/;
// A heading run into its paragraph: the words must start within a few characters of the number.
const HEAD_CHARS = 24;

/** The section indexes (0–5) a short piece of heading text names. */
function sectionsIn(norm: string, into: Set<number>): void {
  const m = NUMBER.exec(norm);
  if (norm.length <= 60) {
    SECTION_RES.forEach((re, i) => {
      if (re.test(norm)) into.add(i);
    });
  } else if (m) {
    // A long block counts only by its opening words, after its number: prose that mentions 主动公开政府信息
    // later on is not a heading.
    const head = norm.slice(m[0].length, m[0].length + HEAD_CHARS);
    SECTION_RES.forEach((re, i) => {
      const at = re.exec(head);
      if (at && at.index <= 8) into.add(i);
    });
  }
  if (m) {
    const rest = norm.slice(m[0].length);
    NUMBERED_RES.forEach((re, i) => {
      if (re.test(rest)) into.add(i);
    });
    if (norm.length <= 60 && TOP_NUMBER.test(norm) && SIXTH_AT_TOP.test(rest)) into.add(5);
  }
}

/** 表三's own rows (一、本年新收…, 四、结转下年度继续办理) when a page sets its table as text. */
const T3_ROW = /^.{2,4}(?:本年新收|上年结转|本年度?办理结果|结转下年度)/;

/**
 * Which of the template's six section headings the page has, in text blocks or table cells. Where
 * only one is not found by its words, a short heading under a top-level number (五、下一步工作打算) in
 * its place, between the sections before and after it, is that section reworded.
 */
export function sectionsFound<N>(blocks: Block<N>[]): boolean[] {
  const seen = new Set<number>();
  /** The block where each section is first named. */
  const firstAt = new Map<number, number>();
  /** Short text blocks under a top-level number that name no section: headings in other words. */
  const others: number[] = [];
  const here = new Set<number>();
  const note = (bi: number) => {
    // Most blocks name no section: no iterator for them.
    if (here.size === 0) return;
    for (const i of here) {
      seen.add(i);
      if (!firstAt.has(i)) firstAt.set(i, bi);
    }
    here.clear();
  };
  blocks.forEach((b, bi) => {
    if (b.kind === 'text') {
      // Long prose is looked at by its opening only, so it is never normalised whole.
      const norm = b.text.length > 240 ? normOf({ text: b.text.slice(0, 80) }) : normOf(b);
      sectionsIn(norm, here);
      if (here.size === 0 && norm.length <= 40 && TOP_NUMBER.test(norm) && !T3_ROW.test(norm))
        others.push(bi);
      note(bi);
    } else if (b.kind === 'table') {
      // Only a numbered cell can be a heading (`四、政府信息公开行政复议、行政诉讼情况` over 表四); its text is
      // folded here, not cached on it: most cells are figures and never get this far.
      for (const row of b.table.rows) {
        for (const c of row) {
          if (c.text.length <= 80 && CELL_HEADING.test(c.text)) sectionsIn(stripSpaces(fold(c.text)), here);
        }
      }
      note(bi);
    }
  });
  if (seen.size === SECTION_RES.length - 1) {
    const missing = SECTION_RES.findIndex((_, i) => !seen.has(i));
    const after = missing > 0 ? firstAt.get(missing - 1)! : -1;
    const before = missing < SECTION_RES.length - 1 ? firstAt.get(missing + 1)! : blocks.length;
    if (others.some((bi) => bi > after && bi < before)) seen.add(missing);
  }
  return SECTION_RES.map((_, i) => seen.has(i));
}

// A copy cut short says so: a mirror's `[excerpt ends]`, an editor's 未完待续.
const CUT = /\[excerpt ends\]|未完待续|[（(]未完[）)]|[（(]待续[）)]|内容(?:过长|较长).{0,6}(?:截断|省略)/;

/** Whether the page's text says it stops short of the whole report. */
export function textTruncated<N>(blocks: Block<N>[]): boolean {
  return blocks.some((b) => b.kind === 'text' && b.text.length <= 240 && CUT.test(b.text));
}

/** A pager's move (下一页, 上一页), alone in its block or beside where it is (共3页, 第2页, 尾页, 1 2 3). */
const PAGER_MOVE = /上一页|下一页|上页|下页/;
const PAGER_ALONE = new RegExp(`^\\s*[<＜‹«←]*\\s*(?:${PAGER_MOVE.source})\\s*[>＞›»→]*\\s*$`);
const PAGER_PLACE = /共\s*\d+\s*页|第\s*\d+\s*页|尾页|末页|首页|\d\s+\d/;

/**
 * Whether the page is one page of an article the portal shows over several (共3页 1 2 3 下一页): its
 * other pages may hold the tables and sections this one lacks. (A list of reports has such a pager
 * too, but is no report; 下一篇, the next article, is no pager.)
 */
export function pagedArticle<N>(blocks: Block<N>[]): boolean {
  return blocks.some(
    (b) =>
      b.kind === 'text' &&
      b.text.length <= 120 &&
      PAGER_MOVE.test(b.text) &&
      (PAGER_ALONE.test(b.text) || PAGER_PLACE.test(b.text)),
  );
}

/** A flipbook's page (FlipBuilder's, FlipHTML5's basic-html/page8.html): `Page 8 - <the book's title>`. */
const BOOK_PAGE_TITLE = /^\s*Page\s+\d+\s+[-–—]\s*\S/i;
/** Its page number as the text layer prints it: `P. 8`, a block of its own. */
const BOOK_PAGE_MARK = /^\s*P\.\s*\d{1,4}\s*$/;

/**
 * Whether the page is one page of a flipbook (a PDF made into a page-turning book, each page of it
 * an HTML page of its own, `Page 8 - 威海市文登区信访局2022年…年度报告`, `P. 8`): the book's other
 * pages hold the tables and sections this one lacks, as an article's other pages do (pagedArticle).
 */
export function bookPage<N>(title: string, blocks: Block<N>[]): boolean {
  if (BOOK_PAGE_TITLE.test(title)) return true;
  // Its mark opens the text layer, after the book's links (a PDF's page number is at a page's foot).
  for (let i = 0; i < blocks.length && i < 10; i++) {
    const b = blocks[i]!;
    if (b.kind === 'text' && b.text.length <= 12 && BOOK_PAGE_MARK.test(b.text)) return true;
  }
  return false;
}
