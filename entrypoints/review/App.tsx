/**
 * The review view: a PDF (or .docx) report drawn in an extension page, with the same marks over the
 * cells the findings name as on a web page, their tooltips, the findings (click one: the page
 * scrolls to its cells and they pulse), the checks, flags typed here and kept like a page's, the
 * exports and 保存到审核台. The file comes from the background (?file=, an attachment or the PDF
 * of a tab) or is picked here.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Checklist } from '../../components/Checklist';
import { FlagEditor } from '../../components/FlagEditor';
import { cellName, errorText, findingText, ruleText, uiLang } from '../../components/lang';
import { type TipState, Tooltip } from '../../components/panel/Tooltip';
import { Exports } from '../../components/popup/Exports';
import { Findings } from '../../components/popup/Findings';
import { FlagList, withOrphans } from '../../components/popup/FlagList';
import { usePageFlags } from '../../components/popup/hooks';
import { i18n } from '../../components/popup/i18n';
import { openDeskTab } from '../../components/popup/SaveToDesk';
import { Summary } from '../../components/popup/Summary';
import { TableView } from '../../components/popup/TableView';
import { half } from '../../lib/checks';
import { assertRoom } from '../../utils/desk-budget';
import { openDesk } from '../../utils/desk-db';
import { FLAGGED_CLASS } from '../../utils/mark-style';
import { loadPdfjs } from '../../utils/pdfjs-browser';
import { getReviewFile, putReviewFile, type ReviewFile, reviewPath } from '../../utils/review-files';
import { type Opened, openDocument } from './open';

type Load =
  | { kind: 'none' }
  | { kind: 'loading'; name: string }
  | { kind: 'failed'; message: string; file: ReviewFile | null }
  | { kind: 'ready'; file: ReviewFile; opened: Opened };

const MARKED = `[data-audit-severity],[data-audit-quiet],.${FLAGGED_CLASS}`;

/** The address of the page the flags of this file belong to: the file's own address. */
const flagsKey = (file: ReviewFile) => file.url;

/** Reads a picked file into the store (so a reload finds it) and moves the page onto it. */
async function pick(f: File): Promise<string> {
  const kind = /\.pdf$/i.test(f.name) ? 'pdf' : /\.docx$/i.test(f.name) ? 'docx' : null;
  if (!kind) throw new Error(i18n.t('review.pickType'));
  const id = await putReviewFile({
    url: `file:///${encodeURIComponent(f.name)}`,
    name: f.name,
    kind,
    bytes: await f.arrayBuffer(),
  });
  history.replaceState(null, '', reviewPath(id));
  return id;
}

