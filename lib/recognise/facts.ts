/**
 * Figures stated in the report's prose, each with the clause it was read from and where that
 * clause sits, so a finding can quote it and the page can highlight it.
 */
import type { Fact } from '../model';
import type { Block } from '../source';
import { fold } from '../text';

/** A fact plus the node of the text block its quote was read from. */
export interface FoundFact<N> {
  fact: Fact;
  node: N | null;
}

const CLAUSE_END = /[。！？；;，,\n]/;

/** The clause around [start, end) of `text`, trimmed, with its offsets. */
function clause(text: string, folded: string, start: number, end: number) {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(folded[a - 1]!)) a--;
  let b = end;
  while (b < folded.length && !CLAUSE_END.test(folded[b]!)) b++;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { quote: text.slice(a, b), start: a, end: b };
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s.replace(/,/g, '')));

const PROACTIVE =
  /(主动)?(?:公开|发布)[^。；;，,、]{0,24}?(?:政府信息|政务信息|政务文件|信息|文件)[^。；;，,、\d]{0,4}?(共计?|合计|累计)?\s*(\d[\d,]*)?\s*(?:余|多)?\s*(?:条|件|篇|份)/g;
const PART = /([^\d,，、;；:：。…]{1,24}?)\s*(\d[\d,]*)\s*(?:余|多)?\s*(?:条|件|篇|份)/g;
const PART_INTRO = /^[\s,，:：]*(?:其中|分别是|分别为|分别|包括|含)/;
const NEXT_INTRO = /^[\s…。.]*(?:其中|在主动公开的(?:政府)?信息中|主动公开的(?:政府)?信息中)/;
const RECEIVED =
  /(?:新收到|新收|收到|受理|接收|接到)(?:各类|公民、法人(?:或|和)其他组织(?:提出的)?)?(?:政府信息公开|依申请公开(?:政府信息)?|信息公开)?(?:的)?申请(?:共计?|合计)?\s*(\d+)\s*(?:件|条|个|宗|份|起)/;
