/**
 * Fires only when the text's 主动公开 total differs from the sum of the parts listed right after it:
 * any difference after 分别 (every part listed), only a sum past the total after 其中 or 包括 (some).
 */
import { msg } from '../i18n/format';
import type { Fact } from '../model';
import { PUBLICATION_CHANNEL } from '../text';
import { finding, same, sumText, total } from './helpers';
import type { Rule } from './types';

const PART = /^f\.proactive_parts\.(\d+)$/;

/** The listed parts in the order the text gives them. */
function parts(facts: Fact[]): Fact[] {
  const index = (f: Fact) => Number(PART.exec(f.key)?.[1]);
  return facts.filter((f) => PART.test(f.key)).sort((a, b) => index(a) - index(b));
}

/**
 * Counts by where they were published (其中门户网站公开1000条，政务新媒体公开800条): one item goes
 * out on several channels, so they need not add up to the total. Where they do, the check has held.
 */
const overlapping = (whole: number, listed: Fact[]) =>
  listed.some((p) => PUBLICATION_CHANNEL.test(p.label ?? '')) &&
  !same(total(listed.map((p) => p.value ?? 0)), whole);

/** Fires when 主动公开 N 条 differs from the sum of the 其中 … parts that follow it. */
export const textPartSum: Rule = {
  id: 'text-part-sum',
  severity: 'warning',
  title: '正文分项之和不符 / Text parts do not add up',
  explain:
    '正文先给出主动公开信息总数，再列出各类信息的条数；各项之和与总数不一致时，至少有一个数字有误（也可能只列举了部分类别）。按发布渠道（网站、微博、微信等）列出的条数可能重叠，不核对。',
  skip(report) {
    const whole = report.facts.find((f) => f.key === 'f.proactive_total');
    const listed = parts(report.facts);
    if (!whole) return '正文未陈述主动公开总数 / the text states no proactive-disclosure total';
    if (listed.length < 2) return '正文未列出分项 / the text lists no parts of the total';
    if (whole.value === null || listed.some((p) => p.value === null))
      return '正文数字缺失 / a figure is missing from the text';
    if (overlapping(whole.value, listed))
      return '正文所列为发布渠道，同一信息可在多个渠道发布，各项不必相加等于总数 / the parts are publication channels, which overlap';
    return null;
  },
  run(report) {
    const whole = report.facts.find((f) => f.key === 'f.proactive_total');
    const listed = parts(report.facts);
    // A part without a number is text-blank-number's finding; summing the rest would mislead.
    if (whole?.value == null || listed.length < 2 || listed.some((p) => p.value === null)) return [];
    if (overlapping(whole.value, listed)) return [];
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
      finding(textPartSum, msg('textPartSum.mismatch', { whole: whole.value, sum: sumText(terms) }), [
        whole.key,
        ...listed.map((p) => p.key),
      ]),
    ];
  },
};
