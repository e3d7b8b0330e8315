/**
 * Claims in the prose without a number (report-model.md, Facts from the text). Each is a fact with
 * `value: null` and `claim`, what it asserts in a fixed wording the rules read:
 *
 * - `f.claim.reviews_all_upheld`: `行政复议均获维持`, `行政复议和行政诉讼无被纠错`, … (scope, then
 *   均获维持 for 均/全部维持, or 无被纠错 for 无纠错/未被纠正/无败诉, which says less)
 * - `f.claim.cases_concluded`: `行政复议均已审结`, `行政诉讼均已审结`, … (scope, then 均已审结 for
 *   均已审结, 全部结案, 已全部审结: not one of the project's contract keys, see text-claim-mismatch)
 * - `f.claim.no_applications`: `未收到申请`
 * - `f.claim.no_reviews`: `未发生行政复议`, `未发生行政诉讼`, `未发生行政复议和行政诉讼` (for 未发生…,
 *   未有…, 未因信息公开被申请…, 无…行政复议)
 * - `f.claim.no_normative`: `未制发规范性文件` (for 未制发, 未新制定, 没有出台, 无印发… 规范性文件, ending there)
 * - `f.claim.applications_all_closed`: `申请均已办结` (for 均已办结, 已全部办结, 全部办理完毕, 无结转下年度的申请;
 *   not 均在法定期限内办结, which says when, nor 上年结转的…均已办结, some of them)
 * - `f.claim.carry_adjusted`: `上年结转数有说明` (a sentence that speaks of 上年结转 and of its being
 *   adjusted or differing: 调整, 更正, 核减, 口径, 与上年度报告不一致 …): carry-over-mismatch quotes it
 * - `f.claim.in_force_adjusted`: `现行有效件数有说明` (a sentence that speaks of documents in force, 现行有效, and
 *   of their count's being adjusted: 件数…调整, 以本年度报告为准, 口径 …): t2-continuity quotes it
 * - `f.claim.all_natural`: `申请人均为自然人` (申请人均为自然人, 申请人全部为公民, and after the year's count of
 *   applications 均为自然人申请, (均为自然人提交): not after a part of them, 其中网上申请5件，均为自然人申请)
 *
 * Read only for this body (not 全县未发生…) in the report's year (not 2020年… in a 2021 report).
 */
import type { Fact } from '../model';
import type { Block } from '../source';
import { type FoundFact, MAX_CANDIDATES, otherBody, PLANNED, subjectOf } from './facts';
import { clauseStart, type Sentence, sentencesOf, wholeJurisdiction } from './sentences';
import { otherYear, partOfTime } from './years';

/**
 * Who did not apply: 公民、法人或其他组织, 个人、法人或者其他组织, 社会公众, 群众, 任何单位和个人, 市民或法人,
 * 社会组织或群众个人, 申请人 (向本机关, 通过任何形式, 提出的, and 对/关于 what they asked of).
 */
const WHO =
  '(?:社会公众|人民群众|公民|个人|公众|群众|市民|单位|自然人|法人|社会组织|其他组织|其他团体|申请人)';
/** To whom (向本机关, 向我局, 向本单位 …): this body, by a word it says itself by. */
const TO_US = '(?:向(?:本|我)(?:机关|单位|局|委|办|镇|乡|街道|中心|院|部门)?)';
const REQUESTER = `(?:任何)?${WHO}(?:(?:、|和|与|及|或者?)?${WHO})*${TO_US}?(?:通过任何形式)?(?:主动)?(?:提出|提交)?的?(?:对|关于|有关|针对)?`;
/** How a report says it got none: 未收到, 未受理, 没有接到过, 未收到和处理 (…申请), 未收到及办理 (…件). */
const NOT_RECEIVED = '(?:收到|受理|接到|接收|有)(?:过)?(?:(?:和|及|并|或)(?:受理|处理|办理))?';
/**
 * What follows 申请 that makes it the topic of something else (…申请的投诉, …申请相关的投诉举报, …申请方面的咨询):
 * no claim that none applied.
 */
const ABOUT_IT = `(?:的|相关|方面|有关)[^,;。]{0,8}?(?:投诉|举报|咨询|异议|意见|建议|反馈|信访|答复|费用|复议|诉讼)`;
/** Where a claim that names its applications ends: its clause's end, or the cases it also denies (、行政复议…). */
const CLAIM_END = `(?=$|[。，,；;.]|(?:、|和|及)(?:因[^,;。]{0,20}?)?(?:行政复议|行政诉讼))`;
/**
 * 未收到(政府信息公开)申请, 未有公民、法人或其他组织提出…申请, ending there: not 未收到申请人的投诉 (the
 * applicants'), 未收到申请公开国家秘密的情况 (a kind of application), 没有受理申请人提出的收费申请 (a fee's),
 * 未收到申请的情况下 / 时 / 前 (a condition). Real reports also write the applications as 政府信息公开申请
 * 事项 or 件, 依申请公开(的)事项, 请求, 来信, 件, 内容, 诉求, 要求 or 信息, 政府信息依申请公开 alone, and the
 * public's request as 要求公开政府信息的申请 or 向本机关申请公开政府信息(的要求): those only where the clause ends
 * there (groups 1–4; group 1 is also the scope of the plain 申请, absent when bare).
 */
