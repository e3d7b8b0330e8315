/** The findings, errors first; clicking one scrolls the page to the cells it names. */

import type { Check, Fact, Finding, Template } from '../../lib/model';
import { isStatFact, statRow } from '../../lib/recognise/stat-table';
import { QUIET_RULES } from '../../utils/mark-plan';
import { NoFindings } from '../Checklist';
import { cellName, findingText, type Lang, ruleText, uiLang } from '../lang';
import { i18n } from './i18n';

/** Props: the findings in the content script's order (the index is what focusFinding takes). */
export interface FindingsProps {
  findings: Finding[];
  template: Template | null;
  /** The report's facts, so a finding on the text names its sentence rather than a fact key. */
  facts?: Fact[];
  /** The report's checks, so "no problems" says what ran. */
  checks?: Check[];
  onFocus(index: number): void;
  /** 截图: scroll to the finding and save a PNG of the page (popup only; the desk has no live page). */
  onShot?(index: number): void;
}

const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first; within a severity, blank cells (a quiet rule) after the rest, so they bury nothing. */
export function findingOrder(a: Finding, b: Finding): number {
  return (
    ORDER[a.severity] - ORDER[b.severity] || Number(QUIET_RULES.has(a.rule)) - Number(QUIET_RULES.has(b.rule))
  );
}

/** A quote cut to `max` characters. */
function short(text: string, max = 24): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/**
 * What a finding involves, as a reader names it: a cell by its template label, a fact by its
 * sentence in the text (「…」, once per sentence); a fact key not found stays as it is.
 */
export function involved(
  addrs: string[],
  template: Template | null,
  facts: Fact[] = [],
  lang: Lang = uiLang(),
): string[] {
  const names: string[] = [];
  for (const addr of addrs) {
    const fact = /^t[234]\./.test(addr) ? undefined : facts.find((f) => f.key === addr);
    const name = /^t[234]\./.test(addr)
      ? cellName(addr, template, lang)
      : fact && isStatFact(fact.key)
        ? lang === 'zh'
          ? `统计表「${statRow(fact)}」${fact.quote}`
          : `statistics table “${statRow(fact)}” ${fact.quote}`
        : fact?.quote
          ? lang === 'zh'
            ? `「${short(fact.quote)}」`
            : `“${short(fact.quote)}”`
          : addr;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The list of findings, or a plain "none" line. */
export function Findings({ findings, template, facts, checks, onFocus, onShot }: FindingsProps) {
  if (findings.length === 0) return <NoFindings checks={checks} />;
  const sorted = findings.map((f, index) => ({ f, index })).sort((a, b) => findingOrder(a.f, b.f));
  const lang = uiLang();
  return (
    <ol class="findings">
      {sorted.map(({ f, index }) => {
        const names = involved(f.cells, template, facts, lang);
        const { title, explain } = ruleText(f.rule, lang);
        return (
          <li key={index} class={`finding ${f.severity}`} data-rule={f.rule}>
            <button
              type="button"
              class="finding-go"
              onClick={() => onFocus(index)}
              // The rule's id is a detail: in the tooltip, never in the running text.
              title={`${i18n.t('findings.focus')}${explain ? `\n${explain}` : ''}\n${f.rule}`}
            >
              <span class={`sev ${f.severity}`}>{i18n.t(`severity.${f.severity}`)}</span>
              <span class="rule-title">{title}</span>
            </button>
            {onShot && (
              <button type="button" class="shot" data-shot={index} onClick={() => onShot(index)}>
                {i18n.t('desk.shot')}
              </button>
            )}
            <p class="message">{findingText(f, lang)}</p>
            {names.length > 0 && (
              <p class="cells">
                {names.slice(0, 8).join(lang === 'zh' ? '；' : '; ')}
                {names.length > 8 ? ` … (+${names.length - 8})` : ''}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
