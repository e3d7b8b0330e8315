/** The popup: asks the inspected tab for its audit and shows the report, findings, tables, flags, exports. */

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  type AuditState,
  fetchAudit,
  focusFinding,
  runAudit,
  setMarks,
  targetTab,
} from '../../components/popup/audit';
import { Exports } from '../../components/popup/Exports';
import { Findings } from '../../components/popup/Findings';
import { FlagList, withOrphans } from '../../components/popup/FlagList';
import { FlagTransfer } from '../../components/popup/FlagTransfer';
import { i18n } from '../../components/popup/i18n';
import { NotAReport } from '../../components/popup/NotAReport';
import { Summary } from '../../components/popup/Summary';
import { TableView } from '../../components/popup/TableView';
import type { Flag } from '../../lib/model';
import { loadFlags, watchFlags } from '../../utils/flags';

/** Reads the tab once, and again whenever the tab finishes loading (a reload, a new page). */
function useAudit(): [AuditState, (s: AuditState) => void] {
  const [state, setState] = useState<AuditState>({ kind: 'loading' });
  useEffect(() => {
    let tabId: number | null = null;
    const read = () =>
      targetTab(location.search)
        .then((tab) => {
          tabId = tab.id;
          return fetchAudit(tab);
        })
        .then(setState, (e: unknown) => setState({ kind: 'error', message: String(e) }));
    void read();
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, []);
  return [state, setState];
}

/** The flags of the page, live: another context (the page's panel) may add one at any time. */
function usePageFlags(pageUrl: string | null): Flag[] {
  const [flags, setFlags] = useState<Flag[]>([]);
  useEffect(() => {
    if (!pageUrl) return;
    void loadFlags(pageUrl).then(setFlags);
    return watchFlags(pageUrl, setFlags);
  }, [pageUrl]);
  return flags;
}

/** The whole popup. */
export function App() {
  const [state, setState] = useAudit();
  const [busy, setBusy] = useState(false);
  const [marksOn, setMarksOn] = useState(true);
  const pageUrl = state.kind === 'ready' ? state.reply.url : state.kind === 'unreachable' ? state.url : null;
  const result = state.kind === 'ready' ? state.reply.result : null;
  const flags = withOrphans(usePageFlags(pageUrl), result);
  const tabId = state.kind === 'ready' || state.kind === 'unreachable' ? state.tabId : null;
  const audit = async () => {
    if (tabId === null) return;
    setBusy(true);
    setState(await runAudit(tabId));
    setBusy(false);
  };
  const template = result?.detected ? result.report.template : null;

  let body = <p class="loading">{i18n.t('app.loading')}</p>;
  if (state.kind === 'error') {
    body = (
      <p class="error" role="alert">
        {i18n.t('app.error')} {state.message}
      </p>
    );
  } else if (state.kind === 'unreachable' || (state.kind === 'ready' && !result?.detected)) {
    const reason = result && !result.detected ? (result.reason ?? null) : null;
    body = (
      <NotAReport
        why={state.kind === 'unreachable' ? 'unreachable' : 'notReport'}
        reason={reason}
        url={pageUrl}
        busy={busy}
        onAudit={audit}
      />
    );
  } else if (state.kind === 'ready' && result?.detected) {
    const full = { ...result, url: result.url ?? state.reply.url, flags };
    body = (
      <>
        <Summary
          report={result.report}
          findings={result.findings}
          flagCount={flags.length}
          frame={state.reply.frame}
        />
        <Exports result={full} />
        <label class="marks-toggle">
          <input
            type="checkbox"
            checked={marksOn}
            onChange={(e) => {
              setMarksOn(e.currentTarget.checked);
              void setMarks(state.tabId, e.currentTarget.checked);
            }}
          />
          {i18n.t('app.showMarks')}
        </label>
        <h2>{i18n.t('findings.heading')}</h2>
        <Findings
          findings={result.findings}
          template={template}
          onFocus={(i) => void focusFinding(state.tabId, i)}
        />
        <TableView report={result.report} findings={result.findings} flags={flags} />
      </>
    );
  }
  return (
    <main lang={i18n.t('app.lang')}>
      <header class="bar">
        <strong>{i18n.t('app.name')}</strong>
        {pageUrl && <span class="url">{pageUrl}</span>}
      </header>
      {body}
      {pageUrl && (
        <section class="flags-section">
          <h2>{i18n.t('flags.heading')}</h2>
          <FlagList flags={flags} pageUrl={pageUrl} template={template} />
        </section>
      )}
      <FlagTransfer />
    </main>
  );
}