const NO_APPLICATIONS = new RegExp(
  `(?:未|没有)(?:新)?(?:${NOT_RECEIVED}(?:任何(?:形式的?)?)?(?:${REQUESTER})?|${REQUESTER})(?:相关|有关|本级)?` +
    `(?:(?:(政府信息公开|政务信息公开|公开政府信息|依申请公开(?:政府)?(?:信息)?|信息公开|政府信息|(?:主动)?要求公开(?:相关|其它|其他)?(?:政府|政务){0,2}信息)(?:的)?|公开)?(?:正式)?申请(?:(?:事项|件|事件)(?:的?情况)?${CLAIM_END}|(?!人|公开|事项|材料|费|的?情况下|时|前|后|之前|以前|行政|复议|诉讼|引|提起|被|${ABOUT_IT}))` +
    `|[“"]?((?:政府信息|政府)?依申请公开)[”"]?(?:(?:的)?(?:事项|请求|来信|件|政府信息|政务信息|信息|内容|诉求|要求|信件)){0,2}(?:申请)?(?:件)?(?:的?情况)?${CLAIM_END}` +
    `|(申请公开(?:相关)?(?:政府|政务)?(?:信息|事项))(?:的)?(?:要求|请求|件)?(?:的?情况)?${CLAIM_END})` +
    // 无政府信息公开申请(事项), 无依申请公开事项, 无依申请公开政务信息情况, 无依申请公开政府信息事项, 无申请公开
    // 信息事项; 没有依申请公开政府信息情况, 未发生依申请公开信息 (of none happening, not of none received): with
    // these, only where the clause ends there.
    `|(?:无|没有|未发生)(?:任何)?((?:政府)?信息公开申请|(?:政府信息)?依申请公开|申请公开(?:政府|政务)?信息)(?:的)?(?:政府信息|政务信息|信息)?(?:事项|请求|件)?(?:申请)?(?:情况)?(?=$|[。，,；;.])`,
  'g',
);
/**
 * 未制发规范性文件, 本年度未新制定规范性文件, 没有出台任何规范性文件, ending there: not 未制发涉及…的规范性文件
 * (some kind of them: the words between break the match), 未制发规范性文件的单位 (which bodies, WHICH_BODIES),
 * 未制发规范性文件的情况下 (a condition) or 未制发规范性文件以外的其他文件 (other documents).
 */
const NO_NORMATIVE =
  /(?:未|没有|无)(?:新)?(?:制发|制定|出台|印发)(?:过)?(?:任何|新的)?(?:行政)?规范性文件(?!的?(?:情况下|时|前|后|之前|以前)|以外|之外|外)/g;
/**
 * 未发生…行政复议(、行政诉讼)…, 未因政府信息公开工作被申请行政复议, 无因信息公开引起的行政诉讼, 未引起行政复议
 * 和行政诉讼, 无涉及政府信息公开行政复议、诉讼案件, 无政府信息公开类行政复议和行政诉讼情况, 没有关于政府信息公开的
 * 行政诉讼和行政复议情况, 无有关政府信息公开的行政复议, 没有一件…被申请行政复议, 无提起行政诉讼的情况, 未发生针对
 * 政府信息公开事务的复议、诉讼 (复议 or 诉讼 without 行政: held to disclosure by noCases): within one clause, and no figure in
 * it. Group 1 is the cause (因…) before the verb, group 2 the words between the verb and the cases.
 */
const NO_CASES =
  /(?:未有|未|没有|无)(?:一件|一起|一例|任何)?(?:(?=涉及|关于|有关|针对|政府信息公开|信息公开|依申请公开)|(?:因([^,;。\d]{0,30}?))?(?:发生|出现|收到|产生|引起|引发|被提起|被申请|提起|(?=行政复议|行政诉讼|复议|诉讼)))(?:过)?([^,;。\d]{0,40}?)(?:行政复议|行政诉讼|复议|(?<!民事|刑事)诉讼)[^,;。\d]{0,24}/g;
const ALL_UPHELD =
  /(?:均|全部|都)(?:已)?(?:被|获|得到|予以|依法|为)?(?:复议机关|法院|人民法院)?(?:依法)?(?:予以)?(?:结果)?维持/g;
/**
 * 均已审结, 全部结案, 已全部审结: every case concluded (not 未全部审结, not all). Of the cases its clause
 * names, like ALL_UPHELD: 表四's 尚未审结 contradicts it.
 */
const ALL_CONCLUDED =
  /(?<!未|没有)(?:(?:均|全部|都)(?:已|已经)?|已(?:经)?(?:全部|均))(?:依法)?(?:审结|结案)/g;
