/**
 * Which year the prose puts a figure in: `2020年…` in a 2021 report, `上年度…` and `去年…` are another
 * year's; 上年结转 is this year's carried-over applications, and 较上年 / 与2020年相比 a comparison.
 */
import { CN_YEAR, cnCount, cnYearDigits } from '../text';

// 较2020年, 比上年, 与上年相比, 同比: a comparison, not the subject's time.
const COMPARED = /(?:较|比|与|同|对比|相较)\s*$/;
/** A year, in figures or in Chinese numerals, before its 年. */
const YEAR_NUMBER = String.raw`(\d{4}|${CN_YEAR})`;
const YEAR = new RegExp(String.raw`${YEAR_NUMBER}\s*年`, 'g');
/** A year written in figures or in Chinese numerals (二〇二一). */
const yearValue = (s: string) => Number(/^\d{4}$/.test(s) ? s : cnYearDigits(s));
// 上年度, 去年, and the years before it at large (此前年度, 往年, 历年).
const LAST_YEAR = /上一?年度?|去年|前一年|此前年度|以前年度|往年|历年/g;

/** 结转 right after a year (上年结转, 2023年度结转): the carried-over applications, not a time. */
const CARRIED_AFTER = /^\s*(?:度)?(?:结转|转结|转入)/;
/** The year before the report's, named without its number (上年度, 去年). */
export const PREVIOUS = 'previous';
/** A year the text names: its number, or PREVIOUS. */
export type When = number | typeof PREVIOUS;

