/**
 * Fires only when the text states one of the year's counts twice with two figures, and no table can
 * tell which is right: the 主动公开 total (no table of the template has it: `全年主动公开政府信息12856条`
 * …, then `全年共主动公开政府信息12000条`; the 2008 form's statistics table does, and then speaks), or the applications received, the reviews or the suits where 表三 or
 * 表四 does not give them. Where the table gives them, text-table-mismatch holds each mention to it
 * instead, and one wrong figure is not told twice. Not in report-model.md's catalogue: the same defect as text-table-mismatch, with the
 * text on both sides.
 */
import { msg } from '../i18n/format';
import { APPLICATIONS_AGAIN, address, PROACTIVE_AGAIN } from '../keys';
import type { Fact, Finding, Report } from '../model';
import { factOf, finding, fromParts, num, shortQuote } from './helpers';
import type { Rule } from './types';

/** A table's total, from its cell or from its row's columns that are all figures: then the table speaks. */
function tableHas(report: Report, table: 't3' | 't4', row: string): boolean {
  const total = address(table, row, 'total');
  return num(report, total) !== null || fromParts(report, total)?.open === false;
}

/** The 2008 form's statistics table gives the count (recognise/stat-table.ts): then it speaks. */
const statHas = (report: Report, key: string): boolean => factOf(report, key)?.value != null;

/**
 * A count and its second mention, with what the message calls it, and when the table settles them
 * (text-table-mismatch holds each mention to it then).
 */
const PAIRS: { first: string; again: string; what: string; settled: (report: Report) => boolean }[] = [
  {
    first: 'f.proactive_total',
    again: PROACTIVE_AGAIN,
    what: 'proactive_total',
    settled: (report) => statHas(report, 'f.stat.proactive_total'),
  },
  {
    first: 'f.applications_received',
    again: APPLICATIONS_AGAIN,
    what: 'applications_received',
    settled: (report) => tableHas(report, 't3', 'new') || statHas(report, 'f.stat.applications'),
  },
  {
    first: 'f.reviews',
    again: 'f.reviews.again',
    what: 'reviews',
    settled: (report) => tableHas(report, 't4', 'review') || statHas(report, 'f.stat.reviews'),
  },
  {
    first: 'f.suits',
    again: 'f.suits.again',
    what: 'suits',
    settled: (report) =>
      (tableHas(report, 't4', 'suit_direct') && tableHas(report, 't4', 'suit_after_review')) ||
      statHas(report, 'f.stat.suits'),
  },
];

/**
 * Two counts of applications that may differ by last year's carried-over ones (新收56件, then 受理
 * 60件): they contradict each other only where both say 新收, or the text's own 上年结转 is not the
 * difference.
 */
function applicationsDiffer(report: Report, a: Fact & { value: number }, b: Fact & { value: number }) {
  const fresh = (f: Fact) => /新收/.test(f.quote);
  if (fresh(a) && fresh(b)) return true;
  const carried = factOf(report, 'f.carried_in')?.value;
  return carried != null && Math.abs(a.value - b.value) !== carried;
}

type Stated = Fact & { value: number };
const stated = (f: Fact | undefined): f is Stated => f?.value != null;

/** The pairs the rule compares on this report (see the file's comment). */
function comparable(report: Report): { first: Stated; again: Stated; what: string }[] {
  return PAIRS.flatMap(({ first: k, again: ka, what, settled }) => {
    const first = factOf(report, k);
    const again = factOf(report, ka);
    if (!stated(first) || !stated(again) || first.value === again.value || settled(report)) return [];
    if (what === 'applications_received' && !applicationsDiffer(report, first, again)) return [];
    return [{ first, again, what }];
  });
}

export const textSelfMismatch: Rule = {
  id: 'text-self-mismatch',
  severity: 'warning',
  title: '正文前后数字不一 / The text gives one figure twice, differently',
  explain:
    '正文两处陈述同一个数字（全年主动公开的信息条数，收到的申请件数，行政复议或行政诉讼的件数）却给出不同的数，至少一处有误；主动公开总数没有表格可以核对，只能与正文自己对照。表三给出本年新收申请数、表四给出复议诉讼数时，由“正文与表格矛盾”分别核对两处，不在此重复提示；一处只说新收、另一处可能连同上年结转一起计算时，只在两者之差不是正文所写的上年结转数时提示。',
  skip(report) {
    if (comparable(report).length > 0) return null;
    if (PAIRS.some((p) => stated(factOf(report, p.again))))
      return '两处数字可由表格或上年结转核对 / the table or the carried-over count settles them';
    return '正文未对同一数字给出两个不同的数 / the text does not give one figure two different values';
  },
  run(report) {
    return comparable(report).map(
      ({ first, again, what }): Finding =>
        finding(
          textSelfMismatch,
          msg('textSelfMismatch.mismatch', {
            what: msg(`textSelfMismatch.what.${what}`),
            first: shortQuote(first.quote),
            again: shortQuote(again.quote),
          }),
          [first.key, again.key],
        ),
    );
  },
};