/** (Not 尚未, not yet: `尚未纠正`, and 表四's header read as text, `尚未 总 维持 纠正`, claim nothing.) */
const NO_CORRECTION =
  /(?:无|没有|(?<!尚)未(?:发生|出现|有)?)(?:一起|一件|任何)?([^,;。\d]{0,24}?)(?:被(?:复议机关|法院|人民法院)?)?(?:纠错|纠正|撤销|确认违法|败诉)/g;
/**
 * 均已办结, 已全部办结, 全部办理完毕, 均已依法按期办结, 已全部按期限答复办结, 无结转下年度(继续办理)的申请, and
 * answered as 表三 counts 办结 (均已按要求进行答复, 已全部答复, 都妥善答复, 均按期答复): every application of the year closed, none
 * carried into the next (表三's 结转下年度继续办理 contradicts it). Not 未全部办结; not 均在法定期限内办结
 * (the words between say when those closed were closed).
 */
const ALL_CLOSED =
  /(?<!未|没有)(?:(?:均|全部|都)(?:已|已经)?|已(?:经)?(?:全部|均))(?:按时|按期限?|如期|依法|依规|及时|按要求|妥善|进行|完成|受理){0,3}(?:答复)?(?:办结|办理完毕|办理完结|答复完毕|答复(?![率书]))|(?:无|没有)(?:需要?)?(?:结转|转入)(?:至|到)?下一?年度/g;
/** Applications carried into next year, counted before a claim in its sentence: the claim is of the rest. */
const CARRIED_OUT_BEFORE = /(?:结转|转结|转入)(?:至|到)?下一?年|继续办理|尚在办理|正在办理/;
/** The same, counted right after a claim in its sentence (…均已办结,剩余4件结转下年度继续办理). */
const CARRIED_OUT_AFTER =
  /^[^。]{0,30}?(?:[1-9]\d*\s*件[^,;。]{0,12}?(?:结转|转结|转入|顺延)(?:至|到|入)?下一?年|(?:结转|转结|转入|顺延)(?:至|到|入)?下一?年度?[^,;。]{0,10}?[1-9]\d*\s*件)/;
/** Other things a report says were all 办结: petitions, hotline calls, deputies' suggestions, proposals. */
const NOT_APPLICATIONS = /信访|热线|来电|留言|咨询|投诉|建议|提案|诉求|工单|件次/;
/** A clause that counts one kind of applicant's applications (自然人提交申请4件, 其中法人申请2件). */
const ONE_APPLICANT_KIND = /(?:自然人|法人|企业|公民|个人|社会组织)[^,;。、]{0,12}?\d+\s*(?:件|份|项|条)/g;
/** A clause of its own count, received or handled (收到民生处理平台办件33条). */
const OTHER_COUNT =
  /^\s*(?:另|还|同时|此外)?\s*(?:共|全年)?\s*(?:收到|受理|接到|接收|办理|处理)[^,;。]*\d\s*(?:件|条|个|宗|项|次|起)\s*(?:[,;:]\s*)?$/;
/** A count's words that name the applications or one of their outcomes. */
const OF_APPLICATIONS =
  /申请|予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|其他\s*\d|办结|答复|结转|转结/;
/**
 * Every applicant a natural person: 申请人(均|全部)为自然人, 均为自然人申请, 都是自然人网上申请, (均为自然人提交),
 * 申请人全部为公民, 均为公民个人申请. Group 1 is 申请人 or 申请主体 where the words name the applicants.
 */
const ALL_NATURAL =
  /(申请人|申请主体)?(?:(?:均|全部|都)(?:为|是|系)|全为)(?:自然人|公民(?:个人)?)(?![^,;。]{0,6}(?:以外|之外|外))/g;
/** A count of applications in a clause: the one an unnamed claim (均为自然人申请) right after it speaks of. */
const APPLICATIONS_COUNTED =
  /申请[^,;。]{0,12}?\d+\s*(?:件|份|项|条)|\d+\s*(?:件|份|项|条)[^,;。]{0,12}?申请|依申请公开[^,;。]{0,12}?\d+\s*(?:件|项)/;
/** Cases or complaints a count may be of instead of applications (行政复议申请2件). */
const OTHER_MATTERS = /复议|诉讼|信访|投诉|举报/;
/** A part of the applications: by channel, by subject, some of them (其中, 涉及). */
const PART_OF_APPLICATIONS =
  /其中|涉及|网上|网络|在线|信函|当面|现场|邮寄|传真|电子邮件|结转|上年|部分|多数|大部分/;
/** 上年结转 (本年度的上年结转数, 结转至本年度): this report's carried-in applications. */
const CARRIED_IN = /上(?:一)?年(?:度)?(?:结转|转结)|结转(?:至|到)?本年/;
/** Words that say a figure was adjusted or differs from what was reported before. */
const ADJUSTED =
  /调整|更正|核减|核增|修正|修订|差异|不一致|不相符|不符|口径|重新(?:统计|核实|核对|核定|认定)|有误|误差/;