/** The whole review page. */
export function App() {
  const docRef = useRef<HTMLDivElement>(null);
  const [load, setLoad] = useState<Load>({ kind: 'none' });
  const [tip, setTip] = useState<TipState | null>(null);
  const [editing, setEditing] = useState<{
    address: string;
    quote: string;
    page: number | undefined;
    key: number;
  } | null>(null);
  const [note, setNote] = useState('');
  const [deskStatus, setDeskStatus] = useState('');
  const ready = load.kind === 'ready' ? load : null;
  const pageUrl = ready ? flagsKey(ready.file) : null;
  const result = ready?.opened.result ?? null;
  const flags = withOrphans(usePageFlags(pageUrl), result);

  const open = async (id: string) => {
    setLoad({ kind: 'loading', name: '' });
    const file = await getReviewFile(id).catch(() => null);
    if (!file) {
      setLoad({ kind: 'failed', message: i18n.t('review.gone'), file: null });
      return;
    }
    setLoad({ kind: 'loading', name: file.name });
    document.title = `${file.name} · ${i18n.t('review.title')}`;
    try {
      const opened = await openDocument(docRef.current!, file);
      setLoad({ kind: 'ready', file, opened });
    } catch (e) {
      setLoad({ kind: 'failed', message: e instanceof Error ? e.message : String(e), file });
    }
  };

  useEffect(() => {
    const id = new URLSearchParams(location.search).get('file');
    // Most files are PDFs: pdf.js and its worker load while the file is read (or picked).
    void loadPdfjs().catch(() => undefined);
    if (id) void open(id);
  }, []);

  // The flagged cells carry the flag class, as on a web page.
  useEffect(() => {
    ready?.opened.marks.setFlags(flags.filter((f) => !f.orphan));
  }, [ready, flags.map((f) => f.id).join()]);

  // Hover or focus on a marked cell: its tooltip (the findings' arithmetic; the note stays in the list).
  useEffect(() => {
    const host = docRef.current;
    if (!host || !ready) return;
    const a = ready.opened;
    const tipFor = (el: Element): TipState | null => {
      const info = a.marks.cells.get(el);
      if (!info || !result?.detected) return null;
      const lines = info.findings.map((i) => {
        const f = result.findings[i]!;
        return {
          severity: f.severity,
          title: `${ruleText(f.rule).title} · ${f.rule}`,
          message: findingText(f),
        };
      });
      const flagged = flags.some((f) => f.address !== null && info.addresses.includes(f.address));
      if (lines.length === 0 && !flagged) return null;
      const r = el.getBoundingClientRect();
      const first = info.addresses[0] ?? '';
      const page = a.pageOf(el);
      return {
        rect: { left: r.left, top: r.top, bottom: r.bottom },
        label: `${cellName(first, result.report.template)}${page ? ` · ${i18n.t('review.page', [String(page)])}` : ''} · ${info.addresses.join(' ')}`,
        lines,
        flagged,
      };
    };
    let current: Element | null = null;
    const show = (t: EventTarget | null) => {
      const el = t instanceof Element ? t.closest(MARKED) : null;
      if (el === current) return;
      current = el;
      setTip(el ? tipFor(el) : null);
    };
    const hide = () => {
      current = null;
      setTip(null);
    };
    const onOver = (e: Event) => show(e.target);
    const onClick = (e: Event) => {
      const el = e.target instanceof Element ? e.target.closest('[data-audit-address]') : null;
      if (!el || !result?.detected) return;
      const address = el.getAttribute('data-audit-address')!.split(' ')[0]!;
      const cell = result.report.cells[address];
      const fact = result.report.facts.find((f) => f.key === address);
      setEditing({ address, quote: cell?.raw ?? fact?.quote ?? '', page: a.pageOf(el), key: Date.now() });
    };
    host.addEventListener('mouseover', onOver);
    host.addEventListener('focusin', onOver);
    host.addEventListener('mouseleave', hide);
    host.addEventListener('focusout', hide);
    host.addEventListener('click', onClick);
    // A marked cell is a Tab stop (the marks make it one): Enter flags it, as a click does.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.target instanceof Element && e.target.matches('[data-audit-address]'))
        onClick(e);
    };
    host.addEventListener('keydown', onKey);
    // Scrolling moves the cell: the card follows it (once a frame), and goes when the cell leaves the window.
    let frame = 0;
    const follow = () => {
      if (!current || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const r = current?.getBoundingClientRect();
        if (!current || !r || r.bottom < 0 || r.top > window.innerHeight) hide();
        else setTip(tipFor(current));
      });
    };
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      host.removeEventListener('mouseover', onOver);
      host.removeEventListener('focusin', onOver);
      host.removeEventListener('mouseleave', hide);
      host.removeEventListener('focusout', hide);
      host.removeEventListener('click', onClick);
      host.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', follow);
      cancelAnimationFrame(frame);
    };
  }, [ready, flags]);

  const focusAddress = (address: string) => {
    const f = { rule: 'flag', severity: 'info' as const, message: '', cells: [address] };
    setNote(ready?.opened.marks.focus(f) ? '' : i18n.t('checks.notOnPage'));
  };

  const saveToDesk = async () => {
    if (!ready || !result?.detected) return;
    try {
      await assertRoom(ready.opened.snapshot.length);
      const desk = await openDesk();
      const picked = ready.file.url.startsWith('file:');
      await desk.save({
        url: ready.file.url,
        title: result.report.title || ready.file.name,
        accessedAt: new Date().toISOString(),
        source: picked ? 'file' : 'page',
        ...(picked ? { fileName: ready.file.name } : {}),
        result: { ...result, flags },
        flags,
        snapshot: ready.opened.snapshot,
      });
      setDeskStatus(i18n.t('desk.saved'));
    } catch (e) {
      setDeskStatus(`${i18n.t('desk.saveFailed')} ${errorText(e)}`);
    }
  };

  let side = null;
  if (load.kind === 'none')
    side = (
      <section class="review-pick">
        <p>{i18n.t('review.pickHint')}</p>
        <label class="file-button">
          {i18n.t('desk.pick')}
          <input
            type="file"
            data-input="review-file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f)
                void pick(f).then(open, (err: unknown) =>
                  setLoad({ kind: 'failed', message: String((err as Error)?.message ?? err), file: null }),
                );
            }}
          />
        </label>
      </section>
    );
  else if (load.kind === 'loading') side = <p class="loading">{i18n.t('review.loading')}</p>;
  else if (load.kind === 'failed')
    side = (
      <p class="error" role="alert" data-state="failed">
        {half(load.message, uiLang())}
      </p>
    );
  else if (result && !result.detected)
    side = (
      <section class="not-report" data-state="notReport">
        <p class="plain">{i18n.t('notReport.message')}</p>
        {result.reason && <p class="reason">{half(result.reason, uiLang())}</p>}
      </section>
    );
  else if (ready && result?.detected) {
    const full = { ...result, flags };
    side = (
      <>
        <Summary report={result.report} findings={result.findings} flagCount={flags.length} frame="top" />
        {result.checks && <Checklist checks={result.checks} findings={result.findings} />}
        <Exports result={full} />
        <section class="save-desk">
          <button type="button" class="primary" data-action="save-desk" onClick={saveToDesk}>
            {i18n.t('desk.save')}
          </button>
          <button type="button" class="link" data-action="open-desk" onClick={openDeskTab}>
            {i18n.t('desk.open')}
          </button>
          <span class="status" role="status">
            {deskStatus}
          </span>
        </section>
        {editing && pageUrl && (
          <FlagEditor
            key={editing.key}
            address={editing.address}
            quote={editing.quote}
            page={editing.page}
            pageUrl={pageUrl}
            template={result.report.template}
            onClose={() => setEditing(null)}
          />
        )}
        <h2>{i18n.t('findings.heading')}</h2>
        <Findings
          findings={result.findings}
          template={result.report.template}
          facts={result.report.facts}
          checks={result.checks}
          onFocus={(i) =>
            setNote(ready.opened.marks.focus(result.findings[i]!) ? '' : i18n.t('checks.notOnPage'))
          }
        />
        {note && (
          <p class="note" role="status">
            {note}
          </p>
        )}
        <section class="flags-section">
          <h2>{i18n.t('flags.heading')}</h2>
          <p class="hint">{i18n.t('review.flagHint')}</p>
          {pageUrl && flags.length > 0 && (
            <FlagList
              flags={flags}
              pageUrl={pageUrl}
              template={result.report.template}
              onLocate={focusAddress}
            />
          )}
        </section>
        <TableView report={result.report} findings={result.findings} flags={flags} />
      </>
    );
  }
  const file = ready?.file ?? (load.kind === 'failed' ? load.file : null);
  return (
    <main
      lang={i18n.t('app.lang')}
      class="review-main"
      data-kind={ready?.opened.kind}
      data-audit-ms={ready ? Math.round(ready.opened.auditMs) : undefined}
    >
      <header class="bar review-bar">
        <strong>
          {i18n.t('app.name')} · {i18n.t('review.title')}
        </strong>
        {file && (
          <span class="url">
            {file.url.startsWith('file:') ? (
              file.name
            ) : (
              <a href={file.url} target="_blank" rel="noopener noreferrer">
                {file.name || file.url}
              </a>
            )}
            {file.page && (
              <>
                {' · '}
                <a href={file.page} target="_blank" rel="noopener noreferrer">
                  {i18n.t('review.fromPage')}
                </a>
              </>
            )}
          </span>
        )}
      </header>
      <div class="review-body">
        <div class="review-doc" ref={docRef} data-gra="review-doc" />
        <aside class="review-side">{side}</aside>
      </div>
      {tip && (
        <div class="review-tip">
          <Tooltip tip={tip} />
        </div>
      )}
    </main>
  );
}
