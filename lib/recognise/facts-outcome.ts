/**
 * Outcome figures in the prose, keyed by the 表三 row they restate (report-model.md, Facts from the
 * text): 予以公开 N 件 (or 同意公开, 全部公开) → `f.outcome.granted`, 予以公开及部分公开 →
 * `granted_partial`, 部分公开 (同意部分公开) → `partial`, 不予公开 (不同意公开) → `denied`, 无法提供 →
 * `unable`, 不予处理 → `refused`, 其他处理 → `other`, 办结/答复 N 件 → `total`, 结转下年度 N 件 →
 * `f.carried_out`, 上年结转 N 件 → `f.carried_in`; a share beside one (`占33.9%`) is kept as `share`.
 *
 * Conservative by design: a figure is read only from a clause that opens with the outcome itself
 * (after 其中, 共, 我局 … at most), in a sentence about applications, for this body (not 全市…),
 * in the report's year (not 上年度…, not 2020年… in a 2021 report), not about 行政复议/诉讼, 建议
 * 提案 or a hotline, and not from the examples of a 其中 that lists something else first.
 */
import type { Fact } from '../model';
import type { Block } from '../source';
import { foldedOf } from './blocktext';
import {
  CHANNEL_WORDS,
  CN_COUNT,
  CN_FIGURE,
  type FoundFact,
  MAX_CANDIDATES,
  num,
  openingSubject,
  opensOnJurisdiction,
  otherBody,
  PLACEHOLDER,
  roughAt,
} from './facts';
import {
  CLAUSE_SEP,
  clauseStart,
  plainLead,
  type Sentence,
  sentencesOf,
  wholeJurisdiction,
} from './sentences';
import { otherYear } from './years';

const OUTCOME_WORD =
  // 区分处理后公开1件 (a zone's police, 2024): the template's 部分公开, 区分处理的.
  '区分处理后?(?:予以)?公开|' +
  '(?:予以|同意)公开(?:及|和|与|或|、|\\+)部分公开|予以公开\\(含部分公开\\)|部分予以公开|予以公开|同意公开|全部公开|同意部分公开|部分公开|不予公开|不同意公开|无法提供|不予处理|其他处理|' +
  // 其他N件 in a list of outcomes (…不予处理19件，其他47件，结转下年4件): 其他处理, read only there.
  '其他(?=\\s*\\d)|' +
  // 转结, as some reports write 结转 (上年转结…1件, 转结下年度…).
  '(?:结转|转结)(?:至|到|入)?\\s*(?:下一?年度?|\\d{4}\\s*年度?)(?:继续)?(?:办理|处理)?|' +
  // 转下一年办理0件, 结转 said as 转 alone (a town's, 2023): with its 办理.
  '(?<![结上])转(?:至|到|入)?下一?年度?(?:继续)?(?:办理|处理)|' +
  // 顺延至下一年度办理, as some reports write 结转 into the next year (顺延至下一年答复2件).
  '顺延(?:至|到)\\s*(?:下一?年度?|\\d{4}\\s*年度?)(?:继续)?(?:办理|处理)?|上一?年度?(?:结转|转结)(?:过来)?(?:办理)?|(?:结转|转结)上一?年度?(?:的)?(?:办理)?|' +
  // 2021年结转7件 in a 2022 report: last year's carried-over applications, named by their year.
  '\\d{4}\\s*年度?(?:结转|转结)(?![至到入下])(?:过来)?(?:办理)?|办结|答复';
/**
 * An outcome word, then its count (`予以公开答复966件`, `无法提供的182件`, `因无法提供相关信息答复2件`,
 * `不予处理(无正当理由大量反复申请)165条`,
 * `结转至2026年作出答复的政府信息公开申请2件`,
 * `“予以公开”的件数为1件`;
 * `予以公开 件,` with the number missing, or a template's `予以公开XX件`).
 */
const OUTCOME = new RegExp(
  `(${OUTCOME_WORD})[”"」’]?(?:的)?(?:(?<=无法提供)(?:相关|所需)?(?:政府)?信息(?:而)?(?=(?:作出)?答复))?(?:(?:作出)?答复(?:的)?)?(?:政府信息公开|信息公开)?(申请|(?:政府信息)?依申请公开(?:政府信息)?(?:信件|事项)?)?(?:数量|件数)?(?:\\([^()]{1,24}\\))?(?:共计?|合计|为)?\\s*(?:(\\d[\\d,]*|${CN_FIGURE})\\s*(?:件|条|个|宗|项)|${PLACEHOLDER}\\s*(?:件|条|个|宗|项)|件(?=\\s*(?:[,;、。)]|$)))`,
  'g',
);
const ANY_OUTCOME = new RegExp(OUTCOME_WORD);
/**
 * Reasons of 无法提供 said to be the count's, right after it (…2件，分别属于本机关不掌握相关政府信息及…); not the
 * next outcome's cause (…3件，因本机关不掌握等原因无法提供11件).
 */
const UNABLE_REASON_AFTER =
  /^\s*(?:[,(]\s*)?(?:分别|均|都)?\s*(?:属于|系)[^。;,()]{0,20}?(?:本机关不掌握|不掌握相关|没有现成信息|补正后申请内容仍不明确)/;
/** A share right after the count: `,占办结总数的33.9%`, `(占比33.9%)`. */
const SHARE = /^\s*(?:[,(]\s*)?占(?:比)?([^,;。%()\d]{0,16}?)\s*(?:(?:为|达)\s*)?(\d+(?:\.\d+)?)\s*%\)?/;
/** What a share may be of: a whole of this body's applications, nothing else (占全市…). */
const SHARE_WHOLE =
  /^(?:本年度?|全年|全部|所有)?(?:新收|收到|受理|已?办结|答复|办理|处理)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:总数|总量|总件数|件数|数量|总和|数|量)?(?:的)?(?:比例|比重|比)?$/;
