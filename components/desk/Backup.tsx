/** The whole desk as one file, and back: an import that finds anything wrong changes nothing. */
import { useState } from 'preact/hooks';
import type { Desk } from '../../utils/desk-db';
import { downloadText } from '../popup/download';
import { i18n } from '../popup/i18n';
import { datasetName } from './Exports';

/** Export, import and clear, with the outcome in words. */
export function Backup({ desk, count, onChanged }: { desk: Desk; count: number; onChanged(): void }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const restore = async (file: File) => {
    const r = await desk.importBackup(await file.text());
    setOutcome(
      r.ok
        ? {
            ok: true,
            text: i18n.t('desk.backupDone', [String(r.added), String(r.replaced), String(r.skipped)]),
          }
        : { ok: false, text: `${i18n.t('desk.backupFailed')} ${r.error}` },
    );
    if (r.ok) onChanged();
  };
  const clear = async () => {
    if (!confirm(i18n.t('desk.confirmClear'))) return;
    for (const s of await desk.list()) await desk.remove(s.id);
    onChanged();
  };
  return (
    <section class="desk-backup">
      <h2>{i18n.t('desk.backup')}</h2>
      <button
        type="button"
        data-backup="export"
        onClick={async () =>
          downloadText(
            datasetName('backup.json').replace('审核台', '审核台备份'),
            await desk.exportBackup(),
            'application/json',
          )
        }
      >
        {i18n.t('desk.backupExport')}
      </button>
      <label class="file-button">
        {i18n.t('desk.backupImport')}
        <input
          type="file"
          data-input="backup"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void restore(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      <button type="button" class="danger" data-backup="clear" disabled={count === 0} onClick={clear}>
        {i18n.t('desk.clear')}
      </button>
      {outcome && (
        <p class={outcome.ok ? 'outcome ok' : 'outcome error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