/**
 * The count of documents in force said to be adjusted (件数根据清理结果进行了调整, 数据已更正), this report's to stand
 * (以本年度报告为准), or to differ (口径, 与上年度报告不一致): not a review of the documents alone (开展清理).
 */
const IN_FORCE_ADJUSTED =
  /(?:件数|数量|数据|总数|数字)[^。]{0,16}?(?:调整|更正|核减|核增|修正)|为准|口径|不一致|不相符/;

/** Words right before 未收到申请 that make it a condition, not a statement: 对于, 如, 若, 在. */
const CONDITION = /(?:对于|对|如果|如|若|凡|一旦|在)\s*$/;
/** `3件`, `三件` right after the words: a count of them, not a claim that there were none. */
const COUNTED_AFTER = /^\s*[\d一二两三四五六七八九十百千]+\s*(?:件|个|条|宗|起|次|人次)/;
/**
 * Words before 均获维持 that make it a claim about some of the cases: most of them (多数, 大部分), those
 * but one (除…外, …以外的), those carried over from last year (上年度结转的).
 */
const SOME_CASES = /多数|大部分|大部|大多|以外|之外|除|结转|转入|到期|届满/;
/**
 * A claim's own clause that speaks of the rest once some cases were named apart (其中1件被纠正，其余均获
 * 维持; 其他2件均维持; 余均维持; 剩下的…), or of some the sentence counted (其中2件均获维持).
 */
const THE_REST = /^\s*(?:其他|其它|其余|余下|剩下|剩余|另外|另|余)|其中/;
/** 复议后起诉的案件均获维持, 直接起诉的…: one kind of suit, not every suit 表四 counts. */
const ONE_KIND_OF_SUIT = /复议后(?:提起|起诉)|直接(?:提起|起诉)/;
/** 目前均已审结, 现均获维持: the cases as they stand when the report is written, not at the year's end. */
const NOW = /目前|现已|现均|现在|如今|发稿/;
/** 截至报告发布之日, 截至本报告编制时: a day after the year's end, from earlier in the sentence. */
const AS_OF_LATER = /(?:截至|截止|至)(?:本|此)?(?:年报|报告)|(?:发布|印发|公布|编制|发稿)(?:之日|时|前)/;
/** `的部门`, `的单位有…`: a claim's words describing some bodies, not saying something of this one. */
const WHICH_BODIES = /^的(?:部门|单位|机关|乡镇|街道|村|社区|科室|个|家)/;
/** 已审结的均获维持, 一审判决均维持: the claim leaves the pending cases out (they have no ruling yet). */
const CONCLUDED = /已审结|审结的|已结案|结案的|已办结|办结的|判决|裁判|裁定|复议决定/;
/** Words only 表四's header has together: a sentence holding them all is that header, set as text. */
const T4_HEADER = ['结果维持', '结果纠正', '尚未审结'];
/** What every NO_CORRECTION match ends with. */
const CORRECTION_WORD = /纠错|纠正|撤销|确认违法|败诉/;
/** A cause that is disclosure done wrong (不当, 违法, 泄密, 不及时 …): some of the disclosure cases, not all. */
const IMPROPER = /不当|违法|违规|不规范|不到位|错误|失误|泄密|过错|失密|不及时|未及时|不公开|未公开|不作为/;
/** 未发生新的行政诉讼类型, 无…以外的其他纠错情形: a claim about kinds of case, or one with exceptions. */
const NOT_ALL = /类型|种类|新的|以外|之外|除/;
/** A clause opening with 如, 若, 一旦 …: a condition. */
const IF_START = /^\s*(?:如果|如|若|倘若|假如|一旦)/;
/** An aim, not an outcome: a plan's words (PLANNED) and 确保…无纠错, 要求…做到, 下一步. */
// (按照要求, 按要求, 根据要求: as required, which says how it was done, not an aim.)
const AIM = new RegExp(`${PLANNED.source}|确保|(?<!按照?|根据|依照)要求|做到|努力|下一步|今后`);
/** After 行政复议 or 行政诉讼: a kind of case (复议后起诉, 复议前置) or a time within one (期间, 过程中). */
const OF_A_CASE = /(?:复议|诉讼)(?:案件)?(?:后|前置|期间|过程|阶段|中)/;
/**
 * Whether the words of a claim's clause before it make it no statement of the year: a part of the
 * year (第四季度), a condition ending in 对于/如/在, or an aim (力争, 确保, 计划).
 */
function hedged(lead: string): boolean {
  return partOfTime(lead) || CONDITION.test(lead) || AIM.test(lead);
}

/** 作为复议机关办理的行政复议案件均获维持: reviews the body decided, not those brought against it. */
const AS_AUTHORITY = /作为(?:行政)?复议机关|复议机关(?:办理|受理|审理)/;
/** The cause a clause gives its cases: 因政府信息公开申请答复引起的, 因依申请公开答复产生的. */
const CAUSED_BY = /因[^,;。\d]{0,30}?(?:引起|引发|产生|导致|提起)的?/;
/** Words that make 未发生…行政复议 a claim about corrections, not about cases. */
const CORRECTION = /纠错|纠正|败诉|撤销|确认违法|驳回|违法/;

