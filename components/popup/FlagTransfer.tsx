/** Export every flag as one JSON file, or import a colleague's; a bad file changes nothing. */

import { useEffect, useState } from 'preact/hooks';
import { exportAllFlags, importFlags, loadQuarantine } from '../../utils/flags';
import { counted, errorText, say } from '../lang';
import { downloadText } from './download';
import { i18n } from './i18n';

/** Two controls and the outcome of the last import. */
export function FlagTransfer() {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [kept, setKept] = useState(0);
  useEffect(() => {
    void loadQuarantine().then((q) => setKept(q.length));
  }, []);
  const onExport = async () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`年报核查-标记-${day}.json`, await exportAllFlags(), 'application/json');
  };
  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importFlags(await file.text());
    setOutcome(
      result.ok
        ? {
            ok: true,
            text: [
              say('flagsImported', {
                flags: counted('flags', result.added),
                duplicates: counted('duplicates', result.skipped),
              }),
              ...(result.copied > 0 ? [i18n.t('flags.importedCopies', [String(result.copied)])] : []),
            ].join(' '),
          }
        : { ok: false, text: `${i18n.t('flags.importFailed')} ${errorText(result.error)}` },
    );
  };
  return (
    <section class="transfer" aria-label={i18n.t('flags.transfer')}>
      <button type="button" data-flags="export" onClick={onExport}>
        {i18n.t('flags.exportAll')}
      </button>
      <label class="file-button">
        {i18n.t('flags.import')}
        <input
          type="file"
          accept=".json,application/json"
          data-flags="import"
          onChange={(e) => onImport(e.currentTarget)}
        />
      </label>
      {kept > 0 && <p class="hint">{say('flagsQuarantined', { n: kept })}</p>}
      {outcome && (
        <p class={outcome.ok ? 'outcome ok' : 'outcome error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
