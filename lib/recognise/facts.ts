/**
 * Figures stated in the report's prose, each with the clause it was read from and where that
 * clause sits, so a finding can quote it and the page can highlight it.
 */
import { APPLICATIONS_AGAIN, PRIOR_YEAR, PROACTIVE_AGAIN } from '../keys';
import type { Fact } from '../model';
import type { Block } from '../source';
import { cnCount, PUBLICATION_CHANNEL } from '../text';
import { foldedOf } from './blocktext';
import { DATED, PUBLISHED, ymd } from './dates';
import { figureYear, notThisYear, partOfTime, TO_YEAR_END, type When } from './years';

/** A fact plus the node of the text block its quote was read from. */
export interface FoundFact<N> {
  fact: Fact;
  node: N | null;
  /**
   * The year the sentence puts a count in, where it names one (`2019年…收到申请48件`), read while
   * the report's year is not yet known: a count of another year sends the reader round again.
   */
  when?: When;
  /**
   * The body the sentence names as the count's subject, where it names one other than itself
   * (`区教育局收到申请30件`; not 本机关, 我局): kept for the caller, who knows the report's agency.
   */
  who?: string;
}

/** What the report is known to be once its title is read: its years and its agency. */
export interface FactScope {
  years: readonly number[];
  agency: string | null;
}

/**
 * True when a count the sentence puts in `when`, with `who` as its subject, is not the report's
 * (see notThisYear, otherBody): the same test on the first reading's notes and on the second.
 */
export function outOfScope(
  when: When | null | undefined,
  who: string | null | undefined,
  scope: FactScope,
): boolean {
  return notThisYear(when, scope.years) || otherBody(who, scope.agency);
}

/** The report's main counts of the year: 主动公开, applications received, reviews, suits. */
const MAIN_COUNTS = ['f.proactive_total', 'f.applications_received', 'f.reviews', 'f.suits'];
/**
 * In how many sentences the prose must put them in the year before, and none in its own, to be that
 * year's text (one sentence may look back: 2019年，区政府主动公开信息10000条，收到申请40件).
 */
const PRIOR_YEAR_MIN = 2;

/**
 * The report's main counts where its prose puts each in the year before the report's (`2019年，区政府
 * 通过门户网站主动公开政府信息12856条`, `2019年，区政府共新收政府信息公开申请56件` in a 2020 report) and
 * states none of them in its own year: last year's text kept, or the year miswritten throughout. Such
 * counts of this body in two sentences or more, from the first reading (`first`, before the year was known), and
 * none of those kinds in the second (`scoped`): a comparison (2019年收到申请40件，2020年收到56件) names
 * the report's year too. Where the report has two years (its title's and its period's), none. As facts
 * under PRIOR_YEAR, for year-mismatch to name, each quoting its sentence from its start, where the
 * year is named.
 */
export function priorYearCounts<N>(
  blocks: Block<N>[],
  first: FoundFact<N>[],
  scoped: FoundFact<N>[],
  scope: FactScope,
): FoundFact<N>[] {
  if (scope.years.length !== 1 || scoped.some((f) => MAIN_COUNTS.includes(f.fact.key))) return [];
  const prior = scope.years[0]! - 1;
  const counts = first.filter(
    (f) =>
      MAIN_COUNTS.includes(f.fact.key) &&
      f.when === prior &&
      f.fact.value !== null &&
      !otherBody(f.who, scope.agency),
  );
  const facts = counts.map((f) => {
    const fact: Fact = { ...f.fact, key: PRIOR_YEAR + f.fact.key.slice(2) };
    const pos = f.fact.pos;
    const block = pos && blocks[pos.block];
    if (pos && block?.kind === 'text') {
      let start = sentenceStart(foldedOf(block), pos.start);
      while (start < pos.start && /\s/.test(block.text[start]!)) start++;
      fact.quote = block.text.slice(start, pos.end);
      fact.pos = { ...pos, start };
    }
    return { fact, node: f.node };
  });
  const sentences = new Set(
    facts.map(({ fact }) => (fact.pos ? `${fact.pos.block}:${fact.pos.start}` : fact.quote)),
  );
  return sentences.size < PRIOR_YEAR_MIN ? [] : facts;
}

/**
 * Counts that belong to a year and a body: the report's, unless the sentence names another. (The
 * 主动公开 parts are their total's: not looked at one by one, as a sentence may list thousands.)
 */
const SCOPED_KEYS = /^f\.(?:applications_|reviews|suits|normative_made|proactive_total)/;
/**
 * How many counts of one kind a block is searched through for the first that is this body's, for
 * the year: a real report has a few; a hostile block of thousands in one sentence would cost a pass
 * over the sentence each.
 */
export const MAX_CANDIDATES = 64;

const CLAUSE_END = /[。！？；;，,\n]/;
/** A sentence's end (a list's items may be set apart by ；, which does not end it). */
const SENTENCE_END = /[。！？!?\n]/;

/**
 * A count written as an estimate or a bound: a word before its figure (约, 近, 逾, 超过, 不足 …), 余 or
 * 多 between the figure and its unit (1200余条), a figure in 万 (1.17万条: rounded to its last digit), or a
 * word after the unit (50件以上, 50件左右).
 */
const ROUGH_BEFORE = /(?:约|近|逾|超过|超|多于|不足|不到|少于|将近|接近|大约|上万|数以)\s*\d[\d,]*\s*\S$/;
const ROUGH_BETWEEN = /\d\s*(?:(?:余|多)|万\s*(?:余|多)?)\s*\S$/;
const ROUGH_AFTER = /^\s*(?:以上|以下|左右|上下|之多|有余|开外)/;

/** Whether the count matched at [start, end) of `folded` (its unit last) is written as an estimate. */
export function roughAt(folded: string, start: number, end: number): boolean {
  const matched = folded.slice(Math.max(start, end - 16), end);
  return (
    ROUGH_BETWEEN.test(matched) || ROUGH_BEFORE.test(matched) || ROUGH_AFTER.test(folded.slice(end, end + 4))
  );
}

/** The clause around [start, end) of `text`, trimmed, with its offsets. */
function clause(text: string, folded: string, start: number, end: number, past = true) {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(folded[a - 1]!)) a--;
  // A bracket after the figure is quoted where it closes in the clause (办结367件(含上年度结转15件)), and
  // left out where the clause ends inside it (…共发布信息2128条(其中微信发布752条,…: a quote ending in
  // `(其中微信发布752条` reads as cut). Not `past` the figure: the quote ends with it. A colon or a 、
  // outside brackets ends it too: what follows lists the figure's parts (171条：基层政务公开领域信息124条，…)
  // or is the next item of a list (网站共发布信息2885条、微信公众号发布信息3122条、…).
  let b = end;
  let open = -1;
  for (; past && b < folded.length && !CLAUSE_END.test(folded[b]!); b++)
    if (folded[b] === '(' && open < 0) open = b;
    else if (folded[b] === ')') open = -1;
    else if (open < 0 && (folded[b] === ':' || folded[b] === '、')) break;
  if (open >= 0) b = open;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { quote: text.slice(a, b), start: a, end: b };
}

/** A match's figure as a number; null where none was given (a placeholder, or nothing: see countOf). */
export const num = (s: string | undefined) =>
  s === undefined
    ? null
    : /^\d/.test(s)
      ? s.endsWith('万')
        ? Math.round(Number.parseFloat(s.replace(/,/g, '')) * 10000)
        : Number(s.replace(/,/g, ''))
      : /^[〇零一二两三四五六七八九十]/.test(s)
        ? cnCount(s)
        : null;

const D = '[一二两三四五六七八九]';
/**
 * A count in Chinese numerals, well formed, 0 to 9999 (两, 十二, 五十六, 一百零五, 一千二百三十): the
 * figure a report writes in words (`被申请行政复议一件`, `收到申请五十六件`). Only a whole numeral:
 * 数十件, 十余件 and 上百件 say no number, and are not matched (the unit must follow).
 */
export const CN_COUNT = `(?:${D}千(?:零?${D}百)?(?:零?${D}?十)?(?:零?${D})?|${D}百(?:零?${D}?十)?(?:零?${D})?|${D}?十${D}?|${D}|[〇零])`;

/**
 * CN_COUNT where it is a count: not 一起 (together: 将行政复议和行政诉讼一起纳入考核) nor a span of time
 * (一个月内, 两个工作日).
 */
export const CN_FIGURE = `(?!一\\s*起|${CN_COUNT}\\s*个\\s*(?:月|工作日|小时|季度|阶段|方面))${CN_COUNT}`;