/** `行政复议`, `行政诉讼` or both, as the text names them; null when it names neither. */
function scopeOf(text: string): string | null {
  const review = /复议/.test(text.replace(/复议后起诉/g, ''));
  const suit = /诉讼|起诉/.test(text);
  if (review && suit) return '行政复议和行政诉讼';
  return review ? '行政复议' : suit ? '行政诉讼' : null;
}

/**
 * A sentence's first MAX_CANDIDATES matches: a real one has a few, and each is tested with the words
 * before it; a hostile sentence of thousands (未收到申请，…) took 35 s.
 */
function* first<T>(matches: Iterable<T>): Generator<T> {
  let n = 0;
  for (const m of matches) {
    if (n++ >= MAX_CANDIDATES) return;
    yield m;
  }
}

/** Not this body's claim for the year: a whole jurisdiction's, or another year's. */
function elsewhere(before: string, year: number | null): boolean {
  return wholeJurisdiction(before) || otherYear(before, year);
}

/**
 * The claims of the page; the first of each key wins. `year` and `agency` are the report's: a claim
 * whose clause names another body (区教育局未收到申请) is that body's.
 */
export function findClaims<N>(
  blocks: Block<N>[],
  year: number | null,
  agency: string | null = null,
): FoundFact<N>[] {
  const c: Claims<N> = { out: [], have: new Set(), year, agency };
  for (const s of sentencesOf(blocks)) {
    const t = s.text;
    // Each pattern runs only where the words it cannot match without are there: most sentences of a
    // report hold none of them, and the patterns open with alternations a search cannot skip ahead by.
    const negated = t.includes('未') || t.includes('没有');
    const applications = (negated || t.includes('无')) && t.includes('申请');
    const cases = (negated || t.includes('无')) && (t.includes('复议') || t.includes('诉讼'));
    const upheld = t.includes('维持');
    const corrected = CORRECTION_WORD.test(t);
    const concluded = t.includes('审结') || t.includes('结案');
    const normative = (negated || t.includes('无')) && t.includes('规范性文件');
    const closed = (t.includes('办') || t.includes('答复') || t.includes('结转')) && t.includes('申请');
    if (t.includes('结转') && !c.have.has('f.claim.carry_adjusted')) carryAdjusted(c, s);
    if (!c.have.has('f.claim.in_force_adjusted')) inForceAdjusted(c, s);
    const natural = (t.includes('自然人') || t.includes('公民')) && t.includes('申请');
    if (natural && !c.have.has('f.claim.all_natural')) allNatural(c, s);
    if (!(applications || cases || upheld || corrected || concluded || normative || closed)) continue;
    // 表四's header set as text (行政复议 行政诉讼 结果维持 结果纠正 … 未经复议直接起诉 …): words, no claim.
    if (T4_HEADER.every((w) => t.includes(w))) continue;
    if (normative) noNormative(c, s);
    if (closed && !c.have.has('f.claim.applications_all_closed')) allClosed(c, s);
    if (applications) noApplications(c, s);
    if (cases) noCases(c, s);
    for (const [re, says, may, key] of [
      [ALL_UPHELD, '均获维持', upheld, 'f.claim.reviews_all_upheld'],
      [NO_CORRECTION, '无被纠错', corrected, 'f.claim.reviews_all_upheld'],
      [ALL_CONCLUDED, '均已审结', concluded, 'f.claim.cases_concluded'],
    ] as const)
      if (may) ruling(c, s, re, says, key);
  }
  return c.out;
}

/** What findClaims has read so far, and the report's year and agency each claim is held to. */
interface Claims<N> {
  out: FoundFact<N>[];
  /** The keys read: the first claim of each wins. */
  have: Set<string>;
  year: number | null;
  agency: string | null;
}

/** Records the claim `key` (in words, `claim`) that the sentence `s` makes at [from, to) of its text. */
function addClaim<N>(
  c: Claims<N>,
  s: Sentence<N>,
  key: string,
  claim: string,
  from: number,
  to: number,
): void {
  if (c.have.has(key)) return;
  c.have.add(key);
  let start = s.start + from;
  const end = s.start + to;
  while (start < end && /[\s,;:、]/.test(s.text[start - s.start]!)) start++;
  const fact: Fact = {
    key,
    value: null,
    quote: s.raw.slice(start, end),
    claim,
    pos: { block: s.block, start, end },
  };
  c.out.push({ fact, node: s.node });
}

/** 上年结转数与2020年度报告不一致，系统计口径调整: the report explains its own carry-over. */
function carryAdjusted<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  const m = CARRIED_IN.exec(t);
  if (m && ADJUSTED.test(t) && !AIM.test(t) && !elsewhere(t.slice(0, m.index), c.year))
    addClaim(c, s, 'f.claim.carry_adjusted', '上年结转数有说明', 0, t.length);
}

