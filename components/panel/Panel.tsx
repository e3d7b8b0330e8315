/**
 * The floating panel on an audited page: the counts, a toggle that removes every mark, and the
 * findings; clicking one scrolls to its cells. Collapsible and movable by its header.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Finding } from '../../lib/model';
import { type TipState, Tooltip } from './Tooltip';
import { useDrag } from './useDrag';

/** What the content script renders the panel with (on every change). */
export interface PanelProps {
  findings: Finding[];
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

const SEVERITY_LABEL = { error: '错误 errors', warning: '警告 warnings', info: '提示 info' } as const;

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
        aria-label="年报核查 / Report audit"
        data-gra="panel"
      >
        <header class="head" onPointerDown={onPointerDown}>
          <span class="brand">年报核查</span>
          <span class="counts">
            {(['error', 'warning'] as const).map((s) => (
              <span class="count" key={s} title={SEVERITY_LABEL[s]}>
                <span class={`dot ${s}`} />
                {count(s)}
                <span>{s === 'error' ? '错误' : '警告'}</span>
              </span>
            ))}
            {props.flagCount > 0 && (
              <span class="count" title="标记 flags">
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
              {marksOn ? '隐藏标记 Hide' : '显示标记 Show'}
            </button>
            {props.onSave && (
              <button
                type="button"
                data-gra="save-desk"
                title="保存到审核台 / Save to desk"
                onClick={() => void props.onSave?.().then(setSaved, () => setSaved(false))}
              >
                {saved === null ? '保存 Save' : saved ? '已保存 Saved' : '保存失败 Failed'}
              </button>
            )}
            <button
              type="button"
              data-gra="collapse"
              aria-expanded={!collapsed}
              aria-label={collapsed ? '展开 Expand' : '收起 Collapse'}
              onClick={() => setCollapsed(!collapsed)}
            >
              {collapsed ? '▴' : '▾'}
            </button>
          </span>
        </header>
        {!collapsed &&
          (findings.length === 0 ? (
            <p class="empty">未发现问题 / No problems found.</p>
          ) : (
            <ul class="list" data-gra="findings">
              {findings.map((f, i) => (
                <li key={i}>
                  <button
                    type="button"
                    class="item"
                    data-gra="finding"
                    data-rule={f.rule}
                    onClick={() => props.onFocus(i)}
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
          ))}
        {!collapsed && <div class="note">Alt+点击单元格可加标记 / Alt-click a cell to flag it</div>}
      </section>
      {props.tip && marksOn && <Tooltip tip={props.tip} />}
      {props.editor && <div class="editor">{props.editor}</div>}
    </>
  );
}
