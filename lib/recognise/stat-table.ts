/**
 * The 2008 form's statistics table (政府信息公开情况统计表: 指标名称 | 计量单位 | 年末统计 or 2015年度
 * [| 历年累计]), which reports of 2009–2018 print instead of the template's 表二–表四: its year's
 * counts of proactive disclosure, applications, reviews and suits, read as facts (`f.stat.*`) so the
 * text's own figures can be held to them (rules/text-table-mismatch.ts). The rows' words vary a
 * little (主动公开信息数, 主动公开文件数; 受理依申请公开信息总数, 受理政府信息公开申请总数); a row read
 * here is one whose words say which count it is, and a value that is not a whole number is none.
 */
import type { Fact, Report } from '../model';
import type { Block, SourceCell } from '../source';
import { cnCount, fold } from '../text';
import type { FoundFact } from './facts';

/** What the table's first column heads: 指标名称, 统计指标, 指标. */
const NAME_HEAD = /^(?:统计)?指标(?:名称)?$/;
/** The unit's column (计量单位, 单位). */
const UNIT_HEAD = /^(?:计量)?单位$/;
/** A column of totals since the start (历年累计): not the year's. */
const CUMULATIVE = /累计/;

/** 对申请的答复总数: the answers given, whose parts (同意公开, 同意部分公开, 否决公开, 其他) follow it. */
export const STAT_ANSWERS = 'f.stat.answers';
/** The later form's （二）申请办结数: the applications closed, 1.按时办结数 and 2.延期办结数 under it. */
export const STAT_CLOSED = 'f.stat.closed';

/** The rows read, by the words they open with; their parts (其中：1、网站公开) follow them. */
const ROWS: { key: string; words: RegExp }[] = [
  { key: 'f.stat.proactive_total', words: /^主动公开(?:政府)?(?:信息|文件)(?:总)?数/ },
  {
    key: 'f.stat.applications',
    words: /^(?:受理|收到)(?:依申请公开|政府信息公开)?(?:政府)?(?:信息)?(?:公开)?(?:申请)?(?:信息)?总?数/,
  },
  // 对申请的答复总数 (or 答复数; the later form's 申请答复数): read for its parts' sum (rules/stat-part-sum.ts).
  { key: STAT_ANSWERS, words: /^(?:对(?:申请的?)?答复|申请答复)(?:总)?数/ },
  // 申请办结数 (the later form's only): read for its two parts' sum (rules/stat-part-sum.ts).
  { key: STAT_CLOSED, words: /^申请办结(?:总)?数/ },
  { key: 'f.stat.reviews', words: /^(?:被申请)?行政复议(?:案件)?数/ },
  { key: 'f.stat.suits', words: /^(?:被提起)?行政诉讼(?:案件)?数/ },
];
/**
 * The ordinal the later form (2014–2018: 统计指标 | 单位 | 统计数) puts before its rows (（一）收到申请数,
 * 四、行政复议数量), taken off before the row's words are matched.
 */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;
/**
 * The later form's heading of 主动公开's channels (（二）通过不同渠道和方式公开政府信息的情况), a row without a
 * figure; not 回应解读's (（二）通过不同渠道和方式回应解读的情况), whose rows count press conferences.
 */
const CHANNELS_HEAD = /^通过不同渠道(?:和方式)?公开政府信息/;
/** Where a part's own parts start (其中：涉及国家秘密 under 不同意公开答复数): rows skipped to the next part. */
const SUB_PARTS = /^其中/;
/** A row that lists a part of the row above (其中：1、网站公开, 2、政府公报公开), with its number. */
const PART_ROW = /^(?:其中[:：]?)?\s*(\d+)\s*[、.．]/;
/** The year the table's column of figures is headed with (2012年度), kept as `f.stat.year`. */
export const STAT_YEAR = 'f.stat.year';
/**
 * The parts a row may list: a real table lists two or three channels (网站, 政府公报, 公开栏), five or
 * six ways of applying, four kinds of answer. A row listing more is not the form's: none is read.
 */
const MAX_PARTS = 8;
/** The parts of 主动公开 read as its channels (`f.stat.proactive_total.channel.N`). */
export const STAT_CHANNEL = 'f.stat.proactive_total.channel';
/**
 * The rows whose numbered parts are read, and the keys the parts take (`f.stat.applications.part.3`,
 * the third part row, blank or not: a gap in the numbers is a part not read).
 */
