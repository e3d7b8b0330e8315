/**
 * Publication dates written outside the prose: in a portal's info-box table (发布日期 | 2021-01-29),
 * or standing alone under the report's heading (`[ 2022-01-28 ]`).
 */
import type { Block } from '../source';
import { CN_YEAR, cnCount, cnYearDigits, fold, normLabel } from '../text';
import { foldedOf, normOf } from './blocktext';
import type { FoundFact } from './facts';

/**
 * Words of a date's label, any of them, each as written or spaced out to line up with an info box's
 * other labels (发 布 日 期：, 索 引 号：): `(?:发\s{0,3}布|…)`.
 */
const spaced = (...words: string[]) => `(?:${words.map((w) => [...w].join(String.raw`\s{0,3}`)).join('|')})`;
/** The label's end: 日期 or 时间. */
const WHEN = spaced('日期', '时间');
/** A date (2021-01-29, 2021年1月29日), its year, month and day captured. */
const YMD = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`;

/**
 * A labelled publication date in the prose: 发布时间：2021-01-29, 公开日期: 2021年1月29日, its label
 * spaced out. Not 更新时间: a page edited since shows the edit's date, and a report published on time
 * would be called late.
 */
export const PUBLISHED = new RegExp(
  String.raw`${spaced('发布', '发稿', '公开', '上传')}\s{0,3}${WHEN}\s*(?::\s*)?${YMD}`,
);
/**
 * A bare 日期：/时间： label, as in portal info bars; read only when nothing says 发布. After a list's
 * bullet too, with no space between (•时间:2020-01-23 14:59: a printed page's info bar).
 */
export const DATED = new RegExp(String.raw`(?:^|[\s|｜•·●▪◆■])${WHEN}\s*:\s*${YMD}`);
export const ymd = (m: RegExpExecArray) => Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);

const TABLE_DATE = new RegExp(String.raw`${spaced('发布', '公开', '发文')}\s{0,3}${WHEN}\s*(?::\s*)?${YMD}`);

/** A publication date written in an info-box table (发布日期 | 2021-01-29), as a fact. */
export function tableDate<N>(blocks: Block<N>[]) {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.table.rows) {
      const text = row.map((c) => c.text.trim()).join(' ');
      const m = TABLE_DATE.exec(fold(text));
      if (m)
        return {
          value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
          quote: text.slice(m.index, m.index + m[0].length),
        };
    }
  }
  return null;
}

// Portal style only (`2022-01-28`, `[ 2022/01/28 16:26 ]`), alone or before the info bar's other
// labels (`2022-01-28 16:26 来源：XX局`): a `（2022年1月20日）` under the title is the document's own date.
const BARE_DATE =
  /^[[【]?\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[\]】])?\s*(?=$|(?:信息)?(?:来源|作者|浏览|点击|阅读|访问|字号|责任编辑|编辑|【))/;

/**
 * A date standing alone just under the report's heading (`[ 2022-01-28 ]`, `2022-01-28 16:26`), as
 * portals print the publication date without a label. Only the few blocks after the heading: a
 * date further down is the report's signature (成文) date, not its publication.
 */
export function bareDate<N>(blocks: Block<N>[], title: string) {
  const at = headingBlock(blocks, title);
  if (at < 0) return null;
  // The title again a few blocks down (the portal's heading, a QR code's words, then the article's
  // own): the date may be under either.
  const t = normLabel(title);
  let last = at;
  for (let i = at + 1; i < Math.min(at + 1 + AFTER, blocks.length); i++) if (heads(blocks[i], t)) last = i;
  for (const b of blocks.slice(at + 1, last + 4)) {
    if (b.kind !== 'text') continue;
    const folded = fold(b.text);
    const lead = folded.length - folded.trimStart().length;
    const m = BARE_DATE.exec(folded.trim());
    if (m)
      return {
        value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
        quote: b.text.slice(lead, lead + m[0].length).trim(),
        node: b.node,
      };
  }
  return null;
}

/** Whether `b` holds the title `t` (normalised) with little else: the report's heading. */
function heads(b: Block<unknown> | undefined, t: string): boolean {
  // Every title holds 报 (报告, 年报): a page's hundreds of short links and labels without it are not
  // normalised to be compared.
  return (
    b?.kind === 'text' &&
    b.text.length <= t.length + 40 &&
    (b.text.includes('报') || b.text.includes('報')) &&
    normOf(b).includes(t)
  );
}

/** The first text block that holds the report's title with little else (its heading), or -1. */
export function headingBlock(blocks: Block<unknown>[], title: string): number {
  const t = normLabel(title);
  return t ? blocks.findIndex((b) => heads(b, t)) : -1;
}

/**
 * Whether block `at`, holding a date, is the heading's own line or an info bar right under it (one or
 * two blocks down), and names no other year's report.
 */
export function underHeading(
  blocks: Block<unknown>[],
  at: number,
  title: string,
  year: number | null,
): boolean {
  const t = normLabel(title);
  const block = blocks[at];
  if (!t || block?.kind !== 'text' || listsOther(foldedOf(block), year)) return false;
  return heads(block, t) || heads(blocks[at - 1], t) || heads(blocks[at - 2], t);
}

/**
 * Where a page prints its report's own publication date: an info bar in the few blocks under the
 * heading, or an index box in those above it (the fixtures' portals put it 1 block under, or up to 4
 * above). A 发布时间 further off is another item's: a related-reports list after the article, a
 * sidebar's latest news, a footer's 网站更新时间.
 */
const AFTER = 4;
const BEFORE = 8;

/** A report of another year named in a block: `最新发布：XX区2021年政府信息公开工作年度报告 2022-04-20`. */
const OTHER_REPORT = /(\d{4})\s*年度?[^。;；]{0,40}?(?:报告|年报)/g;

/** Whether a block names a report of another year than `year`: its date is that report's. */
function listsOther(folded: string, year: number | null): boolean {
  if (year === null) return false;
  for (const m of folded.matchAll(OTHER_REPORT)) if (Number(m[1]) !== year) return true;
  return false;
}

/** The blocks round the heading at `heading` where its info bar or index box may be: under it, then above, nearest first. */
function aroundHeading(count: number, heading: number): number[] {
  const order: number[] = [];
  for (let i = heading + 1; i <= heading + AFTER && i < count; i++) order.push(i);
  for (let i = heading - 1; i >= heading - BEFORE && i >= 0; i--) order.push(i);
  return order;
}

/**
 * The labelled publication date nearest the heading at `heading`, as a fact: the heading's own block
 * and the blocks under it first (an info bar), then those above it, nearest first; 发布时间 before a bare 日期. A block that
 * names a report of another year than `year` lists that report, with its date.
 */
export function publishedNear<N>(
  blocks: Block<N>[],
  heading: number,
  year: number | null,
): FoundFact<N> | null {
  // The heading's own block first: `XX局2021年…报告 发布时间：2022-01-25` on one line.
  const order = [heading, ...aroundHeading(blocks.length, heading)];
  for (const re of [PUBLISHED, DATED])
    for (const bi of order) {
      const block = blocks[bi]!;
      if (block.kind !== 'text') continue;
      const folded = foldedOf(block);
      const m = re.exec(folded);
      if (!m || listsOther(folded, year)) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      const pos = { block: bi, start, end };
      return {
        fact: { key: 'f.published', value: ymd(m), quote: block.text.slice(start, end), pos },
        node: block.node,
      };
    }
  return null;
}

/**
 * Where no date is labelled on its own line: one whose label a narrow info box wraps round it, or
 * whose label stands on the line above it (splitLabelDate), in the blocks under the report's heading
 * or above it (as publishedNear looks), as a fact.
 */
export function wrappedLabelDate<N>(
  blocks: Block<N>[],
  title: string,
  year: number | null,
): FoundFact<N> | null {
  const heading = headingBlock(blocks, title);
  if (heading < 0) return null;
  for (const bi of aroundHeading(blocks.length, heading)) {
    const found = splitLabelDate(blocks, bi, year);
    if (found) return found;
  }
  return null;
}

/** A line ending on a label's first characters (`发布日`, `公开时`), as a narrow column wraps it. */
const LABEL_HEAD = /(?:发布|发稿|公开|上传)(?:日|时)\s*$/;
/** The line after the date, starting with the label's end (`期：`, `间：`). */
const LABEL_TAIL = /^\s*(?:期|间)\s*:/;
const DATE_START = new RegExp(String.raw`^\s*${YMD}`);
/** A block that is a publication date's label and nothing else (a list's bullet before it). */
const LABEL_ALONE = new RegExp(
  String.raw`^[\s•·●▪■◆*]*${spaced('发布', '发稿', '公开', '上传', '发文')}\s{0,3}${WHEN}\s*(?::\s*)?$`,
);

/**
 * A publication date whose label a narrow info box wraps round it, a line each (a page printed
 * narrow: `发布日` | `2021-04-06 有效性：有效` | `期：`): the date opening the block after one that ends on the
 * label's head, the block after it opening with the label's tail. Null for anything else.
 */
function splitLabelDate<N>(blocks: Block<N>[], bi: number, year: number | null): FoundFact<N> | null {
  const [head, mid, tail] = [blocks[bi], blocks[bi + 1], blocks[bi + 2]];
  if (head?.kind !== 'text' || mid?.kind !== 'text') return null;
  // (Or the whole label alone, the date in the next block: an index box of a label and a value a
  // line each, • 发布日期 | 2023-01-17.)
  const alone = LABEL_ALONE.test(foldedOf(head));
  if (
    !alone &&
    !(LABEL_HEAD.test(foldedOf(head)) && tail?.kind === 'text' && LABEL_TAIL.test(foldedOf(tail)))
  )
    return null;
  const folded = foldedOf(mid);
  const m = DATE_START.exec(folded);
  if (!m || listsOther(folded, year)) return null;
  const start = m[0].length - m[0].trimStart().length;
  const pos = { block: bi + 1, start, end: m[0].length };
  return {
    fact: { key: 'f.published', value: ymd(m), quote: mid.text.slice(start, m[0].length), pos },
    node: mid.node,
  };
}

/** A day or month in Chinese numerals (三, 十, 二十一, 三十): cnCount reads them. */
const CN_DAY = '[一二三四五六七八九十]{1,3}';
/**
 * A date standing alone as a paragraph, as a report is signed (成文日期) under its last words:
 * 2013年3月10日, or in Chinese numerals (二○一三年三月十日). The year, month and day captured (1–3 in
 * digits, 4–6 in Chinese numerals).
 */
const SIGNED = new RegExp(
  String.raw`^(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(${CN_YEAR})\s*年\s*(${CN_DAY})\s*月\s*(${CN_DAY})\s*日)$`,
);

/**
 * The report's signature date: the last paragraph after its heading that is a date alone (in digits
 * or Chinese numerals, with 年, 月 and 日), as a `f.signed` fact (yyyymmdd); null where none, or where
 * the date is not one (二○一三年十三月…).
 */
export function signedDate<N>(blocks: Block<N>[], title: string): FoundFact<N> | null {
  const at = headingBlock(blocks, title);
  if (at < 0) return null;
  for (let i = blocks.length - 1; i > at; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.aside || b.text.length > 40) continue;
    const text = b.text.trim();
    const m = SIGNED.exec(fold(text));
    if (!m) continue;
    const [y, mo, d] = m[1]
      ? [Number(m[1]), Number(m[2]), Number(m[3])]
      : [Number(cnYearDigits(m[4]!)), cnCount(m[5]!), cnCount(m[6]!)];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const start = b.text.indexOf(text);
    return {
      fact: {
        key: 'f.signed',
        value: y * 10000 + mo * 100 + d,
        quote: text,
        pos: { block: i, start, end: start + text.length },
      },
      node: b.node,
    };
  }
  return null;
}
