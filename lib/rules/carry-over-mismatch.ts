/** Across two years of one agency: what year N carried out must be what year N+1 carried in. */
import { label, msg } from '../i18n/format';
import { address, T3_COLUMNS } from '../keys';
import { factOf, finding, num, same, where, yearAfterOrUnknown } from './helpers';
import type { PairRule } from './types';

/**
 * Per 表三 column, year N's 结转下年度 against year N+1's 上年结转. The finding is filed under the
 * later report, so it names that report's cell only; the earlier figure is in the message.
 */
export const carryOverMismatch: PairRule = {
  id: 'carry-over-mismatch',
  severity: 'error',
  title: '跨年结转不一致 / Carry-over differs between years',
  explain:
    '上一年度报告表三的「结转下年度继续办理」应等于本年度报告的「上年结转政府信息公开申请数量」。不一致说明有申请在两年之间消失或凭空出现。',
  compares(prev, next) {
    return (
      yearAfterOrUnknown(prev, next) &&
      T3_COLUMNS.some(
        (c) =>
          num(prev, address('t3', 'carried_out', c.key)) !== null &&
          num(next, address('t3', 'carried_in', c.key)) !== null,
      )
    );
  },
  runPair(prev, next) {
    if (!yearAfterOrUnknown(prev, next)) return [];
    const py = prev.year ?? msg('carryOver.prevUnknown');
    const ny = next.year ?? msg('carryOver.nextUnknown');
    return T3_COLUMNS.flatMap((c) => {
      const out = num(prev, address('t3', 'carried_out', c.key));
      const inn = num(next, address('t3', 'carried_in', c.key));
      if (out === null || inn === null || same(out, inn)) return [];
      const place = where('t3', label('col', address('t3', 'new', c.key)), '列');
      const m = msg('carryOver.mismatch', { where: place, prev: py, out, next: ny, in: inn });
      const cells = [address('t3', 'carried_in', c.key)];
      // The later report says its carry-over was adjusted (统计口径调整, 更正): the difference is
      // explained, not hidden, so no error; still a warning, with the report's own words, to be weighed.
      const said = factOf(next, 'f.claim.carry_adjusted');
      if (!said) return [finding(carryOverMismatch, m, cells)];
      const explained = msg('carryOver.explained', { finding: m, quote: said.quote });
      return [finding({ id: carryOverMismatch.id, severity: 'warning' }, explained, cells)];
    });
  },
};