/** A count's figure: digits, with commas between thousands where written so (1,056). */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?!\d)|\d+`;
/**
 * A template's placeholder left where a figure goes (`XX件`, `××条`), or the blank a form leaves for
 * it (`___件`, `（ ）件`; folded, so ＿ and （） are _ and ()).
 */
export const PLACEHOLDER = String.raw`(?:[Xx×*]{1,3}|_{1,12}|\(\s{0,6}\))`;
/** What makes 件 or 条 a word's first character rather than a count's unit (条例, 条目, 条款, 件数). */
const NOT_A_COUNT = '[例目款数]';
/**
 * A space where the figure was, before its unit (`收到政府信息公开申请 件`, `主动公开政府信息 条`): Chinese is
 * written without spaces, so one left before 件 or 条 is a figure deleted in editing. Not 条例, 条目,
 * 条款, 件数, 条数.
 */
const GAP = String.raw`(?<=[^\s\d]\s{1,12})(?=[件条](?!${NOT_A_COUNT}))`;
/** A match that ends on such a space and its unit (PROACTIVE's, whose figure is optional). */
const GAP_BEFORE_UNIT = /[^\s\d]\s+[件条]$/;
/**
 * A count's object and its unit with nothing between, the clause ending there (`发布和更新信息条。`,
 * `编辑发布信息条，`): the figure deleted with no space left. (`信息条目`, `信息条例` go on; `依申请公开
 * 信息件` is no 主动公开 count, and is passed over before this is asked.)
 */
const NO_FIGURE_BEFORE_END = /(?:信息|文件)条$/;
const CLAUSE_ENDS = /^[。，,；;]/;
/** The unit not a count's after all: 条例, 条目, 条款, 件数, 条数. */
const NOT_COUNT_AFTER = new RegExp(`^${NOT_A_COUNT}`);
/**
 * `total` (共, 共计 …) where written, then a count's figure with the space before its unit: digits, a
 * template's placeholder, nothing between the total word and 件/条 (`共件`: lost in editing; not
 * `共个别`), or a space left where the figure was (GAP). Group 1 is the figure, undefined where none is written; a placeholder or nothing is a
 * figure promised and not given, read as null (text-blank-number).
 *
 * Each run of whitespace is taken by one quantifier with a required token after it: two \s* with
 * only optional words between them share a run out in every possible way, and a page with a long run
 * of spaces (Word's &nbsp; padding, or a hostile page) took seconds to minutes.
 */
const countOf = (total: string) =>
  String.raw`\s*(?:(?:${total})\s*)?(?:(${DIGITS}|${CN_FIGURE}|${PLACEHOLDER})\s*|(?<=[共计]\s{0,12})(?=[件条])|${GAP})`;

/**
 * A 主动公开/发布 count: 主动公开政府信息N条, 发布各类信息共N条, and 主动公开总数N条 (the count named by its
 * total, in 主动 words only); 主动公开政府信息条数N条 (its unit not 条数: read on to the figure). Groups: 1 主动,
 * 2 共计/合计/累计, 3 the figure (1.17万 too: an estimate).
 */
const PROACTIVE = new RegExp(
  String.raw`(主动)?(?:公开|发布|公布|新增(?:和|及|并)更新)(?:[^。；;，,、\d]|\d(?![\d,]*\s*(?:条|件|篇|份))|、(?=[^。；;，,]{0,20}?等)){0,24}?(?:政府信息|政务信息|政务文件|信息|文件|(?<=主动公开)(?:总数|总量|数量))(?:\s*\([^()。;]{1,40}\))?(?:[^。；;，,、\d\s]|\s(?!\s)){0,4}?\s*(?:(共计?|合计|累计)\s*)?(?:(\d[\d,]*(?:\.\d+)?\s*万|\d[\d,]*|${PLACEHOLDER})\s*)?(?:(?:余|多)\s*)?(?:条|件|篇|份)(?!数)`,
  'g',
);
/**
 * A 主动公开 count with its figure first (主动公开907条, 主动公开1945条信息, 主动公开共计20条政务信息, 主动公开的
 * 173条), or a
 * 公开 or 发布 one whose object follows it (通过不同渠道公开了21218条政府信息, 在…目录发布了122条信息): the
 * groups as PROACTIVE's (1 主动, 2 共计, 3 the figure), 4 the object; the clause ending after it.
 */
const PROACTIVE_BARE =
  /(主动)?(?:公开|发布)(?:了|(?<=主动公开)的)?\s*(?:(共计?|合计|累计|总计)\s*)?(\d[\d,]*)\s*(?:(?:余|多)\s*)?条((?:各类)?(?:政府|政务)?信息)?(?=\s*(?:[,;。]|$))/g;
/**
 * 公开 as a noun, the count of it: 政府信息公开发布总量为116件, 完成政府信息公开301条, 政务信息公开共23条 (groups as
 * PROACTIVE's: 1 主动, 2 共计, 3 the figure). Read only with 总量, 总数, 共 or 完成 before it (readProactive): a
 * column of that name is a kind (其中政务动态161条，信息公开71条).
 */
const PROACTIVE_NOMINAL =
  /(?<!申请)(主动)?(?:政府|政务)?信息公开(?:发布)?(?:总量|总数)?(?:为|是|达)?\s*(?:(共计?|合计)\s*)?(\d[\d,]*)\s*(?:(?:余|多)\s*)?(?:条|件)(?!数)/g;
// A label takes single spaces, not a run of them: the run is the \s* before the figure's alone.
// (A report's name may open with its year: 2021年信息公开年报1条, an item of the list; no other name does.)
const PART =
  /((?:\d{4}年度?(?=[^\d,，、;；:：。…]{0,12}(?:年报|报告)))?(?:[^\d,，、;；:：。…\s]|\s(?!\s)){1,24}?)\s*(\d[\d,]*)\s*(?:(?:余|多)\s*)?(?:条|件|篇|份)/g;
/** A new-media account (微信公众号, 微博, 抖音 …), and anywhere else a report publishes (its website, 公开栏 …). */
const NEW_MEDIA = /微博|微信|公众号|服务号|订阅号|新媒体|客户端|app|头条|抖音|快手|视频号|小程序/i;
// The boards and screens are PUBLICATION_CHANNEL's (lib/text.ts): both lists name them.
const OTHER_CHANNEL =
  /网站|网页|门户|政务网|政府网|平台|专栏|报刊|报纸|广播|电视|公开栏|公示栏|宣传栏|公告栏|电子屏|显示屏|公报|多种|渠道|途径/;
/** What ends the list item before a count: , ; 、 or a sentence's 。 (see leadStart). */
const ITEM_START = /[,;、。]/;
/** A new-media account called a platform (微信平台, 政务新媒体平台, 新媒体网络平台): no other channel. */
const MEDIA_PLATFORM = new RegExp(`(?:${NEW_MEDIA.source})(?:公众|网络)?平台`, 'gi');
/** A name in quotation marks: an account's own name may hold a channel's word (“某某县政府门户网”微信公众号). */
const QUOTED_NAME = /[“"「『][^“”"「」『』]{1,30}[”"」』]/g;
/**
 * Whether a count's words name new-media accounts as where it was published, and nowhere else. The
 * other channels are looked for outside quoted names: “衡山县政府门户网”微信公众发布信息899条 is the
 * account's count, not the portal's.
 */
const newMediaOnly = (words: string) =>
  NEW_MEDIA.test(words) && !OTHER_CHANNEL.test(words.replace(QUOTED_NAME, '').replace(MEDIA_PLATFORM, ''));

/**
 * A site of one kind of notice: procurement's (云南省政府采购网), trading's (公共资源交易网), tenders',
 * credit's (信用中国), law enforcement's (执法公示平台).
 */
const KIND_SITE =
  /(?:政府)?采购网站?|(?:公共资源)?交易(?:中心)?网|招标网|信用中国|信用信息公示系统|执法公示平台/g;
/** KIND_SITE, once (a global expression keeps where it last stopped). */
const KIND_SITE_NAMED = new RegExp(KIND_SITE.source);
/**
 * Whether a count's words name such sites as where it was published, and nowhere else (全年在云南省政府采购
 * 网公开信息7条, a town's 2025: its procurement notices, not its 主动公开 total; not …采购网站、区政府网站).
 */
const kindSiteOnly = (words: string) =>
  KIND_SITE_NAMED.test(words) && !OTHER_CHANNEL.test(words.replace(KIND_SITE, '')) && !NEW_MEDIA.test(words);

/**
 * What a 公开 right after it is not 主动公开: on application (依申请公开, 收到申请公开政府信息4件), or an
 * application's or a document's outcome (予以公开, 不予公开, 部分公开).
 */
const ANSWERED_LEAD = /(?:申请|予以|不予|部分)$/;
/** A part's name that opens with a verb: 主动公开文件597份, 发布政策解读14篇 (after 其中, 另, 并). */
const VERB_LEAD = /^[\s:、.]*(?:其中|另|并|还)?[\s:]*(?:主动)?(?:公开|发布|制发|印发|推送|转载)/;
/** A part's own parts after it: 其中, 内有, 包括, 含 (…机构类信息20条,内有领导成员10条、…). */
const SUB_LIST = /^[\s:]*(?:其中|内有|内含|包括|包含|含)/;
/**
 * What opens the parts after a total: 其中, 分别, 包括, 含, and the kinds it names (公开类别主要涉及…, 涵盖…,
 * 具体为…, 信息类别包括…, 主要类别包括：…, 类别有：…: some of the parts, as after 其中); or a colon
 * right after the total, before the first part's name (政府信息总数171条：基层政务公开领域信息124条，…),
 * read as 其中 is: perhaps only some of them.
 */
const PART_INTRO =
  /^[\s,，:：]*(?:其中|分别是|分别为|分别|包括|含|(?:公开类别|公开内容|类别)?(?:主要)?(?:涉及|涵盖)|(?:信息|公开)?(?:主要)?类别(?:主要)?包括|类别有\s*:|具体(?:为|是|包括))|^\s*[:：](?=\s*(?:\d{1,2}\s*[.、．]\s*)?[^\d\s,，:：;；。])/;
/**
 * The heading of the total's kinds in the 2008 form's section two (（二）主动公开政府信息的主要类别), a block of
 * its own or the start of the block it heads.
 */
const CATEGORY_HEADING =
  /^\s*(?:\(?\s*[一二三四五六七八九十\d]{1,3}\s*[)、.]\s*)?主动公开(?:政府)?信息的?(?:主要)?(?:类别|类型|种类)\s*(?:[。.:]\s*)?/;
/** A count of information its kinds are then said of: 在政府网站公开的290条信息中, 在主动公开的32条政府信息中. */
const inCount = (figure: string) => String.raw`在[^,;。\d]{0,16}?公开的\s*${figure}\s*条(?:政府)?信息中`;
const IN_COUNT = inCount(String.raw`\d+`);
/** The 主动公开 information a count is of, its figure captured: 主动公开的68条信息中 (IN_PROACTIVE with its 在). */
const PROACTIVE_COUNT = String.raw`主动公开的\s*(\d+)\s*条(?:政府)?信息中`;
/** IN_COUNT with its figure captured. */
const IN_COUNT_FIGURE = new RegExp(inCount(String.raw`(\d+)`));
/**
 * What opens the kinds under it: 其中, 包括, 类别有： (我办主动公开政府信息的主要类别有：机构职能类信息25条，…, the zone
 * office's 2017), IN_COUNT, or 主动公开的N条信息中 with no 在 (2018年我局主动公开的68条信息中，工作动态类12条，…, a
 * zone bureau's 2018). NEXT_INTRO holds its figure to the total.
 */
const CATEGORY_INTRO = new RegExp(String.raw`其中|包括|类别有\s*:|${IN_COUNT}|${PROACTIVE_COUNT}`);
/**
 * The parts of the total read with none (partsLater) that a block under the heading of its kinds lists
 * (CATEGORY_HEADING: the block before it is that heading, or the block opens with it): 政府信息主动公开类别
 * 主要涉及…等政府信息。其中公示公告类71条，…, a zone bureau's 2018, two blocks after its total 389. From the
 * first word that opens them (CATEGORY_INTRO); none where a count of the block's own comes first (its kinds
 * are that count's).
 */
function categoryParts(folded: string, prior: string | undefined, total: number): Part[] {
  const heading = prior === undefined ? null : CATEGORY_HEADING.exec(prior);
  const under = heading !== null && heading[0].length === prior!.length;
  const own = under ? null : CATEGORY_HEADING.exec(folded);
  if (!under && (own === null || own[0].length === folded.length)) return [];
  const from = own ? own[0].length : 0;
  const intro = CATEGORY_INTRO.exec(folded.slice(from));
  if (!intro) return [];
  const at = from + intro.index;
  if (/\d\s*(?:条|件|篇|份)/.test(folded.slice(from, at))) return [];
  return proactiveParts(folded, at, total, true);
}
/** A block that opens on a count of information it then breaks down (在政府网站公开的290条信息中): see partsLater. */
const LATER_INTRO = new RegExp(String.raw`^[\s…。.]*${IN_COUNT}`);
// (在主动公开的55条政府信息中, a zone bureau's 2021: with the total's own figure, read only where it is the total's;
// 在政府网站公开的290条信息中, a zone bureau's 2018, by its channel, only with it. …信息中，全文电子化的主动公开信息数
// 共148条，其中：…, a zone bureau's 2020: the same count said again, its kinds after it.)
const NEXT_INTRO =
  /^[\s…。.]*(?:其中|(?:在)?主动公开的(?:(\d+)\s*条)?(?:政府)?信息中|在[^,;。\d]{0,16}?(?:公开|发布)的\s*(\d+)\s*条(?:政府)?信息中)(?:\s*,\s*全文电子化[^,;。\d]{0,16}?\d+\s*条\s*(?:,\s*)?(?:其中\s*:?)?)?/;
/**
 * A sentence that names the kinds with no count (主动公开类别有七类，分别是机构职能、政策规范性文件、…等政府信息。,
 * a zone bureau's 2015 and 2016), between the total's and the one whose 其中 counts them.
 */
const KINDS_NAMED = /^[\s…。.]*[^。\d]{0,30}?(?:类别|种类)[^。\d]{0,300}?。/;
/**
 * The kinds of information listed straight after the total, with no word to open them, closed by the
 * others (主动公开政府信息364条，人事信息17条，…，公共服务类信息8条，其他应主动公开的政府信息19条。, a
 * district bureau's, 2022): the whole sentence after the total is counts of 信息 in 条, the last the
 * others', so it lists every kind. (Counts that only follow the total, 政策解读17条，回应关切8条, or a kind
 * of it beside its siblings, 法定主动公开信息31条,重点领域…信息71条,…其他信息11条, with no total read
 * before them, are not this.)
 */
const CLOSED_LIST = (() => {
  // A kind's name: no verb (通过政府网站公开政府信息754条，通过政务新媒体公开…2808条，通过其他方式公开…54条
  // are channels, each its own count); the others' may say 应主动公开 but name no channel.
  const kind = String.raw`(?:(?!通过|公开|发布|推送|转载|报送)[^\d,;。])`;
  const others = String.raw`(?:(?!通过|发布|方式|渠道|平台|网站|媒体)[^\d,;。])`;
  const count = String.raw`信息\s*(?:共|计)?\s*\d[\d,]*\s*条`;
  return new RegExp(
    String.raw`^\s*[,;]\s*(?:${kind}{1,40}?${count}\s*[,;、]\s*)+${others}{0,20}?其他${others}{0,20}?${count}\s*$`,
  );
})();
/**
 * The parts in brackets right after the total, opened by PART_INTRO's words (主动公开政府信息55条（涵盖政策及
 * 规范性文件类6条、…、其他应主动公开的政府信息30条）、依申请公开341条, a zone bureau's 2019): the brackets'
 * words past the intro, to their close in the sentence. Not brackets that open with no such word
 * (（较上年增加20条）: a comparison, no part).
 */
function bracketParts(
  folded: string,
  from: number,
  sentenceEnd: number,
): { intro: string; start: number; end: number } | null {
  const open = /^\s*\(/.exec(folded.slice(from, sentenceEnd));
  if (!open) return null;
  const inside = from + open[0].length;
  const intro = PART_INTRO.exec(folded.slice(inside, sentenceEnd));
  if (!intro) return null;
  let depth = 1;
  for (let i = inside; i < sentenceEnd; i++) {
    const c = folded[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { intro: intro[0], start: inside + intro[0].length, end: i };
  }
  return null;
}
/**
 * Where a list of kinds after the total ends when a 。 cuts it before its last item, the others' alone in
 * the next sentence (主动公开政府信息312条，重大建设项目类信息280条，规范性文件类信息5条，行政许可类信息3条。
 * 其他应主动公开的政府信息24条。, a zone bureau's 2023): the end of that sentence, where the two read as one
 * with a , for the 。 make a CLOSED_LIST; else 0.
 */
function othersAcross(folded: string, from: number, stop: number): number {
  if (stop < 0) return 0;
  const next = folded.indexOf('。', stop + 1);
  const end = next < 0 ? folded.length : next;
  // (The next sentence is the others' item or nothing: a short one, so the test stays linear.)
  if (end - stop > OTHERS_SENTENCE || !/其他|其它/.test(folded.slice(stop + 1, end))) return 0;
  return CLOSED_LIST.test(`${folded.slice(from, stop)},${folded.slice(stop + 1, end)}`) ? end : 0;
}
/** How long the sentence holding the others' item alone may be (CLOSED_LIST allows 20 + 20 words around 其他). */
const OTHERS_SENTENCE = 60;
/** What may follow a count to its paragraph's end and leave it the last sentence: its clause's words. */
const LAST_SENTENCE = /^[^。;]*。?\s*$/;
/** To whom the applications were made (受理向市政府提出的…申请): see MADE_TO_BODY. */
const MADE_TO = String.raw`(?:向[^,;。\d、]{1,12}?(?:提出|提交|递交)的)?`;
/** The body MADE_TO names, where it does. */
const MADE_TO_BODY = /向([^,;。\d、]{1,12}?)(?:提出|提交|递交)的/;
/**
 * Received and handled in one verb: 收到和处理, 收到并办理, 收到处理, 受理并办结, 受理办理 (the count is the
 * applications received, as 收到's is).
 */
const RECEIVED_AND = '(?:收到|受理)(?:和|并|、)?(?:处理|办理|办结|答复)';
/**
 * 个 as the applications' unit, not a span of days or months (我局在接到申请15个工作日内…予以了答复: a time
 * limit, not 15 applications).
 */
const PIECES = String.raw`个(?!\s*(?:工作日|自然日|日|天|月|小时|周|星期|年|工作))`;
/**
 * Who made them, where the words name all applicants (收到公民、法人提交的…, 受理企业和群众提出的…, 收到社会公众提出
 * 的…). Not natural persons alone (收到自然人提起的依申请公开件5件, 公民个人提出的): one kind of applicant, which
 * the table's total need not equal. (公民提出的 with no other kind in its sentence is all of them: 共收到公民提出的
 * 公开政府信息申请2条, a city police bureau's 2013, before any table split them.)
 */
const MADE_BY = `(?:企业和群众|社会公众|公民(?:、|和|与|及)法人)(?:提出|提交|递交|提起)的`;
/**
 * The ways they came by, between the verb and what (收到网上申请、信件邮寄等形式的依申请公开件37件, 接收通过邮寄、
 * 网络提交的各类政府信息公开申请21件: two ways or more, where one alone, 通过网上提交的申请8件, is that way's part).
 */
const BY_WAYS = String.raw`(?:[^,;。\d]{1,16}?等(?:形式|方式|渠道|途径)的?|线[上下](?:及|和|与|、)线[上下](?:的)?|(?:群众|公众|社会公众|申请人)?通过[^,;。\d]{1,12}?[、和及与][^,;。\d]{1,12}?(?:提交|提出|递交)的)?`;
/**
 * 收到(政府信息公开)申请N件; the words reports also write for who applied (申请人提交的), what was applied for
 * (公开政府信息申请, 政务信息公开申请, 申请公开政府信息, 申请公开政府信息的要求) and for the count (申请总数为1件, 申请数量, 申请书58条, 申请案件4件, 申请事项1件,
 * 申请件13件, 申请数0件: not 申请数十件, some tens; 申请3项); RECEIVED_AND's verbs for 收到, and 收 alone before
 * the application (全年收政府信息公开申请464件); 的 after the verb (受理的政府信息公开申请0件).
 */
const RECEIVED = new RegExp(
  `(?:${RECEIVED_AND}|新收到|新收|收到|受理|接收|接到|收(?=(?:(?:政府|政务)信息公开|依申请公开|信息公开)申请))(?:本年度?|今年)?(?:的)?${BY_WAYS}(?:各类|公民(?:、|和|与|及)法人(?:或者?|和|及)其他组织(?:提出的|的)?|${MADE_BY}|(?:申请人|群众|公众|公民(?![^。]{0,80}?(?:法人|其他组织|企业)))(?:提出|提交|递交)的|(?:社会公众|群众|公众)(?=(?:政府|政务)?信息公开申请)|(?:公民(?:、法人)?|个人|申请人|群众|社会公众|公众)(?=向))?${MADE_TO}(?:有效)?(?:(?:(?:政府|政务)信息公开|依申请公开(?:政府信息)?|信息公开|公开政府信息|公开)?(?:的)?申请(?:书|案件|信件|总数|总量|数量|数(?=\\s*(?:为|是)?\\s*\\d)|事项|件)?|申请公开(?:政府|政务)?信息(?:的(?:要求|请求))?|(?:政府|政务)?信息申请公开|(?:公民|个人|群众)?申请(?:政府|政务)?信息公开(?:事项)?)(?:的(?:数量|件数|总数))?(?:为|是)?${countOf('共计?|合计')}(?:件|条|${PIECES}|宗|份|起|次|项)`,
);
/**
 * 受理依申请公开N件 (宗), and as reports word it: 政府信息依申请公开, 依申请公开信息 (事项, 办理事项, 案件, 件,
 * 请求, 信件), 网上依申请公开,
 * 依申请信息公开, 依申请件 N件, who applied before it (接到社会公众依申请公开184件, 收到公民、法人依申请公开事项
 * 55件), 接收 and 接受 for 受理
 * (全年共接受依申请公开9次); and the verb after:
 * 依申请公开共受理2件, 依申请公开受理量为0件; its count named (受理依申请公开的数量为2条, the 2008 form's words).
 */
const RECEIVED2 = new RegExp(
  `(?:(?:${RECEIVED_AND}|新收到|新收|受理|收到|接到|接收|接受)(?:本年度?|今年)?${BY_WAYS}(?:${MADE_BY}|(?:社会公众|公众|群众|公民(?:、|和|与|及)法人(?:(?:或者?|和|及)其他组织)?)(?:(?:提出|提交|递交)的)?)?${MADE_TO}(?:网上|线上)?(?:政府信息|政府|信息)?依申请(?:公开|信息公开)?(?:政府信息|信息)?(?:公开)?(?:申请|(?:办理)?事项|案件|办件|件|请求|信件)?|依申请公开(?:共|全年)?(?:受理|收到)(?:量|数)?(?:为)?)(?:的(?:数量|件数|总数)(?:为|是)?)?${countOf('共计?')}(?:件|条|${PIECES}|项|次|宗|份)`,
);
/**
 * The figure first: 收到1件政府信息公开申请, 共受理36件政府信息公开申请, 收到12件信息依申请公开 (ending there),
 * 收到26份政府信息依申请公开件, 收到4条公开政府信息的申请, 收到2起政府信息公开申请.
 * Group 1 is the figure.
 */
const RECEIVED3 = new RegExp(
  `(?:新收到|新收|收到|受理|接收|接到)(?:了)?\\s*(?:共计?\\s*)?(${DIGITS}|${CN_FIGURE})\\s*(?:件|份|条|起|项)(?:(?:政府信息公开|依申请公开(?:政府信息)?|信息公开|公开政府信息)(?:的)?申请(?!人)|(?:政府)?信息依申请公开(?:申请|件)?(?=[,;。]|$))`,
);
/**
 * The new ones with no word for what they are, in a ledger of the year's applications
 * (`2022年新受理161件,2021年结转7件,共办结168件`): 新受理 or 新收 and a count ending its clause, read only
 * where the sentence goes on to 结转 or 办结 and its paragraph speaks of 申请 (LEDGER_AFTER, receivedIn).
 */
const RECEIVED_LEDGER = new RegExp(
  `新(?:受理|收到?)(?:了)?\\s*(?:共计?\\s*)?(${DIGITS}|${CN_FIGURE})\\s*件(?=\\s*[,;])`,
  'g',
);
/** The rest of a ledger's sentence: its carried-over or closed applications. */
const LEDGER_AFTER = /^[^。]*?(?:结转|办结)/;
/** How far around a ledger's count its sentence is looked at. */
const LEDGER_REACH = 160;
/** A sentence whose 受理 and 办结 are of something else than applications for information. */
const LEDGER_OFF_TOPIC = /复议|诉讼|建议|提案|信访|热线|12345|咨询|留言|投诉|举报|来信|工单|案件|事项/;
/**
 * Whether the ledger count at `at` opens its sentence's figures (after a year at most: not 共办理118件，
 * 其中本年新受理110件, a part of a whole), in a sentence about nothing else than applications.
 */
function ledgerOpens(folded: string, at: number): boolean {
  // Within LEDGER_REACH of the count: a ledger's sentence is short, a hostile one need not be.
  const from = Math.max(folded.lastIndexOf('。', at) + 1, at - LEDGER_REACH);
  const to = folded.indexOf('。', at);
  if (LEDGER_OFF_TOPIC.test(folded.slice(from, Math.min(to < 0 ? folded.length : to, at + LEDGER_REACH))))
    return false;
  // Last year's carried-over ones may come first (上年结转政府信息公开申请21件,本年新收434件,…).
  const lead = folded
    .slice(from, at)
    .replace(CARRIED_FIRST, '')
    .replace(/\d{4}\s*年度?/g, '');
  return !/\d|其中|含|包括/.test(lead);
}
/** A ledger's carried-over clause before its new ones (上年结转政府信息公开申请21件,). */
const CARRIED_FIRST = /上一?年度?(?:结转|转结)(?:的)?(?:政府信息公开)?(?:申请)?\s*\d+\s*件\s*[,;]\s*/g;
/** The match `m` from `lead` characters on, its groups as they are: a count read from its own words. */
function laterPart(m: RegExpExecArray, lead: number): RegExpExecArray {
  const texts: [string, ...string[]] = [m[0].slice(lead), ...m.slice(1)];
  return Object.assign(texts, { index: m.index + lead, input: m.input, groups: m.groups });
}
/** The words in brackets right after a count `m`: `60件（本年新收56件，上年结转4件）`, or ''. */
const bracketAfter = (folded: string, m: RegExpExecArray) =>
  /^\s*\(([^()]{0,60})\)/.exec(folded.slice(m.index + m[0].length))?.[1] ?? '';
/** A count the sentence goes on to correct: `58件，剔除重复申请2件后为56件`, `合并同类申请后`. */
const CORRECTED_AFTER = /^[^。]{0,30}?(?:剔除|扣除|去除|除去|去掉|合并)[^。]{0,20}?后/;
/** `（其中本年新收56件`: the year's new applications first in the brackets after a count. */
const NEW_IN_BRACKETS = new RegExp(
  String.raw`\s*\(\s*(?:其中\s*(?:[,:]\s*)?)?(?:本年度?|今年|当年|\d{4}\s*年度?)?新(?:收|受理)(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?\s*(${DIGITS})\s*件`,
  'y',
);
/**
 * The year's new applications in the brackets right after a count `m` that folds in last year's
 * carried-over ones (`60件（其中本年新收56件，上年结转4件）`): matched where they stand, or null.
 */
function newPartIn(folded: string, m: RegExpExecArray): RegExpExecArray | null {
  NEW_IN_BRACKETS.lastIndex = m.index + m[0].length;
  const p = NEW_IN_BRACKETS.exec(folded);
  if (!p) return null;
  // The match from the count's own words on (新收…56件), as a count found there would be.
  const lead = /新(?:收|受理)/.exec(p[0])!.index;
  const part = laterPart(p, lead);
  const close = folded.indexOf(')', part.index);
  const end = close < 0 ? part.index + part[0].length : close + 1;
  BRACKET_PARTS.set(part, { start: m.index, end, whole: num(m[1]) });
  return part;
}
/**
 * `9件（含区政府办公室3件）`, `（其中区政府3件，区政府办公室6件）`: a count whose brackets give a body's
 * share of it. Whether the table counts that body in cannot be told (an office's documents may be its
 * government's or not): the count is held to nothing.
 */
function bodiesInBrackets(folded: string, m: RegExpExecArray): boolean {
  const inside = bracketAfter(folded, m);
  if (!/\d/.test(inside)) return false;
  return inside.split(/[,、;]/).some((part) => {
    const words = part.replace(/^\s*(?:其中|含|包括|包含)?\s*(?::\s*)?/, '');
    const before = /^([^\d]*?)(?:共|为)?\s*\d/.exec(words)?.[1]?.trim();
    return before !== undefined && before !== '' && BODY_END.test(before);
  });
}

/**
 * A 其中 naming a body or a level of government as one part, with its count (其中，县级政府受理并完成申请
 * 答复6件; 其中区政府24件、部门街道743件; 其中局机关20件): right after the count in its sentence, or opening
 * the next.
 */
const BODY_PART =
  /其中\s*(?:[,:]\s*)?(?:(?:[省市区县]级|本级)[^,;。\d、]{0,8}?|[^,;。\d、]{1,14}?(?:政府|机关|局|委|办|办公室|部门|单位|乡镇|镇街|街道|镇|乡))(?:本级)?\s*(?:共|累计)?(?:受理|收到|办理|接收|处理|并|完成|申请|答复|的|政府信息公开|依申请公开)*\s*\d+\s*件/;

/**
 * True when the count `m` is a whole that a 其中 after it shares out between bodies (全年累计受理政府信息公开
 * 申请57件…。其中，县级政府受理并完成申请答复6件, a county government's words): the count of several
 * bodies, which the report's own table may not be.
 */
function bodiesAfter(folded: string, m: RegExpExecArray): boolean {
  const rest = restWithQizhong(folded, m.index + m[0].length);
  return rest.includes('其中') && BODY_PART.test(rest);
}

/**
 * The rest of the sentence from `from`, and the next sentence too where it opens with 其中 (收到申请56件。
 * 其中自然人申请50件…): where a count is broken down.
 */
function restWithQizhong(folded: string, from: number): string {
  const stop = folded.indexOf('。', from);
  if (stop < 0) return folded.slice(from);
  if (!/^\s*其中/.test(folded.slice(stop + 1))) return folded.slice(from, stop);
  const next = folded.indexOf('。', stop + 1);
  return folded.slice(from, next < 0 ? undefined : next);
}

/**
 * `区政府（含区政府办公室）共新收申请65件`: a subject said to take in another body, which the table may
 * count in or not, as in bodiesInBrackets.
 */
function bodyInSubject(folded: string, at: number): boolean {
  const inside = /^\s*(?:含|包括|包含)([^()]{1,30})\)/.exec(clauseLead(folded, at))?.[1];
  return inside?.split(/[,、及和与]/).some((b) => BODY_END.test(b.trim())) === true;
}

/**
 * The counts newPartIn read, each with the span of its whole and brackets, which its quote gives,
 * and the whole's figure (60 in 60件（其中本年新收56件，上年结转4件）).
 */
const BRACKET_PARTS = new WeakMap<RegExpExecArray, { start: number; end: number; whole: number | null }>();
/**
 * Right after a count of 新收 applications, last year's carried-over ones and the two together:
 * `新收申请56件，(加上)上年结转4件，共计60件` (合计, 总计, 共; 共计办理60件), never 办结.
 */
const CARRIED_THEN_WHOLE = new RegExp(
  String.raw`^\s*(?:[,;、]\s*)?(?:加上|另有|以及|及)?\s*上年度?结转(?:的)?(?:政府信息公开)?(?:申请)?\s*(?:${DIGITS})\s*件\s*(?:[,、]\s*)?(?:共计|合计|总计|共)\s*(?:受理|办理|收到|处理)?\s*(?:政府信息公开)?(?:申请)?\s*(${DIGITS})\s*件`,
);
/** `不含上年结转4件`: a count said to leave the carried-over applications out. */
const NOT_CARRIED = /(?:不|未|没有)(?:含|包括|包含)[^,;，；)）]{0,6}?结转/g;
const CLOSED = new RegExp(
  String.raw`(?:办结|办理完成)\s*(?:(?:政府)?信息公开\s*)?(?:申请\s*)?(?:(${DIGITS}|${CN_FIGURE}|${PLACEHOLDER})\s*|${GAP})(?:件|条|个)`,
);
// 被申请行政复议有3件, 行政诉讼为0件: as some reports word the count.
const REVIEWS = new RegExp(`行政复议(?:案件|申请|案)?${countOf('共计?|共有|有|为')}(?:件|起|宗|个)`);
// 行政复议7件，诉讼9件: 诉讼 alone right after a count of reviews (上海市人民政府办公厅 2019) is of suits.
const SUITS = new RegExp(
  `(?:行政诉讼|诉讼(?<=行政复议[^。;]{0,16}?(?:\\d+|[零〇一二两三四五六七八九十百]+)\\s*(?:件|起|宗|个)\\s*[,、]\\s*(?:被)?(?:提起)?诉讼))(?:案件|案)?${countOf('共计?|共有|有|为')}(?:件|起|宗|个)`,
);
const NORMATIVE = new RegExp(
  `(?:制作|制定|制发|出台|印发)(?:了)?(?:并|和)?(?:主动)?(?:发布|公开|印发)?(?:了)?(?:行政)?规范性文件${countOf('共计?')}(?:件|篇|个|份)`,
);
/**
 * 发布行政规范性文件7件,废止0件,现行有效文件30件: 发布 alone may be of documents made before, but
 * beside those repealed it is 表二's 本年制发 (read where NORMATIVE reads none).
 */
const NORMATIVE_ISSUED = new RegExp(
  `发布(?:了)?(?:行政)?规范性文件${countOf('共计?')}(?:件|篇|个|份)(?=\\s*[,、;]\\s*(?:清理)?废止)`,
);
const PERIOD = /统计(?:期限|时限|期间|区间|范围|时间)[^。]{0,12}?(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日/;
/** A numbered section heading of the template: 三 is applications, 四 reviews and suits. */
const HEADING = /^(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十]+\))/;
const HEADING_SECTIONS: [RegExp, string][] = [
  [/收到和处理政府信息公开申请|依申请公开/, 'applications'],
  [/行政复议|行政诉讼/, 'cases'],
];

/**
 * The section a short numbered heading opens (`applications`, `cases`, or '' for any other), or
 * null when the block is not such a heading.
 */
export function headingSection(text: string, folded: string): string | null {
  if (text.length > 120) return null;
  const compact = folded.replace(/\s+/g, '');
  if (compact.length > 60 || !HEADING.test(compact)) return null;
  return HEADING_SECTIONS.find(([re]) => re.test(compact))?.[1] ?? '';
}
/**
 * The section a long paragraph's run-in heading names ((二)依申请公开情况。2022年…), or '': after the
 * paragraph's indent too (　　(二)依申请公开。…, as most pages indent; a real district's 2025 report lost
 * its 行政复议5件 and 行政诉讼3件 so, counts under 依申请公开 that name no 信息公开 of their own).
 */
function runInSection(folded: string): string {
  const text = folded.trimStart();
  if (!HEADING.test(text)) return '';
  const end = RUN_IN.exec(text.slice(0, 61));
  return (end && headingSection(text.slice(0, end.index), text.slice(0, end.index))) || '';
}
/** Where a run-in heading ends: its full stop or colon. */
export const RUN_IN = /[。:]/;
/**
 * headingSection of a text block, worked out once per block: the fact reader and the sentence
 * cutter both ask it of every block of the page.
 */
export function blockHeading(block: { text: string }): string | null {
  const b = block as { text: string; heading?: string | null };
  if (b.heading === undefined) b.heading = headingSection(b.text, foldedOf(b));
  return b.heading;
}

/** Words that tie a figure to 政府信息公开 (公开政府信息申请, 政府信息申请公开) rather than to the agency's other work. */
const ABOUT_DISCLOSURE = /信息公开|依申请|公开政府信息|信息申请公开/;
/** A case's count led by its arising (发生, 被申请, 被, 引起): the body as respondent, not authority. */
const ARISING = '(?:发生|被申请|被提起|被|引发|引起|产生)(?:了)?(?:的)?';
const AROSE = new RegExp(`${ARISING}$`);
/** …and suits after such a count of reviews (发生行政复议案件1件,为其他结果;行政诉讼案件1件). */
const AROSE_REVIEWS = new RegExp(`${ARISING}行政复议(?:案件|案)?\\s*\\d+\\s*(?:件|起|宗|个)[^。]{0,24}$`);
const arose = (before: string, count: string) =>
  AROSE.test(before) || (count.startsWith('行政诉讼') && AROSE_REVIEWS.test(before));

/** Who applied: natural persons, legal persons and other organisations (表三's column groups). */
const APPLICANTS: [string, RegExp][] = [
  ['f.applicants.natural', /(?:自然人|公民)(?:个人)?(?:提出)?(?:的)?(?:申请)?\s*(?:(?:共|为)\s*)?(\d+)\s*件/],
  [
    'f.applicants.legal',
    /法人(?:(?:或|和|及|与)其他组织)?(?:提出)?(?:的)?(?:申请)?\s*(?:(?:共|为)\s*)?(\d+)\s*件/,
  ],
];

/**
 * The ways applications came in, each with its count (网上申请30件, 通过信函提交20件, 当面申请6件), read after
 * the applications' count as who applied is: `f.application_channels.N`, labelled with the way.
 */
export const CHANNEL_WORDS =
  '网上|网络|在线|线上|线下|政府网站|门户网站|网站|信函|来信|邮寄|当面|现场|窗口|传真|电子邮件|邮件|电话';
const CHANNEL = new RegExp(
  `(?:通过)?(${CHANNEL_WORDS})(?:方式|渠道|形式)?(?:提交|提出|递交|受理)?(?:的)?(?:申请)?\\s*(?:(?:共|为)\\s*)?(\\d+)\\s*件`,
  'g',
);

/**
 * A sentence that makes its count a part of another (其中, 包括, 含) or one channel's (网上, 当面,
 * 信函 …): a second mention of the applications so led is no second statement of their number.
 */
const PART_LEAD = /其中|包括|包含|含|网上|网络|在线|线上|线下|当面|现场|信函|邮寄|传真|电子邮件|电话|窗口/;

/** 公开政府信息申请, (政务公开办公室收到)政府信息公开申请: an application for information (a PROACTIVE match that is none). */
const APPLIED_FOR = /(?:信息|文件)(?:公开)?的?申请/;

/**
 * What a 主动公开 count is of, from its match: the words between 公开 (发布) and the figure, the last
 * one (…便民政策、31个领域信息等共计15条: 31个 is of the words), or the unit where the figure is missing
 * (公开信息共条).
 */
const objectOf = (match: string) =>
  match
    .slice(match.search(/公开|发布|公布|更新/) + 2)
    // (What a bracket after it says the information includes is no part of its name.)
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/\s*(?:(?:共计?|合计|累计)\s*)?(?:\d[\d,.]*(?:(?!\d)[\s\S])*|(?:条|件|篇|份))$/, '')
    .trim();
/**
 * Whether a count whose sentence reads `before` up to it is an item of a list: after the sentence's
 * last 其中, 包括 or 分别, every clause before its own is another item's count (…包括指南信息1条，年报信息1条).
 */
function listItem(before: string): boolean {
  const q = Math.max(before.lastIndexOf('其中'), before.lastIndexOf('包括'), before.lastIndexOf('分别'));
  if (q < 0) return false;
  const clauses = before.slice(q + 2).split(/[,;、]/);
  return clauses.slice(0, -1).every((c) => ITEM_END.test(c) || /^[\s:为是]*$/.test(c));
}
const ITEM_END = /\d\s*(?:条|件|篇|份|个)\s*$/;
/**
 * A plain count right after another count in its sentence (发布政策文件136份、编辑出版政府公报9期,发布政府
 * 常务会议信息16条; 部门动态发布信息32条,…,信息公开栏目发布信息43条): the next item of a list of kinds or
 * columns, not the total, unless its clause says it counts all (…公众号共发布信息31000余条) or is the
 * website's (园区微信公众号发布信息278条，政府网站发布信息90条: a body's site is where it publishes all).
 */
const AFTER_ITEM = /\d\s*(?:余|多)?\s*(?:条|件|篇|份|个|期|次|场)\s*[,、]\s*[^,;:、。]*$/;

/**
 * A plain count between others of its kind, ; between them (主动公开市级文件67份;公开会议、领导活动等信息
 * 262条;公开督查督导信息24条): one item of a list with no total, not the total.
 */
function semicolonItem(folded: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  const start = sentenceStart(folded, m.index);
  const before = folded.slice(start, m.index);
  const stop = folded.indexOf('。', end);
  const after = folded.slice(end, stop < 0 ? undefined : stop);
  const semi = before.lastIndexOf(';');
  const prior = semi >= 0 && ITEM_END.test(before.slice(0, semi));
  // (A new-media account's count after a total is no sibling: 主动全面公开…等政府信息19322条;“邢台政务”
  // 微博、微信发布…等信息4304条.)
  const next = /^\s*;([^;。]{0,40}?(?:公开|发布)[^;,。]{0,30}?信息[^;,。\d]{0,6}\d+\s*(?:条|件|篇))/.exec(
    after,
  );
  return prior || (next !== null && !NEW_MEDIA.test(next[1]!));
}

/** A count of information or documents (3659条, 42件). */
const COUNTED = /\d\s*(?:条|件|篇|份)/;
/** A share of the whole said right after a count (，占总数的53%): the count is a part. */
const SHARE_OF_ALL = /^\s*(?:,\s*)?占(?:总数|总量|全部|全年)/;
/** A count of the information put online in full (全文电子化的主动公开信息数共57条): named just before it. */
const ELECTRONIC = /全文电子化[^,;。\d]{0,4}$/;
/** The information the body made, its count in 条, then 其中 (全年共制发政府信息437条，其中，). */
const MADE_THEN_PARTS =
  /(?:制发|制作|产生|形成|获取)[^,;。\d]{0,12}?信息(?:总数|总量)?(?:共计?|为)?\s*\d+\s*条\s*(?:,\s*)?其中\s*(?:[,:]\s*)?$/;
/**
 * Information by another disclosure attribute than 主动公开: 依申请公开(信息数), 不予公开; or by several,
 * 主动公开 among them (主动公开和依申请公开的政府信息共468条, a zone bureau's 2018: the two summed).
 */
const OTHER_ATTRIBUTE = /^(?:依申请公开|不予公开|主动公开(?:和|及|与|、)(?:依申请公开|不予公开))/;
/** After the 主动公开 part, the others of the information's attributes (、依申请公开341条、不予公开41条). */
const OTHER_ATTRIBUTES = /^[^;。]*?(?:依申请公开|不予公开)[^,;。\d]{0,8}?\d+\s*条/;
/**
 * Whether the 主动公开 count after `before` is a part of the information the body made by its disclosure
 * attribute (全年共制发政府信息437条，其中，主动公开政府信息55条…、依申请公开341条、不予公开41条, a zone
 * bureau's 2019): that part is the year's 主动公开, the total a report reads, not one kind of it.
 */
function byAttribute(before: string, next: string): boolean {
  return MADE_THEN_PARTS.test(before) && OTHER_ATTRIBUTES.test(next);
}
/**
 * A kind of document a 主动公开 count may be of (规范性文件, 规章, 政策文件, 政策信息: 通过微信公众号主动公开医保
 * 政策信息96条, 公布户籍服务方面相关政策信息15条), of what is said of them (政策解读),
 * the answers to deputies and members (建议提案), the government's executive meetings (常务会议), warnings
 * (地质灾害气象预警信息), inspections' (不合格食品处置信息, “双随机、一公开”监管工作抽检等信息: a quoted name's 、
 * lists nothing), budgets and final accounts (财政预决算信息), the epidemic's (疫情防控信息), calls for
 * comment (征求意见信息), law enforcement's (执法信息), relief (医疗救助信息), documents issued in a body's name
 * (以市政府名义印发的文件),
 * or a row of 表二 (行政处罚, 政府集中采购 and any procurement's notices, 行政事业性收费): never the year's total.
 */
const ONE_KIND =
  /规范性文件|规章|政策性?文件|政策类?信息|抽检|抽查|不合格|(?:办公室|办公厅|部门|局|委|厅)(?:(?:印发|制发|发布)的)?文件|名义(?:印发|制发|发布)?的(?:主动公开)?文件|公文|人事任免|解读|回应|建议|提案|常务会议|预警|预算|决算|疫情|征求意见|执法|救助|行政处罚|行政许可|行政强制|采购|行政事业性收费/;
/**
 * One kind, also where the examples before 等 are all of it (文字解读、专家解读、动漫解读等信息): not
 * where only some are (警务资讯、政策解读等各类政府信息, see headOf).
 */
const oneKind = (object: string) => {
  const cut = object.lastIndexOf('等');
  return (
    ONE_KIND.test(headOf(object)) ||
    // 重点领域信息, 公共资源配置、公益事业等重点领域信息: the key areas' (not 政务“五公开”和政府重点领域信息);
    // 基层政务信息 the grassroots' (a city's 共公开基层政务信息2.4万条、民生惠民信息2138条…); 三大领域信息
    // the three key areas' (a county office's 共发布三大领域信息757条, beside its portal's 5786).
    // 重点信息, 红黑名单、信用承诺等重点信用信息: key information, some of it by its name. 土地征收、国有产权
    // 交易、政府采购等公共资源配置信息 (a district's 2020, beside 社会公益事业及重点民生信息2632条): one of
    // the key areas by its own name.
    (/(?:重点|重大|三大)领域|基层政务|重点[^和及与]{0,6}信息|公共资源(?:配置|交易)|社会公益事业|重大建设项目/.test(
      headOf(object),
    ) &&
      !/[和及与]/.test(headOf(object))) ||
    // (Not where what follows 等 names them all: 财政预决算、人大建议和政协提案答复等法定信息, the law's whole.)
    (cut > 0 &&
      !/^等\s*(?:法定|各类|各项)/.test(object.slice(cut)) &&
      object
        .slice(0, cut)
        .replace(QUOTED_NAME, '“”')
        .split('、')
        .every((x) => ONE_KIND.test(x)))
  );
};
/** A kind of document's column right before a count's verb (规范性文件栏目共公开…): that kind's count. */
const KIND_COLUMN = new RegExp(`(?:${ONE_KIND.source})(?:栏目|专栏|库)?\\s*(?:共计?)?\\s*$`);
/**
 * Whether a 主动公开 count's object is the information of the report's year (2009年度政府信息, 本年度信息),
 * any year named where the report's is not known yet.
 */
function yearsOwn(match: string, scope: FactScope | undefined): boolean {
  const m = /(?:(\d{4})|本|当|今)\s*年度?的?(?:主动公开的?)?(?:政府|政务)?信息/.exec(match);
  return m !== null && (!m[1] || !scope || scope.years.includes(Number(m[1])));
}
/** What a count is of, after the kinds it names as examples (警务资讯、政策解读等各类政府信息: 各类政府信息). */
const headOf = (object: string) => object.slice(object.lastIndexOf('等') + 1);
/**
 * 主动公开 a list of three or more kinds, 等(方面) 信息, (共) its count (group 1 主动, 2 共, 3 the figure, as
 * PROACTIVE's): each item up to 30 characters, no figure, clause end or 、 in one.
 */
const LONG_LIST_TOTAL =
  /(主动)(?:公开|发布)了?(?:涉及)?(?:[^。;,、\d]{1,30}、){2,30}[^。;,、\d]{1,30}?等(?:方面|领域)?的?(?:各类|相关)?(?:政府|政务)?信息\s*(共计?|合计)?\s*(\d[\d,]*)\s*条/;
/**
 * A clause whose subject is a kind of information (财政资金信息今年共, before 发布348条信息): not all of it
 * (政府信息, 各类信息), nor a body's (我局信息).
 */
const KIND_SUBJECT =
  /^\s*[^\d,;。]{1,12}(?<!政府|政务|各类|各项|全部|所有|局|委|办|厅|处|科|府|单位|部门|中心|镇|乡|街道|区|县|市|省)信息\s*(?:今年|全年|本年度?|年内)?\s*(?:共计?|累计)?\s*$/;
/** A count of information, then 其中 opening its parts (…共231条,其中…): what follows in its sentence is parts. */
const PARTS_OF_COUNT = /\d\s*(?:余|多)?\s*条\s*(?:[,:]\s*)?其中/;
/**
 * 其中, 包括 or 包含 as the clause before a count's own (…5489条，其中，主动公开文件数232条), a channel
 * between them (共发布各类信息3682条，其中，通过部门频道(http://…)主动公开政府信息1233条).
 */
const PARTS_OPEN = /(?:其中|包括|包含)(?:\s*[,:])?\s*(?:通过[^,;。]{0,80})?$/;
/**
 * The next item of a list after a count: a separator (of `separators`), a name (of `name` characters, not
 * 其中, 包括 … a part of this one, nor 同比, 较 a comparison), then its figure (group 2) and unit (of
 * `units`).
 */
function nextItem(separators: string, name: string, units = '条|件|篇|份'): string {
  return String.raw`\s*[${separators}]\s*(?!其中|包括|包含|分别|含|占|同比|较)(${name}{1,30}?)(\d[\d,]*(?:\.\d+)?\s*万?)\s*(?:(?:余|多)\s*)?(?:${units})`;
}
/** A list item's figure as nextItem reads it (1,247; 1.5万). */
const itemValue = (figure: string) =>
  Number(figure.replace(/[,\s万]/g, '')) * (figure.includes('万') ? 10000 : 1);
/**
 * Whether a 主动公开 count (its match) is of a kind of information or of documents (环境质量信息,
 * 政务类信息, 市人社局文件, 政府文件, 信息通知公告), not of all information (政府信息, 各类工作信息, 信息,
 * 政府信息总数): the words after its last 公开, 发布 or 公布.
 */
function kindOf(match: string): boolean {
  return isKind(objectHead(match));
}
/** What a count is of, after its last 公开, 发布 or 公布 and the examples it names (see headOf). */
function objectHead(match: string): string {
  const at = Math.max(
    match.lastIndexOf('公开'),
    match.lastIndexOf('发布'),
    match.lastIndexOf('公布'),
    match.lastIndexOf('更新'),
  );
  return headOf(objectOf(match.slice(at)));
}
const isKind = (object: string) => !/总数|总量|数量/.test(object) && !ALL_OF_IT.test(object);
/**
 * Whether a 主动公开 count names a kind of information as its object (kindOf), not all of it nor none
 * (主动公开1945条信息: its object after the figure).
 */
function namesKind(match: string): boolean {
  const object = objectHead(match);
  return object !== '' && isKind(object);
}
/** All information, and what may follow it before its count (数, 总数达, 共计, 约 …), nothing of a kind. */
const ALL_OF_IT =
  /^了?(?:各类|各项|全部|所有)?(?:政府|政务|工作)?信息(?:数量?|总数|总量|总计|合计|共计?|计|的有|有|达|为|是|约|等|\s)*$/;
/**
 * The next clause another item's count (；重点排污单位…监测结果58条), not a part of this one (其中, 包括 …).
 * A gazette's issues are another kind's count too (主动公开市政府常务会议信息32条,政府公报6期,…).
 */
const SIBLING = new RegExp(`^${nextItem(',;、', '[^,;。\\d]', '条|件|篇|份|期')}`);
/**
 * Whether what follows a count opens with another kind's count: SIBLING, not a channel's (微信发布信息890条),
 * the years' so far (历年累计1616条) nor the whole jurisdiction's (指导全市公开信息14万余条).
 */
function siblingKind(after: string): boolean {
  const m = SIBLING.exec(after);
  return m !== null && !PUBLICATION_CHANNEL.test(m[1]!) && !SO_FAR.test(m[1]!) && !AGGREGATE.test(m[1]!);
}
/** Whether what follows a count opens with a channel's count (，“北京丰台”微信公众号主动公开信息2,500条). */
function siblingChannel(after: string): boolean {
  const name = SIBLING.exec(after)?.[1];
  return name !== undefined && PUBLICATION_CHANNEL.test(name);
}
/**
 * A clause whose count went to an archive or a library, not to the public: 向县档案馆报送主动公开文件222件,
 * 向县图书馆、档案馆提供应公开部门文件79份.
 */
const sentToArchive = (clause: string) =>
  /(?:报送|移交|送交|归档)\s*$/.test(clause) || /向[^,;。]{0,20}(?:档案馆|图书馆)/.test(clause);
/**
 * A paragraph's label before its count, the paragraph an item of a list (城管动态:, 行政执法:, under
 * 其中,重点公开了以下方面信息:), not a heading of what it counts (主动公开情况:, 政府信息公开:, 总体情况:), a
 * numbered heading ((三)政府信息管理:), the year's or the body's (全年:, 我局:), nor a website (门户网站:, its
 * count the fallback as elsewhere).
 */
const KIND_LABEL =
  /^\s*(?!\(?[一二三四五六七八九十]+[)、.])(?![^:]*(?:公开|情况|总体|概述|概况|网站|门户|年|我))[^\d,;。:]{2,10}:[^:]*$/;
/** Work on one kind of information's disclosure (推进国资国企信息公开); not 政府信息公开, 政务信息公开 (all of it). */
const KIND_WORK = String.raw`(?:推进|推动|做好|加强|深化|强化|抓好|规范|落实)[^。,;:\d]{2,20}?(?<!政府|政务|主动)信息公开`;
/**
 * A paragraph opened by a numbered heading that names one kind of information ((4)推进国资国企信息公开。,
 * a zone's 2017, its work on each kind one by one): what it counts is of that kind (KIND_WORK).
 */
const KIND_HEADING = new RegExp(
  String.raw`^\s*\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)\s*${KIND_WORK}`,
);
/**
 * The work item a count is in, as a paragraph numbers its items in its text (一是推进行政执法信息公开。…今年共公开
 * 632条信息。二是…, a zone office's 2019): one that names a kind of information counts that kind, as under
 * KIND_HEADING. From the last 一是, 二是 … before `at` in the block to `at`.
 */
const INLINE_ITEM = /[一二三四五六七八九十]是\s*(?=\S)/g;
const KIND_ITEM = new RegExp(String.raw`^[一二三四五六七八九十]是\s*${KIND_WORK}`);
function inKindItem(folded: string, at: number): boolean {
  // (Only a sentence or two back: an item's count follows its words closely.)
  const from = Math.max(0, at - 200);
  const window = folded.slice(from, at);
  let last = -1;
  INLINE_ITEM.lastIndex = 0;
  for (let m = INLINE_ITEM.exec(window); m; m = INLINE_ITEM.exec(window)) last = m.index;
  return last >= 0 && KIND_ITEM.test(window.slice(last));
}
/** A list item's own words before its count: from the last 、 or , (…政务新媒体更新486条、全年总计更新…). */
const ownItem = (lead: string) => lead.slice(Math.max(lead.lastIndexOf('、'), lead.lastIndexOf(',')) + 1);
/** The years' count so far (…信息24条，历年累计1616条): no kind beside the year's. */
const SO_FAR = /历年|累计|累积/;
/**
 * Whether the counts of kinds listed right after a count (、 or , between, each a name and a figure,
 * up to the first clause that is none) hold one larger than `value` (the years' so far is none, nor the
 * whole jurisdiction's: 主动公开政府信息2415条,指导全市公开信息14万余条); a channel among them: false.
 */
function largerKind(folded: string, from: number, value: number | null): boolean {
  if (value === null) return false;
  // (A few hundred characters at most: a list, not a hostile page's run of spaces, searched over.)
  const window = folded.slice(from, from + 400);
  const stop = window.indexOf('。');
  const rest = stop < 0 ? window : window.slice(0, stop);
  SIBLINGS.lastIndex = 0;
  let larger = false;
  for (let m = SIBLINGS.exec(rest); m; m = SIBLINGS.exec(rest)) {
    // (A column's information, named without a verb, is a kind: 工作动态信息133条、特色专栏信息15条.)
    const name = m[1]!;
    if (
      NEW_MEDIA.test(name) ||
      (PUBLICATION_CHANNEL.test(name) && (/公开|发布|发表|推送/.test(name) || !/信息$/.test(name)))
    )
      return false;
    // (Nor is the information's other attributes' count: 主动公开政府信息4条，依申请公开信息数14条, a zone
    // bureau's 2025, says what was made public and what on application, no kind of the 4.)
    if (OTHER_ATTRIBUTE.test(name)) continue;
    if (itemValue(m[2]!) > value && !SO_FAR.test(m[1]!) && !AGGREGATE.test(m[1]!)) larger = true;
  }
  return larger;
}
/**
 * 本年度新增295条 right after a count (累计主动公开政府信息3819条，本年度新增295条; 累计公开信息8775条(2025年
 * 新增388条)), or opening the next
 * sentence, a clause with no count between at most (…累计主动公开政府信息305条，全文电子化率达100%。2022年
 * 新增的主动公开政府信息30条): the year's own, as a PROACTIVE match (groups 1 and 2 empty, 3 the figure);
 * null where none follows.
 */
function freshAfter(folded: string, from: number): RegExpExecArray | null {
  return countAfter(FRESH, folded, from);
}
/**
 * The sticky `re`'s match at `from` in `folded`, quoted from the start of the sentence its count is in
 * where it runs past a full stop (the count in the next sentence); null where none.
 */
function countAfter(re: RegExp, folded: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  const m = re.exec(folded);
  const stop = m ? m[0].lastIndexOf('。') : -1;
  if (!m || stop < 0) return m;
  return laterPart(m, stop + 1);
}
/**
 * A 累计 count's part that the sentence after it (or its next clause) says is the report's year's:
 * 截止2013年12月27日，我局…累计主动公开政府信息440条，全文电子化达100%。其中2013年度我局共主动公开政府
 * 信息235条 (a city bureau's 2013; 440 is the years' since the first report, its table's 历年累计), or a
 * bracket right after it: 截至2018年12月31日，累计主动公开政府信息181条（2018年度主动公开政府信息68条）(a zone
 * bureau's 2018). As freshAfter's match, quoted from its 其中 or inside its bracket; null where none
 * follows, or where its year is not the report's.
 */
function yearsPartAfter(folded: string, from: number, scope: FactScope | undefined): RegExpExecArray | null {
  const m = countAfter(YEARS_PART, folded, from);
  if (!m) return null;
  const year = /(?:其中|\()\s*(?:,\s*)?(\d{4})/.exec(m[0])?.[1];
  if (year && scope && !scope.years.includes(Number(year))) return null;
  if (m[0].includes('其中')) return fromItsQizhong(m);
  const inside = /^\s*\(\s*/.exec(m[0])![0].length;
  m.index += inside;
  m[0] = m[0].slice(inside);
  return m;
}
/**
 * The 主动公开 part of all the information a count after it split by disclosure attribute: 共发布政府信息
 * （文件）687份，其中主动公开299份，依申请公开及不予公开388份 (a zone bureau's 2023), its channel named too (共公开
 * 信息150条，其中在“中国·平潭网”上主动公开信息148条，依申请公开2条, a zone bureau's 2017), or with none after it,
 * where no count of information follows in its list (共…发布政府信息（文件）575份，其中主动公开317份，立案查处…204起,
 * the same zone bureau's 2025): the year's 主动公开, as freshAfter's match (quoted from its 其中); null where the
 * split is not said (…687条，其中主动公开299条，政策解读12条: a kind among kinds).
 */
function attributePart(folded: string, from: number): RegExpExecArray | null {
  const m = countAfter(ATTRIBUTE_PART, folded, from);
  return m && fromItsQizhong(m);
}
/** A part's match moved on to its 其中, to be quoted from there: the clause before it is the count it is part of. */
function fromItsQizhong(m: RegExpExecArray): RegExpExecArray {
  const at = m[0].indexOf('其中');
  m.index += at;
  m[0] = m[0].slice(at);
  return m;
}
const ATTRIBUTE_PART =
  /\s*(?:[,;]\s*)?其中\s*(?:[,:]\s*)?(?:在[^,;。\d]{1,24}?)?()()主动公开(?:的)?(?:政府信息|信息|文件)?\s*(\d[\d,]*)\s*(?:条|份|件)(?=\s*(?:\([^()]*\))?\s*(?:[,;、]\s*(?:依申请公开|不予公开)[^,;。\d]{0,10}?\d+\s*(?:条|份|件)|[。;]|$|,(?![^,;。]*?\d\s*(?:条|份|件|篇))))/y;
const YEARS_PART =
  /(?:(?:[,;][^,;。条件]{0,24}?)?(?:[,;。]|(?<=%))\s*其中\s*(?:,\s*)?|\s*\(\s*)()()(?:本年度?|今年|当年|\d{4}\s*年度?)[^,;。\d]{0,8}?(?:共|共计)?主动公开(?:的)?(?:政府信息|信息)?\s*(\d[\d,]*)\s*条/y;
const FRESH =
  /(?:[,;][^,;。条件]{0,24}?)?(?:[,;。(]|(?<=%))\s*(?:其中\s*(?:,\s*)?)?()()(?:本年度?|今年|当年|年内|\d{4}\s*(?:年度?)?)新增(?:的)?(?:主动公开的?)?(?:政府信息|信息)?\s*(\d[\d,]*)\s*条/y;
/** The counts of a list after a count, read one after another: 、 or , between, and no ; or 、 in a name. */
const SIBLINGS = new RegExp(nextItem(',、', '[^,;。、\\d]'), 'y');
/** The whole of it (政府信息, 各类政务信息), not a kind (重点领域信息, 政策解读信息, 规范性文件). */
const ALL_INFORMATION = /^了?(?:各类|各项)?(?:政府|政务)?信息$/;

/**
 * A channel as a clause names it: a kind of channel (门户网站, 微信公众号 …), a platform (政府信息公开平台), a
 * site by its name (台州气象网, 中国政府网: 网 not of 网站, 网格, 网点, 网络 …), a part of a site (本单位频道,
 * 政府信息公开目录系统, 栏目), or paper (纸质版).
 */
const NAMED_CHANNEL = new RegExp(
  `${PUBLICATION_CHANNEL.source}|平台|频道|系统|栏目|纸质|网(?![站页格点络民友])`,
  'gi',
);
/** The publication channels a clause (folded: 門戶網站 is 门户网站) names, sorted and joined: compared as a whole. */
function channelsOf(quote: string): string {
  return [...new Set(quote.match(NAMED_CHANNEL)?.map((c) => c.toLowerCase()) ?? [])].sort().join('|');
}

/**
 * A clause that sets its count beside another year's (比2019年收到的申请48件有所增加, 较上年…): a
 * second mention of the applications so led is last year's figure, whatever year the sentence opened with.
 */
const COMPARED = /比|较|同比|环比|上年|去年|前年|上一年|(?:19|20)\d\d\s*年/;
/** A year named in a clause's lead, or in a quote. */
const YEAR_NAMED = /((?:19|20)\d\d)\s*年/g;
/**
 * Whether a clause's lead (COMPARED) sets its count beside another year's: the report's own year
 * alone does not (2018年我局共收到政府信息公开申请14件, after 2018年我局受理依申请公开11件, says the
 * count again). Its `own` years: the report's where known (FactScope), else those its first mention
 * named, which a second mention naming no other restates.
 */
function compared(cl: string, own: readonly number[]): boolean {
  if (!COMPARED.test(cl)) return false;
  return COMPARED.test(cl.replace(YEAR_NAMED, (all, y: string) => (own.includes(Number(y)) ? '' : all)));
}
/** The years a first mention is told of: the report's where known, else those its quote names. */
const ownYears = (scope: FactScope | undefined, first: Fact): readonly number[] =>
  scope?.years ?? [...first.quote.matchAll(YEAR_NAMED)].map((m) => Number(m[1]));
/** A count's change on another year (同比增加20条, 较上年减少5条), not the count. */
const CHANGE = /同比|环比|较(?:上|去|前)|比(?:上|去|前)|增加|增长|减少|下降|上升/;

/** The counts of cases a second mention of is read (`f.reviews.again`, `f.suits.again`). */
export const CASE_COUNTS: [string, RegExp][] = [
  ['f.reviews', REVIEWS],
  ['f.suits', SUITS],
];

/**
 * 其中 going on to the applications' outcomes or applicants (其中5件予以公开, 其中自然人8件): a breakdown
 * of them, not the disclosure part of a larger figure (其中政府信息公开申请3件).
 */
const BROKEN_DOWN =
  /^[^。]*?其中\s*(?:,\s*)?(?:\d+\s*件\s*(?:为|属于)?)?(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|自然人|公民|法人|企业|已?办结|按时办结|答复|结转)/;

/** Simple one-figure facts: the key, its pattern, and how to read the value from a match. */
const SIMPLE: [string, RegExp, (m: RegExpExecArray) => number | null][] = [
  ['f.reviews', REVIEWS, (m) => num(m[1])],
  ['f.suits', SUITS, (m) => num(m[1])],
  ['f.normative_made', NORMATIVE, (m) => num(m[1])],
  ['f.normative_made', NORMATIVE_ISSUED, (m) => num(m[1])],
  ['f.period_year', PERIOD, (m) => num(m[1])],
  ['f.published', PUBLISHED, ymd],
];

/**
 * Reads the facts of every text block, in document order; the first mention of each wins. With the
 * report's `years` given (see notThisYear), a count whose sentence puts it in another year
 * (`2019年…收到申请48件` in a 2020 report) is passed over for the next; without them, each count
 * keeps the year it was put in (`when`), so that the caller can tell whether to read again once it
 * knows the year.
 */
export function findFacts<N>(blocks: Block<N>[], scope?: FactScope): FoundFact<N>[] {
  const r: Reading<N> = {
    out: [],
    have: new Set(),
    scope,
    agency: scope?.agency ?? null,
    section: '',
    fallback: { kinds: 0 },
    firstCases: new Map(),
  };
  /** The text blocks as read, for a total taken at the end (r.attribute) to be looked for again. */
  const read: BlockAt[] = [];
  blocks.forEach((block, bi) => {
    if (block.kind !== 'text') return;
    const b = blockAt(r, block, bi);
    read.push(b);
    const prior = r.priorText;
    r.priorText = b.folded;
    readPartsAfter(r, b, prior);
    if (!r.have.has('f.proactive_total')) readProactive(r, b);
    readProactiveAgain(r, b);
    readApplications(r, b);
    readApplicationsAgain(r, b);
    readSimple(r, b);
    readCasesAgain(r, b);
  });
  // Where no block gave a total: the 主动公开 part of what the body made (r.attribute), else a count of 公文类
  // information its kinds explain (r.documents). Taken after every block was read, so the blocks from its own on
  // are asked again whether they state it again.
  const late = r.attribute ?? r.documents;
  if (!r.have.has('f.proactive_total') && late) {
    late();
    const from = r.firstProactive?.fact.pos?.block ?? blocks.length;
    for (const b of read) if (b.bi >= from && !r.have.has(PROACTIVE_AGAIN)) readProactiveAgain(r, b);
    // And its parts, where its own sentence gave none: in the blocks after it, as the loop looks for a total's
    // (平潭县财政局 2013: 总数26条，其中主动公开政府信息26条，作为依申请公开信息数0条…, then under its heading
    // 2013年，在主动公开的26条政府信息中，…).
    for (let i = 0; i < read.length; i++) {
      if (r.partsAhead === undefined && r.partsLater === undefined) break;
      if (read[i]!.bi > from) readPartsAfter(r, read[i]!, read[i - 1]?.folded);
    }
  }
  // Where none gave it but a block counts the kinds of the 主动公开 information (2020年我局主动公开的162条信息
  // 中，公示公告类97条，…, 农业农村局 2020, its only count of them): that count, its kinds after it.
  if (!r.have.has('f.proactive_total')) for (const b of read) if (countedIn(b)) break;
  // Else the plain count held (r.fallback). (Not a kind's where other blocks each gave another kind's, and none
  // all information: 2.…公开规划类信息6条。/ 3.…公开经济发展类信息3条。 lists kinds a paragraph each, with no
  // total.) (Nor where the text gave the whole jurisdiction's total: 2022年全区共主动公开政府信息14571条。…设立
  // 规划专栏，本年度公开信息77条 is a column's, part of it; a district's 2022 report took it for its total.)
  if (!r.have.has('f.proactive_total') && !r.fallback.whole && !(r.fallback.kind && r.fallback.kinds > 1))
    r.fallback.take?.();
  if (!r.have.has('f.published')) readDated(r, blocks);
  return r.out;
}

/**
 * The parts of a total read with none in the blocks after its own: opening the block right after it
 * (partsAhead), or under the heading of its kinds (partsLater; `prior`, the text block before `b`).
 */
function readPartsAfter<N>(r: Reading<N>, b: BlockAt, prior: string | undefined): void {
  const ahead = r.partsAhead;
  r.partsAhead = undefined;
  const later = r.partsLater;
  let parts = ahead?.bi === b.bi - 1 ? proactiveParts(b.folded, 0, ahead.total, true) : [];
  if (parts.length === 0 && later !== undefined)
    parts = LATER_INTRO.test(b.folded)
      ? proactiveParts(b.folded, 0, later, true)
      : categoryParts(b.folded, prior, later);
  for (const p of parts) b.add(p.key, p.value, p.start, p.end, p.label, p.partial);
  if (parts.length > 0) r.partsLater = undefined;
}

/** What findFacts has read so far, block by block: the facts, and the first mentions later ones are held to. */
interface Reading<N> {
  out: FoundFact<N>[];
  /** The keys read: the first mention of each wins. */
  have: Set<string>;
  scope: FactScope | undefined;
  agency: string | null;
  /** The section the blocks read so far are under (sections.ts's names), '' before any heading. */
  section: string;
  /**
   * The plain 公开/发布 count to take where no block gives a 主动公开 total (readProactive), whether it
   * names a kind, how many blocks gave a kind's plain count, and whether a block gave the whole
   * jurisdiction's total (主动 or 共: then none is taken).
   */
  fallback: { take?: () => void; kind?: boolean; kinds: number; whole?: boolean };
  /** The 主动公开 part of what the body made, beside its other attributes (byAttribute): taken where no block gives a total. */
  attribute?: () => void;
  /** A count of documents (公文类) its kinds explain down to the others': taken where no block gives a total. */
  documents?: () => void;
  /**
   * The first count of applications, and whom its clause names as the subject (区政府, or null: none
   * or 本机关): a second mention is held to both.
   */
  firstReceived?: { fact: Fact; by: string | null };
  /** The reviews' and suits' counts as first read, and whom their clauses name: see CASE_COUNTS. */
  firstCases: Map<string, { fact: Fact; by: string | null }>;
  /**
   * The 主动公开 total as first read, its subject, the channels its clause names, and whether it names a
   * kind of information as its object: see PROACTIVE_AGAIN.
   */
  firstProactive?: { fact: Fact; by: string | null; channels: string; kind: boolean };
  /** The 主动公开 total whose sentence ended the `bi`th block with no parts: the next block may list them. */
  partsAhead?: { total: number | null; bi: number };
  /**
   * The 主动公开 total read with no parts: a later block that opens on its figure (在政府网站公开的290条信息中，…,
   * a zone bureau's 2018, two headings on) lists them.
   */
  partsLater?: number;
  /** The text block before this one, folded: a heading that names what the block lists (categoryParts). */
  priorText?: string;
}

/** One text block as the readers see it: its text, folded, where it stands, and what they ask of its sentences. */
interface BlockAt {
  text: string;
  /** The text folded (門戶網站 as 门户网站, 結轉 as 结转) for the patterns; the same offsets. */
  folded: string;
  bi: number;
  /** The sentence up to the figure matched at `at`. */
  lead(at: number): string;
  /** The clause around a match, folded. */
  foldedClause(m: RegExpExecArray): string;
  /**
   * True when the count matched at `at` is not the report's year's: of part of the year or of years
   * up to now (partOfTime), or, once the year and agency are known, of another year or body. With
   * `ownYear` (the count names the report's year as its object's), of part of the year only.
   */
  elsewhen(at: number, ownYear?: boolean): boolean;
  /**
   * A count that names no 政府信息公开 (`共接到各类申请5件`, `办理行政复议案件56件`) is the report's
   * only under the template's own heading, and never when the sentence goes on to 其中 (the
   * disclosure part of a larger figure).
   */
  generic(m: RegExpExecArray, about: string): boolean;
  /**
   * Records a fact read at [start, end). Parts and dates quote just what was matched (a portal's
   * info bar runs on with 来源/浏览次数); other facts quote their whole clause, or, `toFigure`, the
   * clause up to the figure (a total whose parts, quoted of their own, follow it in the clause).
   */
  add(
    key: string,
    value: number | null,
    start: number,
    end: number,
    label?: string,
    partial?: boolean,
    toFigure?: boolean,
  ): void;
  addMatch(key: string, value: number | null, m: RegExpExecArray, toFigure?: boolean): void;
}

/** The block `block` (the `bi`th) for the readers; moves the reading's section on to its heading. */
function blockAt<N>(r: Reading<N>, block: Block<N> & { kind: 'text' }, bi: number): BlockAt {
  const { scope, out, have } = r;
  const text = block.text;
  const folded = foldedOf(block);
  const startOf = sentenceStarts(folded);
  const lead = (at: number) => folded.slice(startOf(at), at);
  const heading = blockHeading(block);
  r.section = heading ?? r.section;
  // A paragraph that opens on its own heading, run in ((四)行政复议情况。本年度发生行政复议1件…): its
  // counts are under that heading, as a short one's are (sentences.ts).
  const under = (heading === null && runInSection(folded)) || r.section;
  /** The year the sentence puts the figure matched at `at` in, where it names one. */
  const whenAt = (at: number) => figureYear(lead(at));
  const add = (
    key: string,
    value: number | null,
    start: number,
    end: number,
    label?: string,
    partial = false,
    toFigure = false,
  ) => {
    if (have.has(key)) return;
    have.add(key);
    const exact = label !== undefined || key === 'f.published';
    const c = exact
      ? { quote: text.slice(start, end).trim(), start, end }
      : clause(text, folded, start, end, !toFigure);
    const pos = { block: bi, start: c.start, end: c.end };
    // The schema's key order (lib/model.ts), which the JSON export prints as it is (canonical.ts).
    const fact: Fact = { key, value, quote: c.quote };
    if (label !== undefined) fact.label = label;
    if (label !== undefined && partial) fact.partial = true;
    // 1200余条, 50件以上: an estimate, held to no table or sum (lib/rules/helpers.ts factOf).
    if (value !== null && roughAt(folded, start, end)) fact.rough = true;
    fact.pos = pos;
    const found: FoundFact<N> = { fact, node: block.node };
    if (scope === undefined && SCOPED_KEYS.test(key)) {
      const when = whenAt(start);
      if (when !== null) found.when = when;
      // (受理向县政府提出的…申请: the body applied to, where the clause names no other.)
      const who =
        subjectOf(folded, start) ??
        (key === 'f.applications_received' ? MADE_TO_BODY.exec(folded.slice(start, end))?.[1] : null);
      if (who) found.who = who;
    }
    out.push(found);
  };
  return {
    text,
    folded,
    bi,
    lead,
    foldedClause: (m) => {
      const c = clause(text, folded, m.index, m.index + m[0].length);
      return folded.slice(c.start, c.end);
    },
    elsewhen: (at, ownYear = false) => {
      const before = lead(at);
      return (
        partOfTime(before, !ownYear) ||
        // 计划制发规范性文件8件, 预计收到申请60件: a plan, not what was done (its clause looked at only when
        // the sentence says one: most do not).
        (PLANNED.test(before) && PLANNED.test(clauseLead(folded, at))) ||
        (scope !== undefined && outOfScope(figureYear(before), subjectOf(folded, at), scope))
      );
    },
    generic: (m, about) => {
      const start = startOf(m.index);
      const end = folded.indexOf('。', m.index);
      const before = folded.slice(start, m.index + m[0].length);
      if (ABOUT_DISCLOSURE.test(before)) return false;
      const rest = folded.slice(m.index + m[0].length, end < 0 ? undefined : end);
      // Under heading 依申请公开, cases that arose (发生行政复议1件, 被申请行政复议2件) arose from the
      // applications the paragraph is about, as under 四.
      const here =
        under === about ||
        (about === 'cases' && under === 'applications' && arose(folded.slice(start, m.index), m[0]));
      // (A 其中 that goes on to outcomes or applicants breaks the applications down, not a larger figure.)
      return !here || (/其中/.test(rest) && !BROKEN_DOWN.test(rest));
    },
    add,
    addMatch: (key, value, m, toFigure) =>
      add(key, value, m.index, m.index + m[0].length, undefined, false, toFigure),
  };
}

/**
 * The 主动公开 total of a block that gives one, with its parts. `门户网站发布政务信息356条，…主动公开政府信息
 * 共计484条`: a count that says 主动 or 共 is the total; a plain 公开/发布 count is one channel's, taken only
 * when no block says more (the reading's fallback).
 */
function readProactive<N>(r: Reading<N>, b: BlockAt): void {
  const { folded, lead, elsewhen } = b;
  const { agency } = r;
  // A block under a heading that names one kind counts that kind (KIND_HEADING): asked once, of the block.
  const kindHeading = KIND_HEADING.test(folded);
  /** Takes `m` as the total, with its parts; `toFigure`, quoted up to its figure (add). */
  const take = (m: RegExpExecArray, toFigure = false) => {
    const parts = proactiveParts(folded, m.index + m[0].length, num(m[3]));
    // (Parts in brackets after it, quoted of their own, end its quote at the figure.)
    const bracketed = parts.length > 0 && /^\s*\(/.test(folded.slice(m.index + m[0].length));
    b.addMatch('f.proactive_total', num(m[3]), m, toFigure || bracketed);
    const found = r.out[r.out.length - 1]!;
    const fact = found.fact;
    // (…累计…1770条，其中2018年度主动公开…180条: the year the part names is the figure's, for the
    // audit's second reading to hold to the report's, as a year before the figure is.)
    const named = r.scope === undefined ? /其中\s*(?:,\s*)?(\d{4})\s*年/.exec(m[0]) : null;
    if (named) found.when = Number(named[1]);
    r.firstProactive = {
      fact,
      by: subjectAt(folded, m.index),
      channels: channelsOf(channelLead(folded, m.index) + b.foldedClause(m)),
      // (Nor is one of kinds named as examples, 财政预算、决算、三公经费等信息12条: what 等 leaves out is not told,
      // and a later 全年主动公开政府信息120条 need not contradict it.)
      kind: namesKind(m[0]) || objectOf(m[0]).indexOf('等') > 0,
    };
    for (const p of parts) b.add(p.key, p.value, p.start, p.end, p.label, p.partial);
    // The total's sentence ends its paragraph: the next one may open with its parts (其中，…; 在主动
    // 公开的信息中，…), as the same words after a full stop would.
    if (parts.length === 0 && LAST_SENTENCE.test(folded.slice(m.index + m[0].length)))
      r.partsAhead = { total: num(m[3]), bi: b.bi };
    if (parts.length === 0) r.partsLater = num(m[3]) ?? undefined;
  };
  /** Takes the first of the block's matches of the global `re` (of MAX_CANDIDATES at most) that `fits`. */
  const takeFirst = (re: RegExp, fits: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let tried = 0;
    for (let m = re.exec(folded); m && tried++ < MAX_CANDIDATES; m = re.exec(folded))
      if (fits(m)) {
        take(m);
        return;
      }
  };
  let plain: RegExpExecArray | null = null;
  /** Whether the plain count held names a kind (namesKind): a count of all information outranks it. */
  let plainKind = false;
  PROACTIVE.lastIndex = 0;
  let passed = 0;
  // Every candidate looks back over its sentence: a hostile block of 10,000 plain counts (发布信息0条)
  // and no 。 took seconds. No report's block holds a quarter as many as are looked at.
  let looked = 0;
  for (let m = PROACTIVE.exec(folded); m && looked++ < 4 * MAX_CANDIDATES; m = PROACTIVE.exec(folded)) {
    // What comes right after the count, and the few characters right before it.
    const next = folded.slice(m.index + m[0].length);
    const prior = folded.slice(Math.max(0, m.index - 4), m.index);
    // A count needs its number, unless 共 promises one (`共条`: a fact with a null value), a space
    // stands where it was (`主动公开政府信息 条`, not `信息 条例`), or the clause ends on its unit
    // right after its object (`发布信息条。`).
    if (
      m[3] === undefined &&
      m[2] === undefined &&
      !(GAP_BEFORE_UNIT.test(m[0]) && !NOT_COUNT_AFTER.test(next)) &&
      !(NO_FIGURE_BEFORE_END.test(m[0]) && CLAUSE_ENDS.test(next))
    )
      continue;
    // 依申请公开信息数6条, 不予公开信息数0条 (a document's 公开属性), 收到依申请需要公开的信息0件: not 主动公开.
    if (
      ANSWERED_LEAD.test(prior) ||
      m[0].includes('依申请') ||
      /依申请[^,;。]{0,6}$/.test(clauseLead(folded, m.index))
    )
      continue;
    // 收到公开政府信息申请1件: applications for information, not information made public.
    if (APPLIED_FOR.test(m[0])) continue;
    // 主动公开政府信息同比增加20条: the change on last year, not the count.
    if (CHANGE.test(m[0])) continue;
    const before = lead(m.index);
    const cl = clauseLead(folded, m.index);
    // 本委到2014年底累计主动公开政府信息1338条，…其中本年度新增的主动公开信息55条: the years' so far (no
    // total of the year), then the year's, as below where the sentence names no time. (截至2011年底,我局
    // 主动公开政府信息累计299条: 累计 after the verb, the same.)
    // (Not where the count names the report's year as its object's: 截至2009年底,我镇人民政府累计主动公开
    // 2009年度政府信息28条, a town's 2009, is that year's.)
    const toYearEnd = TO_YEAR_END.test(before);
    const ownYear = toYearEnd && yearsOwn(m[0], r.scope);
    const soFar = !ownYear && (partOfTime(before) || (toYearEnd && /累计|累积|历年/.test(m[0])));
    // (截至目前…累计主动公开…1770条，…其中2019年度我局共主动公开政府信息202条, a zone's police 2019: the
    // years' so far, then the report's year's, as after a 累计 alone.)
    const freshFirst = soFar
      ? (freshAfter(folded, m.index + m[0].length) ?? yearsPartAfter(folded, m.index + m[0].length, r.scope))
      : /累[计积]/.test(before.slice(-4) + m[0])
        ? yearsPartAfter(folded, m.index + m[0].length, r.scope)
        : null;
    if (freshFirst) {
      take(freshFirst);
      break;
    }
    // A count of all the information, its 主动公开 part after it beside the others (attributePart): that
    // part. (共发布政府信息687份 there is what was made on application and withheld too.)
    const split = m[1] === undefined ? attributePart(folded, m.index + m[0].length) : null;
    if (split) {
      take(split, true);
      break;
    }
    // 全区共主动公开政府信息14571条: the whole jurisdiction's, whose part any plain count after it is.
    const other = soFar || elsewhen(m.index, ownYear);
    const ofAll = !other && aggregate(folded, m, agency);
    if (ofAll && m[3] !== undefined && (m[1] !== undefined || m[2] !== undefined)) r.fallback.whole = true;
    // (The 主动公开 part of the information made, beside its other attributes: the total, not a part.)
    const attribute = m[1] !== undefined && byAttribute(before, next);
    // 全年公开公文类政府信息共152条，其中…，其他应主动公开的政府信息68条 (a town's 2020; the zone office's 2019,
    // 2020): documents, one kind (ONE_KIND's 公文), unless its own list of kinds runs down to the others' —
    // then it is what the body made public, taken where no block gives a total (as r.attribute).
    if (!other && !ofAll && DOCUMENTS.test(objectOf(m[0])) && listsEveryKind(folded, m))
      r.documents ??= () => take(m);
    // 在主动公开的65条政府信息中，全文电子化的主动公开信息数共57条，为民办实事类信息13条 (a zone bureau's 2015): how
    // many of the 65 were put online in full, not the total; nor is any count after it in the sentence, which
    // speaks of the 65. (With the same figure, 在主动公开的90条…全文电子化的…共90条, it says the total again.)
    const within = ELECTRONIC.test(before) ? IN_COUNT_FIGURE.exec(before) : null;
    if (within && Number(within[1]) !== num(m[3])) break;
    if (
      other ||
      // 区政府各部门主动公开…: the departments' count, not this body's.
      ofAll ||
      // 主动公开行政规范性文件42件, 其中主动公开政策文件352条 after a count of all (发布各类信息3659条): one
      // kind of document, a part; not the total. (其中通过网站主动公开政府信息43条 after none is the only one.)
      oneKind(objectOf(m[0])) ||
      // …规划信息2条，公益事业建设等各类信息39条，其他主动公开文件2条 (以及其他应主动公开的关键信息2条): the
      // others, a list's last item.
      /^\s*(?:(?:以及|及|和|还有)\s*)?(?:其他|其余)/.test(cl) ||
      // …动漫解读1条。主动公开其他信息14694条: the others, named as the object (…政策类信息4条;应主动公开的其他
      // 类信息5条, a town's 2009 list of kinds, likewise).
      /^的?(?:其他|其余)/.test(objectOf(m[0])) ||
      // 借助人民网、河北日报…等媒体渠道发布信息报道120条: stories in the news media, not information made public.
      /报道$/.test(objectOf(m[0])) ||
      // …其中网上公开信息14条，占总数的47%。通过公告栏、宣传单等其它方式公开信息16条，占总数的53% (a zone bureau's
      // 2014): a share of a total, its part.
      SHARE_OF_ALL.test(next) ||
      // 基层政务公开信息共计60条: the verb is of a kind's name, the grassroots' information.
      /基层政务\s*$/.test(prior) ||
      // 通过不同渠道和方式公开政府信息,新闻媒体公开信息5条: what the news media carried, as their stories.
      /^\s*(?:通过)?(?:各类|主流|相关)?新闻媒体\s*$/.test(cl) ||
      sentToArchive(cl) ||
      // 以市政府及政府办名义制发的主动公开文件共109件: documents issued in the body's name, one kind.
      /名义(?:印发|制发|发布)?的\s*$/.test(cl) ||
      // 重点领域信息公开发布信息61条: a kind named before the verb, in a plain count (主动 says more);
      // 规范性文件栏目共公开文件46件: a kind of document's column, in any.
      // (Not the areas a count's work was about: 围绕环境保护等重点领域公开政府信息4517条.)
      (!m[1] && /(?:领域|类)(?:信息)?\s*$/.test(cl) && !/围绕|聚焦/.test(cl)) ||
      KIND_COLUMN.test(cl) ||
      // (其中 may stand as a clause of its own: 发布各类信息5489条，其中，主动公开文件数232条.)
      ((/其中|包括|包含/.test(cl) || PARTS_OPEN.test(before)) && COUNTED.test(before) && !attribute) ||
      // …政府信息共231条,其中通过县政府门户网站发布信息136条,向市交通运输局网站报送信息67条,在…新闻宣传平台发布信息
      // 28条: every item after the 其中 of a count is its part, not only the first.
      (PARTS_OF_COUNT.test(before) && !attribute) ||
      // 主动公开环境质量信息20篇；重点排污单位…监测结果58条: one kind of information, the first of a list
      // of kinds with no total, not the total.
      // (共发布转载信息3886条，规范性文件5条 says it counts all; 主动公开公安职能及动态信息4950条，微信发布信息
      // 890条 is followed by a channel's count, no other kind.)
      // (共 before the verb spans a list joined by 、: 共公开部门工作信息125条、法规文件22件、财政信息6条.)
      (m[2] === undefined &&
        kindOf(m[0]) &&
        (!/共计?\s*$/.test(before) || /^\s*、/.test(next)) &&
        siblingKind(next)) ||
      // 主动公开政府信息88条、规范性文件2条、…政务动态类信息421条: an item of a list of kinds that
      // holds a larger one, not its total. (Channels overlap: 网站公开信息93条，微信公开信息42条 is left.)
      (largerKind(folded, m.index + m[0].length, num(m[3])) && !attribute)
    ) {
      if (++passed >= MAX_CANDIDATES) break;
      continue;
    }
    // 累计主动公开政府信息3819条，本年度新增295条: the years' count so far, then the year's.
    const fresh = freshAfter(folded, m.index + m[0].length);
    if (fresh) {
      take(fresh);
      break;
    }
    // 主动 of 主动公开 (主动发布, 公开主动公开信息), not of another kind (公开主动回应信息41条: answers given).
    // 共 says all, but not of the body's where only new-media accounts published (通过…微信公众号、…政务
    // 微博发布各类政府信息共计1060余条: the accounts' all), nor of one kind (发布全市酸雨状况和空气质量指数
    // 信息共计12条: all of that kind); such a count is a plain one.
    // (法定主动公开信息105条 names the information the law requires: 主动 is of its name, and the count a
    // plain one, an item of a list where one is: …;子站动态信息6条、法定主动公开信息105条;…共计200条.)
    const legal = m[1] !== undefined && /法定\s*$/.test(prior);
    // (Nor is a new-media account's in a list of counts, another channel's after it or a count before it:
    // …微博主动公开信息4,695条,“北京丰台”微信公众号主动公开信息2,500条,…,今日头条…公众号主动公开信息446条.)
    const said =
      !legal &&
      (m[1] !== undefined || /主动(?:公开|发布|公布)/.test(m[0])) &&
      !(
        newMediaOnly(ownItem(pastBrackets(folded, m.index)) + m[0]) &&
        (siblingChannel(next) || AFTER_ITEM.test(before))
      );
    // (共 before the verb as after it: 全年共发布各类信息1200条; the channel may be named in the clause
    // before: 通过政务新媒体“巴彦呼舒镇”微信公众号,共发布信息322条.)
    const all = m[2] !== undefined || /(?:共计?|合计|总计)\s*$/.test(before);
    // (…共开设新媒体数量70个。其中微博29个，共发布信息1992条: a sentence that opens with 其中 names its
    // channel in an earlier clause.)
    const named = /^\s*其中/.test(before) ? before : cl;
    if (
      said ||
      (all &&
        // (After the whole jurisdiction's total, a 共 count without 主动 is a part of it, as a plain one is:
        // 2017年全区主动公开政府信息2122条。…2017年，共公开发布信息82条, the policy briefings' column.)
        !r.fallback.whole &&
        !newMediaOnly(channelLead(folded, m.index) + named + m[0]) &&
        !namesKind(m[0]) &&
        !kindHeading &&
        !inKindItem(folded, m.index))
    ) {
      // The 主动公开 part beside the other attributes' counts (byAttribute) is taken where no block says
      // more: a report that splits what it made so tends to give its 主动公开 total again, with its
      // kinds, under 二、主动公开政府信息情况 (a zone bureau's 2024), where it is read with them.
      if (attribute) {
        r.attribute ??= () => take(m, true);
        if (++passed >= MAX_CANDIDATES) break;
        continue;
      }
      take(m);
      break;
    }
    // A plain count that is an item of a list (…包括信息公开指南信息1条，信息公开年报信息1条) is no total,
    // nor one a new-media account alone published (人社局微信公众号发布信息118条, 抖音发布…120条): a
    // report that counts nothing else has said no 主动公开 total (主动 would say it).
    // (The website's own words, not an earlier item's: …门户网站主动公开…数据信息1条、政府信息公开工作年度
    // 报告信息1条 is an item.)
    const own = ownItem(cl);
    const item =
      listItem(before) ||
      (AFTER_ITEM.test(before) && !/共|合计|总计/.test(cl) && !/网站/.test(own)) ||
      // A paragraph led by a kind's label (城管动态:及时发布…等信息52篇; 行政执法:…), or by a heading that
      // names its kind ((2)推进财政资金信息公开。…), or an item of its text that does (一是推进行政执法信息公开。…):
      // one item of a list.
      KIND_LABEL.test(folded.slice(0, m.index)) ||
      kindHeading ||
      inKindItem(folded, m.index);
    // Nor is a column's count with another column's after it (业务工作栏目发布信息45条,公告公示栏目发布信息2条…):
    // columns of one site, listed one by one.
    const columns =
      /栏目|专栏/.test(cl) && /^\s*[,、;]\s*[^,;。\d]{0,20}(?:栏目|专栏)[^,;。\d]{0,12}\d/.test(next);
    // (A count of all information after a kind's in the same block outranks it, as across blocks, below.)
    if (
      !item &&
      !columns &&
      !newMediaOnly(pastBrackets(folded, m.index) + m[0]) &&
      !kindSiteOnly(pastBrackets(folded, m.index) + m[0]) &&
      !semicolonItem(folded, m) &&
      (!plain || (plainKind && !namesKind(m[0])))
    ) {
      plain = m;
      plainKind = namesKind(m[0]);
    }
  }
  // 主动公开涉及领导简介、机构职能、…、疫情防控等方面政府信息共231条: a total whose object lists kinds as its
  // examples, too long for PROACTIVE's; where the block gives no other. Not a part (其中…), another year's or
  // body's, the whole jurisdiction's, nor one kind's (all its examples of one: 规范性文件、政策解读等信息).
  if (!r.have.has('f.proactive_total')) {
    const m = LONG_LIST_TOTAL.exec(folded);
    const before = m ? lead(m.index) : '';
    if (
      m &&
      !/其中|包括|包含|含/.test(before) &&
      !PARTS_OF_COUNT.test(before) &&
      !elsewhen(m.index) &&
      !aggregate(folded, m, agency) &&
      !oneKind(objectOf(m[0]))
    )
      take(m);
  }
  // 我办…主动公开907条，其中…; 我局通过门户网站主动公开1945条信息: the count straight after 主动公开, its
  // object after it or none, where the block gives no count with its object first. Not a part (其中主动公开
  // 1428条), nor documents' (制发公文…主动公开…, 主动公开率).
  if (!r.have.has('f.proactive_total'))
    takeFirst(PROACTIVE_BARE, (m) => {
      // (Without 主动, only with its object: 公开了21218条政府信息, not an outcome's 予以公开3条; and
      // then a plain count as any other, after one the block gave before it (委官方网站公开发布信息244条，
      // …专栏信息公开目录发布26条信息), and never a new-media account's alone (…、微信公众号发布75条信息).)
      if (!m[1] && (!m[4] || (plain && plain.index < m.index))) return false;
      if (!m[1] && newMediaOnly(folded.slice(leadStart(folded, m.index, ITEM_START), m.index + m[0].length)))
        return false;
      const before = lead(m.index);
      if (ANSWERED_LEAD.test(before.slice(-3))) return false;
      // 财政资金信息今年共发布348条信息 (a zone's 2017): a kind of information as its subject, that kind's count;
      // so is one under a heading that names its kind ((4)推进国资国企信息公开。…今年共发布10条信息).
      if (
        !m[1] &&
        (KIND_SUBJECT.test(clauseLead(folded, m.index)) || kindHeading || inKindItem(folded, m.index))
      )
        return false;
      const end = folded.indexOf('。', m.index);
      const rest = folded.slice(m.index + m[0].length, end < 0 ? undefined : end);
      if (/其中|包括|包含|含|制发|制定|印发|发文|公文/.test(before) || /公开率/.test(rest)) return false;
      return !elsewhen(m.index) && !aggregate(folded, m, agency);
    });
  // 政府信息公开发布总量为116件, 2019年度完成政府信息公开301条: the noun's count, said as a total; where
  // the block gives no other. Not a part, another year's or body's, nor the whole jurisdiction's.
  if (!r.have.has('f.proactive_total'))
    takeFirst(PROACTIVE_NOMINAL, (m) => {
      const before = lead(m.index);
      if (!(m[2] || /总量|总数/.test(m[0]) || /完成\s*$/.test(before))) return false;
      if (/其中|包括|包含|含|累计|截至|截止/.test(before) || PARTS_OF_COUNT.test(before)) return false;
      return !elsewhen(m.index) && !aggregate(folded, m, agency);
    });
  // (A later block's count of all information before an earlier one of a kind: 通过区政府网站发布动态信息5条
  // is the website's news items, 全年依托区政府网站、政务新媒体公开信息67条 the year's count.)
  if (plain && plainKind) r.fallback.kinds++;
  if (plain && !r.have.has('f.proactive_total') && (!r.fallback.take || (r.fallback.kind && !plainKind))) {
    const m = plain;
    r.fallback.take = () => take(m);
    r.fallback.kind = plainKind;
  }
}

/** The 主动公开 total stated again further on with another figure: the text against itself. */
function readProactiveAgain<N>(r: Reading<N>, b: BlockAt): void {
  const first = r.firstProactive;
  const { folded } = b;
  // (A first count of a kind, taken for want of another (2023年主动公开工作动态信息120条), is no total a
  // later 全年共主动公开政府信息500条 can contradict.)
  if (!first || first.fact.value === null || first.fact.rough || first.kind || r.have.has(PROACTIVE_AGAIN))
    return;
  if (!folded.includes('主动')) return;
  const past = first.fact.pos?.block === b.bi ? first.fact.pos.end : -1;
  PROACTIVE.lastIndex = Math.max(0, past);
  // Where the block states the first's figure (the first itself, or its sentence again: a page that
  // repeats its text, a summary): the other counts of that sentence are its list's other items
  // (网站…217条、微信公众号…308条), not the total stated again.
  let stated = past >= 0 ? (first.fact.pos?.start ?? -1) : -1;
  let seen = 0;
  for (let m = PROACTIVE.exec(folded); m && seen++ < MAX_CANDIDATES; m = PROACTIVE.exec(folded)) {
    const value = num(m[3]);
    if (value === first.fact.value) {
      stated = m.index;
      continue;
    }
    if (value === null) continue;
    if (stated >= 0 && !SENTENCE_END.test(folded.slice(stated, m.index))) continue;
    if (!sameTotal(r, b, m, first)) continue;
    // An estimate (1.2万余条) is no second figure.
    if (!roughAt(folded, m.index, m.index + m[0].length)) b.addMatch(PROACTIVE_AGAIN, value, m);
    return;
  }
  // 在主动公开的32条政府信息中，… (the 2008 form's words opening the kinds; a city bureau's 2013, after 其中主动
  // 公开政府信息26条): the total said again, its figure first. Of the report's year, with no channel named
  // but the first's own (none).
  IN_PROACTIVE.lastIndex = Math.max(0, past);
  const m = IN_PROACTIVE.exec(folded);
  const value = m ? num(m[1]) : null;
  if (m && value !== null && value !== first.fact.value && first.channels === '' && !b.elsewhen(m.index))
    b.addMatch(PROACTIVE_AGAIN, value, m);
}
/** PROACTIVE_COUNT, looked for from a block's start. */
const COUNTED_IN = new RegExp(PROACTIVE_COUNT);
/** The total as the count of what its kinds are of (主动公开的162条信息中), where no sentence states it: see findFacts. */
function countedIn(b: BlockAt): boolean {
  const m = COUNTED_IN.exec(b.folded);
  if (!m || b.elsewhen(m.index)) return false;
  const total = num(m[1]);
  b.addMatch('f.proactive_total', total, m, true);
  for (const p of proactiveParts(b.folded, m.index, total, true))
    b.add(p.key, p.value, p.start, p.end, p.label, p.partial);
  return true;
}
/** Documents (公文类政府信息) as a count's object. */
const DOCUMENTS = /^(?:了)?公文类(?:政府|政务)?信息$/;
/** Whether the count matched by `m` is followed by its kinds down to the others' (every part, none some). */
function listsEveryKind(folded: string, m: RegExpExecArray): boolean {
  const parts = proactiveParts(folded, m.index + m[0].length, num(m[3]));
  return parts.length > 2 && parts.every((p) => !p.partial);
}
/** The total said again as what its kinds are of (在主动公开的32条政府信息中). */
const IN_PROACTIVE = new RegExp(`在${PROACTIVE_COUNT}`, 'g');

/**
 * True when the 主动公开 count matched by `m` states the year's total again: 主动, of all information
 * (not of a kind: 重点领域信息, 规范性文件), in no part (其中, 包括, anywhere in its sentence before it), no
 * comparison or other time (较上年, 累计, 截至), the same subject and the same channels named as the
 * first (门户网站… twice, or none).
 */
function sameTotal<N>(
  r: Reading<N>,
  b: BlockAt,
  m: RegExpExecArray,
  first: NonNullable<Reading<N>['firstProactive']>,
): boolean {
  const { folded } = b;
  if (!m[1] || !ALL_INFORMATION.test(objectOf(m[0]))) return false;
  if (folded.slice(Math.max(0, m.index - 3), m.index) === '依申请') return false;
  const before = b.lead(m.index);
  const cl = clauseLead(folded, m.index);
  if (/其中|包括|包含|含|累计|截至|截止/.test(before) || compared(cl, ownYears(r.scope, first.fact)))
    return false;
  // Sent to an archive or a library (向县档案馆、图书馆报送主动公开政府信息120条; any naming them, or 提供), or the
  // year's new ones beside a count that may hold earlier years' (全年新增主动公开政府信息300条): no second
  // statement of the total.
  if (sentToArchive(cl) || /提供\s*$|档案馆|图书馆|新增/.test(cl)) return false;
  if (b.elsewhen(m.index) || aggregate(folded, m, r.agency)) return false;
  if ((subjectAt(folded, m.index) ?? first.by) !== first.by) return false;
  return channelsOf(channelLead(folded, m.index) + b.foldedClause(m)) === first.channels;
}

/** The applications' count the block gives (after `past`, in the first one's block), if any. */
function receivedHere<N>(r: Reading<N>, b: BlockAt, past = -1): RegExpExecArray | null {
  const { folded, elsewhen } = b;
  const { agency } = r;
  const m = receivedIn(
    folded,
    (at) => at <= past || elsewhen(at) || splitByBody(RECEIVED_KINDS, folded, at) || byChannel(folded, at),
    agency,
  );
  if (!m || b.generic(m, 'applications')) return null;
  // 受理向县政府提出的…申请26件 in the county government's report (or its office's); not in a bureau's.
  if (otherBody(MADE_TO_BODY.exec(m[0])?.[1], agency)) return null;
  // A count that folds in last year's carried-over applications (含上年结转…, or in the brackets
  // after it: 60件（本年新收56件，上年结转4件）) is not 表三's 本年新收. 不含上年结转 says the opposite, and
  // leaves the count as 本年新收. Nor is one the sentence goes on to correct (58件，剔除重复申请2件后为56件).
  const withCarried = /结转/.test((b.foldedClause(m) + bracketAfter(folded, m)).replace(NOT_CARRIED, ''));
  const corrected = CORRECTED_AFTER.test(folded.slice(m.index + m[0].length));
  if (corrected || bodiesInBrackets(folded, m) || bodyInSubject(folded, m.index) || bodiesAfter(folded, m))
    return null;
  // Its part in the brackets after it (60件（其中本年新收56件，上年结转4件）) is 本年新收: read instead.
  if (withCarried) return newPartIn(folded, m);
  // `共受理申请59件，结转上年后新收到申请47件`: the sentence goes on to the year's new ones, past last
  // year's: the first count is the two together, and the new ones are 本年新收.
  return newAfterCarried(folded, m) ?? m;
}

/**
 * The applications received, and in the same sentence those closed, who applied and how: the first
 * mention of each.
 */
function readApplications<N>(r: Reading<N>, b: BlockAt): void {
  const { have } = r;
  const { folded } = b;
  // Once both are read, the later blocks' counts would be dropped anyway: not looked for.
  const received =
    have.has('f.applications_received') && have.has('f.applications_closed') ? null : receivedHere(r, b);
  // `未收到申请` is a claim without a number (f.claim.no_applications, facts-claims.ts).
  if (!received) return;
  // Read again for its 办结 where the first gave none: the first mention stands.
  const isFirst = !have.has('f.applications_received');
  const whole = BRACKET_PARTS.get(received);
  // The part quoted with its whole and brackets: 申请60件（其中本年新收56件，上年结转4件）.
  if (whole) b.add('f.applications_received', num(received[1]), whole.start, whole.end);
  else b.addMatch('f.applications_received', num(received[1]), received);
  // The new and the carried-over applications together (text-part-sum holds it to the two): the
  // whole its brackets part, or the count after 新收 N 件，上年结转 M 件.
  if (whole && isFirst) b.add('f.applications_total', whole.whole, whole.start, whole.end);
  const after = received.index + received[0].length;
  // 新 before the verb (新受理, 新接收) as well as in it (新收到).
  const fresh = /^新/.test(received[0]) || folded[received.index - 1] === '新';
  const both = isFirst && !whole && fresh && CARRIED_THEN_WHOLE.exec(folded.slice(after));
  if (both) b.add('f.applications_total', num(both[1]), received.index, after + both[0].length);
  if (isFirst)
    r.firstReceived = { fact: r.out[r.out.length - 1]!.fact, by: subjectAt(folded, received.index) };
  // 办结 counts only in the same sentence as the applications, never a hotline's figures.
  const end = folded.indexOf('。', received.index);
  const sentence = folded.slice(received.index, end < 0 ? undefined : end);
  // After the brackets, where the count read is their part (its 办结 there may be the part's).
  const close = whole ? whole.end - received.index : 0;
  const closed = closedIn(sentence, Math.max(received[0].length, close));
  if (closed) {
    const at = received.index + closed.index;
    b.add('f.applications_closed', num(closed[1]), at, at + closed[0].length);
  }
  // Who applied (其中自然人申请50件，法人或其他组织申请6件): in the rest of the sentence, or in the
  // next one when it opens with 其中.
  const from = received.index + received[0].length;
  const rest = restWithQizhong(folded, from);
  for (const [key, re] of APPLICANTS) {
    const m = re.exec(rest);
    if (m && !partOfTime(rest.slice(0, m.index)))
      b.add(key, num(m[1]), from + m.index, from + m.index + m[0].length);
  }
  // The ways they came in (网上申请30件，信函申请20件): not in brackets (网上申请30件（其中平台20件）).
  // At most MAX_CANDIDATES looked at: a hostile sentence of thousands would cost a pass each.
  const depth = bracketDepth(rest);
  CHANNEL.lastIndex = 0;
  let n = 0;
  let seen = 0;
  for (let m = CHANNEL.exec(rest); m && seen++ < MAX_CANDIDATES; m = CHANNEL.exec(rest)) {
    if (depth(m.index) > 0 || partOfTime(rest.slice(0, m.index))) continue;
    n++;
    b.add(`f.application_channels.${n}`, num(m[2]), from + m.index, from + m.index + m[0].length, m[1]);
  }
}

/**
 * A later mention of this body's applications in the year that gives another figure: the text
 * against itself (共新收申请56件 …, then 全年共受理申请58件). Under every test the first mention
 * passes; one the sentence puts in another year or body sends the facts to be read again once
 * those are known, as the first does (SCOPED_KEYS). Compared with 表三 as the first is.
 */
function readApplicationsAgain<N>(r: Reading<N>, b: BlockAt): void {
  const first = r.firstReceived;
  if (!first || first.fact.value === null || r.have.has(APPLICATIONS_AGAIN)) return;
  const { folded } = b;
  const past = first.fact.pos?.block === b.bi ? first.fact.pos.end : -1;
  const again = receivedHere(r, b, past) ?? receivedNamed(b, past);
  const value = again && num(again[1]);
  const cl = again ? clauseLead(folded, again.index) : '';
  if (
    again &&
    value !== null &&
    value !== first.fact.value &&
    !PART_LEAD.test(b.lead(again.index)) &&
    !compared(cl, ownYears(r.scope, first.fact)) &&
    // The same subject, or none: 区政府办公室收到申请30件 after 区政府's 56 is its office's part.
    (subjectAt(folded, again.index) ?? first.by) === first.by &&
    // A subject with a name in brackets (区政府办公室（区政务公开办）收到…) is not told: passed over.
    !/[(（]/.test(folded.charAt(again.index - cl.length - 1))
  )
    b.addMatch(APPLICATIONS_AGAIN, value, again);
}

/**
 * The applications received as what a sentence goes on about, their count before them (2018年我局受理的
 * 14件依申请公开全都按规定进行了…, 对收到的14件申请全部按时答复: 环境与国土资源局 2018, after 受理依申请公开
 * 11件): read as a second mention only, past `past`, in no other time.
 */
const RECEIVED_NAMED =
  /(?:受理|收到|接收|接到)的\s*(\d+)\s*件\s*(?:(?:政府|政务)?信息公开申请|依申请公开(?:政府信息)?(?:申请|事项)?|申请)/g;
function receivedNamed(b: BlockAt, past: number): RegExpExecArray | null {
  RECEIVED_NAMED.lastIndex = Math.max(0, past);
  const m = RECEIVED_NAMED.exec(b.folded);
  return m && !b.elsewhen(m.index) ? m : null;
}

/**
 * True when the one-figure count `m` of `re` is this body's of the year: not another time's, not
 * both kinds at once, not as the review authority, not last year's carried over, not one kind of
 * suit, not jointly made, not split between bodies, not the jurisdiction's.
 */
function ownCount<N>(r: Reading<N>, b: BlockAt, re: RegExp, m: RegExpExecArray): boolean {
  const { folded } = b;
  return (
    !b.elsewhen(m.index) &&
    !bothKinds(re, folded, m.index) &&
    !asAuthority(re, folded, m.index) &&
    !carried(re, folded, m) &&
    !oneKindOfSuit(re, folded, m.index) &&
    !(re === NORMATIVE && JOINTLY.test(clauseLead(folded, m.index))) &&
    !splitByBody([re], folded, m.index) &&
    !bodiesInBrackets(folded, m) &&
    !bodyInSubject(folded, m.index) &&
    // 全区…被申请行政复议14件，其中区政府被申请行政复议4件: read on to this body's.
    !ofJurisdiction(re, folded, m, r.agency)
  );
}

/**
 * The one-figure facts (SIMPLE: reviews, suits, normative documents, the statistics' year, the date
 * published), and the reviews and suits counted together as none.
 */
function readSimple<N>(r: Reading<N>, b: BlockAt): void {
  const { have, agency } = r;
  const { folded } = b;
  for (const [key, re, value] of SIMPLE) {
    // The first mention wins: a fact already read is not looked for again.
    if (have.has(key)) continue;
    let m: RegExpExecArray | null = null;
    for (let from = 0, tried = 0; ; from = m.index + m[0].length) {
      // Past the candidates a real report has, none is taken (see MAX_CANDIDATES).
      m = tried++ < MAX_CANDIDATES ? matchFrom(re, folded, from) : null;
      // The agency's cases at large, then 其中 the disclosure ones: read on to the latter.
      if ((re === REVIEWS || re === SUITS) && m && b.generic(m, 'cases')) m = nextAbout(re, folded, m);
      if (!m || key === 'f.period_year' || key === 'f.published') break;
      if (ownCount(r, b, re, m)) break;
    }
    if (!m) continue;
    // Under heading 四, a count that names no 信息公开 (`区政府作为被告的行政诉讼案件共120件`) gives way
    // to one further on in the paragraph that does (`因政府信息公开工作…被提起行政诉讼4件`).
    if (
      (re === REVIEWS || re === SUITS) &&
      !ABOUT_DISCLOSURE.test(folded.slice(sentenceStart(folded, m.index), m.index))
    )
      m = nextAbout(re, folded, m, true) ?? m;
    // 全县制发规范性文件12件, 全市…行政复议30件: the jurisdiction's, not this body's tables.
    if (ofJurisdiction(re, folded, m, agency)) continue;
    b.addMatch(key, value(m), m);
    if (re === REVIEWS || re === SUITS)
      r.firstCases.set(key, { fact: r.out[r.out.length - 1]!.fact, by: subjectAt(folded, m.index) });
  }

  // `行政复议、行政诉讼案件为0件`: both kinds counted together, as none: each is 0 (a figure above 0
  // is not split, bothKinds). Under the tests a count of either passes, naming 信息公开 or under 四.
  if (have.has('f.reviews') || have.has('f.suits')) return;
  const m = BOTH_NONE.exec(folded);
  if (
    m &&
    !b.generic(m, 'cases') &&
    !b.elsewhen(m.index) &&
    !asAuthority(REVIEWS, folded, m.index) &&
    !carried(REVIEWS, folded, m) &&
    !bodyInSubject(folded, m.index) &&
    !ofJurisdiction(REVIEWS, folded, m, agency)
  ) {
    b.addMatch('f.reviews', 0, m);
    b.addMatch('f.suits', 0, m);
  }
}

/**
 * A later mention of this body's reviews or suits with another figure (总体情况's 被申请行政复议4件,
 * then 四's 因政府信息公开工作被申请行政复议5件): held to 表四 as the first is, and to the first where
 * 表四 says nothing. Only one that names 信息公开 in its sentence, no part, comparison or other body,
 * and passes every test the first did; the first such mention after the first decides.
 */
function readCasesAgain<N>(r: Reading<N>, b: BlockAt): void {
  const { folded } = b;
  for (const [key, re] of CASE_COUNTS) {
    const first = r.firstCases.get(key);
    const again = `${key}.again`;
    if (!first || first.fact.value === null || first.fact.rough || r.have.has(again)) continue;
    const past = first.fact.pos?.block === b.bi ? first.fact.pos.end : 0;
    let m: RegExpExecArray | null = null;
    for (let from = past, tried = 0; tried < MAX_CANDIDATES; tried++, from = m.index + m[0].length) {
      m = matchFrom(re, folded, from);
      if (!m) break;
      const cl = clauseLead(folded, m.index);
      if (
        !ABOUT_DISCLOSURE.test(folded.slice(sentenceStart(folded, m.index), m.index)) ||
        !ownCount(r, b, re, m) ||
        PART_LEAD.test(cl) ||
        compared(cl, ownYears(r.scope, first.fact)) ||
        (subjectAt(folded, m.index) ?? first.by) !== first.by
      )
        continue;
      const value = num(m[1]);
      if (value !== null && value !== first.fact.value && !roughAt(folded, m.index, m.index + m[0].length))
        b.addMatch(again, value, m);
      else r.have.add(again);
      break;
    }
  }
}

/** The date published where no block gave it with its word (发布时间…): the first date a block opens on. */
function readDated<N>(r: Reading<N>, blocks: Block<N>[]): void {
  blocks.forEach((block, bi) => {
    if (block.kind !== 'text' || r.have.has('f.published')) return;
    const folded = foldedOf(block);
    const m = DATED.exec(folded);
    if (!m) return;
    r.have.add('f.published');
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const c = { quote: block.text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length };
    const pos = { block: bi, start: c.start, end: c.end };
    r.out.push({ fact: { key: 'f.published', value: ymd(m), quote: c.quote, pos }, node: block.node });
  });
}

/**
 * 全市各级行政机关共收到…, 各镇街…, 区政府及其部门…, 全系统 (a bureau and the branches under it): a
 * count for the whole city or county, or for this body with those under it, not this body's 表三; 县区, 区县 (a city's counties and districts
 * together: …其中，市本级公开政府信息31339余条，县区公开政府信息35212条).
 */
export const AGGREGATE =
  /全(?:省|市|区|县|州|旗|盟|镇|乡)|包[括含](?:各)?(?:部门|单位)(?:及|和|与|、)(?:各)?(?:乡镇|街道)|全(?:局|委|厅)?系统|系统内|各级|各部门|各单位|各乡镇|各街道|各镇|各街|各县|各区|各地|(?:县区|区县)(?!域)|县\(市、?区\)|及其(?:所属|下属)?(?:各)?(?:部门|单位)|及(?:所属|下属)/;
/** 围绕全省文化和旅游领域重点工作, 紧扣全区中心工作: the work a count served, not whose count it is. */
const TOPIC = /(?:围绕|聚焦|紧扣|服务|助力|对标)[^,;。]{0,24}?(?:工作|中心|大局|部署|任务|目标)/g;
/**
 * 区级共收到…, 县直单位…: a level of the jurisdiction as the count's subject, in its own clause (与
 * 市级部门联合印发… names a partner, not the subject). 本级 is this body; 县级以上 is the law's words.
 */
const LEVEL = /(?<![本同上下])(?:省|市|区|县)级(?!以上|以下)|(?:市|区|县)直(?:各|属)?(?:部门|单位|机关)/;
const RECEIVED_G = new RegExp(RECEIVED.source, 'g');
const RECEIVED2_G = new RegExp(RECEIVED2.source, 'g');
const RECEIVED3_G = new RegExp(RECEIVED3.source, 'g');
const RECEIVED_KINDS = [RECEIVED, RECEIVED2, RECEIVED3];

/**
 * True when the sentence before the match speaks for a whole jurisdiction, and the count is not this
 * body's own part of it (see ownPart).
 */
function aggregate(folded: string, m: RegExpExecArray, agency: string | null): boolean {
  const start = sentenceStart(folded, m.index);
  let before = folded.slice(start, m.index).replace(TOPIC, '');
  // 全镇 in a town government's report (全乡 in a township's) is the body itself: no body under it
  // publishes a report. With the agency not known yet (the first reading), a count whose subject is
  // 全镇 is kept with it, for the second reading to decide (otherBody).
  const town =
    agency !== null
      ? TOWNSHIP.exec(agency)?.[1]
      : /全[镇乡]/.test(before)
        ? /^全(镇|乡)$/.exec(subjectAt(folded, m.index) ?? '')?.[1]
        : undefined;
  if (town) before = before.replace(TOWN_ITSELF[town]!, '');
  if (!(AGGREGATE.test(before) || LEVEL.test(clauseLead(folded, m.index))))
    return afterJurisdiction(folded, start, m.index);
  return !ownPart(folded, before, m.index, agency);
}

/**
 * True when the sentence of a count at `at` (from `start`) names no subject of its own (no body, no
 * 本机关/我局) and follows one that opens on the whole jurisdiction as its subject (not 按照各级…要求,
 * 更新全区各部门…, where the jurisdiction is an object): the subject carries on
 * (2024年全区各级行政机关主动公开…7585条。全年制发并公开行政规范性文件23件: the district's, not its government's).
 */
function afterJurisdiction(folded: string, start: number, at: number): boolean {
  // The sentences before first: most do not speak for the jurisdiction, and this asks of every count.
  // One that goes on with its 其中 (…全区各部门累计处理申请46件。其中43件已答复，3件结转。依申请公开引起的
  // 行政复议5件) passes the subject on from the one before it; so does one with no figure and no subject
  // of its own (全市全年新收政府信息公开申请1541件…。申请内容仍然集中在政策文件、征地补偿等方面。全年因政府
  // 信息公开申请引起的行政复议93件: a city's 2024, the whole city's reviews).
  for (let end = start, k = 0; end > 0 && k < 3; k++) {
    const from = sentenceStart(folded, end - 1);
    const prev = folded.slice(from, end);
    if (opensOnJurisdiction(prev) || JURISDICTION_COUNT.test(prev))
      return subjectAt(folded, at) === null && !SELF_WORDS.test(folded.slice(start, at));
    if (!/^[\s,]*其中/.test(prev) && !silent(prev)) return false;
    end = from;
  }
  return false;
}
/** A sentence with no figure that names no body, not even this one (申请内容仍然集中在…方面。). */
const silent = (sentence: string) =>
  !/\d/.test(sentence) && !SELF_WORDS.test(sentence) && !BODY_NAMED.test(sentence);
/** A body named as a sentence's subject before its verb (市政府办公室高度重视…, 我们…): not a silent one. */
const BODY_NAMED = /^[^,;:。]{0,30}?(?:局|委(?!托)|办(?![理结件法])|中心|政府(?!信息)|厅|署|街道|镇|乡|我们)/;
/**
 * AGGREGATE's words for a jurisdiction as a subject; not 全镇 or 全乡 alone, a town's own words for itself
 * (aggregate() says why), which no county's report opens a sentence with.
 */
const JURISDICTION = `(?!全[镇乡](?![级各]))(?:${AGGREGATE.source})`;
/**
 * A clause that opens on the jurisdiction and gives its count (…方面,全区各部门累计处理政府信息公开申请46件), or
 * one the body guides it in (…流程,指导全市规范受理依申请公开301件).
 */
const JURISDICTION_COUNT = new RegExp(
  `(?:^|[,;:])\\s*(?:\\d{4}\\s*年度?\\s*(?:,\\s*)?)?(?:指导|督促|组织)?${JURISDICTION}[^,;:。]{0,40}?\\d+\\s*(?:件|条)`,
);
/** JURISDICTION opening a sentence. */
const JURISDICTION_OPENS = new RegExp(`^${JURISDICTION}`);
/** A sentence that opens on the jurisdiction as its subject (全区各级行政机关…, 2022年，全州共计…), after a time at most. */
export function opensOnJurisdiction(sentence: string): boolean {
  return JURISDICTION_OPENS.test(
    sentence
      .replace(/^[\s,]+/, '')
      .replace(TIME_LEAD, '')
      .replace(/^[\s,]+/, ''),
  );
}

/** A town's or a township's government, by its name's end (某某镇人民政府, 某某乡). */
const TOWNSHIP = /(镇|乡)(?:人民政府)?$/;
/** 全局, 全委 …: the whole of a body named by its kind, as the body's own report says of itself. */
const WHOLE_BODY = /^全(局|委|厅|办|署|院)$/;
/** A name with its kind said short: 办 for 办公室, 委 for 委员会 (市政府外办 for …外事办公室, 全委 in a 委员会's). */
const kindShort = (name: string) => name.replace(/办公室$/, '办').replace(/委员会$/, '委');
/** 全镇, 全乡 as the town or township itself (not 全镇各村…, 全镇级…). */
const TOWN_ITSELF: Record<string, RegExp> = { 镇: /全镇(?![级各])/g, 乡: /全乡(?![级各])/g };
/** Words for this body itself in a count's clause: 本级, 本机关, 我局. */
const SELF_WORDS = /本级|本机关|本单位|本部门|(?:我|本)(?:局|委|办|府|镇|乡|街道)/;

/**
 * `全区…被申请行政复议14件，其中区政府被申请行政复议4件`: after the sentence's last 其中, a count whose
 * clause names this body (by its name, a short form, or 本级/本机关) and no wider one is this body's
 * part of the whole. With the agency unknown, any body named is taken: a second reading with it
 * passes over another body's (outOfScope).
 */
function ownPart(folded: string, before: string, at: number, agency: string | null): boolean {
  const q = before.lastIndexOf('其中');
  if (q < 0) return false;
  const part = before.slice(q + 2);
  if (AGGREGATE.test(part) || LEVEL.test(part)) return false;
  const who = subjectAt(folded, at);
  return who !== null ? agency === null || !otherBody(who, agency) : SELF_WORDS.test(part);
}

/** A review, suit or normative-document count for a whole jurisdiction (全县制发…, 全市…行政复议30件). */
function ofJurisdiction(re: RegExp, folded: string, m: RegExpExecArray, agency: string | null): boolean {
  return (re === REVIEWS || re === SUITS || re === NORMATIVE) && aggregate(folded, m, agency);
}

/**
 * The first 申请 count in a block whose sentence is not about a whole jurisdiction, nor (`elsewhen`)
 * about another year, another body or part of the year.
 */
function receivedIn(
  folded: string,
  elsewhen: (at: number) => boolean,
  agency: string | null,
): RegExpExecArray | null {
  for (const re of [RECEIVED_G, RECEIVED2_G, RECEIVED3_G]) {
    re.lastIndex = 0;
    let tried = 0;
    for (let m = re.exec(folded); m && tried++ < MAX_CANDIDATES; m = re.exec(folded))
      if (!aggregate(folded, m, agency) && !elsewhen(m.index)) return m;
  }
  if (!folded.includes('申请')) return null;
  RECEIVED_LEDGER.lastIndex = 0;
  let tried = 0;
  for (let m = RECEIVED_LEDGER.exec(folded); m && tried++ < MAX_CANDIDATES; m = RECEIVED_LEDGER.exec(folded))
    if (
      LEDGER_AFTER.test(folded.slice(m.index + m[0].length, m.index + m[0].length + LEDGER_REACH)) &&
      ledgerOpens(folded, m.index) &&
      !aggregate(folded, m, agency) &&
      !elsewhen(m.index)
    )
      return m;
  return null;
}

/**
 * `共受理依申请公开事项59件，结转上年后新收到依申请公开事项47件`: where a count not itself of new
 * applications is followed in its sentence by 结转 and then a count of 新收 ones, that later count;
 * otherwise null.
 */
function newAfterCarried(folded: string, m: RegExpExecArray): RegExpExecArray | null {
  if (/^新/.test(m[0])) return null;
  const from = m.index + m[0].length;
  const stop = folded.indexOf('。', from);
  const end = stop < 0 ? folded.length : stop;
  const carried = folded.indexOf('结转', from);
  if (carried < 0 || carried >= end) return null;
  for (const re of [RECEIVED, RECEIVED2, RECEIVED3]) {
    const g = globalOf(re);
    g.lastIndex = carried;
    const later = g.exec(folded);
    if (later && later.index < end && /^新/.test(later[0])) return later;
  }
  return null;
}

/** The first match of `re` in `folded` at or after `from` (past another year's count: rare). */
function matchFrom(re: RegExp, folded: string, from: number): RegExpExecArray | null {
  if (from === 0) return re.exec(folded);
  const g = globalOf(re);
  g.lastIndex = from;
  return g.exec(folded);
}

// Each one-figure pattern's global twin, made once: a search that starts past a match needs one.
// RECEIVED's, RECEIVED2's and RECEIVED3's here are splitByBody's, apart from receivedIn's own RECEIVED_G,
// RECEIVED2_G and RECEIVED3_G: splitByBody runs inside receivedIn's loop, and one lastIndex must not move the other's.
const GLOBAL = new Map(
  [...SIMPLE.map(([, re]) => re), RECEIVED, RECEIVED2, RECEIVED3].map((re) => [
    re,
    new RegExp(re.source, 'g'),
  ]),
);
const globalOf = (re: RegExp): RegExp => GLOBAL.get(re)!;

/**
 * True when the sentence holding the count at `at` splits counts of one kind between a body and one
 * of its own parts (`区政府制发规范性文件4件，区政府办公室制发规范性文件2件`, `区政府本级收到申请30件，区政府办公室收到
 * 申请26件`): each is a part, not the figure the report's table gives for the whole. Another body's count
 * beside this one's (`区教育局收到申请30件；区政府共新收申请56件`) is no split: that count is passed over as
 * another body's, and this one stands.
 */
function splitByBody(res: RegExp[], folded: string, at: number): boolean {
  const start = sentenceStart(folded, at);
  const stop = folded.indexOf('。', at);
  const end = stop < 0 ? folded.length : stop;
  const bodies: string[] = [];
  for (const re of res) {
    const g = globalOf(re);
    g.lastIndex = start;
    for (let m = g.exec(folded), n = 0; m && m.index < end && n < MAX_CANDIDATES; m = g.exec(folded), n++) {
      const who = subjectAt(folded, m.index)?.replace(/人民政府/g, '政府');
      // 区政府各部门: the departments at large, not a part that splits this body's count.
      if (who && !AGGREGATE.test(who) && !bodies.includes(who)) bodies.push(who);
    }
  }
  return bodies.some((a, i) => bodies.some((b, j) => i !== j && b.includes(a)));
}

const CLOSED_G = new RegExp(CLOSED.source, 'g');
/** `上年结转申请办结4件`, `本年新收的办结53件`: the closed ones of a part of the applications. */
const OF_A_PART = /结转|新收/;
/** A 办结 count's clause that says when they were closed: in time or late (按期, 逾期, 延期). */
const WHEN_CLOSED = '(?:按期|按时|如期|逾期|延期|超期)(?:答复)?';
const TIMELY = new RegExp(`${WHEN_CLOSED}$`);
/** Another count of those closed, in time or late, in the same sentence. */
const TIMELY_CLOSED = new RegExp(`${WHEN_CLOSED}(?:办结|办理完成)\\s*\\d`);

/**
 * The first 办结 count of all the applications in a sentence, after `from` (the applications' own
 * count): not one whose clause names the part it closed (其中上年结转申请办结4件，本年新收申请办结53件),
 * nor one of part of the year (12月份办结10件).
 */
function closedIn(sentence: string, from: number): RegExpExecArray | null {
  CLOSED_G.lastIndex = from;
  let tried = 0;
  for (let m = CLOSED_G.exec(sentence); m && tried++ < MAX_CANDIDATES; m = CLOSED_G.exec(sentence)) {
    let a = m.index;
    while (a > from && !CLAUSE_END.test(sentence[a - 1]!)) a--;
    // 12月份办结10件, 全年办结57件: the month's are a part of the year's too.
    if (OF_A_PART.test(sentence.slice(a, m.index)) || partOfTime(sentence.slice(from, m.index), false))
      continue;
    // 其中按期办结29件,延期办结2件: those closed in time are a part where others closed late are counted.
    if (
      TIMELY.test(sentence.slice(a, m.index)) &&
      TIMELY_CLOSED.test(sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length))
    )
      continue;
    return m;
  }
  return null;
}

/** A plan or an aim before a count: 计划 (not 计划生育, 计委), 拟, 预计, 力争, 争取, 目标. */
export const PLANNED = /计划(?!生育|委)|拟|预计|预期|力争|争取|目标/;

/** Where a clause begins, for its subject: after punctuation, or at the sentence's start. */
const SUBJECT_START = /[,;:，；：。！？!?\n(（]/;
/** Time words before a subject: 2020年, 本年度, 全年. */
const TIME_LEAD =
  /^(?:\d{4}\s*年度?|\d{1,2}\s*月份?(?:\s*\d{1,2}\s*[日号])?(?:\s*(?:至|到|[-—–~～]))?|本年度?|今年(?:以来)?|全年|年内|截[至止]|同时|此外|另外|其中)+/;
/** What comes between a subject and its count: 共, 已, 被申请, 收到 … (the count's own verb is in the match). */
const VERB_TAIL =
  /(?:本级|共计|共|合计|累计|总计|全年|本年度?|已|依法|一共|新|被申请|被提起|被|申请|提起|发生|收到|办理|作为被申请人的|作为被告的)+$/;
/**
 * This body speaking of itself (本局, 我分局, 我单位, 本级政府, 我镇人民政府, 我街道办事处): in prose, and as a
 * title's agency (meta.ts).
 */
export const SELF =
  /^(?:本|我)级?(?:机关|单位|部门|分?局|委|办|院|(?:镇|乡)(?:人民)?政府|镇|乡|街道(?:办事处|办)?|中心|政府|厅|署|所)?$/;
/** 我区, 我县 …: a place by its level, as its government's report names it (我镇, 我乡 are SELF's). */
const OUR_PLACE = /^(?:我|本)(省|市|区|县|州|旗|盟)$/;
/** A body that runs a zone: 管理委员会, 管委会. */
const ZONE_BODY = /(?:管理委员会|管委会|管委)$/;
/** A zone by its kind alone, as its own report says it (园区利用…发布简报…). */
const ZONE_WORD = /^(?:本|该)?(?:园区|工业园区|开发区|高新区|新区|合作区|示范区|试验区|保税区|景区)$/;
/** A place named alone as a subject: 杨浦区, 兴庆区, 通化县 (its government, as OUR_PLACE's). */
const PLACE_NAME = /^[\u4e00-\u9fff]{1,12}(?:省|市|区|县|州|旗|盟)$/;
/** The end of a body's name: a bureau, a committee, an office, a township, a government. */
const BODY_END =
  /(?:局|委|委员会|办|办公室|中心|院|所|(?<!网)站|队|镇|乡|街道|街道办事处|办事处|政府|部|部门|单位|厅|署|处|公司|集团)$/;
/** Why, after the subject's name: 因政府信息公开工作, 因依申请公开答复. */
const CAUSE = /因[^,;:]{0,16}$/;
/** How the subject did it, after its name: 通过门户网站, 在政府网站上, 依托…平台. */
const MEANS = /(?:通过|在|依托|利用|借助|采取|以)[^,;:]*$/;

/**
 * Where the words before `at` begin: after the last of `stops` before it, at most 40 characters back
 * (a subject is near its verb, an item's channel near its count).
 */
function leadStart(folded: string, at: number, stops: RegExp): number {
  let a = at;
  while (a > 0 && at - a < 40 && !stops.test(folded[a - 1]!)) a--;
  return a;
}

/**
 * The clause before a count's own, where it names only the channel the count went out on (通过…微信公众号,
 * 共发布信息322条; 以区人民政府网站为主平台,主动公开政府信息121条): no figure in it, opening on 通过, 依托, 借助,
 * 利用, 运用 or 以…为. Else ''.
 */
function channelLead(folded: string, at: number): string {
  const start = leadStart(folded, at, SUBJECT_START);
  if (start < 2 || folded[start - 1] !== ',') return '';
  const prev = folded.slice(leadStart(folded, start - 1, SUBJECT_START), start - 1);
  return /^\s*(?:通过|依托|借助|利用|运用|以(?=[^,]*为))/.test(prev) && !/\d/.test(prev) ? prev : '';
}

/**
 * The clause's words before `at`, past brackets closed before it: an account named with its name in
 * brackets (局微信公众号(凉都应急管理)公开信息424条) is the clause's, not only the name.
 */
function pastBrackets(folded: string, at: number): string {
  let start = leadStart(folded, at, SUBJECT_START);
  while (start > 0 && /[(（]/.test(folded[start - 1]!) && /[)）]/.test(folded.slice(start, at)))
    start = leadStart(folded, start - 1, SUBJECT_START);
  return folded.slice(start, at);
}

/** The clause's words before `at`, at most 40 of them. */
function clauseLead(folded: string, at: number): string {
  return folded.slice(leadStart(folded, at, SUBJECT_START), at);
}

/**
 * The body a clause names as the subject of the count matched at `at` (`区教育局` in `2020年，区
 * 教育局收到申请30件`), or null where it names none, or only this one (本机关, 我局).
 */
export function subjectAt(folded: string, at: number): string | null {
  const who = clauseLead(folded, at)
    .replace(/\s+/g, '')
    .replace(TIME_LEAD, '')
    // 以区政府办公室名义制发…: the body named is the one that issued them.
    .replace(/^以(.{2,24}?)(?:的)?名义$/, '$1')
    .replace(VERB_TAIL, '')
    .replace(MEANS, '')
    .replace(VERB_TAIL, '')
    // 区教育局因政府信息公开工作被申请…: the cause between the body and its verb.
    .replace(CAUSE, '')
    .replace(VERB_TAIL, '')
    // 区政府办代表区政府受理…: the count is of the body spoken for.
    .replace(/^.*代表/, '');
  // 我区, 我县, 我市: the place's government as a report speaks of it (我区共收到申请…), another body
  // than a department's.
  const place = OUR_PLACE.exec(who);
  if (place) return `${place[1]}政府`;
  // 杨浦区共受理…: a place by its name, its government as the report's words for it (not a department's).
  if (PLACE_NAME.test(who)) return `${who}政府`;
  if (who.length < 2 || SELF.test(who) || !BODY_END.test(who)) return null;
  return who;
}

/** A verb a sentence's count is led by, not a word of a name (政务公开办, 新闻发布中心): its subject comes before it (区教育局共收到…). */
const COUNT_VERB =
  /收到|受理|接收|接到|办理|办结|公开(?![办科股处室组])|发布(?![中办会])|制发|制定|印发|被申请|被提起|发生/;

/**
 * The subject of the count at `at`: its clause's (subjectAt); for a count whose clause names none
 * (not even 我局), the subject of its sentence's first count before that clause (区教育局共收到申请30件，
 * 其中…行政复议2件: the bureau's too).
 */
export function subjectOf(folded: string, at: number): string | null {
  const own = subjectAt(folded, at);
  const lead = clauseLead(folded, at);
  if (own !== null || SELF_WORDS.test(lead)) return own;
  return openingSubject(folded, sentenceStart(folded, at), at - lead.length);
}

/** The subject of the first count `text` gives in [from, to) (by its verb: COUNT_VERB), or null. */
export function openingSubject(text: string, from: number, to: number): string | null {
  const verb = COUNT_VERB.exec(text.slice(from, to));
  return verb ? subjectAt(text, from + verb.index) : null;
}

/**
 * True when `who`, the subject a count's clause names, is not the report's agency as far as names
 * tell (人民政府 and 政府 are one): `区教育局` in 相山区人民政府's report. Unknown agency: never.
 */
export function otherBody(who: string | null | undefined, agency: string | null): boolean {
  if (!who || !agency || !otherName(who, agency)) return false;
  // A body with a second name in brackets (高新区(新市区), XX市人民政府(市人民政府办公室), 泰州医药高新区
  // (高港区)卫生健康委员会, 苏州高新区管委会(虎丘区人民政府)) is another body only to both names: under
  // the whole, 区政府 was another body, and the report's 主动公开 count was passed over. So too a
  // subject written with its second name (高新区(新市区)管委会).
  if (namesOf(agency)?.some((name) => !otherBody(who, name))) return false;
  return !namesOf(who)?.some((name) => !otherBody(name, agency));
}

/** A name with a part in brackets as the two names it gives (高新区(新市区)局: 高新区局, 新市区局), or null. */
function namesOf(name: string): string[] | null {
  const aka = AKA.exec(name);
  if (!aka) return null;
  const after = name.slice(aka.index + aka[0].length);
  const alias = aka[1]!.replace(/^(?:以下)?简称/, '');
  return [name.slice(0, aka.index) + after, ...(alias ? [alias + after] : [])];
}

/** otherBody for the names as they are written. */
function otherName(who: string, agency: string): boolean {
  // 本机关, 我局: the body itself, whatever its name.
  if (SELF.test(who.replace(/\s+/g, ''))) return false;
  const norm = (x: string) => x.replace(/\s+/g, '').replace(/人民政府/g, '政府');
  // A title that runs the place into 政府信息公开 (2024年兴和县政府信息公开工作年度报告, 田黄镇2023年…) gives
  // the place alone: its government (a 苏木 is Inner Mongolia's township), a 街道's office.
  const a = norm(agency)
    .replace(/(?<=[县区市旗镇乡]|苏木)$/, '政府')
    .replace(/街道$/, '街道办事处');
  const w = norm(who);
  // 全镇 in a town government's report (全乡 in a township's): the body itself, as aggregate() takes it.
  if (w === `全${TOWNSHIP.exec(agency)?.[1]}`) return false;
  // 全局 in a bureau's report (全委, 全厅, 全办 …): the whole of the body itself, not one under it.
  const whole = WHOLE_BODY.exec(w);
  if (whole && kindShort(a).endsWith(whole[1]!)) return false;
  // The agency may be the short form, from a title (县人社局), the text naming it in full (县人力社保局),
  // its characters spread through the name; not a name that only adds words before its last character
  // (区政府办 and 区政府督查办, 区教育局 and 区教育体育局: another office, or left to be another).
  if (shortFor(a, w) && !w.startsWith(a.slice(0, -1))) return false;
  // A zone named as a place (深汕特别合作区, 园区) in the report of its 管理委员会: the committee runs it.
  const zone = /^(.+?)政府$/.exec(w)?.[1];
  if (zone && ZONE_BODY.test(a) && (a.includes(zone) || ZONE_WORD.test(zone))) return false;
  return !a.includes(w) && !w.endsWith(a) && !shortFor(w, a);
}

/** A bracketed part of a body's name: its other name, or what it is called for short. */
const AKA = /[(（]([^()（）]*)[)）]/;

/**
 * True when a table row's label names the report's own body (`相山区人民政府`, `区政府`, `本机关` in
 * 相山区人民政府's report); unknown agency: only the words for oneself.
 */
export function namesThisBody(label: string, agency: string | null): boolean {
  const w = label.replace(/\s+/g, '');
  if (w.length < 2) return false;
  return SELF.test(w) || (agency !== null && !otherBody(w, agency));
}

/** An office of a body, after the body's name: 办公室, 政府办, 政务公开办公室. */
const OFFICE_TAIL = /(?:政务公开|政府信息公开|信息公开)?(?:办公室|办)$/;

/**
 * True when a table row's label is the name of a body other than the report's (`区教育局` in
 * 相山区人民政府's report). Not a body's name (全区, 小计, a caption), this body's office
 * (`相山区人民政府办公室`, `区政府办`, `相山区政务公开办公室`) or an unknown agency: false.
 */
export function namesOtherBody(label: string, agency: string | null): boolean {
  const w = label.replace(/\s+/g, '');
  if (agency === null || SELF.test(w) || !BODY_END.test(w) || !otherBody(w, agency)) return false;
  const body = w.replace(OFFICE_TAIL, '');
  return body.length >= 2 && otherBody(body, agency);
}

/**
 * Whether `w` is the usual short form of the name `a`: its characters in `a`'s order, at least
 * three, ending as `a` does (区住建局 for 相山区住房和城乡建设局, 区人社局 for …人力资源和社会保障局; 办 as
 * 办公室 does, 委 as 委员会: 市政府外办 for 上海市人民政府外事办公室).
 * A different body keeps a character the name lacks (区教育局 in 相山区住房和城乡建设局's report).
 */
function shortFor(w: string, a: string): boolean {
  if (w.at(-1) !== a.at(-1)) a = kindShort(a);
  if (w.length < 3 || w.length >= a.length || w.at(-1) !== a.at(-1)) return false;
  let i = 0;
  for (const c of a) if (c === w[i]) i++;
  return i === w.length;
}

/** A body deciding reviews, not answering them: 作为复议机关, 办理/受理/审理行政复议案件. */
const AUTHORITY = /复议机关|办理|受理|审理|审结|收到/;
/** Words that make the body the respondent: 被申请行政复议, 因政府信息公开, 针对我街道(信息公开事务的). */
const RESPONDENT = /被申请|被提起|被|因(?:政府)?信息公开|涉及(?:政府)?信息公开|针对(?:本|我)/;

/**
 * True when a 行政复议 count at `at` is of the reviews the body decided as the review authority
 * (`区政府作为复议机关共办理行政复议案件30件`), not of those brought against it, which 表四 counts.
 */
function asAuthority(re: RegExp, folded: string, at: number): boolean {
  if (re !== REVIEWS) return false;
  const lead = clauseLead(folded, at);
  return AUTHORITY.test(lead) && !RESPONDENT.test(lead);
}

/**
 * `上年度结转的行政复议案件2件`: cases carried over from an earlier year, not 表四's for this one; and
 * `行政复议5件（含上年结转1件）`: a count that folds them in (不含上年结转 leaves it as it is).
 */
function carried(re: RegExp, folded: string, m: RegExpExecArray): boolean {
  if (re !== REVIEWS && re !== SUITS) return false;
  const carriedWord = /结转|转入/;
  return (
    carriedWord.test(clauseLead(folded, m.index)) ||
    carriedWord.test(bracketAfter(folded, m).replace(NOT_CARRIED, '')) ||
    carriedBeside(re, folded, m)
  );
}

/** Last year's cases named after a count (另有上年结转的1件已审结): 表四 may count them in or not. */
const CARRIED_CASES = /(?:上一?年度?|以前年度|往年)[^,;。]{0,4}结转|结转自/;

/**
 * `被申请行政复议3件，另有上年结转的1件已审结`: the count is the year's new cases, which 表四 may give with
 * last year's or without them; held to neither, as a count in whose brackets they are. Read up to the
 * sentence's end or the other kind of case (…；被提起行政诉讼4件), whose count it leaves alone.
 */
function carriedBeside(re: RegExp, folded: string, m: RegExpExecArray): boolean {
  const from = m.index + m[0].length;
  const stop = folded.indexOf('。', from);
  // The count's own brackets are carried's (不含上年结转1件 there leaves it as it is).
  let rest = folded.slice(from, stop < 0 ? undefined : stop).replace(/^\s*\([^()]{0,60}\)/, '');
  const other = rest.indexOf(re === REVIEWS ? '行政诉讼' : '行政复议');
  if (other >= 0) rest = rest.slice(0, other);
  // Not the applications' (…，上年结转申请4件均已办结): a clause of 申请 names its cases as such.
  return rest
    .split(/[,;:]/)
    .some((c) => CARRIED_CASES.test(c) && (!c.includes('申请') || /复议|诉讼|案/.test(c)));
}

/**
 * `通过网上申请平台收到申请30件`, `当面受理申请26件`: the applications of one channel, not all of them. A
 * count over channels listed together (`通过网上、信函、当面等方式共收到…`) is all of them.
 */
function byChannel(folded: string, at: number): boolean {
  const lead = clauseLead(folded, at);
  return (
    /网上|网络|在线|信函|来信|当面|现场|窗口|传真|电子邮件|邮件|邮寄|平台/.test(lead) &&
    !/等|共|合计|累计/.test(lead)
  );
}

/** `与市级部门联合印发规范性文件2件`: documents issued with others, some of this body's, not all. */
const JOINTLY = /联合|会同|共同/;

/**
 * `复议后提起行政诉讼1件`, `未经复议直接提起行政诉讼3件`: the suits of one kind (one of 表四's two groups),
 * not all of them.
 */
function oneKindOfSuit(re: RegExp, folded: string, at: number): boolean {
  return re === SUITS && /复议后|未经复议|经复议|直接(?:提起|起诉)?\s*$/.test(clauseLead(folded, at));
}

/**
 * Reviews and suits counted together as none: `行政复议、行政诉讼案件为0件`, `行政诉讼和行政复议均为0件`,
 * `被申请行政复议、提起行政诉讼共0件` (the other order too), `行政复议、行政诉讼数量为0件`, `进入行政复议程序和
 * 行政诉讼程序均为0件`.
 */
const BOTH_NONE =
  // Each run of spaces is one quantifier's, an optional word carrying its own (see countOf): two \s* with
  // only optional words between them share a long run out every possible way.
  /(?:行政复议|行政诉讼)(?:案件|程序)?\s*[、和及与]\s*(?:被\s*)?(?:(?:申请|提起)\s*)?(?:行政复议|行政诉讼)(?:案件|案|程序|数量|数)?\s*(?:(?:均|都|共|合计|总计)\s*)?(?:(?:为|是)\s*)?(?:0|零)\s*(?:件|起|宗|个)/;

/** `行政复议、提起` or `行政诉讼和` right before a count: the count is of both kinds of case together. */
const REVIEW_AND = /复议(?:案件)?\s*[、和及与或]\s*(?:被)?(?:提起)?\s*$/;
const SUIT_AND = /诉讼(?:案件)?\s*[、和及与或]\s*(?:被)?(?:申请)?\s*$/;

/**
 * True when a 行政诉讼 (or 行政复议) count at `at` counts both kinds together: `被申请行政复议、提起行政
 * 诉讼案件共8件` is neither 表四's suits nor its reviews.
 */
function bothKinds(re: RegExp, folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 12), at);
  return re === SUITS ? REVIEW_AND.test(before) : re === REVIEWS ? SUIT_AND.test(before) : false;
}

/**
 * The next match of `re` after `prev` that names 信息公开 just before it, in the same sentence (or,
 * with `anywhere`, in the rest of the block).
 */
function nextAbout(
  re: RegExp,
  folded: string,
  prev: RegExpExecArray,
  anywhere = false,
): RegExpExecArray | null {
  const g = globalOf(re);
  g.lastIndex = prev.index + prev[0].length;
  const end = anywhere ? -1 : folded.indexOf('。', prev.index);
  for (let m = g.exec(folded); m && (end < 0 || m.index < end); m = g.exec(folded)) {
    const lead = folded.slice(Math.max(0, m.index - 20), m.index);
    if (ABOUT_DISCLOSURE.test(lead)) return m;
  }
  return null;
}

/** A sentence's end: 。！？ or a line's. */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a;

/** Just after the last sentence end in `folded` from `stop` up to `at`; -1 where there is none. */
function endBefore(folded: string, at: number, stop: number): number {
  for (let i = at - 1; i >= stop; i--) if (isSentenceEnd(folded.charCodeAt(i))) return i + 1;
  return -1;
}

/** Where the sentence holding `at` begins: after the last sentence end before `at`. */
export function sentenceStart(folded: string, at: number): number {
  return Math.max(0, endBefore(folded, at, 0));
}

/**
 * sentenceStart for one text asked of place after place, looking back only to the place asked
 * before: a block of 10,000 counts and no 。 was a search back to its start for each (seconds).
 */
function sentenceStarts(folded: string): (at: number) => number {
  let lastAt = 0;
  let lastStart = 0;
  return (at) => {
    if (at < lastAt) return sentenceStart(folded, at);
    const end = endBefore(folded, at, lastAt);
    if (end >= 0) lastStart = end;
    lastAt = at;
    return lastStart;
  };
}

/**
 * A count of other work done (县长信箱共受理有效信件180件, 已办结180件, 召开发布会3场, 向市政府办报送信息100条,
 * 全年累计办理行政许可89件) or of the public's messages handled (办理留言数量2444条, 来信, 咨询 …): not a kind
 * of information made public. (What is said of the work is, and 办理 there has no 累计, 共 or 全年 before it:
 * 建议提案办理结果, 人大代表建议办理8条.)
 */
const OTHER_WORK =
  /受理|办结|答复|回复|收到|接听|召开|举办|开展|报送|上报|留言|来信|信件|咨询|投诉|举报|信访|诉求|承办|收集|依申请|(?:累计|共计?|全年|依法)办理/;

/** Whether a part's name is a channel's, a column of the site (专栏) aside. */
const medium = (label: string) => PUBLICATION_CHANNEL.test(label.replace(/专栏/g, ''));

/** Words that open what is besides a total (另发布, 此外, 还公开), not a part of it. */
const BESIDES = /^[\s,;:、.]*(?:另外?|此外|除此之外|除此以外|还|同时)/;

/** A count of the years so far (历年累计…, 条例实施以来…), not of the report's year. */
const YEARS_SO_FAR = /历年|以来|至今|迄今/;

/** A count that compares with another time (较上年增加200条), not a part of the total. */
const COMPARISON = /较|比上|同比|环比|增加|增长|减少|下降|上年|去年/;

/**
 * How deep in brackets (folded: `(`, `)`) each point of a text is, read forward once: `at(i)` for
 * rising i only, so a sentence of many parts is still read in one pass.
 */
function bracketDepth(text: string): (at: number) => number {
  let depth = 0;
  let i = 0;
  return (at) => {
    for (; i < at; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '【') depth++;
      else if ((c === ')' || c === ']' || c === '】') && depth > 0) depth--;
    }
    return depth;
  };
}

interface Part {
  key: string;
  value: number | null;
  label: string;
  /** Listed after 其中, 包括 or 含: perhaps only some of the parts (Fact.partial). */
  partial: boolean;
  start: number;
  end: number;
}

/** What a part all is, right after it (，均为会计科信息): see listGap. */
const ALL_BEING = /^[\s,]*均(?:为|是|系|属于?)[^\d,;、。:()]{1,30}(?=[\s,;]*$)/;
/**
 * Whether the words between two parts of a list only join them: separators, a note in brackets, a
 * share (占8.0%, 机构职能类比例3.3%), what the part all is (…共2条，均为会计科信息；为民办实事类信息20条, a
 * county bureau's 2013), or the next item's number (；2.政策解读…, 二、…). Anything else (更新公开指南1次,
 * 召开新闻发布会12场, or 等: the list said it has ended) ends the list.
 */
const listGap = (gap: string) =>
  gap
    .replace(ALL_BEING, '')
    .replace(
      /\([^()]*\)|占[^,;、]{0,16}?%|[^\d,;、]{0,12}?比例[为是]?\s*\d+(?:\.\d+)?\s*%|(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?=[.、]?$)|[\s,;:、.]/g,
      '',
    ) === '';

/** A character of a name's head: none that opens 其中, 包括, 较, 通过, 发布, 共 … (see NAME_HEAD). */
const HEAD_CHAR = String.raw`(?:(?!其中|包括|包含|含|内有|另|此外|还|较|同比|占|(?<!公)共|累计|通过|发布|公开|分别)[^\d,;、。:()\s])`;
/**
 * The head of a part's name that holds 、 (机构设置、主要职能、办事程序类信息) in `gap`, the words between
 * the list's last , ; or : (包括：机构设置、…, its first item) and PART's match: words joined by 、, none that
 * opens a part of a part, a comparison or another count (其中, 包括, 较, 通过, 发布, 共 …; not 公共's 共:
 * 环境保护、公共卫生、安全生产类信息5条, 突发公共事件的应急预案、预警信息及应对情况共4条). The last words
 * may run on into PART's match, where the name is longer than the 24 characters PART reads (行政许可的事项、
 * 依据、条件、数量、程序、期限以及申请行政许可需要提交的全部材料目录及办理情况6条, a zone bureau's 2017).
 * Null where the gap ends otherwise.
 */
const NAME_HEAD = new RegExp(`^\\s*(?:${HEAD_CHAR}{1,20}、)+${HEAD_CHAR}{0,20}$`);
function nameHead(gap: string, first: boolean): { before: string; head: string } | null {
  let at = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'), gap.lastIndexOf(':'));
  // In a list joined by 、 alone, after its first 、 (…国土资源城乡建设环保能源类信息26条、安全生产、应急管理类信息
  // 38条、其他类信息49条, a zone bureau's 2020): a head of words with no unit, not an item whose figure is
  // missing (、部门概况类信息条、: text-blank-number's), nor words of a count of something else (、依据条例、,
  // 、新建专栏二条、: the list has ended). (The list's `first` item, right after what opened it, the whole gap:
  // 其中国民经济和社会发展规划、专项规划、区域规划及相关政策7条, a town's 2023.)
  if (at < 0 && !first) {
    at = gap.search(/\S/);
    if (at < 0 || gap[at] !== '、' || UNIT_IN_HEAD.test(gap)) return null;
  }
  if (!NAME_HEAD.test(gap.slice(at + 1))) return null;
  return { before: gap.slice(0, at + 1), head: gap.slice(at + 1).trimStart() };
}
/** A unit in the words before an item (部门概况类信息条、, 依据条例、): no head of its name in a list joined by 、. */
const UNIT_IN_HEAD = /[条件篇份个]/;
/** The others' item that closes a list of kinds: 其他信息, 其他类信息, 其他应主动公开的政府信息. */
const OTHERS_PART = /^(?:其他|其它)(?:类|应主动公开的?)?(?:政府|政务)?(?:信息)?$/;
/** An item of a list with its name (group 1) and unit (group 2) but no number, after its separator. */
const BLANK = String.raw`^[,;、]\s*([^\d,;、。:…\s]{2,20}?)\s*(条|件|篇|份)\s*`;
/** Between two items of a list (、部门概况类信息条、). */
const BLANK_ITEM = new RegExp(`${BLANK}[,;、]\\s*$`);
/** As the list's last item, at the end of the sentence (、部门预决算信息条。). */
const BLANK_LAST = new RegExp(`${BLANK}$`);

/** The parts listed right after a total: in the same sentence after 其中/分别是, or in the next one. */
/**
 * Where a part's name begins in `region`, for PART's match `p` after the last part's end `previous`:
 * where PART began it, past white space, unless it began inside brackets. Then from the words before
 * the bracket, back to the separator before them, where those are after the last part
 * (规范性文件(含国家、省市及本单位的政策法规)7条: PART stops at the 、; 其中,通过部门频道(http://…/)主动公开
 * 政府信息1233条: it went back no further than 24 characters); else from the bracket's end, where a
 * name follows it.
 */
function nameStart(region: string, p: RegExpExecArray, previous: number): number {
  const from = p.index + (p[0].length - p[0].trimStart().length);
  const name = region.slice(from, p.index + p[1]!.length);
  const close = name.indexOf(')');
  if (close < 0 || name.lastIndexOf('(', close) >= 0) return from;
  // (Looked for after the last part only: a hostile list of thousands of `a)b1条` is no search back
  // to the list's start for each.)
  let open = from - 1;
  while (open >= previous && region[open] !== '(') open--;
  if (open >= previous) {
    let i = open - 1;
    while (i >= previous && !/[,;:、]/.test(region[i]!)) i--;
    return i + 1;
  }
  return /\S/.test(name.slice(close + 1)) ? from + close + 1 : from;
}

/**
 * The parts of the 主动公开 total read at `from` in `folded`: after it (其中…, 分别为…) or opening the next
 * sentence (其中…), or, `opening`, opening the text at `from` (the paragraph after the total's).
 */
function proactiveParts(folded: string, from: number, total: number | null, opening = false): Part[] {
  const stop = folded.indexOf('。', from);
  const sentenceEnd = stop < 0 ? folded.length : stop;
  let start = -1;
  let end = -1;
  // (The kinds named, 涵盖…: only where a count follows in its clause. 公开信息50条，涵盖社会福利、社会救助等
  // 多个领域；通过微信公众号发布信息170条 names fields, and the next count is another channel's.)
  const opened = PART_INTRO.exec(folded.slice(from));
  const intro =
    opened && (!/涉及|涵盖|具体/.test(opened[0]) || /^[^,;。]*\d/.test(folded.slice(from + opened[0].length)))
      ? opened
      : null;
  // 分别 (是/为) lists every part; 其中, 包括 and 含, before the list or opening the next sentence,
  // may list only some ("among them").
  let partial = true;
  const bracketed = intro || opening ? null : bracketParts(folded, from, sentenceEnd);
  // Every kind down to the others (CLOSED_LIST), or the same with its others' item in the next sentence:
  // where the list then ends (othersAcross), else 0.
  const closed = !intro && !bracketed && !opening && CLOSED_LIST.test(folded.slice(from, sentenceEnd));
  const across = intro || bracketed || opening || closed ? 0 : othersAcross(folded, from, stop);
  if (intro) {
    partial = !intro[0].includes('分别');
    start = from + intro[0].length;
    end = sentenceEnd;
  } else if (bracketed) {
    partial = !bracketed.intro.includes('分别');
    start = bracketed.start;
    end = bracketed.end;
  } else if (closed || across > 0) {
    // All the parts.
    partial = false;
    start = from;
    end = closed ? sentenceEnd : across;
  } else if (opening || stop >= 0) {
    let at = opening ? from : stop + 1;
    let next = NEXT_INTRO.exec(folded.slice(at));
    const named = next ? null : KINDS_NAMED.exec(folded.slice(at));
    if (named) {
      at += named[0].length;
      next = NEXT_INTRO.exec(folded.slice(at));
    }
    const figure = next?.[1] ?? next?.[2];
    if (next && (figure === undefined || Number(figure) === total)) {
      start = at + next[0].length;
      const stop2 = folded.indexOf('。', start);
      end = stop2 < 0 ? folded.length : stop2;
    }
  }
  if (start < 0) return [];
  // (The 。 that cut the list is read as the , it stands for.)
  const region = across
    ? `${folded.slice(start, stop)},${folded.slice(stop + 1, end)}`
    : folded.slice(start, end);
  const parts: Part[] = [];
  const depth = bracketDepth(region);
  /** Where the last part read ends in `region`. */
  let after = 0;
  /** The parts' sum so far, and whether a ; or a , stood between any two of them. */
  let sum = 0;
  let semicolon = false;
  let comma = false;
  /** Whether the first part's name opens with a verb (发布…, 公开…), and the units the parts are counted in. */
  let verbal = false;
  const units: string[] = [];
  /** Inside a part's own parts: the rank of the separator that opened them (、 1, , 2, ; 3), else 0. */
  let sub = 0;
  /**
   * An item with its name and unit but no number, matched in the words after the last part (BLANK_ITEM,
   * BLANK_LAST): a part without a value where its name ends as the last part's (…信息), else false.
   */
  const blankPart = (blank: RegExpExecArray | null): boolean => {
    if (!blank || blank[1]!.slice(-2) !== parts[parts.length - 1]!.label.slice(-2)) return false;
    const at = start + after + blank[0].indexOf(blank[1]!);
    const end = at + blank[1]!.length + blank[2]!.length;
    parts.push({
      key: `f.proactive_parts.${parts.length + 1}`,
      value: null,
      label: blank[1]!,
      partial,
      start: at,
      end,
    });
    return true;
  };
  PART.lastIndex = 0;
  for (let p = PART.exec(region); p; p = PART.exec(region)) {
    // 政策文件100条（其中规范性文件6件）: a part of the part before, not one of the list's.
    if (depth(p.index + p[0].length) > 0) continue;
    // …概况类信息3959条，政务动态信息32854条，信息公开目录信息160条；重点栏目"调查征集"共发布20条, and
    // …重点领域信息3683条，其他信息2084条，主动公开文件597份，发布政策解读14篇: the parts make the total
    // exactly, and what follows is another statement, told by its form: a ; after a list with , a verb
    // where the parts had none, or another unit.
    const gap = region.slice(after, p.index);
    // 机构设置、主要职能、办事程序类信息共1条；地方性法规、政府规章和规范性文件类信息10条: after a , or ;
    // the words joined by 、 up to PART's match are its name's head (PART's names hold no 、).
    const head = nameHead(gap, parts.length === 0 && after === 0);
    const between = head ? head.before : gap;
    const unit = p[0].at(-1)!;
    const verb = VERB_LEAD.test(p[1]!);
    // (So is a , after a list joined by 、 alone: 其中发布工作动态192条、通知(公告)8条,公开财政信息81条.)
    // And so is a figure past the total by itself: …主动公开政府信息138条…其中重点公开信息包括:行政许可类25条,
    // 民政扶贫救灾社会保障就业类58条,其他信息55条,其他对外管理服务事项处理决定数量6034条,回应群众关切问题547条
    // (a district bureau's, 2023: 25 + 58 + 55 make 138; the decisions and replies are counts of other
    // things, which no list of the 138 could hold).
    if (
      parts.length > 1 &&
      sum === total &&
      ((gap.includes(';') && !semicolon) ||
        (gap.includes(',') && !comma) ||
        (verb && !verbal) ||
        !units.includes(unit) ||
        (num(p[2]) ?? 0) > total)
    )
      break;
    if (parts.length > 0 && gap.includes(';')) semicolon = true;
    if (parts.length > 0 && gap.includes(',')) comma = true;
    // 较上年增加200条, 同比增长…: the list has ended; what follows compares, it does not list.
    if (COMPARISON.test(p[1]!)) break;
    // …重点领域信息10984条，另发布图片新闻300条: 另, 此外, 还 add what the total does not hold.
    if (parts.length > 0 && BESIDES.test(p[1]!)) break;
    // …规范性文件1件；县长信箱共受理有效信件180件，已办结180件, or …其他18条，我局历年累计主动公开政府信息
    // 共1572条 (the years' count so far): the list has ended; what it read may be some.
    if (parts.length > 0 && (OTHER_WORK.test(p[1]!) || YEARS_SO_FAR.test(p[1]!))) {
      for (const part of parts) part.partial = true;
      break;
    }
    // Kinds of information, then 政务微博发布3000条: the list of kinds has ended, channels follow. (A
    // column, 疫情防控专题专栏416条, is a kind: 专栏 names where on the site, not another channel.)
    if (parts.length > 0 && !medium(parts[0]!.label) && medium(p[1]!)) break;
    // …重点领域信息10984条，更新公开指南1次，回应关切200余条; …政策解读312条；召开新闻发布会12场，发布权威
    // 信息15000条: words that are no part (a count of something else) stand between, and the list has
    // ended. What it read may not be all of it: held to the total as some parts, never as all.
    if (parts.length > 0 && !listGap(between)) {
      // …工作动态类信息29条、部门概况类信息条、政策文件类信息14条: an item of the same kind whose number is
      // missing (text-blank-number's finding), not the list's end.
      if (sub > 0 || !blankPart(BLANK_ITEM.exec(gap))) {
        for (const part of parts) part.partial = true;
        break;
      }
    }
    // 机构类信息20条,内有领导成员10条、机构职能4条;工作类信息11条,其中…: a part's own parts, up to a
    // separator stronger than the one that opened them (here ;), are no parts of the list's.
    const rank = gap.includes(';') ? 3 : gap.includes(',') ? 2 : gap.includes('、') ? 1 : 0;
    if (sub > 0 && rank <= sub) {
      after = p.index + p[0].length;
      continue;
    }
    sub = 0;
    if (parts.length > 0 && SUB_LIST.test(p[1]!)) {
      sub = Math.max(rank, 1);
      after = p.index + p[0].length;
      continue;
    }
    const previous = after;
    after = p.index + p[0].length;
    const from = head ? p.index - head.head.length : nameStart(region, p, previous);
    const item = region.slice(from, after);
    const at = start + from;
    // (and the item's number's dot: 1.政策文件)
    const label = region
      .slice(from, p.index + p[1]!.length)
      .replace(/^[\s:：.、]*(?:其中|分别是|分别为|分别|包括|通过)?[\s:：]*/, '')
      // (and the 和 that joins the others to the list: …44条和其他类信息36条)
      .replace(/^(?:以及|和|及)(?=其他|其它)/, '')
      // (and the 共 before its figure: 概况类信息共1105条 is 概况类信息's)
      .replace(/\s*(?:共计?|合计|总计)$/, '')
      .trim();
    // 其中发布1条概况类信息，35条政务动态信息: the figure before its kind, which this does not read; a verb
    // is no part's name.
    // (Nor is a figure with no name at all: 动态类信息263 7条, a number a Word page broke across its lines,
    // the page showing 263 7: what it counts is not told, and the list read so far may be some.)
    if (/^(?:主动)?(?:公开|发布)了?$/.test(label) || label === '') {
      for (const part of parts) part.partial = true;
      break;
    }
    sum += num(p[2]) ?? 0;
    if (parts.length === 0) verbal = verb;
    if (!units.includes(unit)) units.push(unit);
    parts.push({
      key: `f.proactive_parts.${parts.length + 1}`,
      value: num(p[2]),
      label,
      partial,
      start: at,
      end: at + item.length,
    });
  }
  // The list read to its end (PART found no more: its lastIndex is back at 0, not left where a break
  // stopped it), and its last item has no number (…、部门预决算信息条。): that item too.
  if (PART.lastIndex === 0 && parts.length > 0 && sub === 0) blankPart(BLANK_LAST.exec(region.slice(after)));
  // A list read to its end whose last item is the others' (其中为民办实事类信息1条，…，其他应主动公开的政府信息
  // 12条。): the others are what the kinds before them leave, so it names every part, whatever opened it.
  if (
    PART.lastIndex === 0 &&
    parts.length > 2 &&
    sub === 0 &&
    OTHERS_PART.test(parts[parts.length - 1]!.label) &&
    /^[\s.]*$/.test(region.slice(after))
  )
    for (const part of parts) part.partial = false;
  // 其中 opened a clause that lists nothing (共主动公开政府信息417条,其中全文电子化率达100%。在主动公开的信息中,
  // 机构职能类信息37条…, Beijing's reports of 2008–2013, the two sentences in one paragraph): the next
  // sentence may list them, as the next paragraph may.
  if (parts.length === 0 && intro && stop >= 0) return proactiveParts(folded, stop, total, true);
  return parts;
}
