/** The plain answer when the page is not (or not yet seen as) a report, and 审核此页 anyway. */

import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../lang';
import { grantSite, siteGranted, siteOrigin } from './grantSite';
import { i18n } from './i18n';

/** Props: why there is no report, the page URL, and the audit action. */
export interface NotAReportProps {
  /** `unreachable`: no content script here (not *.gov.cn); `notReport`: it looked and found none. */
  why: 'unreachable' | 'notReport';
  /** The content script's own explanation, if it gave one. */
  reason: string | null;
  url: string | null;
  busy: boolean;
  /** Why the last 审核此页 failed (e.g. a browser page extensions may not read). */
  error: string | null;
  onAudit(): void;
}

/** The message, the reason, 审核此页, and for other sites 始终在此网站运行. */
export function NotAReport({ why, reason, url, busy, error, onAudit }: NotAReportProps) {
  const origin = siteOrigin(url);
  const govCn = origin !== null && /\.gov\.cn(:\d+)?$/.test(new URL(origin).host);
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    if (origin && !govCn) void siteGranted(origin).then(setGranted);
  }, [origin, govCn]);
  const grant = async () => {
    if (!origin) return;
    const ok = await grantSite(origin).catch(() => false);
    setGranted(ok);
    if (ok) onAudit();
  };
  return (
    <section class="not-report" data-state={why}>
      <p class="plain">
        {why === 'notReport' ? i18n.t('notReport.message') : i18n.t('notReport.unreachable')}
      </p>
      {reason && <p class="reason">{errorText(reason)}</p>}
      <p class="actions">
        <button type="button" class="primary" data-action="audit" disabled={busy} onClick={onAudit}>
          {busy ? i18n.t('app.loading') : i18n.t('notReport.audit')}
        </button>
        {origin && !govCn && granted === false && (
          <button type="button" data-action="grant" onClick={grant}>
            {i18n.t('notReport.grant')}
          </button>
        )}
      </p>
      {error && (
        <p class="error" role="alert">
          {i18n.t('app.cannotRun')} {error}
        </p>
      )}
      {origin && !govCn && granted === false && <p class="hint">{i18n.t('notReport.grantHint')}</p>}
      {origin && !govCn && granted === true && <p class="hint">{i18n.t('notReport.granted')}</p>}
    </section>
  );
}