/** 因对规章和规范性文件开展了清理，现行有效件数根据清理结果进行了调整，以本年度报告为准: the same for 表二. */
function inForceAdjusted<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  const inForce = t.indexOf('现行有效');
  if (inForce >= 0 && IN_FORCE_ADJUSTED.test(t) && !AIM.test(t) && !elsewhere(t.slice(0, inForce), c.year))
    addClaim(c, s, 'f.claim.in_force_adjusted', '现行有效件数有说明', 0, t.length);
}

/**
 * 申请人均为自然人 (or 均为自然人申请 right after the year's count of applications): every applicant a
 * natural person, which 表三's 本年新收 row contradicts with any applicant of another kind.
 */
function allNatural<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  for (const m of first(t.matchAll(ALL_NATURAL))) {
    const own = clauseStart(t, m.index);
    const lead = t.slice(own, m.index);
    const before = t.slice(0, m.index);
    if (s.section !== 'applications' && !/信息公开|依申请/.test(t)) continue;
    if (elsewhere(before, c.year) || hedged(lead) || IF_START.test(lead) || /复议|诉讼/.test(lead)) continue;
    if (otherBody(subjectOf(t, m.index), c.agency)) continue;
    // Its clause's end: the quote runs to it (均为自然人申请, not 均为自然人).
    const stop = t.slice(m.index).search(/[,;。)]/);
    const end = stop < 0 ? t.length : m.index + stop + (t[m.index + stop] === ')' ? 1 : 0);
    // Unnamed (均为自然人申请), it speaks of the count just before it: the clause before, or the count
    // its brackets follow (受理36件政府信息公开申请(均为自然人提交)), of all the year's applications; or
    // of the applicants the clause before names (从申请人类型看，均为公民个人申请).
    if (m[1] === undefined) {
      if (lead.trim() !== '') continue;
      const bracket = t.lastIndexOf('(', m.index);
      const at = bracket >= own && bracket === m.index - 1 ? bracket : own - 1;
      const from = at > 0 ? clauseStart(t, at) : 0;
      const previous = t.slice(from, Math.max(at, 0));
      const applicants = /^\s*从?申请人(?:类型|主体|身份|构成)?(?:来|上)?看\s*$/.test(previous);
      if (!applicants && (!APPLICATIONS_COUNTED.test(previous) || PART_OF_APPLICATIONS.test(previous)))
        continue;
      if (OTHER_MATTERS.test(previous)) continue;
      addClaim(c, s, 'f.claim.all_natural', '申请人均为自然人', from, end);
      return;
    }
    // (行政复议申请2件，申请人均为自然人: the applicants of what the clause before counts.)
    const previous = own > 0 ? t.slice(clauseStart(t, own - 1), own) : '';
    if (PART_OF_APPLICATIONS.test(lead) || OTHER_MATTERS.test(previous)) continue;
    addClaim(c, s, 'f.claim.all_natural', '申请人均为自然人', own, end);
    return;
  }
}

/** 未制发规范性文件: none made, by this body in the year. */
function noNormative<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  for (const m of first(t.matchAll(NO_NORMATIVE))) {
    // 全县未制发…, 2019年未制发…, 第四季度未制发…, 如未制发…, 计划…: not this body's year.
    const lead = t.slice(clauseStart(t, m.index), m.index);
    if (elsewhere(t.slice(0, m.index), c.year) || hedged(lead) || IF_START.test(lead)) continue;
    if (otherBody(subjectOf(t, m.index), c.agency)) continue;
    const after = t.slice(m.index + m[0].length);
    if (WHICH_BODIES.test(after) || COUNTED_AFTER.test(after)) continue;
    addClaim(
      c,
      s,
      'f.claim.no_normative',
      '未制发规范性文件',
      clauseStart(t, m.index),
      m.index + m[0].length,
    );
    return;
  }
}

/**
 * 申请均已办结: of the applications (the sentence says 申请 before the claim, and its clause names
 * nothing else that is 办结: 信访, 热线, 建议, 提案); of this body, for the year, as it stood at the
 * year's end (not 目前均已办结), and of them all (not 上年结转的4件均已办结, 其余均已办结).
 */
