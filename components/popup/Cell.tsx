/** One figure of a table as the popup shows it: the value (or the raw text), its marks and a tooltip. */

import type { Report } from '../../lib/model';
import { cellName } from '../lang';
import { i18n } from './i18n';
import type { CellMarks } from './marks';

/** Props: the address, the report it belongs to, and its marks if any. */
export interface CellProps {
  addr: string;
  report: Report;
  marks: CellMarks | undefined;
}

/** A `<td>` with the value; blank, missing, flagged and finding states are classes, never markup. */
export function Cell({ addr, report, marks }: CellProps) {
  const cell = report.cells[addr];
  const text = cell === undefined ? '' : cell.value !== null ? String(cell.value) : cell.raw;
  const classes = ['v'];
  if (cell === undefined) classes.push('missing');
  else if (cell.value === null) classes.push('blank');
  if (marks?.severity) classes.push(marks.severity);
  if (marks && marks.notes.length > 0) classes.push('flagged');
  const tip = [cellName(addr, report.template), addr];
  if (cell === undefined) tip.push(i18n.t('table.missing'));
  else if (cell.value === null || cell.raw.trim() !== String(cell.value))
    tip.push(`${i18n.t('table.raw')}${cell.raw}`);
  for (const m of marks?.messages ?? []) tip.push(`• ${m}`);
  for (const n of marks?.notes ?? []) tip.push(`⚑ ${n}`);
  return (
    <td class={classes.join(' ')} data-address={addr} title={tip.join('\n')}>
      {text}
      {marks && marks.notes.length > 0 && (
        <span class="flag-mark" role="img" aria-label={i18n.t('flags.flagged')}>
          ⚑
        </span>
      )}
    </td>
  );
}
