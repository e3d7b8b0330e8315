/** The whole dataset: tidy CSV and JSON of every saved report stacked, and the XLSX workbook. */
import { useState } from 'preact/hooks';
import type { AgencyLinks } from '../../lib/desk/agency';
import { toCsv } from '../../lib/export/csv';
import { toJson } from '../../lib/export/json';
import type { Desk } from '../../utils/desk-db';
import { errorText } from '../lang';
import { downloadBlob, downloadText } from '../popup/download';
import { i18n } from '../popup/i18n';
import { asResults, loadAll } from './results';

/** `年报核查-审核台-YYYY-MM-DD.<ext>`. */
export function datasetName(ext: string): string {
  return `年报核查-审核台-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** Three buttons and a status line. */
export function Exports({ desk, links }: { desk: Desk; links: AgencyLinks }) {
  const [status, setStatus] = useState('');
  const run = (task: () => Promise<void>) => async () => {
    try {
      await task();
      setStatus(i18n.t('desk.exported'));
    } catch (e) {
      setStatus(`${i18n.t('exports.failed')} ${errorText(e)}`);
    }
  };
  const results = async () => asResults(await loadAll(desk), links);
  return (
    <section class="desk-exports">
      <h2>{i18n.t('desk.exports')}</h2>
      <button
        type="button"
        data-export="csv"
        onClick={run(async () =>
          downloadText(datasetName('csv'), toCsv(await results(), { flags: true }), 'text/csv;charset=utf-8'),
        )}
      >
        {i18n.t('desk.csv')}
      </button>
      <button
        type="button"
        data-export="json"
        onClick={run(async () =>
          downloadText(datasetName('json'), toJson(await results()), 'application/json'),
        )}
      >
        {i18n.t('desk.json')}
      </button>
      <button
        type="button"
        data-export="xlsx"
        onClick={run(async () => {
          // Loaded on first use: the Excel writer is the desk's largest dependency.
          const { toXlsxBlob } = await import('./xlsx');
          downloadBlob(datasetName('xlsx'), await toXlsxBlob(await results()));
        })}
      >
        {i18n.t('desk.xlsx')}
      </button>
      <span class="status" role="status">
        {status}
      </span>
    </section>
  );
}
