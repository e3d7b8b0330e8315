/** A saved report's findings and flags, each with 复制引用 beside it. */
import { citeFinding, citeFlag } from '../../lib/desk/citation';
import type { SavedReport } from '../../lib/desk/model';
import type { Finding } from '../../lib/model';
import { cellName, findingText, ruleText, uiLang } from '../lang';
import { involved } from '../popup/Findings';
import { i18n } from '../popup/i18n';
import { Cite } from './Cite';

/** What a citation needs: the report, where it was read and when. */
function cited(saved: SavedReport) {
  return { report: saved.result.report, url: saved.fileName ?? saved.url, accessedAt: saved.accessedAt };
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Findings, errors first, each with its message and a citation button. */
export function DeskFindings({ saved, findings }: { saved: SavedReport; findings: Finding[] }) {
  if (findings.length === 0) return <p class="none">{i18n.t('findings.none')}</p>;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const lang = uiLang();
  return (
    <ol class="findings">
      {sorted.map((f, i) => (
        <li key={`${f.rule}-${i}`} class={`finding ${f.severity}`} data-rule={f.rule}>
          <p>
            <span class={`sev ${f.severity}`}>{i18n.t(`severity.${f.severity}`)}</span>{' '}
            {/* The rule's id is a detail: in the tooltip, never in the running text. */}
            <span class="rule-title" title={`${ruleText(f.rule, lang).explain}\n${f.rule}`}>
              {ruleText(f.rule, lang).title}
            </span>{' '}
            <Cite text={() => citeFinding(cited(saved), f)} />
          </p>
          <p class="message">{findingText(f, lang)}</p>
          {f.cells.length > 0 && (
            <p class="cells">
              {involved(f.cells, saved.result.report.template, saved.result.report.facts, lang)
                .slice(0, 8)
                .join(lang === 'zh' ? '；' : '; ')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The user's flags as saved with the report, each with a citation button. */
export function DeskFlags({ saved }: { saved: SavedReport }) {
  if (saved.flags.length === 0) return <p class="none">{i18n.t('flags.none')}</p>;
  const template = saved.result.report.template;
  return (
    <ul class="flags">
      {saved.flags.map((f) => (
        <li key={f.id} class="flag" data-flag-id={f.id}>
          <p class="where">
            {f.address ? cellName(f.address, template) : i18n.t('flags.textQuote')}{' '}
            <Cite text={() => citeFlag(cited(saved), f)} />
          </p>
          {f.quote && <blockquote class="quote">{f.quote}</blockquote>}
          <p class="note-text">{f.note}</p>
        </li>
      ))}
    </ul>
  );
}
