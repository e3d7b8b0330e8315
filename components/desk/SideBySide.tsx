/** Two years of one agency cell by cell, the cells that changed marked (and filterable). */
import { useMemo, useState } from 'preact/hooks';
import { diffReports } from '../../lib/desk/diff';
import type { SavedReport } from '../../lib/desk/model';
import { i18n } from '../popup/i18n';

/** Props: the earlier and the later report, and how to close the view. */
export interface SideBySideProps {
  a: SavedReport;
  b: SavedReport;
  onClose(): void;
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** The comparison table: label, address, year A, year B. */
export function SideBySide({ a, b, onClose }: SideBySideProps) {
  const [onlyChanged, setOnlyChanged] = useState(false);
  const rows = useMemo(() => diffReports(a.result.report, b.result.report), [a, b]);
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;
  const ya = a.result.report.year ?? '?';
  const yb = b.result.report.year ?? '?';
  return (
    <section class="side-by-side" aria-label={i18n.t('desk.sideBySide')}>
      <h2>
        {i18n.t('desk.sideBySide')}：{a.result.report.agency ?? ''} {ya} / {yb}{' '}
        <button type="button" onClick={onClose}>
          {i18n.t('desk.back')}
        </button>
      </h2>
      <label>
        <input
          type="checkbox"
          checked={onlyChanged}
          onChange={(e) => setOnlyChanged(e.currentTarget.checked)}
        />
        {i18n.t('desk.onlyChanged')}
      </label>
      <table class="tpl diff">
        <thead>
          <tr>
            <th>{i18n.t('desk.cell')}</th>
            <th>{ya}</th>
            <th>{yb}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.address} class={r.changed ? 'changed' : ''} data-address={r.address}>
              <th scope="row" class="label" title={r.address}>
                {r.label}
              </th>
              <td class="v">{show(r.a)}</td>
              <td class="v">
                {show(r.b)}
                {r.changed && <span class="changed-mark"> ●</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