const PARTS: Record<string, string> = {
  'f.stat.proactive_total': STAT_CHANNEL,
  'f.stat.applications': 'f.stat.applications.part',
  [STAT_ANSWERS]: `${STAT_ANSWERS}.part`,
  [STAT_CLOSED]: `${STAT_CLOSED}.part`,
  // The later form's results: （一）维持具体行政行为数, （二）被依法纠错数, （三）其他情形数.
  'f.stat.reviews': 'f.stat.reviews.part',
  'f.stat.suits': 'f.stat.suits.part',
};
/** The rows whose parts are numbered （一）, （二）… rather than 1., 2. (the later form's results). */
const CN_NUMBERED = new Set(['f.stat.reviews', 'f.stat.suits']);
/** A part numbered with a Chinese ordinal in brackets. */
const CN_PART_ROW = /^[（(]([一二三四五六七八九])[）)]/;
/** 主动公开's running total (历年累计), where the table has that column: a text may give that figure. */
export const STAT_CUMULATIVE = 'f.stat.proactive_total.cumulative';

/** Whether a fact is a cell of the statistics table, not a sentence of the text. */
export const isStatFact = (key: string): boolean => key.startsWith('f.stat.');
/** The row a statistics table's fact was read from, as the page words it (`主动公开信息数`). */
export const statRow = (f: Fact): string => (f.label ?? '').replace(/^统计表·/, '');

/** A row's parts' keys, less their number (`f.stat.applications.part`, 主动公开's `…channel`). */
const partPrefix = (row: string): string => PARTS[row] ?? `${row}.part`;

/** The row a part was read under (`f.stat.reviews` for `f.stat.reviews.part.2`), or null for no part. */
export function statPartRow(key: string): string | null {
  for (const [row, prefix] of Object.entries(PARTS)) if (key.startsWith(`${prefix}.`)) return row;
  return null;
}

/** Where a part stands among its row's parts: 3 for `f.stat.applications.part.3`. */
export const statPartIndex = (key: string): number => Number(key.slice(key.lastIndexOf('.') + 1));

/** A row's parts the table gave a figure for, in their order (a blank part's number is not among them). */
export function statParts(report: Report, row: string): (Fact & { value: number })[] {
  const prefix = `${partPrefix(row)}.`;
  return report.facts
    .filter((f): f is Fact & { value: number } => f.key.startsWith(prefix) && f.value != null)
    .sort((a, b) => statPartIndex(a.key) - statPartIndex(b.key));
}

/** The statistics table's column is headed with another year than the report's (f.stat.year). */
export function statOtherYear(report: Report): Fact | null {
  const year = report.facts.find((f) => f.key === STAT_YEAR);
  return year?.value != null && report.year !== null && year.value !== report.year ? year : null;
}

const squeeze = (s: string) => fold(s).replace(/\s+/g, '');
/** The longest row name kept (受理政府信息公开申请总数 is 12 characters): a page's longer one is cut. */
const NAME_MAX = 40;
/** A row's name as labels keep it, cut to NAME_MAX characters with an ellipsis. */
const rowName = (name: string) => (name.length > NAME_MAX ? `${name.slice(0, NAME_MAX)}…` : name);

/** A cell's whole number (`86`, ` 1,234 `), with where its figures sit in the cell's text; else null. */
function figure(text: string): { value: number; start: number; end: number } | null {
  const m = /^(\s*)(\d{1,3}(?:,\d{3}){1,2}|\d{1,9})\s*$/.exec(fold(text));
  if (!m) return null;
  const start = m[1]!.length;
  return { value: Number(m[2]!.replace(/,/g, '')), start, end: start + m[2]!.length };
}

/**
 * A part row of `parent`'s (`1.当面申请数`; for the later form's results `（一）维持具体行政行为数`): its
 * number and where its words start; null for any other row, and for a row the form reads as a row of
 * its own (（一）收到申请数 after 行政复议数 is no result of the reviews).
 */
function partOf(parent: string, name: string): { n: number; at: number } | null {
  const digits = PART_ROW.exec(name);
  if (digits) return { n: Number(digits[1]), at: digits[0].length };
  const cn = CN_NUMBERED.has(parent) ? CN_PART_ROW.exec(name) : null;
  if (!cn || ROWS.some((r) => r.words.test(name.slice(cn[0].length)))) return null;
  return { n: cnCount(cn[1]!), at: cn[0].length };
}

