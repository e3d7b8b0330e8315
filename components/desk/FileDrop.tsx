/**
 * Saved pages (.html/.htm), PDFs and Word reports (.docx) dropped or picked: each is audited like a
 * page and saved (a PDF read by pdf.js in its worker, through the CLI's reader, lib/pdf/file.ts); a
 * file that is not a report, or cannot be read, gets a plain message and is not saved, and nothing
 * already on the desk changes.
 */
import { useState } from 'preact/hooks';
import type { PdfReader } from '../../lib/desk/files';
import { assertRoom } from '../../utils/desk-budget';
import type { Desk } from '../../utils/desk-db';
import { errorText } from '../lang';
import { i18n } from '../popup/i18n';

/** One line per file handled, success or refusal. */
interface Outcome {
  name: string;
  ok: boolean;
  text: string;
}

/** The PDF reader, pdf.js and all, loaded when the first PDF comes. */
const readPdf: PdfReader = async (name, bytes) => {
  const [{ loadPdfReader }, { auditPdfFile }] = await Promise.all([
    import('../../utils/pdfjs-browser'),
    import('../../lib/pdf/file'),
  ]);
  return auditPdfFile(await loadPdfReader(), name, bytes);
};

async function handle(desk: Desk, file: File): Promise<Outcome> {
  try {
    // Loaded on first use: the .docx reader (mammoth) is most of its weight.
    const { auditFile } = await import('../../lib/desk/files');
    const bytes = await file.arrayBuffer();
    const t0 = performance.now();
    const r = await auditFile(file.name, bytes, { pdf: readPdf });
    // Read and audited, not saved: what the speed checks time (test/e2e/desk-pdf.e2e.test.ts).
    performance.measure('gra:desk-file', { start: t0, detail: file.name });
    if (!r.ok) return { name: file.name, ok: false, text: i18n.t('desk.fileFailed', [file.name, r.error]) };
    await assertRoom(r.html.length);
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
    const why = errorText(e);
    return { name: file.name, ok: false, text: i18n.t('desk.fileFailed', [file.name, why]) };
  }
}

/** The drop zone with a file picker inside it. */
export function FileDrop({ desk, onSaved }: { desk: Desk; onSaved(): void }) {
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [reading, setReading] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const take = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const done: Outcome[] = [];
    // One at a time: a PDF or a large .docx takes a moment and the messages keep the files' order.
    for (const f of [...files]) {
      setReading(f.name);
      done.push(await handle(desk, f));
    }
    setReading(null);
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
        {i18n.t('desk.filesHintPdf')}{' '}
        <label class="file-button">
          {i18n.t('desk.pick')}
          <input
            type="file"
            data-input="files"
            multiple
            accept=".html,.htm,.mhtml,.mht,.pdf,.docx,.txt,text/html,text/plain,multipart/related,message/rfc822,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const input = e.currentTarget;
              void take(input.files).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </p>
      {reading !== null && (
        <p class="file-reading" role="status">
          {i18n.t('desk.fileReading', [reading])}
        </p>
      )}
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
