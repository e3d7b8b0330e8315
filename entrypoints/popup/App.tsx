/** The popup: asks the inspected tab for its audit and shows the report, findings, tables, flags, exports. */

import { useState } from 'preact/hooks';
import { Checklist } from '../../components/Checklist';
import { Legend } from '../../components/Legend';
import { errorText } from '../../components/lang';
import { focusFinding, runAudit, setMarks } from '../../components/popup/audit';
import { Exports } from '../../components/popup/Exports';
import { Findings } from '../../components/popup/Findings';
import { FlagList, withOrphans } from '../../components/popup/FlagList';
import { FlagTransfer } from '../../components/popup/FlagTransfer';
import { FrameFailures } from '../../components/popup/FrameFailures';
import { FramePicker } from '../../components/popup/FramePicker';
import { useFrames, viewOf } from '../../components/popup/frames';
import { useAudit, usePageFlags } from '../../components/popup/hooks';
import { i18n } from '../../components/popup/i18n';
import { NotAReport } from '../../components/popup/NotAReport';
import { ReviewOffer } from '../../components/popup/ReviewOffer';
import { openDeskTab, SaveToDesk } from '../../components/popup/SaveToDesk';
import { Summary } from '../../components/popup/Summary';
import { SweepOffer } from '../../components/popup/SweepOffer';
import { saveShot } from '../../components/popup/shot';
import { TableView } from '../../components/popup/TableView';

/** The whole popup. */
export function App() {
  const [tabState, setState] = useAudit();
  // Two or more reports in the tab: every one listed, the picked one shown (and talked to) below.
  // A frame whose audit failed is named above whatever is shown, never passed over.
  const { frames, failed } = useFrames(tabState);
  const [picked, setPicked] = useState(0);
  const { state, target } = viewOf(tabState, frames, picked);
  const [busy, setBusy] = useState(false);
  const [auditError, setAuditError] = useState<string | null>(null);
  const [marksOn, setMarksOn] = useState(true);
  const [shotStatus, setShotStatus] = useState('');
  // A finding clicked whose cells or sentence the page could not show (say so rather than do nothing).
  const [focusNote, setFocusNote] = useState(false);
  // The tab shows a PDF (ReviewOffer tells): its review view is offered, and no "not a report".
  const [pdfTab, setPdfTab] = useState(false);
  const pageUrl = state.kind === 'ready' ? state.reply.url : state.kind === 'unreachable' ? state.url : null;
  const result = state.kind === 'ready' ? state.reply.result : null;
  const flags = withOrphans(usePageFlags(pageUrl), result);
  const tabId = state.kind === 'ready' || state.kind === 'unreachable' ? state.tabId : null;
  const audit = async () => {
    if (tabId === null) return;
    setBusy(true);
    setAuditError(null);
    const next = await runAudit(tabId);
    // A failed 审核此页 keeps what we showed, with the reason beside the button to try again.
    if (next.kind === 'error') setAuditError(next.message);
    else setState(next);
    setBusy(false);
  };
  const template = result?.detected ? result.report.template : null;

  const showsFailure = state.kind === 'ready' && state.reply.error !== undefined && !result?.detected;
  let body = <p class="loading">{i18n.t('app.loading')}</p>;
  if (state.kind === 'error') {
    body = (
      <p class="error" role="alert">
        {i18n.t('app.error')} {state.message}
      </p>
    );
  } else if (state.kind === 'ready' && showsFailure) {
    // The audit threw: say so, never "not a report"; 审核此页 tries again.
    body = (
      <section class="not-report" data-state="failed">
        <p class="error" role="alert">
          {i18n.t('app.auditFailed', [errorText(state.reply.error)])}
        </p>
        <p class="actions">
          <button type="button" class="primary" data-action="audit" disabled={busy} onClick={audit}>
            {busy ? i18n.t('app.loading') : i18n.t('notReport.audit')}
          </button>
        </p>
        {auditError && <p class="error">{auditError}</p>}
      </section>
    );
  } else if (pdfTab && !result?.detected) {
    // A PDF in Chrome's viewer: nothing to say of the viewer's page; the offer above is the way in.
    body = <div class="pdf-tab" />;
  } else if (state.kind === 'unreachable' || (state.kind === 'ready' && !result?.detected)) {
    const reason = result && !result.detected ? (result.reason ?? null) : null;
    body = (
      <NotAReport
        why={state.kind === 'unreachable' ? 'unreachable' : 'notReport'}
        reason={reason}
        url={pageUrl}
        busy={busy}
        error={auditError}
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
        {result.checks && <Checklist checks={result.checks} findings={result.findings} />}
        <Exports result={full} />
        <SaveToDesk tabId={target ?? state.tabId} url={full.url} result={full} />
        <label class="marks-toggle">
          <input
            type="checkbox"
            checked={marksOn}
            onChange={(e) => {
              setMarksOn(e.currentTarget.checked);
              void setMarks(target ?? state.tabId, e.currentTarget.checked);
            }}
          />
          {i18n.t('app.showMarks')}
        </label>
        <Legend />
        <h2>{i18n.t('findings.heading')}</h2>
        <Findings
          findings={result.findings}
          template={template}
          facts={result.report.facts}
          checks={result.checks}
          onFocus={(i) => void focusFinding(target ?? state.tabId, i).then((shown) => setFocusNote(!shown))}
          onShot={(i) => {
            const f = result.findings[i]!;
            saveShot(target ?? state.tabId, i, result.report.agency, result.report.year, f.rule).then(
              () => setShotStatus(i18n.t('desk.shotSaved')),
              (e: unknown) => setShotStatus(`${i18n.t('desk.shotFailed')} ${errorText(e)}`),
            );
          }}
        />
        {focusNote && (
          <p class="note" role="status">
            {i18n.t('checks.notOnPage')}
          </p>
        )}
        {shotStatus && (
          <p class="status" role="status">
            {shotStatus}
          </p>
        )}
        <TableView report={result.report} findings={result.findings} flags={flags} />
      </>
    );
  }
  return (
    <main lang={i18n.t('app.lang')}>
      <header class="bar">
        <strong>{i18n.t('app.name')}</strong>
        {pageUrl && <span class="url">{pageUrl}</span>}
        <button type="button" class="link open-desk" data-action="open-desk" onClick={openDeskTab}>
          {i18n.t('desk.open')}
        </button>
      </header>
      {frames.length > 1 && <FramePicker frames={frames} picked={picked} onPick={setPicked} />}
      {!showsFailure && <FrameFailures failed={failed} />}
      {/* A PDF in the tab, or a report published as an attachment: the review view reads it. */}
      <ReviewOffer
        tabId={tabId}
        url={pageUrl}
        reachable={state.kind === 'ready'}
        result={result}
        onPdf={setPdfTab}
      />
      {body}
      {/* A page linking to reports (a portal's column): the offer to audit them all. */}
      <SweepOffer tabId={tabId} />
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
