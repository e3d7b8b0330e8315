/**
 * The whole desk as one file, and back. An import is shown before it is written (what it adds and
 * merges; it never removes or replaces anything), and the last import can be undone.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ImportCounts } from '../../utils/desk-backup';
import type { Desk } from '../../utils/desk-db';
import { errorText } from '../lang';
import { downloadText } from '../popup/download';
import { i18n } from '../popup/i18n';
import { datasetName } from './Exports';

type Outcome = { ok: boolean; text: string };

/** Whether an import would write anything at all. */
function changes(c: ImportCounts): boolean {
  return c.added + c.merged + c.links > 0;
}

/** The lines of the confirmation (and of the outcome): only the counts that are not zero. */
function lines(c: ImportCounts): string[] {
  const out: string[] = [];
  if (c.added > 0) out.push(i18n.t('desk.importAdded', c.added, [String(c.added)]));
  if (c.merged > 0) out.push(i18n.t('desk.importMerged', c.merged, [String(c.merged), String(c.flags)]));
  if (c.copied > 0) out.push(i18n.t('desk.importCopied', c.copied, [String(c.copied)]));
  if (c.snapshots > 0) out.push(i18n.t('desk.importSnapshots', c.snapshots, [String(c.snapshots)]));
  if (c.links > 0) out.push(i18n.t('desk.importLinks', c.links, [String(c.links)]));
  if (c.unchanged > 0) out.push(i18n.t('desk.importUnchanged', c.unchanged, [String(c.unchanged)]));
  if (c.keptLocal > 0) out.push(i18n.t('desk.importKeptLocal', c.keptLocal, [String(c.keptLocal)]));
  return out;
}

/** `HH:MM` Beijing time, as the desk's other times. */
function clock(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Export, import (after a confirmation), undo the last import, and clear, with the outcome in words. */
export function Backup({ desk, count, onChanged }: { desk: Desk; count: number; onChanged(): void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<{ name: string; text: string; counts: ImportCounts } | null>(null);
  const [last, setLast] = useState<{ at: string; counts: ImportCounts } | null>(null);
  const [busy, setBusy] = useState(false);
  const readLast = useCallback(() => {
    void desk.lastImport().then(setLast);
  }, [desk]);
  useEffect(readLast, [readLast]);

  const failed = (error: string) =>
    setOutcome({ ok: false, text: `${i18n.t('desk.backupFailed')} ${error}` });
  const choose = async (file: File) => {
    setOutcome(null);
    setPending(null);
    const text = await file.text();
    const r = await desk.previewImport(text);
    if (!r.ok) return failed(r.error);
    if (!changes(r)) {
      setOutcome({ ok: true, text: [i18n.t('desk.importNothing'), ...lines(r)].join(' ') });
      return;
    }
    setPending({ name: file.name, text, counts: r });
  };
  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    const r = await desk.importBackup(pending.text);
    setBusy(false);
    setPending(null);
    if (!r.ok) return failed(r.error);
    setOutcome({ ok: true, text: [i18n.t('desk.importDone'), ...lines(r)].join(' ') });
    readLast();
    onChanged();
  };
  const undo = async () => {
    setBusy(true);
    const r = await desk.undoImport();
    setBusy(false);
    setOutcome(
      r.ok
        ? { ok: true, text: i18n.t('desk.undone') }
        : { ok: false, text: `${i18n.t('desk.undoFailed')} ${errorText(r.error)}` },
    );
    readLast();
    if (r.ok) onChanged();
  };
  const clear = async () => {
    if (!window.confirm(i18n.t('desk.confirmClear'))) return;
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
            if (file) void choose(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      {last && (
        <button type="button" data-backup="undo" disabled={busy} onClick={undo}>
          {i18n.t('desk.undoImport')}
        </button>
      )}
      <button type="button" class="danger" data-backup="clear" disabled={count === 0} onClick={clear}>
        {i18n.t('desk.clear')}
      </button>
      {last && <p class="hint undo-hint">{i18n.t('desk.undoHint', [clock(last.at)])}</p>}
      {pending && (
        <fieldset class="import-confirm">
          <legend>{i18n.t('desk.importConfirmTitle')}</legend>
          <p class="import-file">{pending.name}</p>
          <ul>
            {lines(pending.counts).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <p class="import-safe">{i18n.t('desk.importNothingRemoved')}</p>
          <button type="button" class="primary" data-import="confirm" disabled={busy} onClick={confirm}>
            {i18n.t('desk.importConfirm')}
          </button>
          <button type="button" data-import="cancel" disabled={busy} onClick={() => setPending(null)}>
            {i18n.t('desk.importCancel')}
          </button>
        </fieldset>
      )}
      {outcome && (
        <p class={outcome.ok ? 'outcome ok' : 'outcome error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
