/**
 * The prose cut into sentences, each with what decides whether its figures are this body's for the
 * report's year: the section it sits under, the sentence before it, and tests for a whole
 * jurisdiction (全市…), another year (2020年… in a 2021 report, 上年度…) and clause leads.
 */
import type { Block } from '../source';
import { foldedOf } from './blocktext';
import { AGGREGATE, blockHeading, RUN_IN } from './facts';

/** One sentence of a text block; offsets are into the block's text (folded text has the same). */
export interface Sentence<N = unknown> {
  /** The block's index in the page's blocks, its node and its text as written. */
  block: number;
  node: N;
  raw: string;
  start: number;
  end: number;
  /** The sentence's folded text (full-width punctuation folded: `，` is `,`, `％` is `%`). */
  text: string;
  /** `applications` under heading 三, `cases` under 四, '' elsewhere. */
  section: string;
  /** The folded sentence just before, in this block or the previous one ('' when none). */
  prev: string;
}

const SENTENCE_END = /[。!?\n]/g;
// The outcome and claim readers both walk the same page's sentences: cut them once per page.
const cache = new WeakMap<object, Sentence<unknown>[]>();

/** Every sentence of the page's text blocks, in document order, with its section. */
export function sentencesOf<N>(blocks: Block<N>[]): Sentence<N>[] {
  const hit = cache.get(blocks);
  if (hit) return hit as Sentence<N>[];
  const out: Sentence<N>[] = [];
  let section = '';
  let prev = '';
  blocks.forEach((block, bi) => {
    if (block.kind !== 'text') return;
    const folded = foldedOf(block);
    const heading = blockHeading(block);
    // A short paragraph that opens with its heading, run in (（二）依申请公开情况。2022年，我局收到申请5件，
    // 均为自然人申请。): the heading sets the section, and what follows its end is prose.
    let a = 0;
    if (heading !== null) {
      section = heading;
      prev = '';
      const run = RUN_IN.exec(folded);
      if (!run || !folded.slice(run.index + 1).trim()) return;
      a = run.index + 1;
    }
    const push = (a: number, i: number) => {
      const text = folded.slice(a, i);
      if (!text.trim()) return;
      out.push({ block: bi, node: block.node, raw: block.text, start: a, end: i, text, section, prev });
      prev = text;
    };
    SENTENCE_END.lastIndex = a;
    for (let m = SENTENCE_END.exec(folded); m; m = SENTENCE_END.exec(folded)) {
      push(a, m.index);
      a = m.index + 1;
    }
    push(a, folded.length);
  });
  cache.set(blocks, out);
  return out;
}

/** What separates clauses inside a sentence (folded punctuation). */
export const CLAUSE_SEP = /[,;:、()]/;

/** Where the clause holding `at` begins inside `text`. */
export function clauseStart(text: string, at: number): number {
  let a = at;
  while (a > 0 && !CLAUSE_SEP.test(text[a - 1]!)) a--;
  return a;
}

/** True when `before` speaks for a whole jurisdiction (全市各级行政机关…, 各乡镇…). */
export function wholeJurisdiction(before: string): boolean {
  return AGGREGATE.test(before);
}

/**
 * Words that may open a clause before a figure of this body's own (`其中`, `共`, `(一)`, `我局`,
 * `在办结的申请中`, `已答复中`, `2021年`, `加上` before 上年结转); anything else (`区教育局予以公开5件`, `同意部分公开`) names another
 * subject or another kind of figure.
 */
const LEAD_TOKEN = new RegExp(
  [
    '\\s+',
    '\\(?[一二三四五六七八九十\\d]+\\)',
    '[一二三四五六七八九十\\d]+[、.]',
    '其中',
    '包括',
    '加上',
    '即',
    '分别为|分别是|分别',
    '共计|共|合计|累计|总计',
    '已|均已|依法|全部',
    '另有|另外|另',
    // 经审查，予以公开1件: the review the outcome followed; “予以公开”3件: the outcome's word in quotes.
    '经(?:审查|审核|研究)',
    '[“"「‘]',
    '本年度|本年|今年|全年|年内',
    '\\d{4}\\s*年度?',
    '(?:我|本)(?:局|委|办|镇|乡|街道办事处|街道|单位|部门|机关|院|厅|署|中心|办公室|政府)',
    '(?:从|按)?(?:办理|答复|处理)结果(?:为|是|中|如下|来看|看)?',
    '结果(?:为|是)',
    '(?:在|对)?(?:已|全部)?(?:办结|答复|办理|处理)(?:完毕)?的(?:政府信息公开)?申请中',
    // 已答复中“同意公开”的件数为1件 (the 2008 form's words, a zone bureau's 2018): among those answered.
    '(?:已|全部)?(?:答复|办结)中',
  ].join('|'),
  'y',
);

/** True when `lead` is made only of the words LEAD_TOKEN allows (or is empty). */
export function plainLead(lead: string): boolean {
  let at = 0;
  while (at < lead.length) {
    LEAD_TOKEN.lastIndex = at;
    const m = LEAD_TOKEN.exec(lead);
    if (!m || m[0].length === 0) return false;
    at += m[0].length;
  }
  return true;
}