/** After a 予以公开 count: the partly granted ones are inside it. */
const INCLUDES_PARTIAL = /^\s*(?:[,(]\s*)?(?:含|包括|包含|其中)(?:了)?部分公开/;
/** Topics whose 公开/办结/答复 counts are not 表三's. */
const OFF_TOPIC =
  /复议|诉讼|建议|提案|信访|热线|12345|咨询|留言|投诉|举报|来信|信件|主动|审查|公文|发文|属性/;
/** Applications written as letters (答复政府信息依申请公开信件72件, 收到政府信息公开申请信件22件): no letters of OFF_TOPIC's. */
const APPLICATION_LETTERS = /(?:依申请(?:公开)?(?:政府信息)?|公开申请)(?:信件|来信)/g;
/** 经审查, 经审核: the application reviewed before its answer (经审查，予以公开1件), not a review of something else. */
const REVIEWED = /经(?:审查|审核)/g;
const offTopic = (text: string) =>
  OFF_TOPIC.test(text.replace(APPLICATION_LETTERS, '').replace(REVIEWED, '').replace(WAYS_OF_APPLYING, ''));
/** Applications counted as letters: APPLICATION_LETTERS, once. */
const COUNTED_AS_LETTERS = new RegExp(APPLICATION_LETTERS.source);
/**
 * `before` with the letters named after applications were counted as letters (收到政府信息公开申请信件22件…。
 * 在已答复的信件中，予以公开7件, a city office's words): those letters are the applications.
 */
const lettersCounted = (before: string, prev: string) =>
  COUNTED_AS_LETTERS.test(prev) || COUNTED_AS_LETTERS.test(before) ? before.replace(/信件/g, '') : before;
/**
 * The ways of applying named before what was applied for (收到网上申请、信件邮寄等形式的依申请公开件): ways,
 * not letters of OFF_TOPIC's, nor a part (ALL_WAYS).
 */
const WAYS_BEFORE = String.raw`[^,;。\d]{0,30}?等(?:形式|方式|渠道|途径)的(?=[^,;。]{0,12}申请)`;
const WAYS_OF_APPLYING = new RegExp(WAYS_BEFORE, 'g');
/** A body wider than this one: its system, its subordinate units. */
const WIDER = /系统|下属|所属|直属|各级|各区|各县|各市/;
/**
 * A sentence that gives this body's application count (in figures or in Chinese numerals), which the
 * next sentence's 其中… may break down.
 */
const APPLICATION_COUNT = new RegExp(
  String.raw`申请[^。]{0,16}?(?:\d+|${CN_COUNT})\s*件|(?:\d+|${CN_COUNT})\s*件[^。,;]{0,8}申请`,
);
/**
 * A part of the applications, not all of them: one channel (通过网络申请…), one kind of applicant
 * (自然人申请…) or one subject (涉及征收的申请…). 公民、法人或其他组织 is everyone and is read past.
 */
const SUBSET =
  /涉及|网络申请|网上申请|在线申请|信函|当面|传真|电子邮件|邮寄|现场申请|自然人|法人|企业|社会组织|律师/;
const EVERYONE = /公民(?:、|和|与|及)?法人(?:或者?|和|及)?其他组织/g;
/** That all the applicants were of one kind (申请人均为自然人): of them all, no part of them. */
const ALL_OF_ONE_KIND = /(?:申请人|申请者)?(?:均|全部|全都|都)(?:为|是)(?:自然人|公民|个人)(?:申请)?/g;
/**
 * A clause of its own that says what the applications were about (主要涉及行政许可、事故调查、消防安全等方面;
 * 内容主要涉及征地拆迁…等方面): of them all, no part of them (SUBSET's 涉及 is of a count's own clause).
 */
const ABOUT_WHAT = /[,;][^,;。\d]{0,12}?涉及[^,;。\d]{0,60}?(?:方面|领域|内容|问题|事项)(?=[,;。]|$)/g;
/**
 * The ways all the applications came by, named before their count (通过现场、邮寄、传真等方式，共受理…;
 * 收到网上申请、信件邮寄等形式的依申请公开件37件).
 */
const ALL_WAYS = new RegExp(`通过[^,;。]{0,30}?(?:方式|渠道|途径)|${WAYS_BEFORE}`, 'g');
/** A sentence that opens on its verb or figure after at most a time (本年度共办结…, 2022年，共受理…). */
const NO_SUBJECT =
  /^(?:\s|[,:]|\d{4}\s*年度?|本年度?|今年|全年|年内|同时|此外|另外)*(?:共计?|合计|累计|已|依法|全部|均)?(?:办结|答复|办理|处理|受理|收到|予以|结转|其中|\d)/;
/** Whether a year carried into (结转至2021年) is the one after the report's (2020): the next year's. */
const nextYear = (into: string, year: number | null) => year !== null && Number(into) === year + 1;
/** Last year's carried-in applications counted (上年结转3件, 2022年结转申请1件). */
const CARRIED_IN_COUNT = new RegExp(
  `(?:上一?年度?|去年|\\d{4}\\s*年度?)(?:的)?(?:结转|转结)(?:过来)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?\\s*(?:\\d+|${CN_FIGURE})\\s*件`,
  'g',
);
/** A count of the year's applications in what is left of a sentence (收到申请2件, 本年新收20件). */
const COUNT_BEFORE = new RegExp(
  `${APPLICATION_COUNT.source}|(?:收到|受理|新收|接收|接到)[^,;。]{0,20}?(?:\\d+|${CN_FIGURE})\\s*件`,
);
/** A breakdown of last year's carried-over applications alone (上年结转的3件申请中…). */
const CARRIED_IN_ONLY = /结转[^,;。]{0,20}中/;

/**
 * The figure before the words (`另有3件结转下年度办理`, `3件结转至2021年继续办理`): only 结转下年度 is
 * said so, after at most 另有, 尚有, 剩余 … and a few words of why (因需征求第三方意见) in the same clause.
 */
const CARRIED_OUT_FIRST = new RegExp(
  `(?:(?:另有|尚有|还有|剩余|其余|余下|仍有)\\s*)?(\\d+|${CN_FIGURE})\\s*件(?:申请)?([^,;。()\\d]{0,12}?)(?:结转|转结|转入|顺延)(?:至|到|入)?\\s*(?:下一?年度?|(\\d{4})\\s*年度?)(?:继续)?(?:办理|处理|答复)?`,
  'g',
);

/** The outcome words a figure may come first before (22件予以公开). */
const FIRST_WORDS =
  '予以公开|同意公开|全部公开|同意部分公开|部分公开|不予公开|不同意公开|无法提供|不予处理|其他处理';
/**
 * An outcome with its figure first, the clause ending on its word (`22件予以公开，7件部分公开`,
 * `21件无法提供`, `4件为不予公开`): not one said of something more (`22件予以公开（含部分公开…）`, `22件予以公开的信息`).
 */
const OUTCOME_FIRST = new RegExp(
  `(\\d+|${CN_FIGURE})\\s*件(?:申请)?(?:为)?(${FIRST_WORDS})(?:答复|处理)?(?=\\s*(?:[,;、。]|$))`,
  'g',
);

/** OUTCOME_FIRST's words right after 件: a cheap test that the sentence may hold one. */
const OUTCOME_AFTER_COUNT = new RegExp(`件(?:申请)?(?:为)?(?:${FIRST_WORDS})`);

/** The fact key an outcome word stands for. */
function keyOf(word: string): string {
  if (/^(?:予以|同意)公开./.test(word)) return 'f.outcome.granted_partial';
  // 同意公开, 全部公开: the words some reports use for 予以公开 (同意部分公开 for 部分公开).
  if (word === '同意公开' || word === '全部公开') return 'f.outcome.granted';
  if (word === '同意部分公开' || word === '部分予以公开' || word.startsWith('区分处理'))
    return 'f.outcome.partial';
  if (word === '不同意公开') return 'f.outcome.denied';
  // 结转上年度办理3件: carried over from last year (结转下年度, into the next).
  if (/^(?:结转|转结)上/.test(word)) return 'f.carried_in';
  if (/^(?:结转|转结|顺延|转(?:至|到|入)?下)/.test(word)) return 'f.carried_out';
  if (word.startsWith('上') || /^\d/.test(word)) return 'f.carried_in';
  return (
    {
      予以公开: 'f.outcome.granted',
      部分公开: 'f.outcome.partial',
      不予公开: 'f.outcome.denied',
      无法提供: 'f.outcome.unable',
      不予处理: 'f.outcome.refused',
      其他处理: 'f.outcome.other',
      其他: 'f.outcome.other',
    }[word] ?? 'f.outcome.total'
  );
}

/**
 * True when the clauses between the sentence's last 其中 and `clause` all state outcomes: then the
 * 其中 introduces this body's outcome breakdown; otherwise (其中涉及拆迁的23件, 予以公开12件) the
 * figure may be an example's.
 */
function breakdownAfterQizhong(text: string, clause: number, key: string): boolean {
  let q = text.lastIndexOf('其中', clause);
  // 其中自然人34件,企业3件: kinds of applicant that make up the whole, then the outcomes of all.
  const kinds = q >= 0 && !closedBefore(text, q, clause) ? kindsOfWhole(text, q, clause) : 0;
  // A 其中 in brackets closed before the clause breaks down the count the brackets follow
  // (共受理申请60件（其中本年新收56件，上年结转4件），办结57件): it says nothing of what comes after them.
  while (q >= 0 && closedBefore(text, q, clause)) q = q === 0 ? -1 : text.lastIndexOf('其中', q - 1);
  if (q < 0) return true;
  // A form's blank `( )` in a figure's place is no clause, nor are an outcome's reasons in brackets
  // (不予公开3件（其中属于国家秘密1件、…）, then 无法提供…). This year's new applications before
  // last year's carried-over ones (其中本年新收56件，上年结转4件) are the whole's two parts, as outcomes
  // are, and so before those carried into next year (…，上年结转0件，结转至下年办理0件); before an
  // outcome (其中本年新收56件，办结53件) they are what it is of.
  const parts = key === 'f.carried_in' || key === 'f.carried_out';
  return text
    .slice(kinds || q + 2, clause)
    .replace(/\([^()]{0,120}\)/g, '')
    .split(CLAUSE_SEP)
    .map((p) => p.trim())
    .every(
      (p) =>
        p === '' ||
        ANY_OUTCOME.test(p) ||
        (parts && NEW_PART.test(p)) ||
        p.startsWith('占') ||
        EXTENDED.test(p) ||
        UNABLE_REASON.test(p) ||
        (kinds > 0 && HANDLED.test(p)),
    );
}

/**
 * `自然人34件`, `法人或其他组织3件`, `来自企业的申请1件`: one kind of applicant's count (表三's columns);
 * `网站申请195件`, `当面申请4件`, `通过信函提交13件`: one way of applying's.
 */
const KIND_OR_WAY = new RegExp(
  `^(?:来自|由|通过)?(?:自然人|公民|个人|法人(?:或|和|及)?(?:其他组织)?|商业企业|企业|科研机构|社会公益组织|法律服务机构|其他组织|其他|${CHANNEL_WORDS})(?:方式|渠道|形式)?(?:提出|提交|递交)?(?:的)?(?:申请)?\\s*(\\d+)\\s*件$|^(?:通过)?[^,;、\\d]{0,24}?(?:系统|平台|网站|信箱|邮箱)(?:方式|渠道)?(?:收到|受理|提交|提出|申请)(?:的)?(?:申请)?\\s*(\\d+)\\s*件$`,
);

/**
 * Where the 其中 at `q` lists kinds of applicant or ways of applying (其中自然人34件,企业3件; 其中网站申请
 * 195件、当面申请4件) that add up to the count right before it (收到申请37件,其中…), the index after
 * the last of them (before `clause`): what follows is of all the applications again. 0 where it does
 * not, or the kinds do not add up (a part's breakdown).
 */
function kindsOfWhole(text: string, q: number, clause: number): number {
  const whole = /(\d+)\s*件\s*(?:[,;]\s*)?$/.exec(text.slice(Math.max(0, q - 12), q));
  if (!whole) return 0;
  let sum = 0;
  let at = q + 2;
  let end = 0;
  for (const part of text.slice(q + 2, clause).split(/([,;、])/)) {
    const p = part.trim();
    at += part.length;
    if (p === '' || /^[,;、]$/.test(p)) continue;
    const m = KIND_OR_WAY.exec(p);
    if (!m) break;
    sum += Number(m[1] ?? m[2]);
    end = at;
  }
  return end > 0 && sum === Number(whole[1]) ? end : 0;
}

/** `本机关不掌握相关信息9件`: those that could not be given, by their reason (表三's 无法提供 rows). */
const UNABLE_REASON =
  /^(?:因)?(?:本机关)?(?:不掌握|没有现成|不存在|需(?:要)?另行制作|补正后申请内容仍不明确)[^,;\d]{0,16}\d+\s*件$/;

/**
 * `已办理206件`: those handled, after kinds of applicant or ways of applying that make up the whole
 * (see kindsOfWhole).
 */
const HANDLED = /^(?:已|共|均已)?(?:办理|处理)(?:完毕|完成)?\s*\d+\s*件$/;

/** `依法延期1件`: answered late by law, a note on some of them among the outcomes, which are of all. */
const EXTENDED = /^(?:依法|经批准)?延(?:期|长答复期限)(?:答复|办理)?\s*\d+\s*件$/;

/** `本年新收56件`, `新收申请56件`: the year's new applications, one part of those handled. */
const NEW_PART = /^(?:本年度?|今年|当年|\d{4}年度?)?新(?:收|受理)(?:到)?(?:的)?(?:申请)?\s*\d+\s*件$/;

/** True when the bracket open at `at` in `text` closes before `until`. */
function closedBefore(text: string, at: number, until: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && depth-- === 0) {
      // `at` is inside the bracket opened at i: where does it close?
      let d = 0;
      for (let j = i + 1; j < until; j++) {
        if (text[j] === '(') d++;
        else if (text[j] === ')' && d-- === 0) return true;
      }
      return false;
    }
  }
  return false;
}

