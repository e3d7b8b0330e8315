/**
 * The sentence a figures' heading opens on, written in the year before the report's: last year's
 * text kept under this year's heading (a zone bureau's 2025 report: `(一)主动公开政府信息的数量` then
 * `2024年制作、获取政府信息总数467条，其中主动公开政府信息53条`; its 2024 report: `(二)主动公开政府信息的
 * 主要类别` then `2023年，在主动公开的61条政府信息中`).
 */
import { PRIOR_YEAR_LEAD } from '../keys';
import type { Block } from '../source';
import { foldedOf } from './blocktext';
import { blockHeading, type FactScope, type FoundFact } from './facts';

/** A heading of the sections whose figures are the year's own: 主动公开, applications, reviews and suits. */
const FIGURE_HEADING = /主动公开|申请|复议|诉讼/;
/**
 * A year at the block's start, as the subject's time (`2024年，`, `2024年度我局`); not a date or a span
 * (2024年12月, 2024年以来, 2024年至今, 2024年底).
 */
const LEAD_YEAR = /^\s*(\d{4})\s*年度?(?!\s*(?:\d|以来|至|到|底|末|初|[-—~～]))/;
/** A count in the sentence, within its first words. */
const COUNT = /(\d[\d,]*)\s*(?:条|件|篇|份)/;
/** How far into the sentence its count may lie (a long sentence's later count is another matter). */
const COUNT_WITHIN = 80;
/** Words that make the year a comparison or a carry-over, which this year's text may well name. */
const LOOKS_BACK = /较|同比|相比|比上年|环比|增长|下降|减少|增加|上升|持平|结转|上年|去年|上一年/;
/**
 * How many such sentences are kept: a report has a few headings of figures; a hostile page of thousands
 * would make a finding of each.
 */
const MAX_LEADS = 8;
const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[，,；;：:]/;

/** This year named: by its figure, or as 今年, 本年(度), 当年. */
const thisYear = (year: number) => new RegExp(`${year}|今年|本年|当年`);

/**
 * PRIOR_YEAR_LEAD facts: each text block right after such a heading (the heading the block before
 * it, no table between) whose first sentence opens on the year before the report's, counts within its
 * first words and names no comparison, where nothing under the heading (up to the next heading or
 * table) names the report's year: `2019年，区政府主动公开政府信息10000条…。今年以来，…` looks back. None
 * where the report has two years (its title's and its period's disagree: year-mismatch says so).
 */
export function priorYearLeads<N>(blocks: Block<N>[], scope: FactScope): FoundFact<N>[] {
  if (scope.years.length !== 1) return [];
  const year = scope.years[0]!;
  const named = thisYear(year);
  const out: FoundFact<N>[] = [];
  let heading: string | null = null;
  /** The candidate under the current heading, until the heading's text is read through. */
  let pending: FoundFact<N> | null = null;
  const settle = () => {
    if (pending) out.push(pending);
    pending = null;
  };
  blocks.forEach((b, i) => {
    if (out.length >= MAX_LEADS) return;
    if (b.kind !== 'text') {
      settle();
      heading = null;
      return;
    }
    const after = heading;
    const folded = foldedOf(b);
    const isHeading = blockHeading(b) !== null;
    if (isHeading) settle();
    else if (pending && named.test(folded)) pending = null;
    heading = isHeading && FIGURE_HEADING.test(folded) ? b.text.trim() : null;
    const m = after === null ? null : LEAD_YEAR.exec(folded);
    if (m === null || Number(m[1]) !== year - 1) return;
    const start = m.index + m[0].length - m[0].trimStart().length;
    const end = folded.slice(start).search(SENTENCE_END);
    const sentence = folded.slice(start, end < 0 ? undefined : start + end);
    const count = COUNT.exec(sentence);
    if (!count || count.index > COUNT_WITHIN || LOOKS_BACK.test(sentence) || named.test(folded)) return;
    // Quoted to the end of the count's clause (`2023年，在主动公开的61条政府信息中`).
    const past = count.index + count[0].length;
    const rest = sentence.slice(past).search(CLAUSE_END);
    const to = start + (rest < 0 ? sentence.length : past + rest);
    pending = {
      fact: {
        key: PRIOR_YEAR_LEAD,
        value: Number(count[1]!.replace(/,/g, '')),
        label: after!,
        quote: b.text.slice(start, to),
        pos: { block: i, start, end: to },
      },
      node: b.node,
    };
  });
  settle();
  return out.slice(0, MAX_LEADS);
}
