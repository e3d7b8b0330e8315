/**
 * Fires only when a total the text states differs from the sum of the parts it lists right after it.
 * The 主动公开 total: any difference after 分别 (every part listed), only a sum past the total after
 * 其中 or 包括 (some). The applications closed (办结 N 件) and the outcomes listed after them (予以公开…):
 * only a sum past the total, since a list may leave out outcomes of 0, unless every outcome down to
 * 其他处理 is listed (then any difference). The
 * applications received and who applied (自然人, 法人或其他组织): both must add up to it, one alone
 * must not exceed it; and the ways they came in (网上, 信函, 当面 …): only a sum past it. Where 表三 does
 * not give its totals, the text's 新收 + 上年结转 against its 办结 + 结转下年度 (表三's own balance). A
 * whole of the new and the carried-over applications (共受理60件（其中本年新收56件，上年结转4件）, 新收56件，
 * 上年结转4件，共计60件) against its two parts.
 */
import { label, msg } from '../i18n/format';
import { T3_REASON_GROUPS, T4_PART_COLUMNS } from '../keys';
import type { Fact, Finding, Report } from '../model';
import { fold, PUBLICATION_CHANNEL } from '../text';
import {
  APPLICANT_KEYS,
  factOf,
  finding,
  num,
  OUTCOME_GROUPS,
  partsOfWhole,
  receivedAndCarried,
  same,
  shortQuote,
  sumText,
  type Term,
  total,
} from './helpers';
import type { AuditContext, Rule } from './types';

const PART = /^f\.proactive_parts\.(\d+)$/;
/** Why a total or a part given as an estimate (1200余条, 约50件) is not summed: nothing exact to check. */
const ROUGH =
  '正文未给出确数（所列为约数，如「1200余条」） / the text gives an estimate (1200余条), not an exact figure';

/** The listed parts in the order the text gives them. */
function parts(facts: Fact[]): Fact[] {
  const index = (f: Fact) => Number(PART.exec(f.key)?.[1]);
  return facts.filter((f) => PART.test(f.key)).sort((a, b) => index(a) - index(b));
}

/**
 * Parts of kinds that overlap, which need not add up to the total: counts by where they were published
 * (其中门户网站公开1000条，政务新媒体公开800条: one item goes out on several channels), and the key
 * areas' information (其中重点领域信息300条，政策文件250条: a heading across the kinds, as a policy
 * document may be of a key area), and by where they came from (原创, 转载). Where they do add up, the check
 * has held.
 */
const OVERLAPPING: [RegExp, string][] = [
  [
    PUBLICATION_CHANNEL,
    '正文所列为发布渠道，同一信息可在多个渠道发布，各项不必相加等于总数 / the parts are publication channels, which overlap',
  ],
  [
    /重点领域/,
    '正文所列含重点领域信息，与其他类别交叉，各项不必相加等于总数 / the parts include the key areas, which overlap the other kinds',
  ],
  // 其中新闻类信息188条，原创信息698条 (a city bureau's, 705 in all): where an item came from runs across
  // what kind it is.
  [
    /原创|转载|自采/,
    '正文所列含原创或转载信息，与其他类别交叉，各项不必相加等于总数 / the parts include original or reposted items, which overlap the other kinds',
  ],
];

/**
 * A list whose first part is the total itself, the rest running across it (共发布政府信息公开28条。其中法定主动
 * 公开信息28条,财政信息3条,政府信息公开指南2条: a town's, 2023).
 */
const RESTATED =
  '正文所列第一项即为总数，其余各项与之交叉，各项不必相加等于总数 / the first part is the total itself, and the others run across it';

/** Why the parts need not add up to `whole` (OVERLAPPING, RESTATED), or null where they must. */
function overlapping(whole: number, listed: Fact[]): string | null {
  if (same(total(listed.map((p) => p.value ?? 0)), whole)) return null;
  for (const [kind, why] of OVERLAPPING) if (listed.some((p) => kind.test(p.label ?? ''))) return why;
  if (listed[0]?.value === whole) return RESTATED;
  return null;
}

