/**
 * What the prose says of 表四's figures right after its counts of reviews and suits (report-model.md
 * names the counts, `f.reviews` and `f.suits`; these are their parts): the results, `被申请行政复议4件，
 * 其中结果维持2件、结果纠正1件、尚未审结1件` → `f.reviews.upheld` 2, `f.reviews.corrected` 1,
 * `f.reviews.pending` 1 (and `.other` for 其他结果); and for suits how they came too, `被提起行政诉讼4件，
 * 其中未经复议直接起诉3件、复议后起诉1件` → `f.suits.direct` 3, `f.suits.after_review` 1.
 *
 * Conservative by design: only the clauses that follow the count itself, one after another, each an
 * outcome and its figure (`维持2件`, `2件维持原行政行为`), are read; the first clause that is anything
 * else ends the list, and a list that names one part twice is not read. So `已审结3件，其中维持2件`
 * (outcomes of the cases closed, which may be last year's) and `驳回诉讼请求2件` (a court's words, not
 * the template's) give nothing. Nor do parts after two counts listed together (`被申请行政复议4件、被
 * 提起行政诉讼4件，其中维持6件`: of both).
 */
import type { Fact } from '../model';
import type { Block } from '../source';
import { foldedOf } from './blocktext';
import { CASE_COUNTS, CN_FIGURE, type FoundFact, num } from './facts';

/**
 * A part's words, the key it is read as (`f.reviews.` or `f.suits.` before it), and whom it is of.
 * A review's decisions by name (撤销, 确认违法 …; 驳回, 终止) are one kind each of 表四's 结果纠正 and
 * 其他结果 (`corrected`, `other` after KIND_OF): read only where the list is whole (see partsAfter).
 */
const PARTS: [string, string, 'both' | 'suits' | 'reviews'][] = [
  ['(?:结果)?维持', 'upheld', 'both'],
  ['(?:结果)?纠正|被?纠错', 'corrected', 'both'],
  ['其他结果', 'other', 'both'],
  [
    '撤销|变更|确认(?:答复|行政行为)?违法|责令(?:重新答复|重新作出|限期履行|履行)',
    'corrected.kind',
    'reviews',
  ],
  ['驳回(?:行政)?(?:复议)?申请|终止(?:审理)?', 'other.kind', 'reviews'],
  ['尚未审结|未审结|(?:正|尚)在审理中?|审理中', 'pending', 'both'],
  [
    '(?:未经(?:行政)?复议)?直接(?:起诉|提起(?:行政)?诉讼)|未经(?:行政)?复议(?:起诉|提起(?:行政)?诉讼)',
    'direct',
    'suits',
  ],
  ['(?:经(?:行政)?)?复议后(?:起诉|提起(?:行政)?诉讼)', 'after_review', 'suits'],
];
const words = (tag: string) => PARTS.map(([w], i) => `(?<${tag}${i}>${w})`).join('|');
const figure = (tag: string) => `(?<${tag}>\\d[\\d,]*|${CN_FIGURE})\\s*(?:件|起|宗|个)`;
/** What a part's words may carry after them: 维持原行政行为, 维持原答复. */
const OBJECT = '(?:原(?:具体)?行政行为|原(?:处理)?(?:答复|决定))?';
/**
 * One part, its separator first (`，`, `、`, an opening bracket; 其中, 分别为 or 另有 after it): the
 * words then the figure (`其中结果维持2件`), or the figure then the words (`2件维持原行政行为`). Words
 * led by anything else (不予维持, 已审结) are no part.
 */
const PART = new RegExp(
  String.raw`(?<lead>\s*(?:[,、(]\s*)?(?:其中|分别为|分别是|包括|另有|还有)?:?\s*)(?:` +
    String.raw`(?:复议|诉讼|法院|一审|二审|审理)?(?:决定|判决|结果)?(?:为|是)?:?(?:${words('w')})${OBJECT}(?:的)?(?:案件)?(?:共)?\s*${figure('a')}` +
    `|${figure('b')}(?:为|被|获|已)?(?:复议|法院)?(?:决定|判决)?(?:${words('v')})${OBJECT}` +
    ')',
  'y',
);
const COUNT = `[^。;,、]{0,12}?(?:\\d+|${CN_FIGURE})\\s*(?:件|起|宗|个)`;
/**
 * Counts of reviews and of suits listed together, no figure between them, the later ending where
 * this count ends (`被申请行政复议4件、被提起行政诉讼4件`): parts after them are of both.
 */
