/**
 * The sweep page (sweep.html?url=<column>[&delay=ms]): asks the background (utils/sweep.ts) to sweep
 * the column and shows it live — a progress bar, the summary line (38 份年报：12 份有错误), a row per
 * report (agency, year, errors, warnings, link) and the links that gave no report, each with why.
 * 取消 stops the sweep; closing the page does too. Every report read is on the desk already. The
 * background hands this page each PDF or .docx it fetched; the page reads it (utils/sweep-reader.ts,
 * pdf.js loaded on the first one) and answers, so closing it leaves nothing half-read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { uiLang } from '../../components/lang';
import { i18n } from '../../components/popup/i18n';
import { half } from '../../lib/checks';
import {
  SWEEP_PORT,
  type SweepFailedLink,
  type SweepRow,
  type SweepUpdate,
} from '../../utils/sweep-protocol';

type Keyed<T> = { order: number[]; item: T };

const byOrder = (a: { order: number[] }, b: { order: number[] }) => {
  for (let i = 0; i < Math.max(a.order.length, b.order.length); i++) {
    const d = (a.order[i] ?? -1) - (b.order[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

interface State {
  phase: 'running' | 'done' | 'cancelled' | 'refused';
  rows: Keyed<SweepRow>[];
  failed: Keyed<SweepFailedLink>[];
  queued: number;
  lists: number;
  reason: string;
}

const START: State = { phase: 'running', rows: [], failed: [], queued: 0, lists: 0, reason: '' };

/** The next state after one update from the background. */
export function reduce(s: State, u: SweepUpdate): State {
  switch (u.type) {
    case 'list':
      return { ...s, queued: u.queued, lists: s.lists + 1 };
    case 'row':
      return { ...s, rows: [...s.rows, { order: u.order, item: u.row }].sort(byOrder) };
    case 'failed':
      return { ...s, failed: [...s.failed, { order: u.order, item: u.failed }].sort(byOrder) };
    case 'done':
      // The batch after the cross-year checks, in column order: it replaces the live rows.
      return {
        ...s,
        phase: u.cancelled ? 'cancelled' : 'done',
        rows: u.rows.map((item, i) => ({ order: [i], item })),
        failed: u.failed.map((item, i) => ({ order: [i], item })),
      };
    case 'refused':
      return { ...s, phase: 'refused', reason: u.reason };
    case 'read':
      // An attachment to read: the page answers it (App), the table does not change.
      return s;
  }
}

export function App() {
  const params = new URLSearchParams(location.search);
  const url = params.get('url') ?? '';
  const delay = params.get('delay');
  const [s, setS] = useState<State>(
    url ? START : { ...START, phase: 'refused', reason: i18n.t('sweep.noUrl') },
  );
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);

  useEffect(() => {
    if (!url) return;
    const p = browser.runtime.connect({ name: SWEEP_PORT });
    port.current = p;
    p.onMessage.addListener((u: unknown) => {
      const m = u as SweepUpdate;
      if (m?.type === 'read') {
        void import('../../utils/sweep-reader')
          .then(({ readForSweep }) => readForSweep(m))
          .then((answer) => {
            try {
              p.postMessage(answer);
            } catch {
              // The sweep is over (cancelled, or the background went away): nothing to answer.
            }
          });
        return;
      }
      setS((prev) => reduce(prev, m));
    });
    p.postMessage({
      type: 'start',
      url,
      ...(delay !== null && /^\d+$/.test(delay) ? { delayMs: Number(delay) } : {}),
    });
    return () => p.disconnect();
  }, []);

  const rows = s.rows.map((r) => r.item);
  const failed = s.failed.map((f) => f.item);
  const withErrors = rows.filter((r) => r.errors > 0).length;
  // Every link read or refused counts; links to other hosts were never in the queue.
  const handled = rows.length + failed.filter((f) => f.kind !== 'other-host' && f.kind !== 'cap').length;
  const total = Math.max(s.queued + (s.lists > 0 ? 0 : 1), handled);
  const running = s.phase === 'running';

  return (
    <main lang={i18n.t('app.lang')} data-phase={s.phase}>
      <header class="bar">
        <strong>{i18n.t('sweep.title')}</strong>
        <button
          type="button"
          class="link open-desk"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/desk.html') })}
        >
          {i18n.t('sweep.openDesk')}
        </button>
      </header>
      <p class="start">{i18n.t('sweep.heading', [url])}</p>
      {s.phase === 'refused' ? (
        <p class="error" role="alert">
          {i18n.t('sweep.refused', [half(s.reason, uiLang())])}
        </p>
      ) : (
        <>
          <progress max={total || 1} value={running ? handled : total || 1} />
          <p class="status" role="status">
            {running
              ? s.lists === 0
                ? i18n.t('sweep.waiting')
                : i18n.t('sweep.progress', [String(handled), String(total), String(s.lists)])
              : s.phase === 'cancelled'
                ? i18n.t('sweep.cancelled')
                : i18n.t('sweep.done', [String(s.lists)])}{' '}
            {running && (
              <button
                type="button"
                data-action="cancel"
                onClick={() => port.current?.postMessage({ type: 'cancel' })}
              >
                {i18n.t('sweep.cancel')}
              </button>
            )}
          </p>
          <p class="summary-line" data-reports={rows.length} data-with-errors={withErrors}>
            {i18n.t('sweep.summary', [String(rows.length), String(withErrors)])}
          </p>
        </>
      )}
      {rows.length > 0 && (
        <table class="batch">
          <thead>
            <tr>
              <th>{i18n.t('sweep.agency')}</th>
              <th>{i18n.t('sweep.year')}</th>
              <th>{i18n.t('sweep.errors')}</th>
              <th>{i18n.t('sweep.warnings')}</th>
              <th>{i18n.t('sweep.link')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.url}
                class={`${r.errors > 0 ? 'has-errors' : ''} ${r.warnings > 0 ? 'has-warnings' : ''}`}
                data-url={r.url}
                data-errors={r.errors}
                data-warnings={r.warnings}
                data-rules={r.rules.join(' ')}
              >
                <td>{r.agency ?? i18n.t('sweep.unknown')}</td>
                <td class="n">{r.year ?? '—'}</td>
                <td class="n errors">{r.errors}</td>
                <td class="n warnings">{r.warnings}</td>
                <td>
                  <a href={r.url} target="_blank" rel="noreferrer noopener">
                    {r.title || r.text}
                  </a>
                  {/* A report beside it on the page was not read: its 0 · 0 is this one's only. */}
                  {r.unchecked && <div class="unchecked">{i18n.t('sweep.unchecked')}</div>}
                  {!r.saved && r.saveError && (
                    <div class="not-saved">{i18n.t('sweep.notSaved', [r.saveError])}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {failed.length > 0 && (
        <section class="failed">
          <h2>{i18n.t('sweep.failedHeading', [String(failed.length)])}</h2>
          <ul>
            {failed.map((f) => (
              <li key={f.url} data-url={f.url} data-kind={f.kind}>
                <a href={f.url} target="_blank" rel="noreferrer noopener">
                  {f.text}
                </a>{' '}
                <span class="reason" title={f.reason}>
                  {half(f.reason, uiLang())}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