/**
 * One channel's count past a total that names no channel (主动公开政府信息3747条，其中，通过门户网站发布信息
 * 3758条): more than all there is, however the channels overlap. (A total that is itself a channel's,
 * 通过政府网站公开754条, may be followed by other channels' counts, which are no part of it.)
 */
function channelOver(whole: Fact & { value: number }, listed: Fact[]): Fact | undefined {
  if (PUBLICATION_CHANNEL.test(fold(whole.quote))) return undefined;
  return listed.find((p) => p.value !== null && p.value > whole.value);
}

/**
 * The 主动公开 total and the parts listed after it, or why they cannot be checked: no total, fewer
 * than two parts, a figure missing, or channels that overlap and do not add up (unless one alone is
 * past the total: `over`).
 */
function proactiveList(
  report: Report,
): { whole: Fact & { value: number }; listed: Fact[]; over?: Fact } | string {
  // Read here, rough or not (factOf passes over an estimate): an estimate is a total stated.
  const whole = report.facts.find((f) => f.key === 'f.proactive_total');
  const listed = parts(report.facts);
  if (!whole) return '正文未陈述主动公开总数 / the text states no proactive-disclosure total';
  if (listed.length < 2) return '正文未列出分项 / the text lists no parts of the total';
  if (whole.rough) return ROUGH;
  // A part without a number is text-blank-number's finding; summing the rest would mislead.
  if (whole.value === null || listed.some((p) => p.value === null))
    return '正文数字缺失 / a figure is missing from the text';
  if (listed.some((p) => p.rough)) return ROUGH;
  const stated = { ...whole, value: whole.value };
  const overlap = overlapping(whole.value, listed);
  if (overlap) {
    const over = channelOver(stated, listed);
    if (over) return { whole: stated, listed, over };
    return overlap;
  }
  return { whole: stated, listed };
}

/** 主动公开 N 条 against the sum of the parts that follow it. */
function proactiveFindings(report: Report): Finding[] {
  const list = proactiveList(report);
  if (typeof list === 'string') return [];
  const { whole, listed, over } = list;
  if (over)
    return [
      finding(
        textPartSum,
        msg('textPartSum.partOver', {
          quote: shortQuote(whole.quote, 24),
          part: over.label ? msg('pageText', { x: over.label }) : '',
          value: over.value ?? 0,
        }),
        [whole.key, over.key],
      ),
    ];
  const terms = listed.map((p) => ({
    label: p.label ? msg('pageText', { x: p.label }) : '',
    value: p.value ?? 0,
  }));
  const sum = total(terms.map((t) => t.value));
  if (same(sum, whole.value)) return [];
  // A list after 其中 or 包括 may name only some of the parts: short of the whole, it contradicts
  // nothing (主动公开政府信息52310条，其中政策文件567件，政策解读320篇); past it, it does.
  if (listed.some((p) => p.partial) && sum < whole.value) return [];
  return [
    finding(
      textPartSum,
      msg('textPartSum.mismatch', { quote: shortQuote(whole.quote, 24), sum: sumText(terms) }),
      [whole.key, ...listed.map((p) => p.key)],
    ),
  ];
}

type Stated = Fact & { value: number; pos: NonNullable<Fact['pos']> };
const stated = (f: Fact | undefined): f is Stated => f?.value != null && f.pos !== undefined;

/**
 * The applications closed (办结 N 件, 答复 N 件) and the outcomes the text lists right after them,
 * in the same paragraph or the next: null unless there are two outcomes at least, all of them there.
 * 予以公开及部分公开 N 件 stands for both where neither is given on its own.
 */
function outcomeList(report: Report): { whole: Stated; listed: Stated[] } | null {
  const keys = OUTCOME_GROUPS.map((o) => `f.outcome.${o}`);
  if (!factOf(report, 'f.outcome.granted') && !factOf(report, 'f.outcome.partial'))
    keys.unshift('f.outcome.granted_partial');
  const listed = keys.map((k) => factOf(report, k)).filter(stated);
  if (listed.length < 2) return null;
  for (const key of ['f.applications_closed', 'f.outcome.total']) {
    const whole = factOf(report, key);
    if (!stated(whole) || whole.value <= 0) continue;
    const { block, end } = whole.pos;
    const after = (p: Stated) => (p.pos.block === block && p.pos.start >= end) || p.pos.block === block + 1;
    if (listed.every(after)) return { whole, listed };
  }
  return null;
}