function allClosed<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  for (const m of first(t.matchAll(ALL_CLOSED))) {
    const before = t.slice(0, m.index);
    const own = clauseStart(t, m.index);
    const lead = t.slice(own, m.index);
    const from = t.lastIndexOf(';', m.index) + 1;
    if (!before.includes('申请') || NOT_APPLICATIONS.test(t.slice(from, m.index))) continue;
    if (s.section !== 'applications' && !/信息公开|依申请公开/.test(t)) continue;
    if (elsewhere(before, c.year) || hedged(lead) || IF_START.test(lead) || NOW.test(lead)) continue;
    if (AS_OF_LATER.test(before)) continue;
    if (SOME_CASES.test(lead) || THE_REST.test(lead) || /复议|诉讼/.test(lead)) continue;
    // …其他处理3件,结转下年度继续办理5件,已全部按期答复: of those answered, the sentence having
    // counted those carried into next year.
    if (CARRIED_OUT_BEFORE.test(t.slice(from, m.index))) continue;
    // …新收…191件,均已按要求按时办结答复,剩余4件结转下年度继续办理: the same, counted after it.
    if (CARRIED_OUT_AFTER.test(t.slice(m.index + m[0].length))) continue;
    if (otherBody(subjectOf(t, m.index), c.agency)) continue;
    if (COUNTED_AFTER.test(t.slice(m.index + m[0].length))) continue;
    // 上年结转4件，均已办结: the clause before names the carried-in ones, which it may speak of alone
    // (not 共受理申请60件（含上年结转4件），已全部办结, where they are inside the count).
    const previous = own > 0 ? t.slice(clauseStart(t, own - 1), own).replace(/\([^)]*\)/g, '') : '';
    if (CARRIED_IN.test(previous)) continue;
    // 自然人提交申请4件，均按期答复: the clause before counts one kind of applicant's, which it speaks of alone
    // (not 其中自然人4件、法人2件, every kind).
    const list = t.slice(Math.max(...[',', ';', ':'].map((ch) => t.lastIndexOf(ch, own - 2))) + 1, own);
    if (list.match(ONE_APPLICANT_KIND)?.length === 1) continue;
    // 收到民生处理平台办件33条，均按时办结: the clause before counts something that is neither the
    // applications nor an outcome of them, and the claim is of that.
    // (Not an item of the applications' list, 其中网络平台收到3件，…，协助5件，都妥善答复, nor a claim
    // whose clause names them, 转办0件，本年度申请均全部办结.)
    if (OTHER_COUNT.test(previous) && !OF_APPLICATIONS.test(previous) && !/申请/.test(lead)) continue;
    // Quoted from the start of its part of the sentence, where the applications are named.
    addClaim(c, s, 'f.claim.applications_all_closed', '申请均已办结', from, m.index + m[0].length);
    return;
  }
}

/** 未收到申请: no applications, to this body in the year. */
function noApplications<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  for (const m of first(t.matchAll(NO_APPLICATIONS))) {
    const before = t.slice(0, m.index);
    if (elsewhere(before, c.year) || /复议|诉讼/.test(before)) continue;
    // 第四季度未收到申请: a part of the year's; 对于未收到申请的…, 如未收到申请: a condition.
    if (hedged(t.slice(clauseStart(t, m.index), m.index))) continue;
    if (otherBody(subjectOf(t, m.index), c.agency)) continue;
    // A bare 未收到申请 is about disclosure only under heading 三 or in a sentence that says so.
    if (
      (m[1] ?? m[2] ?? m[3] ?? m[4]) === undefined &&
      s.section !== 'applications' &&
      !/信息公开/.test(before)
    )
      continue;
    // 未收到申请的部门有12个: which bodies received none, not that this one did not; 未受理申请3件:
    // how many were not accepted.
    const after = t.slice(m.index + m[0].length);
    if (WHICH_BODIES.test(after) || COUNTED_AFTER.test(after)) continue;
    addClaim(c, s, 'f.claim.no_applications', '未收到申请', clauseStart(t, m.index), m.index + m[0].length);
    return;
  }
}

/** 未发生行政复议、行政诉讼: no reviews or suits over this body's disclosure in the year. */
function noCases<N>(c: Claims<N>, s: Sentence<N>): void {
  const t = s.text;
  for (const m of first(t.matchAll(NO_CASES))) {
    const before = t.slice(0, m.index);
    const gap = m[2] ?? '';
    if (elsewhere(before + m[0], c.year) || CORRECTION.test(m[0]) || NOT_ALL.test(m[0])) continue;
    // 未发生行政复议后又提起行政诉讼, 无行政复议前置的诉讼, 未发生行政复议期间撤回申请: one kind of case, or what
    // happens during one, not that there was none.
    if (OF_A_CASE.test(m[0])) continue;
    // 申请人对复议结果未提起行政诉讼: what one applicant did not do, not that the year had no suit (无提起
    // 行政诉讼的情况 says that).
    if (/^(?:未有|未|没有)(?:一件|一起|一例|任何)?提起/.test(m[0])) continue;
    // 上半年未发生…, 如未发生…, 争取全年无…, 努力实现无…: a part of the year, a condition or an aim.
    const lead = t.slice(clauseStart(t, m.index), m.index);
    if (hedged(lead) || IF_START.test(lead)) continue;
    if (otherBody(subjectOf(t, m.index), c.agency)) continue;
    // 未发生因执法引起的行政复议, 未因行政处罚被申请行政复议: some other cause's cases, not the
    // disclosure ones.
    if (m[1] !== undefined && !/公开/.test(m[1])) continue;
    if (/因|涉及|关于|针对|由于/.test(gap) && !/信息公开|申请公开|公开申请|信息申请|依申请/.test(gap))
      continue;
    // 未发生因信息公开不当引发的行政复议: none over disclosure done wrong, a kind of the cases 表四 counts.
    if (IMPROPER.test(`${m[1] ?? ''}${gap}`)) continue;
    const scope = scopeOf(m[0]);
    // 复议 or 诉讼 alone (未发生相关复议、诉讼案件, 无诉讼复议情况): of disclosure only where its words or its
    // section (四) say so (not 未产生相关诉讼，没有相应费用支出, under the old template's fees).
    if (!/行政(?:复议|诉讼)/.test(m[0]) && s.section !== 'cases' && !/信息公开|依申请|申请公开/.test(m[0]))
      continue;
    // 被申请行政复议1件，尚未收到行政复议决定: about a case's result, not about there being none
    // (复议1件，未发生行政诉讼 still says there was no suit).
    // (因政府信息公开申请答复引起的行政复议 names the cases' cause, not a result.)
    if (/决定|结果|裁决|判决|文书|答复/.test(m[0].replace(CAUSED_BY, ''))) continue;
    // 未产生与诉讼(行政复议、行政申诉)有关的费用支出: no costs of cases (the old template's 收费 section).
    if (/费用|支出|经费/.test(m[0])) continue;
    // (Not a heading run in before a colon, with no count in it: 因政府信息公开申请行政复议、提出行政诉讼等情况
    // 方面:我乡…未发生…行政复议案、行政诉讼案, a township's 2021.)
    const ownPart = before.replace(/^[^\d:]*:/, '');
    if (scope?.includes('复议') && /复议/.test(ownPart)) continue;
    // (处理民事诉讼2件，无行政诉讼和行政复议案件: a civil suit before it is no count of these.)
    if (scope?.includes('诉讼') && /诉讼|起诉/.test(ownPart.replace(/(?:民事|刑事)诉讼/g, ''))) continue;
    if (scope)
      addClaim(c, s, 'f.claim.no_reviews', `未发生${scope}`, clauseStart(t, m.index), m.index + m[0].length);
    return;
  }
}