/** Whose outcomes are read: the report's year and agency (either may be unknown). */
interface Whose {
  year: number | null;
  agency: string | null;
}

/** True when the figure matched at [at, end) is not this body's outcome figure for the year. */
function notOurs(s: Sentence, at: number, end: number, clause: number, whose: Whose, key: string): boolean {
  const before = s.text.slice(0, at);
  // The kinds of applicant or ways of applying that make up the whole (其中自然人34件,企业3件,予以公开
  // 20件…; 其中通过…依申请公开系统收到11件,局长信箱收到2件) name no part and no wider body (系统).
  const q = before.lastIndexOf('其中');
  const kinds = q >= 0 ? kindsOfWhole(s.text, q, clause) : 0;
  const rest = kinds ? before.slice(0, q) + before.slice(kinds) : before;
  if (
    wholeJurisdiction(before) ||
    otherYear(before, whose.year) ||
    offTopic(lettersCounted(before, s.prev)) ||
    WIDER.test(rest)
  )
    return true;
  // Not in brackets: `收到申请44件（其中网上申请42件，邮寄2件），上年度结转0件` breaks the count down, and
  // what follows the brackets is of all the applications again; nor the ways all of them came by, nor
  // the kind all the applicants were (申请人均为自然人).
  const named = rest.replace(EVERYONE, '').replace(ALL_WAYS, '').replace(ALL_OF_ONE_KIND, '');
  if (SUBSET.test(named.replace(/\([^()]*\)/g, '').replace(ABOUT_WHAT, ''))) return true;
  if (CARRIED_IN_ONLY.test(before)) return true;
  // 2022年结转1件,已办结1件,2023年收到…申请2件…: the outcome of last year's carried-in ones, the only
  // count before it (not 上年结转3件,本年新收20件,办结23件; nor one in brackets: 予以公开76件(含上年结转5件)).
  // Not those carried into next year, which are all the body's (未收到依申请公开政府信息,上年结转申请0件,结转
  // 下年度继续办理0件: a county bureau's 2023 report, 表三's two rows).
  const unbracketed = before.replace(/\([^()]*\)/g, '');
  const carried = unbracketed.replace(CARRIED_IN_COUNT, '');
  if (key !== 'f.carried_out' && carried !== unbracketed && !COUNT_BEFORE.test(carried)) return true;
  // 区教育局共收到申请30件，其中予以公开20件: the outcomes of the body the sentence opens on.
  if (otherBody(openingSubject(s.text, 0, at), whose.agency)) return true;
  if (!breakdownAfterQizhong(s.text, clause, key)) return true;
  // 全区共收到信息公开申请130件…。本年度共办结信息公开申请127件，3件结转…: a sentence that opens on its
  // verb, naming no body, goes on with the one before's, here the whole district's (as it does after
  // any sentence that opens on the jurisdiction: 全区各级行政机关主动公开…。全年共收到申请583件，办结570件).
  if (
    NO_SUBJECT.test(s.text) &&
    ((APPLICATION_COUNT.test(s.prev) && wholeJurisdiction(s.prev)) || opensOnJurisdiction(s.prev))
  )
    return true;
  // A sentence that does not say 申请 leans on the one before (其中, 予以公开…): that one must be
  // about this body's applications of the year too.
  if (/申请/.test(s.text.slice(0, end))) return false;
  if (APPLICATION_COUNT.test(s.prev))
    return (
      wholeJurisdiction(s.prev) ||
      otherYear(s.prev, whose.year) ||
      offTopic(s.prev) ||
      WIDER.test(s.prev) ||
      otherBody(openingSubject(s.prev, 0, s.prev.length), whose.agency)
    );
  return s.section !== 'applications';
}