/** The listed facts as a sum's terms, each named by the message `msgPrefix` + its key past `keyPrefix`. */
function termsOf(listed: Stated[], keyPrefix: string, msgPrefix: string) {
  return listed.map((p) => ({ label: msg(`${msgPrefix}${p.key.slice(keyPrefix.length)}`), value: p.value }));
}

/** Whether the outcomes listed are every group of 表三's (予以公开及部分公开 standing for its first two). */
function everyOutcome(listed: Stated[]): boolean {
  const named = new Set(listed.map((p) => p.key.slice('f.outcome.'.length)));
  if (named.has('granted_partial')) named.add('granted').add('partial');
  return OUTCOME_GROUPS.every((o) => named.has(o));
}

/**
 * 办结 N 件 against the outcomes listed after it: wrong where they add up past it, or, where every
 * outcome is listed down to 其他处理 (答复805件, then 258 + 35 + 265 + 158 + 0), wherever they do not
 * make it. Not where one of them may count one reason alone (上海市人民政府办公厅 2019's 265 is
 * 因本机关不掌握等原因无法提供: 表三's 不掌握 row, of 无法提供 337).
 */
function outcomeFindings(report: Report): Finding[] {
  const list = outcomeList(report);
  if (!list) return [];
  // A count given by one reason and 等 (因本机关不掌握等原因无法提供265件) may be that reason's alone:
  // the list may then leave the outcome's other reasons out.
  const every = everyOutcome(list.listed) && !list.listed.some((p) => p.partial || p.reason !== undefined);
  return partsFinding({ ...list, every, what: 'outcomes' }, (p) =>
    msg(`textTableMismatch.outcome.${p.key.slice('f.outcome.'.length)}`),
  );
}

/**
 * A list that may leave parts out (outcomes of 0, a way of applying) against its total: a finding,
 * message `textPartSum.<message>`, only where its terms add up past the total.
 */
function pastTotal(list: ApplicationList, terms: Term[], message: string): Finding[] {
  const sum = total(terms.map((t) => t.value));
  const within = (whole: number) => sum <= whole || same(sum, whole);
  if (within(list.whole.value) || (list.orWith !== null && within(list.orWith))) return [];
  const m = msg(`textPartSum.${message}`, { quote: shortQuote(list.whole.quote, 24), sum: sumText(terms) });
  return [finding(textPartSum, m, [list.whole.key, ...list.listed.map((p) => p.key)])];
}

/**
 * The applications received and who applied, as the text lists them after the count: natural
 * persons, and legal persons and other organisations. The two are every applicant, so both given
 * must add up to the count; one alone must not exceed it. Null unless one is given.
 */
function applicantList(report: Report): ApplicationList | null {
  return applicationList(report, APPLICANT_KEYS.map((k) => factOf(report, k)).filter(stated), 1);
}

/**
 * Parts of the applications (who applied, how) and the count they were listed under (see
 * partsOfWhole), and that count with last year's where they follow both (see receivedAndCarried).
 */
interface ApplicationList {
  whole: Stated;
  listed: Stated[];
  orWith: number | null;
}

/** The list of `listed`, null unless the count is given and at least `least` parts are. */
function applicationList(report: Report, listed: Stated[], least: number): ApplicationList | null {
  const ofWhole = partsOfWhole(report, listed);
  const whole = factOf(report, ofWhole ? 'f.applications_total' : 'f.applications_received');
  if (!stated(whole) || listed.length < least) return null;
  return { whole, listed, orWith: ofWhole ? null : receivedAndCarried(report, listed) };
}

