/** Across two years of one agency: 表二's documents in force must follow from last year's count. */
import { label, msg } from '../i18n/format';
import { address } from '../keys';
import type { Report } from '../model';
import { factOf, finding, num, same, yearAfter } from './helpers';
import type { PairRule } from './types';

// Only 规章 and 行政规范性文件 carry a stock (现行有效) from one year to the next.
const ROWS = [
  { key: 'rules', label: '规章' },
  { key: 'normative', label: '行政规范性文件' },
];

/** Two consecutive years, both of the 2021 template (the 2019 one keeps no stock of 现行有效). */
const applies = (prev: Report, next: Report): boolean =>
  prev.template === '2021' && next.template === '2021' && yearAfter(prev, next);

/** Last year's 现行有效 and this year's 制发, 废止 and 现行有效 of one row, where all four are figures. */
function figures(
  prev: Report,
  next: Report,
  row: string,
): { before: number; issued: number; repealed: number; now: number } | null {
  const before = num(prev, address('t2', row, 'in_force'));
  const issued = num(next, address('t2', row, 'issued'));
  const repealed = num(next, address('t2', row, 'repealed'));
  const now = num(next, address('t2', row, 'in_force'));
  if (before === null || issued === null || repealed === null || now === null) return null;
  return { before, issued, repealed, now };
}

/**
 * Under the 2021 template, year N+1's 现行有效件数 should be year N's plus what N+1 issued minus
 * what it repealed. A warning, not an error: documents also lapse when their validity period
 * ends, and some offices count those without listing them as 废止.
 */
export const t2Continuity: PairRule = {
  id: 't2-continuity',
  severity: 'warning',
  title: '表二现行有效件数不连续 / Documents in force do not follow from last year',
  explain:
    '2021 年新模板下，本年度「现行有效件数」应等于上一年度的「现行有效件数」加本年制发、减本年废止。不相符可能说明某一年的数字有误。',
  compares(prev, next) {
    return applies(prev, next) && ROWS.some((row) => figures(prev, next, row.key) !== null);
  },
  runPair(prev, next) {
    if (!applies(prev, next)) return [];
    return ROWS.flatMap((row) => {
      const read = figures(prev, next, row.key);
      if (read === null) return [];
      const { before, issued, repealed, now } = read;
      const expected = before + issued - repealed;
      if (same(expected, now)) return [];
      const said = msg('t2Continuity.mismatch', {
        row: label('row', `t2.${row.key}`, '2021'),
        before,
        issued,
        repealed,
        expected,
        now,
      });
      // Fewer in force than the sum: documents whose validity period ended lapse without a 废止, and
      // many offices leave them out of it. The message says so; a reader checks before printing it.
      let m =
        now < expected
          ? msg('t2Continuity.noted', {
              finding: said,
              note: msg('t2Continuity.lapsed', { gap: expected - now }),
            })
          : said;
      // The later report says its documents in force were adjusted (清理, 调整, 以本年度报告为准): quoted.
      const own = factOf(next, 'f.claim.in_force_adjusted');
      if (own)
        m = msg('t2Continuity.noted', {
          finding: m,
          note: msg('t2Continuity.explained', { quote: own.quote }),
        });
      return [
        finding(t2Continuity, m, [
          address('t2', row.key, 'in_force'),
          address('t2', row.key, 'issued'),
          address('t2', row.key, 'repealed'),
        ]),
      ];
    });
  },
};
