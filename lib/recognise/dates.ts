/**
 * Publication dates written outside the prose: in a portal's info-box table (发布日期 | 2021-01-29),
 * or standing alone under the report's heading (`[ 2022-01-28 ]`).
 */
import type { Block } from '../source';
import { fold, normLabel } from '../text';
import { normOf } from './blocktext';

const TABLE_DATE =
  /(?:发布|公开|发文)(?:日期|时间)\s*:?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** A publication date written in an info-box table (发布日期 | 2021-01-29), as a fact. */
export function tableDate<N>(blocks: Block<N>[]) {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.table.rows) {
      const text = row.map((c) => c.text.trim()).join(' ');
      const m = TABLE_DATE.exec(fold(text));
      if (m)
        return {
          value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
          quote: text.slice(m.index, m.index + m[0].length),
        };
    }
  }
  return null;
}

// Portal style only (`2022-01-28`, `[ 2022/01/28 16:26 ]`): a `（2022年1月20日）` under the title is
// the document's own date.
const BARE_DATE =
  /^[[【]?\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】]?$/;

/**
 * A date standing alone just under the report's heading (`[ 2022-01-28 ]`, `2022-01-28 16:26`), as
 * portals print the publication date without a label. Only the few blocks after the heading: a
 * date further down is the report's signature (成文) date, not its publication.
 */
export function bareDate<N>(blocks: Block<N>[], title: string) {
  const t = normLabel(title);
  if (!t) return null;
  const at = blocks.findIndex(
    (b) => b.kind === 'text' && b.text.length <= t.length + 40 && normOf(b).includes(t),
  );
  if (at < 0) return null;
  for (const b of blocks.slice(at + 1, at + 4)) {
    if (b.kind !== 'text') continue;
    const m = BARE_DATE.exec(fold(b.text).trim());
    if (m)
      return {
        value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
        quote: b.text.trim(),
        node: b.node,
      };
  }
  return null;
}