/** 收到申请 N 件 against the applicants listed after it. */
function applicantFindings(report: Report): Finding[] {
  const list = applicantList(report);
  if (!list) return [];
  const terms = termsOf(list.listed, 'f.applicants.', 'textPartSum.applicant.');
  const sum = total(terms.map((t) => t.value));
  const both = list.listed.length === 2;
  const fits = (whole: number) => same(sum, whole) || (!both && sum < whole);
  if (fits(list.whole.value) || (list.orWith !== null && fits(list.orWith))) return [];
  const m = msg(both ? 'textPartSum.applicants' : 'textPartSum.applicantsMore', {
    quote: shortQuote(list.whole.quote, 24),
    // One group alone is its own figure, not a sum.
    sum: both ? sumText(terms) : msg('term', terms[0]!),
  });
  return [finding(textPartSum, m, [list.whole.key, ...list.listed.map((p) => p.key)])];
}

const CHANNEL = /^f\.application_channels\.(\d+)$/;

/**
 * The applications received and the ways the text says they came in right after the count (网上申请30件，
 * 信函申请20件，当面申请6件): null unless two ways at least, each with its figure. A list may leave out a
 * way (电话, 其他), so only a sum past the count contradicts it.
 */
function channelList(report: Report): ApplicationList | null {
  const listed = report.facts
    .filter((f) => CHANNEL.test(f.key))
    .map((f) => factOf(report, f.key))
    .filter(stated);
  return applicationList(report, listed, 2);
}

/** 收到申请 N 件 against the ways the applications came in: wrong only where they add up past it. */
function channelFindings(report: Report): Finding[] {
  const list = channelList(report);
  if (!list) return [];
  const terms = list.listed.map((p) => ({ label: msg('pageText', { x: p.label ?? '' }), value: p.value }));
  return pastTotal(list, terms, 'channels');
}

/**
 * 表四's counts as the text gives them, and the parts it lists right after each (facts-cases.ts): the
 * reviews' results, the suits' results, the ways the suits came (未经复议直接起诉, 复议后起诉). Each
 * list with its message's name for it, and whether it has every part (then it must make the count;
 * otherwise a list may leave out parts of 0, and only a sum past the count contradicts it).
 */
const CASE_LISTS: { whole: string; parts: string[]; what: string }[] = [
  { whole: 'f.reviews', parts: T4_PART_COLUMNS.map((c) => `f.reviews.${c}`), what: 'reviewResults' },
  { whole: 'f.suits', parts: T4_PART_COLUMNS.map((c) => `f.suits.${c}`), what: 'suitResults' },
  { whole: 'f.suits', parts: ['f.suits.direct', 'f.suits.after_review'], what: 'suitKinds' },
];

function caseLists(report: Report): { whole: Stated; listed: Stated[]; every: boolean; what: string }[] {
  return CASE_LISTS.flatMap(({ whole: key, parts, what }) => {
    // The count the parts were read after: a later mention of it with the same figure, where there.
    const again = factOf(report, `${key}.again`);
    const whole = again?.value === factOf(report, key)?.value ? again : factOf(report, key);
    // A part quoted from its count on is one case's result said in words (被申请行政复议1件，结果维持):
    // its figure is the count's by construction, so there is no sum to check.
    const listed = parts
      .map((k) => factOf(report, k))
      .filter(stated)
      .filter((p) => !stated(whole) || p.pos.block !== whole.pos.block || p.pos.start > whole.pos.start);
    if (!stated(whole) || listed.length === 0) return [];
    return [{ whole, listed, every: listed.length === parts.length, what }];
  });
}

/**
 * A count against the parts listed after it, each named by `name`: any difference where every part
 * is there (`every`), else only a sum past it (a list may leave parts out).
 */
function partsFinding(
  list: { whole: Stated; listed: Stated[]; every: boolean; what: string },
  name: (p: Stated) => Term['label'],
): Finding[] {
  const terms = list.listed.map((p) => ({ label: name(p), value: p.value }));
  const sum = total(terms.map((t) => t.value));
  if (same(sum, list.whole.value) || (!list.every && sum < list.whole.value)) return [];
  const m = msg(list.every ? 'textPartSum.casesAll' : 'textPartSum.cases', {
    quote: shortQuote(list.whole.quote, 24),
    what: msg(`textPartSum.case.${list.what}`),
    // One part alone is its own figure, not a sum.
    sum: terms.length > 1 ? sumText(terms) : msg('term', terms[0]!),
  });
  return [finding(textPartSum, m, [list.whole.key, ...list.listed.map((p) => p.key)])];
}

