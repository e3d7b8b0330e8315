/** The report's exports: tidy CSV, JSON, an Excel workbook, and TSV to the clipboard, each with the page's flags. */

import { useState } from 'preact/hooks';
import { toCsv, toTsv } from '../../lib/export/csv';
import { toJson } from '../../lib/export/json';
import type { PageResult } from '../../lib/model';
import { errorText } from '../lang';
import { downloadBlob, downloadText, exportName } from './download';
import { i18n } from './i18n';

/** Props: the page result with its flags already attached (PageResult.flags). */
export interface ExportsProps {
  result: Extract<PageResult, { detected: true }>;
}

/** Four buttons and a status line (announced politely to screen readers). */
export function Exports({ result }: ExportsProps) {
  const [status, setStatus] = useState('');
  const { agency, year } = result.report;
  const guard = (task: () => void | Promise<void>) => async () => {
    try {
      await task();
    } catch (e) {
      setStatus(`${i18n.t('exports.failed')} ${errorText(e)}`);
    }
  };
  const csv = guard(() => {
    downloadText(exportName(agency, year, 'csv'), toCsv([result], { flags: true }), 'text/csv;charset=utf-8');
    setStatus(i18n.t('exports.saved'));
  });
  const json = guard(() => {
    downloadText(exportName(agency, year, 'json'), toJson([result]), 'application/json');
    setStatus(i18n.t('exports.saved'));
  });
  const xlsx = guard(async () => {
    // Loaded on first use, so the popup opens without the Excel writer.
    const { toXlsxBlob } = await import('../desk/xlsx');
    downloadBlob(exportName(agency, year, 'xlsx'), await toXlsxBlob([result]));
    setStatus(i18n.t('exports.saved'));
  });
  const tsv = guard(async () => {
    await navigator.clipboard.writeText(toTsv([result], { flags: true }));
    setStatus(i18n.t('exports.copied'));
  });
  return (
    <section class="exports" aria-label={i18n.t('exports.heading')}>
      <button type="button" data-export="csv" onClick={csv}>
        {i18n.t('exports.csv')}
      </button>
      <button type="button" data-export="json" onClick={json}>
        {i18n.t('exports.json')}
      </button>
      <button type="button" data-export="xlsx" onClick={xlsx}>
        {i18n.t('exports.xlsx')}
      </button>
      <button type="button" data-export="tsv" onClick={tsv}>
        {i18n.t('exports.tsv')}
      </button>
      <span class="status" role="status">
        {status}
      </span>
    </section>
  );
}