/** Every year `before` names as the time of what follows, with where it is named, in text order. */
function* yearsNamed(text: string): Generator<{ at: number; when: When }> {
  // A note in brackets closed before the figure (新发生行政复议案件2件(其中1件为2023年信息公开件),…;新发生
  // 行政诉讼案件1件) says nothing of the figure's time: blanked, its places kept.
  const before = text.indexOf('(') < 0 ? text : text.replace(/\([^()]*\)/g, (s) => ' '.repeat(s.length));
  const compared = (at: number) => COMPARED.test(before.slice(Math.max(0, at - 3), at));
  for (const m of before.matchAll(YEAR)) {
    const y = yearValue(m[1]!);
    // (含2023年结转13件): last year's carried-over applications, this year's to handle, name no time.
    if (CARRIED_AFTER.test(before.slice(m.index + m[0].length))) continue;
    if (y >= 1990 && y <= 2100 && !compared(m.index)) yield { at: m.index, when: y };
  }
  for (const m of before.matchAll(LAST_YEAR)) {
    // 上年结转 and 结转上年度 (the carried-over applications, this year's) name no time.
    if (CARRIED_AFTER.test(before.slice(m.index + m[0].length))) continue;
    if (/(?:结转|转结|转入)\s*$/.test(before.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (!compared(m.index)) yield { at: m.index, when: PREVIOUS };
  }
}

/**
 * True when `before` (the sentence up to a figure) names any other year than the report's. With the
 * report's year unknown, any year written counts as another.
 */
export function otherYear(before: string, year: number | null): boolean {
  // Every year it names is written with 年 (2020年, 上年度, 去年).
  if (before.indexOf('年') < 0) return false;
  for (const { when } of yearsNamed(before)) if (when !== year) return true;
  return false;
}

/**
 * The year `before` (the sentence up to a figure) last names, which is the one its figure belongs
 * to: `2019年收到申请48件，2020年收到申请` puts the figure in 2020. Null when it names none.
 */
export function figureYear(before: string): When | null {
  if (before.indexOf('年') < 0) return null;
  let last: { at: number; when: When } | null = null;
  for (const y of yearsNamed(before)) if (!last || y.at > last.at) last = y;
  return last?.when ?? null;
}

/**
 * True when a figure the text puts in `when` is of none of the report's `years` (none known: never).
 * A report may have two: its title's and its statistics period's, where they differ (year-mismatch's
 * finding); the prose is then the report's in either.
 */
export function notThisYear(when: When | null | undefined, years: readonly number[]): boolean {
  return (
    when !== null && when !== undefined && years.length > 0 && (when === PREVIOUS || !years.includes(when))
  );
}

/**
 * A part of the year: a quarter, a half, the first three quarters, or a month's or a day's share of
 * it (月均收到申请5件, 单月最多12件, 平均每月).
 */
const PART_OF_YEAR = /第?[一二三四1-4]季度|前[一二三两2-3]季度|[上下]半年|[月日周]均|每[月日周]|单月|平均/;
/** A month, or a range of months (not a date's month: 12月31日). */
const MONTHS =
  /(?:(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*(?:月份?\s*)?[-—–~～至到]\s*)?(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?!\s*(?:\d|[一二三四五六七八九十])+\s*[日号])/g;
const month = (s: string) => (/^\d/.test(s) ? Number(s) : cnCount(s));
/**
 * Up to a year's end (截至2013年底, 截止到2013年底, 到2010年底, 到年底): not 截至2022年12月底, often the year's,
 * nor 到底.
 */
export const TO_YEAR_END = /(?:截[至止]到?|到)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})?\s*(?:年底|年末)/;
/**
 * A run of years up to now: 条例实施以来, “十四五”以来, 党的十八大以来, 历年, 截至目前, 到目前, 至今, 近三年, 三年来 (not 一年来: the report's year, in
 * a report's words). 2018年以来 names its year, which otherYear and figureYear read: in a 2018 report it
 * is that year so far. A total to a year's end (本单位到2010年底累计主动公开政府信息5736条, 截止到2013年底,
 * 我局累计…: the old template's words, the years' since the first report) is the years' too, though it
 * names the report's year (not 截至2022年12月底,累计…, nor a count with no 累计 or 历年: often the year's).
 */
const RUN_OF_YEARS = new RegExp(
  String.raw`${TO_YEAR_END.source}[^;。\d]{0,16}?(?:累计|累积|历年)|` +
    /(?:实施|施行|颁布|成立|建立|开通|运行|上线|开展|换届)以来|(?:\s*(?:["“”]\s*)?十[一二三四五六七八九]?五\s*(?:["“”]\s*)?(?:规划)?(?:时期)?|十[一二三四五六七八九]?大|本届(?:政府)?)以来|累计至今|截[至止]目前|到目前|至今|迄今|近[一二两三四五六七八九十\d]+年|多年来|连续[一二两三四五六七八九十\d]+年|(?<![\d〇○零一二三四五六七八九十])(?:[二两三四五六七八九十]{1,3}|[2-9]|[1-9]\d)\s*年来/
      .source,
);
/**
 * A span of years, 2018年至2020年, 2018—2020年, 二〇一八年到二〇二〇年: its count is theirs, not the last
 * one's (the report's, often), unless the words after it name a year again.
 */
const YEAR_SPAN = new RegExp(
  String.raw`${YEAR_NUMBER}\s*年?\s*(?:至|到|[-—–~～]{1,2})\s*${YEAR_NUMBER}\s*年`,
  'g',
);
/** YEAR, once: whether a text names a year (YEAR itself is global, and keeps where it last stopped). */
const YEAR_NAMED = new RegExp(YEAR.source);
/**
 * A character every part-of-the-year or run-of-years marker holds (季度, 半年, 月, 日均, 以来, 至今,
 * 截至目前, 近三年, 连续…年, 三年来) or a span of years (至, 到, a dash).
 */
const TIME_MARK = /[季半月来今截近连均至到\-—–~～]/;
/** A count and its unit, which ends what an earlier figure's words say of time. */
const COUNTED = /\d+\s*(?:件|条|个|项|次|宗|篇|份|起)/g;

/**
 * True when `before` (the sentence up to a figure) puts the figure in part of the year (第四季度, 上半年,
 * 12月份, 1-6月) or in a run of years (条例实施以来, 截至目前), reading only the words since the last
 * count before it: `上半年收到申请30件，下半年26件，全年共收到申请56件` puts the 56 in the whole year.
 * January to December (1-12月) is the whole year. With `years` false, only part of the year counts:
 * `共新收申请56件，截至目前已办结20件` speaks of that year's applications so far.
 */
export function partOfTime(before: string, years = true): boolean {
  // Every marker holds one of these: most figures' words hold none, and are not read again.
  if (!TIME_MARK.test(before)) return false;
  let from = 0;
  for (const m of before.matchAll(COUNTED)) from = m.index + m[0].length;
  const words = from > 0 ? before.slice(from) : before;
  if (PART_OF_YEAR.test(words) || (years && RUN_OF_YEARS.test(words))) return true;
  if (years) {
    // The last span only: any before it has that one's years after it.
    let span: RegExpExecArray | undefined;
    for (const m of words.matchAll(YEAR_SPAN)) span = m;
    if (span && !YEAR_NAMED.test(words.slice(span.index + span[0].length))) return true;
  }
  if (words.indexOf('月') < 0) return false;
  for (const m of words.matchAll(MONTHS)) {
    const first = m[1] === undefined ? null : month(m[1]);
    const last = month(m[2]!);
    if (!(first === 1 && last === 12)) return true;
  }
  return false;
}