/** 被申请行政复议4件 (被提起行政诉讼4件) against the parts listed after it. */
function caseFindings(report: Report): Finding[] {
  return caseLists(report).flatMap((list) =>
    partsFinding(list, (p) => msg(`textPartSum.case.${p.key.slice(p.key.lastIndexOf('.') + 1)}`)),
  );
}

/**
 * 不予公开3件（其中属于国家秘密2件、属于过程性信息2件）: the reasons listed after an outcome's count, which
 * may leave some out but must not add up past it (one alone must not pass it either).
 */
function reasonLists(report: Report): { whole: Stated; listed: Stated[]; every: boolean; what: string }[] {
  return T3_REASON_GROUPS.flatMap((g) => {
    const whole = factOf(report, `f.outcome.${g}`);
    const listed = report.facts.filter((f): f is Stated => f.key.startsWith(`f.outcome.${g}.`) && stated(f));
    return stated(whole) && listed.length > 0 ? [{ whole, listed, every: false, what: 'reasons' }] : [];
  });
}

/** Reasons that add up past their outcome's count, each named by its 表三 row. */
function reasonFindings(report: Report): Finding[] {
  return reasonLists(report).flatMap((list) =>
    partsFinding(list, (p) => label('row', `t3.${p.key.slice('f.outcome.'.length)}`, report.template)),
  );
}

/** 表三's totals of its balance: 本年新收, 上年结转, 办理结果总计, 结转下年度. */
const BALANCE_TOTALS = [
  't3.new.total',
  't3.carried_in.total',
  't3.outcome_total.total',
  't3.carried_out.total',
];

/**
 * The four counts of 表三's own balance as the text states them, in one paragraph or two in a row:
 * the applications received and carried over from last year, closed and carried over to next year.
 * Null unless the first three are there (结转下年度 may not be).
 */
function balanceList(
  report: Report,
  ctx: AuditContext,
): { received: Stated; carriedIn: Stated; closed: Stated; carriedOut: Stated | null } | null {
  // Where 表三 gives all four totals, each figure of the text is held to it (text-table-mismatch),
  // and the table to its balance (t3-balance): one wrong figure is not told twice.
  if (ctx.found.t3 && BALANCE_TOTALS.every((a) => num(report, a) !== null)) return null;
  const received = factOf(report, 'f.applications_received');
  const carriedIn = factOf(report, 'f.carried_in');
  const closed = factOf(report, 'f.applications_closed') ?? factOf(report, 'f.outcome.total');
  const out = factOf(report, 'f.carried_out');
  const carriedOut = stated(out) ? out : null;
  if (!stated(received) || !stated(carriedIn) || !stated(closed)) return null;
  const blocks = [received, carriedIn, closed, ...(carriedOut ? [carriedOut] : [])].map((f) => f.pos.block);
  if (Math.max(...blocks) - Math.min(...blocks) > 1) return null;
  return { received, carriedIn, closed, carriedOut };
}

/**
 * 新收 + 上年结转 against 办结 + 结转下年度, all four from the text: 表三's balance, which the text's
 * figures must keep too. A count received that does not say 新收 may hold the carried-over ones
 * already (共受理申请60件，其中上年结转4件): then it alone is what was handled.
 */
function balanceFindings(report: Report, ctx: AuditContext): Finding[] {
  const list = balanceList(report, ctx);
  if (!list) return [];
  const { received, carriedIn, closed, carriedOut } = list;
  const handled = total([received.value, carriedIn.value]);
  // In the text's own word: 办结, or 答复 where the count read says that instead (答复…75件).
  const how = msg(
    `textPartSum.how.${/答复/.test(closed.quote) && !/办结/.test(closed.quote) ? 'answered' : 'closed'}`,
  );
  // Without 结转下年度: no more can have been closed than there were, whatever the count received holds.
  if (!carriedOut) {
    if (closed.value <= handled || same(closed.value, handled)) return [];
    const m = msg('textPartSum.closedMore', {
      received: received.value,
      carriedIn: carriedIn.value,
      handled,
      closed: closed.value,
      how,
    });
    return [finding(textPartSum, m, [received.key, carriedIn.key, closed.key])];
  }
  const done = total([closed.value, carriedOut.value]);
  if (same(handled, done)) return [];
  if (!/新收/.test(received.quote) && same(received.value, done)) return [];
  const m = msg('textPartSum.balance', {
    received: received.value,
    carriedIn: carriedIn.value,
    handled,
    closed: closed.value,
    how,
    carriedOut: carriedOut.value,
    done,
  });
  return [finding(textPartSum, m, [received.key, carriedIn.key, closed.key, carriedOut.key])];
}