/** Every 2008-form statistics table's year's counts, as facts quoting their rows. */
export function statTableFacts<N>(blocks: Block<N>[]): FoundFact<N>[] {
  const found: FoundFact<N>[] = [];
  const have = new Set<string>();
  blocks.forEach((b, bi) => {
    if (b.kind !== 'table') return;
    const rows = b.table.rows;
    // Its head in the first four rows (a caption, an empty row, a title above it): a 表三 of thirty rows
    // is not read through for it.
    // (指 is the same character in both scripts: a cell without it is passed over unfolded.)
    const head = rows
      .slice(0, 4)
      .findIndex((r) => r[0]?.text.includes('指') && NAME_HEAD.test(squeeze(r[0].text)));
    if (head < 0) return;
    const heads = rows[head]!.map((c) => squeeze(c.text));
    const unit = heads.findIndex((h) => UNIT_HEAD.test(h));
    if (unit < 1) return;
    // The year's column: the first after the unit's that is not a running total.
    const col = heads.findIndex((h, i) => i > unit && h !== '' && !CUMULATIVE.test(h));
    if (col < 0) return;
    const since = heads.findIndex((h, i) => i > unit && CUMULATIVE.test(h));
    // The column headed with a year (2012年度): that year, the header cell quoted.
    const headed = /^((?:19|20)\d{2})年度?$/.exec(heads[col]!);
    if (headed && !have.has(STAT_YEAR)) {
      have.add(STAT_YEAR);
      const cell = rows[head]![col]!;
      const start = cell.text.length - cell.text.trimStart().length;
      found.push({
        fact: {
          key: STAT_YEAR,
          value: Number(headed[1]),
          // As read, white space dropped (2012\n年度 in the markup): the page finds it without.
          quote: heads[col]!,
          label: '统计表·年度',
          pos: { block: bi, start, end: cell.text.trimEnd().length },
        },
        node: cell.node,
      });
    }
    // The row whose parts follow (its fact read from this table), its part rows so far, and whether
    // the rows now are a part's own parts (skipped until the next part in turn).
    let parent: string | null = null;
    let parts: { name: string; cell: SourceCell<N> }[] = [];
    let nested = false;
    const here = new Set<string>();
    const flush = () => {
      if (parent && parts.length <= MAX_PARTS)
        parts.forEach((p, i) => {
          const f = fact(`${partPrefix(parent!)}.${i + 1}`, p.name, p.cell);
          if (f) found.push(f);
        });
      parent = null;
      parts = [];
      nested = false;
    };
    const fact = (key: string, label: string, at: SourceCell<N>): FoundFact<N> | null => {
      const fig = figure(at.text);
      if (!fig || have.has(key)) return null;
      have.add(key);
      // The quote is the cell's figure as printed, which the page marks; the label says which row.
      const f: Fact = {
        key,
        value: fig.value,
        quote: at.text.slice(fig.start, fig.end),
        label: `统计表·${rowName(label)}`,
        pos: { block: bi, start: fig.start, end: fig.end },
      };
      return { fact: f, node: at.node };
    };
    for (const row of rows.slice(head + 1)) {
      // Rows of one cell per column only: a merged cell would shift the year's column.
      if (row.length !== heads.length || row.some((c) => c.colspan > 1)) {
        flush();
        continue;
      }
      const name = squeeze(row[0]!.text);
      const part = parent ? partOf(parent, name) : null;
      if (part) {
        // Numbered 1, 2, 3…: a number out of turn ends the list. It starts a list of its own (the
        // form's 否决公开答复数 is followed by 其中：1.涉及国家秘密, 2.…, parts of that part, and
        // then 4.其他类型答复数), or a row is missing: what follows is not read as the row's parts.
        if (part.n !== parts.length + 1) {
          flush();
          continue;
        }
        // Kept up to one more than are read: enough to tell a row that lists too many.
        if (parts.length <= MAX_PARTS) parts.push({ name: name.slice(part.at), cell: row[col]! });
        nested = false;
        continue;
      }
      const words = name.replace(ORDINAL, '');
      const kind = ROWS.find((r) => r.words.test(words));
      // A part's own parts, unnumbered (其中：涉及国家秘密, 涉及商业秘密…): skipped, the list going on
      // at the next part in turn. Any other row ends the list.
      if (parent && parts.length > 0 && !kind && words === name && (nested || SUB_PARTS.test(name))) {
        nested = true;
        continue;
      }
      flush();
      // The later form's channels, under a heading of their own after 主动公开's row.
      if (
        !kind &&
        CHANNELS_HEAD.test(words) &&
        here.has('f.stat.proactive_total') &&
        !here.has(STAT_CHANNEL)
      ) {
        here.add(STAT_CHANNEL);
        parent = 'f.stat.proactive_total';
        continue;
      }
      if (!kind) continue;
      // Named without the ordinal: 收到申请数, not (一)收到申请数.
      const f = fact(kind.key, words, row[col]!);
      if (!f) continue;
      found.push(f);
      here.add(kind.key);
      if (kind.key === 'f.stat.proactive_total' && since > 0) {
        const total = fact(STAT_CUMULATIVE, `${words}（${heads[since]}）`, row[since]!);
        if (total) found.push(total);
      }
      // Parts only of a row read here: a second table's parts are not the first's.
      if (PARTS[kind.key]) parent = kind.key;
    }
    flush();
  });
  return found;
}
