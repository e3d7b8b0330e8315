/** Fires only when the title's year differs from the stated statistics period, the publication date falls inside the report's own year (a note where the report is signed after it), or the prose puts the year's counts in the year before (all of them and none in its own, or the first sentence under a heading of the figures). */
import { list, msg } from '../i18n/format';
import { PRIOR_YEAR, PRIOR_YEAR_LEAD } from '../keys';
import type { Finding, Report } from '../model';
import { STAT_YEAR, statOtherYear } from '../recognise/stat-table';
import { titleYear } from '../text';
import { factOf, finding, shortQuote, YEAR_FROM_DATE, yearsOf } from './helpers';
import type { Rule } from './types';

function periodMismatch(report: Report): Finding[] {
  const period = factOf(report, 'f.period_year');
  const year = titleYear(report.title);
  if (period?.value == null || year === null || period.value === year) return [];
  return [
    finding(
      yearMismatch,
      msg('yearMismatch.period', { year, quote: shortQuote(period.quote), period: period.value }),
      [period.key],
    ),
  ];
}

/**
 * The 2008 form's statistics table headed with another year than the report's (2015年度 in a 2016
 * report, 2012年度 in a 2013 one): last year's table, or its header, kept. (A year made from the date
 * is no report's year to hold it to: the rule skips then.)
 */
function statYear(report: Report): Finding[] {
  const other = statOtherYear(report);
  if (!other) return [];
  return [
    finding(yearMismatch, msg('yearMismatch.statTable', { quote: other.quote, year: report.year! }), [
      other.key,
    ]),
  ];
}

function datedEarly(report: Report): Finding[] {
  const { published } = report;
  // Of the years the report may be of (its title's and its period's, where they disagree), the
  // earlier: a date after it is no proof of early publication, and the period mismatch is the
  // finding. Late publication takes the later year for the same reason.
  const years = yearsOf(report);
  if (years.length === 0 || published === null) return [];
  const year = Math.min(...years);
  // ISO dates compare as strings; a report cannot be complete on the last day of its own year.
  if (published > `${year}-12-31`) return [];
  // A report signed after its year (二○一三年三月十日 under a 2012 report the page dates 2012-03-10): the
  // page's date, not the report, is likely wrong; said as a note, not as early publication.
  const signed = factOf(report, 'f.signed');
  if (signed?.value != null && signed.value > year * 10000 + 1231)
    return [
      {
        ...finding(yearMismatch, msg('yearMismatch.signedLater', { published, year, quote: signed.quote }), [
          'f.published',
          'f.signed',
        ]),
        severity: 'info',
      },
    ];
  return [finding(yearMismatch, msg('yearMismatch.early', { published, year }), ['f.published'])];
}

/**
 * The prose's main counts, each put in the year before the report's, none in its own (PRIOR_YEAR facts,
 * lib/recognise/facts.ts priorYearCounts): last year's text kept, or the year miswritten.
 */
function priorYearText(report: Report): Finding[] {
  const prior = report.facts.filter((f) => f.key.startsWith(PRIOR_YEAR));
  if (prior.length === 0 || report.year === null) return [];
  const quotes = list(
    prior.slice(0, 2).map((f) => msg('textClaimMismatch.quoted', { x: shortQuote(f.quote) })),
  );
  const kinds = list(prior.map((f) => msg(`yearMismatch.prior.${f.key.slice(PRIOR_YEAR.length)}`)));
  return [
    finding(
      yearMismatch,
      msg('yearMismatch.priorText', {
        year: report.year,
        prior: report.year - 1,
        kinds,
        quotes,
        n: prior.length,
      }),
      prior.map((f) => f.key),
    ),
  ];
}

/**
 * The first sentence under a heading of the figures written in the year before (PRIOR_YEAR_LEAD facts,
 * lib/recognise/prior-lead.ts): one finding each; none where priorYearText already names the year's counts.
 */
function priorYearLead(report: Report): Finding[] {
  if (report.year === null) return [];
  return report.facts
    .filter((f) => f.key === PRIOR_YEAR_LEAD)
    .map((f) =>
      finding(
        yearMismatch,
        msg('yearMismatch.priorLead', {
          heading: shortQuote(f.label ?? ''),
          prior: report.year! - 1,
          quote: f.quote,
          year: report.year!,
        }),
        [f.key],
      ),
    );
}

/** Fires on a title year that differs from the statistics period, a date inside the report year, or the prose's counts (or a heading's first sentence) put in the year before. */
export const yearMismatch: Rule = {
  id: 'year-mismatch',
  severity: 'warning',
  title: '年份不一致 / Year mismatch',
  explain:
    '标题中的年度与正文统计期限的年份不一致，报告在所报告年度结束之前就已发布，或正文把本年度的统计数字都写在上一年名下（全部数字，或统计数字标题下的第一句），或 2008 年格式的统计表把数字一栏标为另一年度：往往是沿用了上一年的文稿，数字可能也未更新。',
  skip(report, ctx) {
    // A year made from the date: neither the date nor the text's years can be held to it.
    if (ctx.yearFromDate) return YEAR_FROM_DATE;
    // Two checks: the title against the period, the date against the year; skipped only if neither can run.
    const period = factOf(report, 'f.period_year')?.value ?? null;
    const byPeriod = period !== null && titleYear(report.title) !== null;
    const byDate = report.year !== null && report.published !== null;
    const byText =
      report.year !== null &&
      report.facts.some((f) => f.key.startsWith(PRIOR_YEAR) || f.key === PRIOR_YEAR_LEAD);
    // The 2008 form's statistics table headed with a year: that year against the report's.
    const byStat = report.year !== null && factOf(report, STAT_YEAR)?.value != null;
    if (byPeriod || byDate || byText || byStat) return null;
    if (report.year === null) return '年度未识别 / report year not found';
    return '发布日期未识别 / publication date not found';
  },
  run(report) {
    const prior = priorYearText(report);
    return [
      ...periodMismatch(report),
      ...statYear(report),
      ...datedEarly(report),
      ...prior,
      ...(prior.length ? [] : priorYearLead(report)),
    ];
  },
};
