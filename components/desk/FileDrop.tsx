/**
 * Saved pages (.html/.htm) and Word reports (.docx) dropped or picked: each is audited like a page
 * and saved; a file that is not a report, or is corrupt, gets a plain message and is not saved.
 */
import { useState } from 'preact/hooks';
import type { Desk } from '../../utils/desk-db';
import { i18n } from '../popup/i18n';

/** One line per file handled, success or refusal. */
interface Outcome {
  name: string;
  ok: boolean;
  text: string;
}

async function handle(desk: Desk, file: File): Promise<Outcome> {
  try {
    // Loaded on first use: the .docx reader (mammoth) is most of its weight.
    const { auditFile } = await import('../../lib/desk/files');
    const r = await auditFile(file.name, await file.arrayBuffer());
    if (!r.ok) return { name: file.name, ok: false, text: i18n.t('desk.fileFailed', [file.name, r.error]) };
    await desk.save({
      url: `file:///${encodeURIComponent(file.name)}`,
      title: r.result.report.title || file.name,
      accessedAt: new Date().toISOString(),
      source: 'file',
      fileName: file.name,
      result: r.result,
      flags: [],
      snapshot: r.html,
    });
    return { name: file.name, ok: true, text: i18n.t('desk.fileSaved', [file.name]) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { name: file.name, ok: false, text: i18n.t('desk.fileFailed', [file.name, why]) };
  }
}

/** The drop zone with a file picker inside it. */
export function FileDrop({ desk, onSaved }: { desk: Desk; onSaved(): void }) {
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [over, setOver] = useState(false);
  const take = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const done: Outcome[] = [];
    // One at a time: a large .docx takes a moment and the order of messages should match the files.
    for (const f of [...files]) done.push(await handle(desk, f));
    setOutcomes(done);
    if (done.some((o) => o.ok)) onSaved();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is the mouse path; the picker inside is the keyboard one.
    <section
      class={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files ?? null);
      }}
    >
      <h2>{i18n.t('desk.files')}</h2>
      <p>
        {i18n.t('desk.filesHint')}{' '}
        <label class="file-button">
          {i18n.t('desk.pick')}
          <input
            type="file"
            data-input="files"
            multiple
            accept=".html,.htm,.docx,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const input = e.currentTarget;
              void take(input.files).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </p>
      <ul class="file-outcomes">
        {outcomes.map((o) => (
          <li key={o.name} class={o.ok ? 'outcome ok' : 'outcome error'} role={o.ok ? 'status' : 'alert'}>
            {o.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