const TOGETHER = new RegExp(`(?:复议${COUNT}[^\\d。;]{0,24}?诉讼|诉讼${COUNT}[^\\d。;]{0,24}?复议)${COUNT}$`);
/**
 * One case's result said in words, with no figure, right after a count of one: `被申请行政复议1件，结果维持`,
 * `复议机关维持原行政行为`, `经复议维持原答复`, `复议机关作出撤销决定`, `复议结果为维持`, `该案已审结，结果为维持`,
 * `目前尚在审理中`. The clause must end there (a comma, 。, ; or a closing bracket next): it is that
 * case's result, figure 1. Words led by anything else (不予维持, 部分维持) are none.
 */
const SINGLE = new RegExp(
  String.raw`(?<lead>\s*[,、(]\s*(?:该案|此案)?(?:已审结\s*(?:[,、]\s*)?)?)(?:目前|现)?(?:复议机关|经复议|经审理|复议|法院)?(?:已)?(?:作出|予以|判决)?(?:复议|诉讼)?(?:决定|判决|结果)?(?:为|是)?:?\s*(?:${words('w')})${OBJECT}(?:的)?(?:决定|判决)?(?=\s*(?:[,;。)]|$))`,
  'y',
);

/** At most this many parts after a count: a real list has six (four results, two ways). */
const MAX_PARTS = 8;

/** The parts listed after one count, as facts (none where the list is not read: see above). */
function partsAfter<N>(
  block: { text: string },
  count: FoundFact<N>,
  kind: 'reviews' | 'suits',
): FoundFact<N>[] {
  const pos = count.fact.pos!;
  const folded = foldedOf(block);
  const sentence =
    Math.max(folded.lastIndexOf('。', pos.start - 1), folded.lastIndexOf(';', pos.start - 1)) + 1;
  if (TOGETHER.test(folded.slice(sentence, pos.end))) return [];
  const out: FoundFact<N>[] = [];
  const seen = new Set<string>();
  // A count quoted with the brackets after it (被申请行政复议4件（其中结果维持2件…）): its parts are read
  // from the bracket on (an inner bracket's parts, 其中…（含…）, are not: the list then stops).
  const open = folded.charAt(pos.end - 1) === ')' ? folded.lastIndexOf('(', pos.end - 1) : -1;
  let at = open > pos.start ? open : pos.end;
  if (count.fact.value === 1) {
    SINGLE.lastIndex = at;
    const one = SINGLE.exec(folded);
    const g = one?.groups;
    const i = g ? PARTS.findIndex((_, j) => g[`w${j}`] !== undefined) : -1;
    if (one && g && i >= 0 && (PARTS[i]![2] === 'both' || PARTS[i]![2] === kind)) {
      // Quoted with its count (被申请行政复议1件，结果维持): the words alone do not say how many.
      const start = pos.start;
      const end = SINGLE.lastIndex;
      const fact: Fact = {
        key: `f.${kind}.${PARTS[i]![1]}`,
        value: 1,
        quote: block.text.slice(start, end),
        pos: { block: pos.block, start, end },
      };
      return wholeKinds([{ fact, node: count.node }], 1);
    }
  }
  for (let n = 0; n < MAX_PARTS; n++) {
    PART.lastIndex = at;
    const g = PART.exec(folded)?.groups;
    if (!g) break;
    const i = PARTS.findIndex((_, j) => g[`w${j}`] !== undefined || g[`v${j}`] !== undefined);
    const [, part, of] = PARTS[i]!;
    // A way of coming to court in a list of reviews ends it, as a review's decision by name ends a
    // list of suits (驳回诉讼请求 is a court's word); one part named twice leaves it unread.
    if (of !== 'both' && of !== kind) break;
    if (seen.has(part)) return [];
    seen.add(part);
    // The quote runs from the part's first word (其中 and a bracket left off), so it reads on its own.
    const start = at + g.lead!.length;
    const end = PART.lastIndex;
    const fact: Fact = {
      key: `f.${kind}.${part}`,
      value: num(g.a ?? g.b),
      quote: block.text.slice(start, end),
      pos: { block: pos.block, start, end },
    };
    out.push({ fact, node: count.node });
    at = end;
  }
  return wholeKinds(out, count.fact.value);
}

