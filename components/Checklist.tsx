/**
 * What was checked on a report, for the popup and the page panel alike: one line (15 项检查：12 通过，
 * 0 未通过，3 未运行（…）) that opens into every rule with ✓ passed, ✗ failed or – not run and why.
 * Rule titles come from the registered rules, so a rule added later is listed without a change here.
 */
import { useState } from 'preact/hooks';
import { type CheckSummary, checksLine, half, isClean, noFindingsText, summariseChecks } from '../lib/checks';
import type { Check, Finding } from '../lib/model';
import { ruleText, uiLang } from './lang';
import { i18n } from './popup/i18n';

const MARK: Record<Check['status'], string> = { passed: '✓', failed: '✗', skipped: '–' };
const ORDER: Record<Check['status'], number> = { failed: 0, skipped: 1, passed: 2 };

/** Props: the report's checks and (to count them per rule) its findings. */
export interface ChecklistProps {
  checks: Check[];
  findings?: Finding[];
  /** Open at first (default: one line). */
  open?: boolean;
}

/**
 * The line's tone: failed checks (in red where one found an error, in amber where they found
 * warnings only: a report of 0 errors is not drawn as one with errors), checks this report could
 * have run but did not, or all ran. Without the findings, a failed check is red.
 */
function tone(s: CheckSummary, checks: Check[], findings: Finding[]): 'failed' | 'warned' | 'gaps' | 'clean' {
  if (s.failed > 0) {
    const failed = new Set(checks.filter((c) => c.status === 'failed').map((c) => c.rule));
    const mine = findings.filter((f) => failed.has(f.rule));
    return mine.length > 0 && mine.every((f) => f.severity !== 'error') ? 'warned' : 'failed';
  }
  return s.gaps > 0 || s.passed === 0 ? 'gaps' : 'clean';
}

/** The checklist: collapsed into one line, expandable into one row per rule, failed ones first. */
export function Checklist({ checks, findings = [], open = false }: ChecklistProps) {
  const [expanded, setExpanded] = useState(open);
  if (checks.length === 0) return null;
  const lang = uiLang();
  const s = summariseChecks(checks);
  const line = checksLine(s, lang);
  const rows = checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => ORDER[a.c.status] - ORDER[b.c.status] || a.i - b.i);
  return (
    <section
      class={`checklist ${tone(s, checks, findings)}`}
      data-gra="checklist"
      aria-label={i18n.t('checks.heading')}
    >
      <button
        type="button"
        class="checks-line"
        data-gra="checks-toggle"
        aria-expanded={expanded}
        // The whole line too: the panel cuts it to two lines while closed.
        title={`${line}\n${i18n.t(expanded ? 'checks.collapse' : 'checks.expand')}`}
        onClick={() => setExpanded(!expanded)}
      >
        <span class="caret" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <span class="text">{line}</span>
      </button>
      {expanded && (
        <ul class="checks" data-gra="checks">
          {rows.map(({ c }) => {
            const { title, explain } = ruleText(c.rule, lang);
            const n = findings.filter((f) => f.rule === c.rule).length;
            return (
              <li key={c.rule} class={`check ${c.status}`} data-rule={c.rule} data-status={c.status}>
                <span class="mark" role="img" aria-label={i18n.t(`checks.${c.status}`)}>
                  {MARK[c.status]}
                </span>
                <span class="body">
                  <span class="title" title={[title, c.rule, explain].filter(Boolean).join('\n')}>
                    {half(title, lang)}
                    {n > 0 && <span class="n"> ({n})</span>}
                  </span>
                  {c.status === 'skipped' && (
                    <span class="reason" title={c.reason}>
                      {c.reason ? half(c.reason, lang) : i18n.t('checks.skipped')}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * "No problems", saying what ran; ✓ only when every check this report allows ran. Without its
 * checks (a record saved before they existed) it says only that nothing was found.
 */
export function NoFindings({ checks, class: cls = 'none' }: { checks: Check[] | undefined; class?: string }) {
  if (!checks || checks.length === 0) return <p class={cls}>{i18n.t('findings.none')}</p>;
  const s = summariseChecks(checks);
  const clean = isClean(s);
  return (
    <p class={`${cls} ${clean ? 'clean' : 'partial'}`} data-gra="no-findings">
      {clean ? '✓ ' : ''}
      {noFindingsText(s, uiLang())}
    </p>
  );
}