const RECEIVED2 = /(?:受理|收到)依申请公开(?:政府信息)?(?:申请)?(?:共计?)?\s*(\d+)\s*(?:件|条|个)/;
const RECEIVED_NONE = /(?:未|没有)(?:收到|受理|接到)(?:任何)?(?:政府信息公开|依申请公开(?:政府信息)?)?(?:的)?申请/;
const CLOSED = /办结\s*(?:申请)?\s*(\d+)\s*(?:件|条|个)/;
const REVIEWS = /行政复议(?:案件|申请|案)?\s*(?:共计?)?\s*(\d+)\s*(?:件|起|宗|个)/;
const SUITS = /行政诉讼(?:案件|案)?\s*(?:共计?)?\s*(\d+)\s*(?:件|起|宗|个)/;
const NONE_CASES = /(?:未|没有)(?:发生|出现|收到|产生)[^。]{0,40}?行政复议[^。]{0,20}/;
const NORMATIVE = /(?:制作|制定|制发|出台|印发)(?:了)?(?:行政)?规范性文件\s*(?:共计?)?\s*(\d+)\s*(?:件|篇|个|份)/;
const PERIOD = /统计(?:期限|时限|期间|区间|范围|时间)[^。]{0,12}?(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日/;
const PUBLISHED =
  /(?:发布|发稿|公开|上传)(?:日期|时间)\s*:?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** Reads the facts of every text block, in document order; the first mention of each wins. */
export function findFacts<N>(blocks: Block<N>[]): FoundFact<N>[] {
  const out: FoundFact<N>[] = [];
  const have = new Set<string>();
  const add = (key: string, value: number | null, text: string, folded: string, bi: number, node: N, m: { index: number; length: number }, label?: string) => {
    if (have.has(key)) return;
    have.add(key);
    // A listed part quotes just its item; other facts quote their whole clause.
    const c = key.startsWith('f.proactive_parts.')
      ? { quote: text.slice(m.index, m.index + m.length), start: m.index, end: m.index + m.length }
      : clause(text, folded, m.index, m.index + m.length);
    const fact: Fact = { key, value, quote: c.quote, pos: { block: bi, start: c.start, end: c.end } };
    if (label !== undefined) fact.label = label;
    out.push({ fact, node });
  };

  blocks.forEach((block, bi) => {
    if (block.kind !== 'text') return;
    const text = block.text;
    const folded = fold(text);
    const node = block.node;
    const at = (m: RegExpExecArray) => ({ index: m.index, length: m[0].length });

    if (!have.has('f.proactive_total')) {
      PROACTIVE.lastIndex = 0;
      for (let m = PROACTIVE.exec(folded); m; m = PROACTIVE.exec(folded)) {
        const promised = m[2] !== undefined;
        if (m[3] === undefined && !promised) continue;
        if (folded.slice(Math.max(0, m.index - 3), m.index) === '依申请' || m[0].includes('依申请')) continue;
        add('f.proactive_total', num(m[3]), text, folded, bi, node, at(m));
        proactiveParts(text, folded, m.index + m[0].length, bi, node, add);
        break;
      }
    }
    let m = RECEIVED.exec(folded) ?? RECEIVED2.exec(folded);
    if (m && !have.has('f.applications_received')) {
      add('f.applications_received', num(m[1]), text, folded, bi, node, at(m));
      const sentenceEnd = folded.indexOf('。', m.index);
      const rest = folded.slice(m.index, sentenceEnd < 0 ? undefined : sentenceEnd);
      const closed = CLOSED.exec(rest);
      if (closed) add('f.applications_closed', num(closed[1]), text, folded, bi, node, { index: m.index + closed.index, length: closed[0].length });
    } else if ((m = RECEIVED_NONE.exec(folded))) {
      add('f.applications_received', 0, text, folded, bi, node, at(m));
    }
    if ((m = REVIEWS.exec(folded))) add('f.reviews', num(m[1]), text, folded, bi, node, at(m));
    if ((m = SUITS.exec(folded))) add('f.suits', num(m[1]), text, folded, bi, node, at(m));
    if ((m = NONE_CASES.exec(folded))) {
      add('f.reviews', 0, text, folded, bi, node, at(m));
      if (/诉讼/.test(m[0])) add('f.suits', 0, text, folded, bi, node, at(m));
    }
    if ((m = NORMATIVE.exec(folded))) add('f.normative_made', num(m[1]), text, folded, bi, node, at(m));
    if ((m = PERIOD.exec(folded))) add('f.period_year', num(m[1]), text, folded, bi, node, at(m));
    if ((m = PUBLISHED.exec(folded))) {
      const ymd = Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
      add('f.published', ymd, text, folded, bi, node, at(m));
    }
  });
  return out;

  function proactiveParts(
    text: string,
    folded: string,
    from: number,
    bi: number,
    node: N,
    addFact: (key: string, value: number | null, text: string, folded: string, bi: number, node: N, m: { index: number; length: number }, label?: string) => void,
  ) {
    let start = -1;
    let end = -1;
    const tail = folded.slice(from);
    const intro = PART_INTRO.exec(tail);
    const stop = folded.indexOf('。', from);
    if (intro) {
      start = from + intro[0].length;
      end = stop < 0 ? folded.length : stop;
    } else if (stop >= 0) {
      const next = NEXT_INTRO.exec(folded.slice(stop + 1));
      if (next) {
        start = stop + 1 + next[0].length;
        const stop2 = folded.indexOf('。', start);
        end = stop2 < 0 ? folded.length : stop2;
      }
    }
    if (start < 0) return;
    const region = folded.slice(start, end);
    PART.lastIndex = 0;
    let i = 0;
    for (let p = PART.exec(region); p; p = PART.exec(region)) {
      const label = p[1]!.replace(/^[\s:：]*(?:其中|分别是|分别为|分别|包括|通过)?[\s:：]*/, '').trim();
      i++;
      const index = start + p.index + (p[0].length - p[0].trimStart().length);
      addFact(`f.proactive_parts.${i}`, num(p[2]), text, folded, bi, node, { index, length: p[0].trimStart().length }, label);
    }
  }
}
