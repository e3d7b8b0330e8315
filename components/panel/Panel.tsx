/**
 * The floating panel on an audited page: the counts, a toggle that removes every mark, what was
 * checked, and the findings, errors first; clicking one scrolls to its cells. Collapsible and
 * movable by its header.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Check, Finding } from '../../lib/model';
import { Checklist, NoFindings } from '../Checklist';
import { findingOrder } from '../popup/Findings';
import { i18n } from '../popup/i18n';
import { type TipState, Tooltip } from './Tooltip';
import { useDrag } from './useDrag';

/** What the content script renders the panel with (on every change). */
export interface PanelProps {
  findings: Finding[];
  /** Every rule's outcome on this report (passed, failed, skipped and why). */
  checks?: Check[];
  /** Rule id → short title (Chinese / English). */
  titles: Record<string, string>;
  marksOn: boolean;
  flagCount: number;
  tip: TipState | null;
  /** The flag editor, when open (mounted here so it shares the isolated shadow root). */
  editor: ComponentChildren;
  onToggleMarks(): void;
  onFocus(index: number): void;
  /** 保存到审核台: hands the report to the background (the page cannot reach the desk itself). */
  onSave?(): Promise<boolean>;
}

/** The panel. */
export function Panel(props: PanelProps) {
  const { findings, titles, marksOn } = props;
  const [collapsed, setCollapsed] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const { pos, onPointerDown } = useDrag(() => ({
    x: Math.max(8, window.innerWidth - 356),
    y: Math.max(8, window.innerHeight - 320),
  }));
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  // Errors first; each keeps its index in the audit, which is what onFocus takes.
  const sorted = findings.map((f, index) => ({ f, index })).sort((a, b) => findingOrder(a.f, b.f));

  return (
    <>
      <section
        class={collapsed ? 'panel collapsed' : 'panel'}
        // Never past the viewport's bottom edge, wherever it was dragged: the list scrolls instead.
        style={{
          left: `${pos.x}px`,
          top: `${pos.y}px`,
          maxHeight: collapsed ? undefined : `min(60vh, 480px, calc(100vh - ${pos.y}px - 8px))`,
        }}
        aria-label={i18n.t('panel.label')}
        data-gra="panel"
      >
        <header class="head" onPointerDown={onPointerDown}>
          <span class="brand">年报核查</span>
          <span class="counts">
            {(['error', 'warning'] as const).map((s) => (
              <span class="count" key={s} title={i18n.t(s === 'error' ? 'panel.errors' : 'panel.warnings')}>
                <span class={`dot ${s}`} />
                {count(s)}
                <span>{i18n.t(s === 'error' ? 'panel.errors' : 'panel.warnings')}</span>
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
            <button
              type="button"
              data-gra="toggle-marks"
              aria-pressed={marksOn}
              onClick={props.onToggleMarks}
            >
              {i18n.t(marksOn ? 'panel.hide' : 'panel.show')}
            </button>
            {props.onSave && (
              <button
                type="button"
                data-gra="save-desk"
                title={i18n.t('desk.save')}
                onClick={() => void props.onSave?.().then(setSaved, () => setSaved(false))}
              >
                {i18n.t(saved === null ? 'panel.save' : saved ? 'panel.saved' : 'panel.saveFailed')}
              </button>
            )}
            <button
              type="button"
              data-gra="collapse"
              aria-expanded={!collapsed}
              aria-label={i18n.t(collapsed ? 'panel.expand' : 'panel.collapse')}
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? '▴' : '▾'}
            </button>
          </span>
        </header>
        {!collapsed && (
          // One scroller for what was checked and what was found: an opened checklist never hides the findings.
          <div class="body">
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
                      <span>
                        <span class="rule">{titles[f.rule] ?? f.rule}</span>
                        <span class="id">{f.rule}</span>
                        <span class="msg">{f.message}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {!collapsed && <div class="note">{i18n.t('panel.hint')}</div>}
      </section>
      {props.tip && marksOn && <Tooltip tip={props.tip} />}
      {props.editor && <div class="editor">{props.editor}</div>}
    </>
  );
}
