/**
 * Where a second report begins on a page that holds two, one after the other (a portal's article
 * with another body's or another year's report pasted after the first): a heading that names
 * another body's or another year's annual report, after a table of the first (or its header's
 * words, where the tables are text), and followed by its own first section (一、总体情况). What
 * follows it is not this report's: its sentences' figures and its tables would be held against this
 * report's (a 2nd report's 全年制发规范性文件6件 against the 1st's 表二). A second report pasted without
 * its title begins where the sections start again (一、总体情况 after the first's tables and last
 * sections). A heading that names this report again, a list of links, a table of contents before
 * any table, or an attachment's title not followed by 总体情况 is no second report.
 */
import type { Block } from '../source';
import { titleYear } from '../text';
import { normOf } from './blocktext';
import { otherBody } from './facts';
import { agencyOf } from './meta';
import { SECTION_RES } from './section-words';

/** A short block naming one year's report: …2020年(度)…政府信息公开(工作)年度报告. */
const REPORT_HEADING =
  /(?:19|20)\d{2}年度?.{0,12}?(?:政府)?信息公开(?:工作)?年度报告(?:[(（][^)）]{0,24}[)）])?$/;
/** A report's first section heading, within FIRST_WITHIN text blocks of its title. */
const FIRST_SECTION =
  /^(?:一[、.．]|[（(]一[）)]|第一部分)?.{0,6}(?:总体情况|概述|基本情况|工作概况|总体概况)/;
const FIRST_WITHIN = 8;
/** Words of a table's header that prose does not use: 表三's 申请人情况, 表四's 结果维持. */
const TABLE_WORDS = /申请人情况|结果维持|结果纠正/;
/** The first section under a top-level number (一、总体情况, 第一部分 概述), not a part's （一）. */
const FIRST_AT_TOP = /^(?:一[、.．]|第一部分[、.．:：]?).{0,6}(?:总体情况|概述|基本情况|工作概况|总体概况)/;
/** The template's last three sections (行政复议…, 存在的主要问题, 其他需要报告的事项): past the tables. */
const LATE_SECTIONS = SECTION_RES.slice(3);
/** A report's opening words before its first section: 本报告根据《条例》…编制. */
const PREAMBLE = /^(?:本(?:年度)?报告|根据《|依据《|按照《).{0,80}条例/;

/**
 * Where a second report begins: its first block, and its title, or where it has none, the text of
 * the heading its sections start again from.
 */
export type NextReport = { at: number } & ({ title: string } | { title: null; from: string });

/**
 * Where a second report begins, or null. `agency` and `year` are this report's, as its title gives
 * them (a heading naming the same year and body is this report's own). A report with no title of
 * its own (its heading left out, or run into a paragraph) begins where the sections start again:
 * 一、总体情况 once this report's tables and a later section of it are behind (untitled).
 */
export function nextReportAt<N>(
  blocks: Block<N>[],
  agency: string | null,
  year: number | null,
): NextReport | null {
  if (year === null && agency === null) return null;
  const at = titled(blocks, agency, year);
  const heading = blocks[at];
  return heading?.kind === 'text' ? { at, title: heading.text } : untitled(blocks);
}

/**
 * The text blocks of a heading's length after this report's first table (or, where its tables are
 * text, its header's words), with their indexes: where another report may begin.
 */
function* afterTables<N>(blocks: Block<N>[]): Generator<[number, Block<N> & { kind: 'text' }]> {
  let sawTable = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') sawTable = true;
    if (b.kind !== 'text') continue;
    // A table given as text (a text file, a PDF's table without rules): its header's words.
    if (!sawTable && TABLE_WORDS.test(b.text)) sawTable = true;
    if (sawTable && b.text.length <= 120) yield [i, b];
  }
}

/** The heading of another body's or year's report after this one's tables, or -1. */
function titled<N>(blocks: Block<N>[], agency: string | null, year: number | null): number {
  for (const [i, b] of afterTables(blocks)) {
    const heading = normOf(b);
    if (heading.length > 80 || !REPORT_HEADING.test(heading)) continue;
    const y = titleYear(heading);
    const other = agencyOf(heading);
    const another = (y !== null && year !== null && y !== year) || otherBody(other, agency);
    if (!another) continue;
    // Its own report follows: its first section within a few blocks.
    for (let j = i + 1, seen = 0; j < blocks.length && seen < FIRST_WITHIN; j++) {
      const n = blocks[j]!;
      if (n.kind !== 'text') continue;
      seen++;
      if (normOf(n).length <= 40 && FIRST_SECTION.test(normOf(n))) return i;
    }
  }
  return -1;
}

/**
 * A second report without a title: 一、总体情况 again after this report's tables and one of its last
 * three sections, where no heading between names a report (this one's own title again: the page
 * repeats this report, as a portal's print or mobile copy does). It begins at its preamble (本报告
 * 根据《条例》…) where one comes just before.
 */
function untitled<N>(blocks: Block<N>[]): NextReport | null {
  let late = false;
  for (const [i, b] of afterTables(blocks)) {
    const norm = normOf(b);
    if (norm.length > 60) continue;
    if (LATE_SECTIONS.some((re) => re.test(norm))) late = true;
    else if (REPORT_HEADING.test(norm)) late = false;
    else if (late && norm.length <= 40 && FIRST_AT_TOP.test(norm)) {
      let at = i;
      for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--) {
        const p = blocks[j]!;
        if (p.kind !== 'text') break;
        seen++;
        if (PREAMBLE.test(normOf(p))) at = j;
      }
      return { at, title: null, from: b.text };
    }
  }
  return null;
}