/** `.kind`: a decision by name, one kind of the result its key names. */
const KIND_OF = '.kind';

/**
 * A list that names a review's decisions (其中维持2件、撤销1件、尚未审结1件): 撤销 is one kind of 表四's
 * 结果纠正, so its figure is that result's only where the list is whole (its parts add up to the
 * count: no other kind is left out) and names no other kind of that result, nor the result itself
 * (纠正1件、撤销1件). Then read as the result; else the list is not read.
 */
function wholeKinds<N>(parts: FoundFact<N>[], count: number | null): FoundFact<N>[] {
  if (!parts.some((p) => p.fact.key.endsWith(KIND_OF))) return parts;
  const keys = parts.map((p) => p.fact.key.replace(KIND_OF, ''));
  const sum = parts.reduce((n, p) => n + (p.fact.value ?? Number.NaN), 0);
  if (new Set(keys).size !== keys.length || sum !== count) return [];
  for (const [i, p] of parts.entries()) p.fact.key = keys[i]!;
  return parts;
}

/**
 * The parts of the reviews' and the suits' counts the prose gives (see the file's comment): after the
 * count as first read, or else after a later mention of the same count with the same figure in a
 * sentence that names 信息公开 (总体情况's 被申请行政复议4件, then 四's 因政府信息公开工作被申请行政复议4件，其中…).
 */
export function findCaseFacts<N>(blocks: Block<N>[], found: FoundFact<N>[]): FoundFact<N>[] {
  const out: FoundFact<N>[] = [];
  for (const [key, re] of CASE_COUNTS) {
    const kind = key === 'f.reviews' ? 'reviews' : 'suits';
    const count = found.find((f) => f.fact.key === key);
    const pos = count?.fact.pos;
    if (!count || !pos || count.fact.value === null || count.fact.rough) continue;
    const block = blocks[pos.block];
    if (block?.kind !== 'text') continue;
    let parts = partsAfter(block, count, kind);
    // Else after a later mention with the same figure: that mention is then the count the parts are
    // held to (text-part-sum quotes it), as `f.reviews.again` (its figure the first's).
    let whole: FoundFact<N> | null = null;
    const g = new RegExp(re.source, 'g');
    let tried = 0;
    const againKey = `${key}.again`;
    const againRead = found.some((f) => f.fact.key === againKey);
    for (
      let bi = pos.block;
      !againRead && parts.length === 0 && bi < blocks.length && tried < MAX_MENTIONS;
      bi++
    ) {
      const b = blocks[bi]!;
      if (b.kind !== 'text') continue;
      const folded = foldedOf(b);
      g.lastIndex = bi === pos.block ? pos.end : 0;
      for (let m = g.exec(folded); m && parts.length === 0 && tried++ < MAX_MENTIONS; m = g.exec(folded)) {
        const sentence = folded.lastIndexOf('。', m.index - 1) + 1;
        if (num(m[1]) !== count.fact.value || !/信息公开/.test(folded.slice(sentence, m.index))) continue;
        // Quoted from its clause's start (因政府信息公开工作被申请行政复议4件), as the counts are.
        const start = Math.max(...[',', ';', '。'].map((c) => folded.lastIndexOf(c, m.index - 1))) + 1;
        const end = m.index + m[0].length;
        whole = {
          fact: {
            key: againKey,
            value: count.fact.value,
            quote: b.text.slice(start, end).trim(),
            pos: { block: bi, start, end },
          },
          node: b.node,
        };
        parts = partsAfter(b, whole, kind);
      }
    }
    if (whole && parts.length > 0) out.push(whole);
    out.push(...parts);
  }
  return out;
}

/** At most this many later mentions of a count are looked at for its parts. */
const MAX_MENTIONS = 16;
