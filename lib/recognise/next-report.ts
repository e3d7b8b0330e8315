/**
 * Where a second report begins on a page that holds two, one after the other (a portal's article
 * with another body's or another year's report pasted after the first): a heading that names
 * another body's or another year's annual report, after a table of the first (or its header's
 * words, where the tables are text), and followed by its own first section (一、总体情况). What
 * follows it is not this report's: its sentences' figures and its tables would be held against this
 * report's (a 2nd report's 全年制发规范性文件6件 against the 1st's 表二). A heading that names this
 * report again, a list of links, a table of contents before any table, or an attachment's title not
 * followed by 总体情况 is no second report.
 */
import type { Block } from '../source';
import { normOf } from './blocktext';
import { otherBody } from './facts';
import { agencyOf, yearOf } from './meta';

/** A short block naming one year's report: …2020年(度)…政府信息公开(工作)年度报告. */
const REPORT_HEADING =
  /(?:19|20)\d{2}年度?.{0,12}?(?:政府)?信息公开(?:工作)?年度报告(?:[(（][^)）]{0,12}[)）])?$/;
/** A report's first section heading, within FIRST_WITHIN text blocks of its title. */
const FIRST_SECTION =
  /^(?:一[、.．]|[（(]一[）)]|第一部分)?.{0,6}(?:总体情况|概述|基本情况|工作概况|总体概况)/;
const FIRST_WITHIN = 8;
/** Words of a table's header that prose does not use: 表三's 申请人情况, 表四's 结果维持. */
const TABLE_WORDS = /申请人情况|结果维持|结果纠正/;

/**
 * The index of the block where a second report begins, or -1. `agency` and `year` are this
 * report's, as its title gives them (a heading naming the same year and body is this report's own).
 */
export function nextReportAt<N>(blocks: Block<N>[], agency: string | null, year: number | null): number {
  if (year === null && agency === null) return -1;
  let sawTable = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') {
      sawTable = true;
      continue;
    }
    if (b.kind !== 'text') continue;
    // A table given as text (a text file, a PDF's table without rules): its header's words.
    if (!sawTable && TABLE_WORDS.test(b.text)) sawTable = true;
    if (!sawTable || b.text.length > 120) continue;
    const heading = normOf(b);
    if (heading.length > 80 || !REPORT_HEADING.test(heading)) continue;
    const y = yearOf(heading);
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