/**
 * The applications handled in the year as the text gives them whole and in two parts:
 * `共受理申请60件（其中本年新收56件，上年结转4件）`, `新收申请56件，上年结转4件，共计60件` (all three in
 * one block; f.applications_total is read only beside its 新收 count).
 */
function wholeList(report: Report): { whole: Stated; received: Stated; carriedIn: Stated } | null {
  const whole = factOf(report, 'f.applications_total');
  const received = factOf(report, 'f.applications_received');
  const carriedIn = factOf(report, 'f.carried_in');
  if (!stated(whole) || !stated(received) || !stated(carriedIn)) return null;
  if (received.pos.block !== whole.pos.block || carriedIn.pos.block !== whole.pos.block) return null;
  return { whole, received, carriedIn };
}

/** The whole against 新收 + 上年结转: both are the text's, and one of the three is wrong. */
function wholeFindings(report: Report): Finding[] {
  const list = wholeList(report);
  if (!list) return [];
  const { whole, received, carriedIn } = list;
  const handled = total([received.value, carriedIn.value]);
  if (same(whole.value, handled)) return [];
  const m = msg('textPartSum.whole', {
    quote: shortQuote(whole.quote),
    received: received.value,
    carriedIn: carriedIn.value,
    handled,
    whole: whole.value,
  });
  return [finding(textPartSum, m, [whole.key, received.key, carriedIn.key])];
}

/** Fires when a total the text states is contradicted by the parts it lists after it. */
export const textPartSum: Rule = {
  id: 'text-part-sum',
  severity: 'warning',
  title: '正文分项之和不符 / Text parts do not add up',
  explain:
    '正文先给出一个总数（主动公开的信息条数、收到或办结的申请件数、行政复议或行政诉讼的件数），再列出各项的数字；各项之和与总数不一致时，至少有一个数字有误（也可能只列举了部分类别，这时只在各项之和超过总数时提示；申请人分自然人和法人或其他组织两类，两类都列出时应正好相加等于收到的申请数；按网上、信函、当面等申请方式列出的件数，只在相加超过收到的申请数时提示；行政复议、行政诉讼的件数之后列出的结果（维持、纠正、其他结果、尚未审结）和起诉方式（未经复议直接起诉、复议后起诉），四种结果或两种方式都列出时应正好相加等于件数，只列出一部分时只在相加超过件数时提示；正文同时写出新收、上年结转、办结和结转下年度的件数时，新收加上年结转应等于办结加结转下年度，与表三的勾稽关系相同；正文给出新收和上年结转的合计时，两者之和应等于合计；不予公开、无法提供、不予处理之后括号中列出的原因，相加不应超过该项件数）。按发布渠道（网站、微博、微信等）列出的条数可能重叠，不相加核对，只在总数未指明渠道而其中一个渠道的条数就超过总数时提示。',
  skip(report, ctx) {
    const proactive = proactiveList(report);
    return typeof proactive !== 'string' ||
      outcomeList(report) !== null ||
      applicantList(report) !== null ||
      channelList(report) !== null ||
      caseLists(report).length > 0 ||
      balanceList(report, ctx) !== null ||
      reasonLists(report).length > 0 ||
      wholeList(report) !== null
      ? null
      : proactive;
  },
  run(report, ctx) {
    return [
      ...proactiveFindings(report),
      ...outcomeFindings(report),
      ...applicantFindings(report),
      ...channelFindings(report),
      ...caseFindings(report),
      ...balanceFindings(report, ctx),
      ...wholeFindings(report),
      ...reasonFindings(report),
    ];
  },
};
