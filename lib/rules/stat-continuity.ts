/**
 * Across two years of one agency's reports of the 2008 form: the statistics table's running total of
 * proactive disclosure (主动公开信息数 · 历年累计) must be last year's plus this year's. A warning, as
 * t2-continuity's is: a body merged or renamed may start its count again. Where the text's own figure
 * for the year makes the running total agree, it says so: the table's column for the year is then the
 * likelier slip (环境与国土资源局 2017: 1294 + 626 ≠ 2027, but 1294 + 733, the text's figure, is).
 */
import { msg } from '../i18n/format';
import type { Fact, Report } from '../model';
import { STAT_CUMULATIVE, statOtherYear, statRow } from '../recognise/stat-table';
import { factOf, finding, same, shortQuote, yearAfter } from './helpers';
import type { PairRule } from './types';

const THIS_YEAR = 'f.stat.proactive_total';

type Stated = Fact & { value: number };
const figure = (f: Fact | undefined): f is Stated => f?.value != null;

/** Last year's running total, this year's figure and running total, where the two tables give them. */
function figures(prev: Report, next: Report): { before: Stated; value: Stated; now: Stated } | null {
  if (!yearAfter(prev, next)) return null;
  // A table headed with another year may be that year's (year-mismatch says so): not carried on.
  if (statOtherYear(prev) || statOtherYear(next)) return null;
  const before = factOf(prev, STAT_CUMULATIVE);
  const value = factOf(next, THIS_YEAR);
  const now = factOf(next, STAT_CUMULATIVE);
  return figure(before) && figure(value) && figure(now) ? { before, value, now } : null;
}

export const statContinuity: PairRule = {
  id: 'stat-continuity',
  severity: 'warning',
  title: '统计表历年累计不连续 / The statistics table’s running total does not follow from last year',
  explain:
    '2018 年及以前按 2008 年格式编写的报告，其《政府信息公开情况统计表》中主动公开信息数的「历年累计」应等于上一年度报告的历年累计加本年数。不相符说明某一年的数字有误（机构合并、更名后重新起算的除外）。',
  compares(prev, next) {
    return figures(prev, next) !== null;
  },
  runPair(prev, next) {
    const read = figures(prev, next);
    if (!read) return [];
    const { before, value, now } = read;
    const expected = before.value + value.value;
    if (same(expected, now.value)) return [];
    const said = msg('statContinuity.mismatch', {
      row: statRow(value),
      prev: prev.year!,
      before: before.value,
      value: value.value,
      expected,
      now: now.value,
    });
    // The text's figure for the year, where it is the one the running totals agree with.
    const text = factOf(next, 'f.proactive_total');
    const agrees = figure(text) && !text.rough && same(before.value + text.value, now.value);
    // A running total that stops at last year (农村发展局 2017: 74, its 2016 figure; 2018: 181 = 74 + 107):
    // the table's 历年累计 leaves out the year it is of, which the reader should weigh before printing.
    const last = factOf(prev, THIS_YEAR);
    const lags = !agrees && figure(last) && same(before.value + last.value, now.value);
    const note = agrees
      ? msg('statContinuity.textAgrees', { quote: shortQuote(text.quote), value: text.value })
      : lags
        ? msg('statContinuity.lagging', { now: now.value, before: before.value, last: last.value })
        : null;
    const m = note ? msg('statContinuity.noted', { finding: said, note }) : said;
    return [finding(statContinuity, m, [THIS_YEAR, STAT_CUMULATIVE, ...(agrees ? [text.key] : [])])];
  },
};
