/**
 * The panel of an audited page, rendered in its extension-origin frame (entrypoints/panel-frame):
 * the counts, a toggle that removes every mark, 保存到审核台, the flag editor when a cell is being
 * flagged, what was checked, the findings (errors first; clicking one scrolls the page to its
 * cells) and the user's flags on this page with their notes. Folded, it is a narrow tab, which the
 * page script draws (entrypoints/content/panel-host.ts).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Check, Finding } from '../../lib/model';
import { Checklist, NoFindings } from '../Checklist';
import { Legend } from '../Legend';
import { errorText, findingText, ruleText, say } from '../lang';
import { findingOrder } from '../popup/Findings';
import { i18n } from '../popup/i18n';

/** What the frame renders the panel with. */
export interface PanelProps {
  findings: Finding[];
  /** Every rule's outcome on this report (passed, failed, skipped and why). */
  checks?: Check[];
  marksOn: boolean;
  flagCount: number;
  /** The flag editor, when a cell is being flagged. */
  editor: ComponentChildren;
  /** The user's flags on this page (with their notes). */
  flags: ComponentChildren;
  /** Set after a finding was clicked whose cells the page could not show. */
  notOnPage: boolean;
  onToggleMarks(): void;
  onFocus(index: number): void;
  onCollapse(): void;
  /** 保存到审核台: the content script hands the report to the background. */
  onSave(): Promise<boolean>;
}

const count = (findings: Finding[], s: Finding['severity']) =>
  findings.filter((f) => f.severity === s).length;

/**
 * The open panel of a page whose audit threw: 核查出错 / Audit failed and the audit's own message,
 * with no counts, no findings and no "no problems" (nothing was checked).
 */
export function PanelFailed({ error, onCollapse }: { error: string; onCollapse(): void }) {
  return (
    <section class="panel" aria-label={i18n.t('panel.label')} data-gra="panel" data-state="failed">
      <header class="head">
        <span class="brand">{i18n.t('panel.brand')}</span>
        <span class="actions">
          <button
            type="button"
            data-gra="collapse"
            aria-expanded={true}
            aria-label={i18n.t('panel.collapse')}
            onClick={onCollapse}
          >
            ▸
          </button>
        </span>
      </header>
      <div class="body">
        <p class="note failed" role="alert" data-gra="audit-failed">
          {i18n.t('app.auditFailed', [errorText(error)])}
        </p>
      </div>
    </section>
  );
}

/** The open panel. */
export function Panel(props: PanelProps) {
  const { findings, marksOn } = props;
  const [saved, setSaved] = useState<boolean | null>(null);
  // Errors first; each keeps its index in the audit, which is what onFocus takes.
  const sorted = findings.map((f, index) => ({ f, index })).sort((a, b) => findingOrder(a.f, b.f));

  return (
    <section class="panel" aria-label={i18n.t('panel.label')} data-gra="panel">
      <header class="head">
        <span class="brand">{i18n.t('panel.brand')}</span>
        <span class="counts">
          {(['error', 'warning'] as const).map((s) => (
            <span class="count" key={s} title={i18n.t(s === 'error' ? 'panel.errors' : 'panel.warnings')}>
              <span class={`dot ${s}`} />
              {count(findings, s)}
              <span>{say(s === 'error' ? 'errorWord' : 'warningWord', { n: count(findings, s) })}</span>
            </span>
          ))}
          {props.flagCount > 0 && (
            <span class="count" title={i18n.t('panel.flags')}>
              <span class="dot flag" />
              {props.flagCount}
            </span>
          )}
        </span>
        <span class="actions">
          <button type="button" data-gra="toggle-marks" aria-pressed={marksOn} onClick={props.onToggleMarks}>
            {i18n.t(marksOn ? 'panel.hide' : 'panel.show')}
          </button>
          <button
            type="button"
            data-gra="save-desk"
            title={i18n.t('desk.save')}
            onClick={() => void props.onSave().then(setSaved, () => setSaved(false))}
          >
            {i18n.t(saved === null ? 'panel.save' : saved ? 'panel.saved' : 'panel.saveFailed')}
          </button>
          <button
            type="button"
            data-gra="collapse"
            aria-expanded={true}
            aria-label={i18n.t('panel.collapse')}
            onClick={props.onCollapse}
          >
            ▸
          </button>
        </span>
      </header>
      {/* One scroller for the editor, what was checked, what was found and the flags. */}
      <div class="body">
        {props.editor}
        {props.checks && <Checklist checks={props.checks} findings={findings} />}
        {findings.length === 0 ? (
          <NoFindings checks={props.checks} class="empty" />
        ) : (
          <ul class="list" data-gra="findings">
            {sorted.map(({ f, index }) => (
              <li key={index}>
                <button
                  type="button"
                  class="item"
                  data-gra="finding"
                  data-rule={f.rule}
                  onClick={() => props.onFocus(index)}
                >
                  <span class={`dot ${f.severity}`} />
                  {/* The rule's id is a detail: in the tooltip, never in the running text. */}
                  <span title={f.rule}>
                    <span class="rule">{ruleText(f.rule).title}</span>
                    <span class="msg">{findingText(f)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <Legend />
        {props.notOnPage && (
          <p class="note" role="status">
            {i18n.t('checks.notOnPage')}
          </p>
        )}
        <section class="flags-section" data-gra="flags">
          <h2>{i18n.t('flags.heading')}</h2>
          {props.flags}
        </section>
      </div>
      <div class="note">{i18n.t('panel.hint')}</div>
    </section>
  );
}