/**
 * A claim about the cases' rulings or their end (`says`: 均获维持, 无被纠错, 均已审结, read by `re`), as
 * `key`: of the cases its sentence names, all of them, decided as they stand at the year's end.
 */
function ruling<N>(c: Claims<N>, s: Sentence<N>, re: RegExp, says: string, key: string): void {
  const t = s.text;
  for (const m of first(t.matchAll(re))) {
    const end = m.index + m[0].length;
    // 纠正3件 is a count, and 没有及时纠正 is not about a ruling.
    if (/^\s*\d/.test(t.slice(end)) || /及时|立即|主动/.test(m[1] ?? '')) continue;
    // The claim speaks of the cases its own clause names (行政诉讼尚在审理，行政复议均获维持),
    // else of those named in its part of the sentence (up to the last ;).
    // (、 joins the cases of one list: 行政复议、行政诉讼案件均未被纠错 names both.)
    const own = Math.max(...[',', ';', ':', '('].map((ch) => t.lastIndexOf(ch, m.index))) + 1;
    const part = t.lastIndexOf(';', m.index) + 1;
    let scope = scopeOf(t.slice(own, end)) ?? scopeOf(t.slice(part, end));
    if (!scope || elsewhere(t.slice(0, m.index), c.year)) continue;
    // Of some cases only (SOME_CASES, THE_REST, one kind of suit, or …以外的其他纠错 in its own
    // words), as they stand when written (NOW), decided as the review authority, or of part of
    // the year.
    const lead = t.slice(part, m.index);
    const clause = t.slice(own, m.index);
    if (SOME_CASES.test(lead) || NOT_ALL.test(m[0]) || THE_REST.test(clause)) continue;
    if (ONE_KIND_OF_SUIT.test(clause)) continue;
    if (NOW.test(`${lead}${m[0]}`) || AS_OF_LATER.test(t.slice(0, m.index))) continue;
    // 未被撤销, 未发生被确认违法: one kind of correction (表四's 纠正 counts every kind), not none.
    if (says === '无被纠错' && !/纠错|纠正|败诉/.test(m[0])) continue;
    if (AS_AUTHORITY.test(lead) || partOfTime(lead)) continue;
    // 如复议机关均维持…, 力争…均获维持, 要求…做到无纠错: a condition or an aim, not what happened;
    // 维持在合理范围: kept within bounds, not a ruling upheld.
    if (IF_START.test(t.slice(own, m.index)) || AIM.test(lead) || /^\s*在/.test(t.slice(end))) continue;
    // 败诉 is losing in court: of the cases named, it speaks of the suits, not the reviews.
    if (m[0].endsWith('败诉') && scope === '行政复议和行政诉讼') scope = '行政诉讼';
    if (s.section !== 'cases' && !/信息公开/.test(t)) continue;
    // The quote runs from the first case the part names, so it reads as the report says it.
    const from = part + t.slice(part, end).search(/复议|诉讼|起诉/);
    // 已审结的均获维持 says nothing of the pending cases.
    const which = says === '均获维持' && CONCLUDED.test(t.slice(part, m.index)) ? '已审结的' : '';
    addClaim(c, s, key, `${scope}${which}${says}`, clauseStart(t, from), end);
    return;
  }
}