/**
 * The outcome facts of the page; the first mention of each key wins. `year` is the report's;
 * `found` the facts already read (a 办结 count read as `f.applications_closed` is not read again).
 */
export function findOutcomeFacts<N>(
  blocks: Block<N>[],
  year: number | null,
  found: FoundFact<N>[] = [],
  agency: string | null = null,
): FoundFact<N>[] {
  const whose: Whose = { year, agency };
  const out: FoundFact<N>[] = [];
  const have = new Set<string>();
  const closed = found.find((f) => f.fact.key === 'f.applications_closed')?.fact.pos;
  for (const s of sentencesOf(blocks)) {
    if (s.section === 'cases') continue;
    // 另有3件结转下年度, 22件予以公开: the figure first, where it comes before the same outcome's
    // words in the sentence (结转下年度继续办理3件), read instead of those.
    const ahead = figureFirst(s, whose, have);
    const here: FoundFact<N>[] = [];
    OUTCOME.lastIndex = 0;
    // Each candidate looks back over its sentence: a hostile one of 20,000 予以公开1件 took seconds to
    // minutes. No report's sentence gives so many outcomes.
    let tried = 0;
    for (let m = OUTCOME.exec(s.text); m && tried++ < MAX_CANDIDATES; m = OUTCOME.exec(s.text)) {
      const word = m[1]!;
      // 予以公开30件（含部分公开5件）: the figure counts both.
      const both =
        (word === '予以公开' || word === '同意公开') &&
        INCLUDES_PARTIAL.test(s.text.slice(m.index + m[0].length));
      const key = both ? 'f.outcome.granted_partial' : keyOf(word);
      const early = ahead.get(key);
      if (have.has(key) || (early && early.pos!.start < s.start + m.index)) continue;
      // 不予以公开 is not 予以公开; 答复 counts only as 答复申请 N 件 or 答复依申请公开… N 件 (not 答复人大建议).
      if (word === '予以公开' && s.text[m.index - 1] === '不') continue;
      // 不同意公开 is a refusal (matched whole, as 不予公开), never a grant.
      if (word.startsWith('同意') && s.text[m.index - 1] === '不') continue;
      if (word === '答复' && m[2] === undefined) continue;
      // 不予公开2件，分别属于本机关不掌握相关政府信息及行政执法案卷 (a zone bureau's 2022): its own reasons say
      // it holds an answer of 无法提供 too, which 表三 counts there: no count of 不予公开 alone.
      if (key === 'f.outcome.denied' && UNABLE_REASON_AFTER.test(s.text.slice(m.index + m[0].length)))
        continue;
      // 结转2026年度继续办理 in a 2025 report is into the next year; any other year is not this fact.
      // 2021年结转 in a 2022 report is from the year before; any other year's is not this report's.
      const named = /\d{4}/.exec(word);
      if (named && (key === 'f.carried_in' ? year !== Number(named[0]) + 1 : !nextYear(named[0], year)))
        continue;
      const clause = clauseStart(s.text, m.index);
      // 其他N件 only after another outcome's clause (…不予处理19件，其他47件).
      if (
        word === '其他' &&
        (clause === 0 || !ANY_OUTCOME.test(s.text.slice(clauseStart(s.text, clause - 1), clause)))
      )
        continue;
      // (因无法提供相关信息答复2件: the outcome as its cause.)
      const lead = s.text.slice(clause, m.index);
      if (!plainLead(word === '无法提供' ? lead.replace(/因$/, '') : lead)) continue;
      if (notOurs(s, m.index, m.index + m[0].length, clause, whose, key)) continue;
      const at = s.start + m.index;
      const end = at + m[0].length;
      if (key === 'f.outcome.total' && closed?.block === s.block && closed.start < end && at < closed.end)
        continue;
      // In figures (1,056) or in Chinese numerals (予以公开二十二件).
      const value = num(m[3]);
      let stop = end;
      let share: number | undefined;
      const sh = SHARE.exec(s.text.slice(m.index + m[0].length));
      if (sh && value !== null && SHARE_WHOLE.test(sh[1]!.trim())) {
        share = Number(sh[2]);
        // `(占33.9%)` keeps its closing bracket; `,占33.9%)` leaves the outer one alone.
        stop = end + sh[0].length - (sh[0].endsWith(')') && !/^\s*\(/.test(sh[0]) ? 1 : 0);
      }
      // The quote runs from the clause's start (其中予以公开…), so the sentence reads.
      const raw = s.raw;
      let start = s.start + clause;
      while (start < at && /\s/.test(raw[start]!)) start++;
      const quote = raw.slice(start, stop);
      const pos = { block: s.block, start, end: stop };
      // The schema's key order (lib/model.ts), which the JSON export prints as it is (canonical.ts).
      const fact: Fact = { key, value, quote };
      // 予以公开20件左右: an estimate, held to no table (lib/rules/helpers.ts factOf).
      if (value !== null && roughAt(s.text, m.index, m.index + m[0].length)) fact.rough = true;
      if (share !== undefined) fact.share = share;
      fact.pos = pos;
      have.add(key);
      here.push({ fact, node: s.node });
      // 不予公开3件（其中属于国家秘密1件、属于过程性信息2件）: the reasons, each its 表三 row.
      if (value !== null && key in REASONS)
        for (const r of reasonsAfter(s, stop - s.start, key)) {
          if (have.has(r.fact.key)) continue;
          have.add(r.fact.key);
          here.push({ fact: r.fact, node: s.node });
        }
    }
    for (const [key, fact] of ahead)
      if (!have.has(key)) {
        have.add(key);
        here.push({ fact, node: s.node });
      }
    // …部分公开4件，属于国家秘密1件，本机关不掌握相关政府信息2件: reasons as outcomes of their own.
    if (ANY_OUTCOME.test(s.text))
      for (const fact of reasonItems(s, whose)) {
        if (have.has(fact.key)) continue;
        have.add(fact.key);
        here.push({ fact, node: s.node });
      }
    // In the order the sentence gives them, whichever way round each is written.
    out.push(...here.sort((a, b) => a.fact.pos!.start - b.fact.pos!.start));
  }
  const one = singleOutcome(blocks, found, out);
  if (one) out.push(one);
  return out;
}

/**
 * The reasons of 不予公开, 无法提供 and 不予处理, each by the words of its 表三 row (`属于国家秘密` → the row
 * `denied.state_secret`): a reason's words must name exactly one row of its outcome.
 */
const REASONS: Record<string, [row: string, words: RegExp][]> = {
  'f.outcome.denied': [
    ['denied.state_secret', /国家秘密/],
    ['denied.law_forbids', /法律(?:、|和|及)?(?:行政)?法规(?:明确)?禁止/],
    ['denied.safety', /三安全一稳定/],
    ['denied.third_party', /第三方/],
    ['denied.internal', /内部事务/],
    ['denied.process', /过程性/],
    ['denied.enforcement', /执法案卷/],
    ['denied.inquiry', /查询事项/],
  ],
  'f.outcome.unable': [
    ['unable.not_held', /不掌握/],
    ['unable.needs_making', /另行制作|没有现成/],
    ['unable.unclear', /补正后|仍不明确/],
  ],
  'f.outcome.refused': [
    ['refused.complaint', /信访|举报|投诉/],
    ['refused.repeat', /重复申请/],
    ['refused.publication', /出版物/],
    ['refused.mass', /大量反复/],
    ['refused.confirm', /重新出具|确认或/],
  ],
};
/** The 表三 rows a reason's words name: of the outcome `key`'s, or (none given) of any outcome's. */
function rowsNamed(words: string, key?: string): string[] {
  return Object.entries(REASONS)
    .filter(([group]) => !key || group === key)
    .flatMap(([, rs]) => rs.filter(([, w]) => w.test(words)).map(([row]) => row));
}
/** One reason in the brackets: its lead (其中), its words, then its figure (`属于国家秘密1件`), nothing after. */
const REASON = /^(\s*(?:其中|包括|含)?\s*(?::\s*)?)([^\d,、;:()]{2,30}?)(?:的|类)?(?:申请)?\s*(\d+)\s*件\s*$/;

/**
 * The reasons an outcome's count at `at` (the sentence's offset just after it) gives in the brackets
 * right after it, as facts `f.outcome.denied.state_secret` …: only where every part of the brackets is
 * a reason with its figure that names one row of that outcome (any other part reads nothing), no row
 * twice.
 */
function reasonsAfter(s: Sentence, at: number, key: string): { fact: Fact }[] {
  const open = /^\s*\(/.exec(s.text.slice(at));
  if (!open) return [];
  const from = at + open[0].length;
  const close = s.text.indexOf(')', from);
  if (close < 0 || close - from > 120) return [];
  const out: { fact: Fact }[] = [];
  const rows = new Set<string>();
  let start = from;
  for (const part of s.text.slice(from, close).split(/([,、;])/)) {
    if (/^[,、;]$/.test(part)) {
      start += part.length;
      continue;
    }
    const m = REASON.exec(part);
    const named = m ? rowsNamed(part, key) : [];
    if (!m || named.length !== 1 || rows.has(named[0]!)) return [];
    const row = named[0]!;
    rows.add(row);
    const a = s.start + start + m[1]!.length;
    const b = s.start + start + part.trimEnd().length;
    out.push({
      fact: {
        key: `f.outcome.${row}`,
        value: Number(m[3]),
        quote: s.raw.slice(a, b),
        pos: { block: s.block, start: a, end: b },
      },
    });
    start += part.length;
  }
  return out;
}

/** The outcome a reason item may name after its reason (因不掌握相关政府信息无法提供16件), and its group. */
const ITEM_OUTCOMES: [RegExp, string][] = [
  [/不予公开(?:答复|处理|决定)?$/, 'f.outcome.denied'],
  [/无法提供(?:答复)?$/, 'f.outcome.unable'],
  [/(?:不予处理|不作为(?:政府信息公开)?申请处理)(?:决定)?$/, 'f.outcome.refused'],
];
/**
 * A reason written as an item of a list of outcomes: its lead (因, 由于, 属于), its words (a bracketed
 * aside too: 信访、投诉、举报等申请(含问题咨询事项)), at most the outcome it came to, then its figure:
 * `本机关不掌握相关政府信息2件`, `因不掌握相关政府信息无法提供16件`, `要求行政机关确认或重新出具已获取信息2件`.
 * Groups: 1 the lead, 2 the words with any outcome after them, 3 the figure.
 */
const REASON_ITEM =
  /^(\s*(?:另有|其中)?\s*(?::\s*)?)((?:[^\d,;:。()]|\([^()]{0,24}\)){2,60}?)(?:的)?(?:申请)?\s*(\d+)\s*件\s*$/;
/** An item of a list that is an outcome with its figure: groups 1 what comes before the word, 2 the word. */
const OUTCOME_ITEM = new RegExp(
  `^(\\s*(?:(?:其中|另有|共)\\s*)?(?::\\s*)?)(${OUTCOME_WORD})[^,;。\\d]{0,16}?\\d+\\s*件\\s*$`,
);
/** The same, figure first (22件予以公开). */
const OUTCOME_FIRST_ITEM = new RegExp(`^(\\s*\\d+\\s*件(?:申请)?(?:为)?)(${FIRST_WORDS})`);
/** A part of an outcome by its reason, figure first (其中1件因涉及第三方合法权益, 1件属于政府内部事务信息). */
const REASON_FIRST = /^\s*(?:其中)?\s*\d+\s*件(?:是|为|系)?(?:因|属于|涉及)[^\d]{2,40}$/;
/** The reason of an item that names many (因本机关不掌握等原因无法提供23件): the outcome's whole count. */
const MANY_REASONS = /等(?:原因|情形|情况)/;
/** Verbs of other work, which no reason item holds. */
const OTHER_WORK_VERB = /受理|收到|接到|接收|办理|办结|答复|转办|转交/;
/** A complaint's words, which a sentence may use of other work (办理信访事项10件): only as 类/等申请 or with the outcome. */
const COMPLAINT_ROW = 'refused.complaint';

/**
 * The reasons written as items of the list of outcomes the sentence `s` gives, each its 表三 row
 * (`f.outcome.unable.not_held`): an item right after an outcome of this body's year (as notOurs
 * tells) or after another such item (the list goes on), whose words name exactly one row (of the
 * outcome it names, where it names one). An item of many reasons (因本机关不掌握等原因无法提供23件)
 * is that outcome's count.
 */
function reasonItems(s: Sentence, whose: Whose): Fact[] {
  const out: Fact[] = [];
  let going = false;
  let at = 0;
  let outcomes = 0;
  // Items end at , ; and at a 、 right after a count (信访、投诉、举报 is one item's words); none in
  // brackets (不予公开100件(为四类过程性信息19件,…): reasonsAfter reads those, all or none).
  const text = s.text.replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
  for (const item of text.split(/[,;]|(?<=\d\s*件)、/)) {
    const from = at;
    at += item.length + 1;
    const to = from + item.trimEnd().length;
    // A share after an outcome (予以公开39件，占33.1%) is of it: the list goes on.
    if (/^\s*占/.test(item)) continue;
    // An outcome (予以公开45件, 其中部分公开4件, 22件予以公开): the list goes on where it is this body's
    // for the year, as the outcome figures' own test tells. (Each looks back over the sentence: a
    // hostile one of thousands is not read further.)
    const o = OUTCOME_ITEM.exec(item) ?? OUTCOME_FIRST_ITEM.exec(item);
    if (o) {
      if (++outcomes > MAX_CANDIDATES) break;
      const word = from + o.index + o[1]!.length;
      going = !notOurs(s, word, to, from, whose, keyOf(o[2]!));
      continue;
    }
    if (!going) continue;
    // An outcome's own breakdown, figure first (不予公开2件,其中1件因涉及第三方合法权益,1件属于政府内部事务
    // 信息;由于本机关不掌握…而无法提供29件): not read, and the list goes on past it.
    if (REASON_FIRST.test(item)) continue;
    going = false;
    const m = REASON_ITEM.exec(item);
    if (!m) continue;
    const words = m[2]!;
    // Other work after the list (受理政府信息公开申请投诉件1件): no reason says it was received or handled.
    if (OTHER_WORK_VERB.test(words)) continue;
    const outcome = ITEM_OUTCOMES.find(([re]) => re.test(words))?.[1];
    let key: string | undefined;
    let reason: string | undefined;
    const rows = rowsNamed(words, outcome);
    // Many reasons, then the outcome (…不掌握…或没有现成信息…无法提供的33件): that outcome's count.
    // One reason and 等 (因本机关不掌握等原因无法提供265件) may mean that reason's count alone: its row is
    // kept beside the outcome's (Fact.reason).
    if (outcome && (MANY_REASONS.test(words) || rows.length > 1)) {
      key = outcome;
      if (rows.length === 1) reason = rows[0];
    } else {
      if (rows.length !== 1) continue;
      if (rows[0] === COMPLAINT_ROW && !outcome && !/(?:类|等)(?:的)?申请/.test(item)) continue;
      key = `f.outcome.${rows[0]}`;
    }
    if (out.some((f) => f.key === key)) continue;
    const a = s.start + from + m[1]!.length;
    const b = s.start + to;
    out.push({
      key,
      value: Number(m[3]),
      quote: s.raw.slice(a, b),
      ...(reason ? { reason } : {}),
      pos: { block: s.block, start: a, end: b },
    });
    going = true;
  }
  return out;
}

/**
 * One application's outcome said in words, with no figure, in the clauses right after a count of one
 * (`收到政府信息公开申请1件，已依法予以公开`, `…1件，已按期答复，予以公开`): a clause of how it was
 * answered (已按期答复, 已办结) may come first; the outcome's must end there. Anything else between
 * (对符合条件的…, 部分…) reads nothing.
 */
const SINGLE_OUTCOME =
  /^(?:\s*,\s*(?:已|均已)?(?:依法|按期|按时|及时|在法定期限内)?(?:答复|办结|办理完毕|处理完毕|作出答复))*\s*,\s*(?:并)?(?:已)?(?:依法)?(?:作出)?(予以公开|部分公开|不予公开|无法提供|不予处理)(?:答复|处理|决定)?(?=\s*(?:[,;。]|$))/;

/**
 * The outcome figure 1 where the text gives its applications as one and that one's outcome in words
 * (SINGLE_OUTCOME), quoted with its count, and no outcome figure elsewhere; null otherwise. Not where
 * last year's carried-over ones make it more than one.
 */
function singleOutcome<N>(
  blocks: Block<N>[],
  found: FoundFact<N>[],
  out: FoundFact<N>[],
): FoundFact<N> | null {
  const received = found.find((f) => f.fact.key === 'f.applications_received');
  const pos = received?.fact.pos;
  if (!received || !pos || received.fact.value !== 1 || received.fact.rough) return null;
  if (
    out.some(
      (f) => f.fact.key.startsWith('f.outcome.') || (f.fact.key === 'f.carried_in' && f.fact.value !== 0),
    )
  )
    return null;
  const block = blocks[pos.block];
  if (block?.kind !== 'text') return null;
  const folded = foldedOf(block);
  const m = SINGLE_OUTCOME.exec(folded.slice(pos.end));
  if (!m) return null;
  const end = pos.end + m[0].length;
  const fact: Fact = {
    key: keyOf(m[1]!),
    value: 1,
    quote: block.text.slice(pos.start, end),
    pos: { block: pos.block, start: pos.start, end },
  };
  return { fact, node: block.node };
}

/**
 * The sentence's outcomes written figure first (`另有3件结转下年度办理`, `22件予以公开`), each key's first
 * that is this body's for the year (as notOurs tells for the words first), keyed; none of `have`'s.
 */
function figureFirst(s: Sentence, whose: Whose, have: Set<string>): Map<string, Fact> {
  const out = new Map<string, Fact>();
  // Most sentences say none of the words: the patterns, which may start at any figure, are not run.
  const carried = s.text.includes('结转') || s.text.includes('转入') || s.text.includes('顺延');
  const outcomes = OUTCOME_AFTER_COUNT.test(s.text);
  if (carried && !have.has('f.carried_out')) {
    CARRIED_OUT_FIRST.lastIndex = 0;
    let tried = 0;
    for (
      let m = CARRIED_OUT_FIRST.exec(s.text);
      m && tried++ < MAX_CANDIDATES;
      m = CARRIED_OUT_FIRST.exec(s.text)
    ) {
      // 结转至2021年 in a 2020 report is to the next year; any other year is not this fact.
      if (m[3] !== undefined && !nextYear(m[3], whose.year)) continue;
      // 上年结转 before 下年度: last year's (上年结转3件结转下年度…) is no part of it.
      if (/上一?年|以前年度/.test(m[2]!)) continue;
      const fact = figureFact(s, m, 'f.carried_out', whose);
      if (fact) {
        out.set(fact.key, fact);
        break;
      }
    }
  }
  if (!outcomes) return out;
  OUTCOME_FIRST.lastIndex = 0;
  let tried = 0;
  for (let m = OUTCOME_FIRST.exec(s.text); m && tried++ < MAX_CANDIDATES; m = OUTCOME_FIRST.exec(s.text)) {
    const key = keyOf(m[2]!);
    if (have.has(key) || out.has(key)) continue;
    const fact = figureFact(s, m, key, whose);
    if (fact) out.set(key, fact);
  }
  return out;
}

/** The fact `key` of a figure-first match `m` (its figure group 1), quoted from its clause's start; null where it is not this body's. */
function figureFact(s: Sentence, m: RegExpExecArray, key: string, whose: Whose): Fact | null {
  const clause = clauseStart(s.text, m.index);
  if (!plainLead(s.text.slice(clause, m.index))) return null;
  const end = m.index + m[0].length;
  if (notOurs(s, m.index, end, clause, whose, key)) return null;
  const value = num(m[1]);
  let start = s.start + clause;
  while (start < s.start + m.index && /\s/.test(s.raw[start]!)) start++;
  const stop = s.start + end;
  const fact: Fact = { key, value, quote: s.raw.slice(start, stop) };
  if (value !== null && roughAt(s.text, m.index, end)) fact.rough = true;
  fact.pos = { block: s.block, start, end: stop };
  return fact;
}
