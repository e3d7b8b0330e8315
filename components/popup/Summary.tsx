/** The report at a glance: who, which year, which template, when published, how many findings. */

import type { Finding, Report } from '../../lib/model';
import { i18n } from './i18n';

/** Props: the detected report, its findings and how many flags the user has on it. */
export interface SummaryProps {
  report: Report;
  findings: Finding[];
  flagCount: number;
  frame: 'top' | 'child';
}

function count(findings: Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** The header card of a detected report. */
export function Summary({ report, findings, flagCount, frame }: SummaryProps) {
  const none = i18n.t('summary.unknown');
  const rows: [string, string][] = [
    [i18n.t('summary.agency'), report.agency ?? none],
    [i18n.t('summary.year'), report.year === null ? none : String(report.year)],
    [
      i18n.t('summary.template'),
      report.template === null
        ? none
        : i18n.t(report.template === '2019' ? 'template.y2019' : 'template.y2021'),
    ],
    [i18n.t('summary.published'), report.published ?? none],
  ];
  return (
    <section class="summary" aria-label={i18n.t('summary.heading')}>
      <h1 class="report-title">{report.title || none}</h1>
      <dl class="facts">
        {rows.map(([k, v]) => (
          <div key={k} data-field={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p class="counts">
        <span class="badge error" data-count="error">
          {i18n.t('severity.error')} {count(findings, 'error')}
        </span>
        <span class="badge warning" data-count="warning">
          {i18n.t('severity.warning')} {count(findings, 'warning')}
        </span>
        <span class="badge info" data-count="info">
          {i18n.t('severity.info')} {count(findings, 'info')}
        </span>
        <span class="badge flag" data-count="flags">
          {i18n.t('flags.count')} {flagCount}
        </span>
      </p>
      {frame === 'child' && <p class="note">{i18n.t('summary.inFrame')}</p>}
    </section>
  );
}
