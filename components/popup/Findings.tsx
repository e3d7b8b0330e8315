/** The findings, errors first; clicking one scrolls the page to the cells it names. */

import { addressLabel } from '../../lib/keys';
import type { Finding, Template } from '../../lib/model';
import { i18n } from './i18n';

/** Props: the findings in the content script's order (the index is what focusFinding takes). */
export interface FindingsProps {
  findings: Finding[];
  template: Template | null;
  onFocus(index: number): void;
  /** 截图: scroll to the finding and save a PNG of the page (popup only; the desk has no live page). */
  onShot?(index: number): void;
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** A cell address reads as its template label; a fact key (`f.…`) stays as it is. */
function cellName(addr: string, template: Template | null): string {
  return /^t[234]\./.test(addr) ? addressLabel(addr, template) : addr;
}

/** The list of findings, or a plain "none" line. */
export function Findings({ findings, template, onFocus, onShot }: FindingsProps) {
  if (findings.length === 0) return <p class="none">{i18n.t('findings.none')}</p>;
  const sorted = findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity]);
  return (
    <ol class="findings">
      {sorted.map(({ f, index }) => (
        <li key={index} class={`finding ${f.severity}`} data-rule={f.rule}>
          <button
            type="button"
            class="finding-go"
            onClick={() => onFocus(index)}
            title={i18n.t('findings.focus')}
          >
            <span class={`sev ${f.severity}`}>{i18n.t(`severity.${f.severity}`)}</span>
            <code class="rule">{f.rule}</code>
          </button>
          {onShot && (
            <button type="button" class="shot" data-shot={index} onClick={() => onShot(index)}>
              {i18n.t('desk.shot')}
            </button>
          )}
          <p class="message">{f.message}</p>
          {f.cells.length > 0 && (
            <p class="cells">
              {f.cells
                .slice(0, 8)
                .map((c) => cellName(c, template))
                .join('；')}
              {f.cells.length > 8 ? ` … (+${f.cells.length - 8})` : ''}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
