/**
 * Fires only when, in the 2008 form's statistics table (recognise/stat-table.ts), the parts a row lists
 * (受理…申请总数: 当面, 传真, 电子邮件, 网上, 信函, 其他; 对申请的答复总数: 同意公开, 同意部分公开, 否决公开,
 * 其他; the later form's reviews and suits: 维持, 纠错, 其他情形; its 申请办结数: 按时, 延期) add up to more
 * than the row, or, where they are all of it and every one was read, to less: a list that ends with its
 * catch-all (其他形式申请数, 其他类型答复数, 其他情形数), and 申请办结数's two, since a closed application
 * was closed either on time or late. Otherwise the parts need not be all (a table may leave out
 * 电子邮件), so a smaller sum says nothing. 主动公开's channels are never summed: other channels exist.
 */
import { msg } from '../i18n/format';
import type { Fact, Finding, Report } from '../model';
import { STAT_ANSWERS, STAT_CLOSED, statPartIndex, statParts, statRow } from '../recognise/stat-table';
import { factOf, finding, same, sumText, total } from './helpers';
import type { Rule } from './types';

/** The rows whose parts are summed, each with its parts' key prefix (stat-table.ts's PARTS). */
const WHOLES = ['f.stat.applications', STAT_ANSWERS, STAT_CLOSED, 'f.stat.reviews', 'f.stat.suits'];

/** A part that stands for all the others (其他形式申请数, 其它类型答复数): with it, the parts are all. */
const CATCH_ALL = /^其[他它]/;
/** 申请办结数's parts in the form's order, which are all of it: 按时办结数, 延期办结数. */
const ON_TIME_LATE = [/^按时/, /^延期/];

/** Why the rule has nothing to check: no statistics table with parts was read. */
export const NO_STAT_PARTS =
  '未读到列出分项的 2008 年格式统计表 / no 2008-form statistics table listing parts was read';

type Stated = Fact & { value: number };

/** A row's parts read, in their order (part 1, 2, …), and whether they are all of it. */
function partsOf(report: Report, whole: string): { read: Stated[]; all: boolean } {
  const read = statParts(report, whole);
  // Every part from 1 on was read, the last the catch-all (or, for 申请办结数, 按时 then 延期): the
  // parts are the whole.
  const inTurn = read.length > 0 && read.every((p, i) => statPartIndex(p.key) === i + 1);
  const all =
    inTurn &&
    (whole === STAT_CLOSED
      ? read.length === ON_TIME_LATE.length && read.every((p, i) => ON_TIME_LATE[i]!.test(statRow(p)))
      : CATCH_ALL.test(statRow(read[read.length - 1]!)));
  return { read, all };
}

function check(report: Report, key: string): Finding | null {
  const whole = factOf(report, key);
  if (whole?.value == null) return null;
  const { read, all } = partsOf(report, key);
  if (read.length === 0) return null;
  const sum = total(read.map((p) => p.value));
  if (same(sum, whole.value) || (sum < whole.value && !all)) return null;
  // The rows as the page words them: quoted where the message is not Chinese.
  const terms = read.map((p) => ({ label: msg('pageText', { x: statRow(p) }), value: p.value }));
  const under = key === STAT_CLOSED ? 'statPartSum.underClosed' : 'statPartSum.under';
  const m = msg(sum > whole.value ? 'statPartSum.over' : under, {
    row: statRow(whole),
    value: whole.value,
    parts: sumText(terms, true),
    other: statRow(read[read.length - 1]!),
  });
  // The row and the parts that make the sum (a zero part marked red would point at nothing).
  const cells = [key, ...read.filter((p) => !same(p.value, 0)).map((p) => p.key)];
  return finding(statPartSum, m, cells);
}

export const statPartSum: Rule = {
  id: 'stat-part-sum',
  severity: 'error',
  title: '统计表分项之和不符 / The statistics table’s parts do not add up',
  explain:
    '2018 年及以前按 2008 年格式编写的报告，其《政府信息公开情况统计表》中「受理申请总数」下列出各种申请方式，「对申请的答复总数」下列出各类答复，2014 年起的统计表在「行政复议数量」「行政诉讼数量」下列出维持、纠错、其他情形，在「申请办结数」下列出按时办结、延期办结：各项之和不应大于总数；列出「其他」一项时，以及按时与延期办结两项，各项之和应等于总数。主动公开的各渠道（网站、政府公报等）不在此列：还有公开栏等其他渠道。',
  skip(report) {
    return WHOLES.some((k) => factOf(report, k)?.value != null && partsOf(report, k).read.length > 0)
      ? null
      : NO_STAT_PARTS;
  },
  run(report) {
    const out: Finding[] = [];
    for (const key of WHOLES) {
      const f = check(report, key);
      if (f) out.push(f);
    }
    return out;
  },
};
