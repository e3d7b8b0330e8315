/**
 * 标示说明 / What the marks mean: the colours the page's marks are painted in (error, warning,
 * blank cell, the user's flag, a figure read in the text), each beside a swatch painted with the
 * page stylesheet's own colours (utils/mark-style.ts). In the panel's frame and the popup; folded
 * or open as the user last left it (utils/panel-prefs.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { COLOURS, FLAG_CORNER, TINT } from '../utils/mark-style';
import { loadPanelPrefs, savePanelPrefs } from '../utils/panel-prefs';
import { i18n } from './popup/i18n';

/** Our own static CSS (never page text); body text at 13 px. */
const CSS = `
.gra-legend{font-size:13px;line-height:1.45;margin:6px 0}
.gra-legend summary{cursor:pointer;font-weight:600;color:#3c4043}
.gra-legend ul{list-style:none;margin:4px 0 0;padding:0;display:grid;gap:4px}
.gra-legend li{display:flex;align-items:center;gap:8px}
.gra-legend .sw{flex:none;display:inline-block;width:34px;height:20px;background:#fff;border:1px solid #dadce0;
  font-size:12px;line-height:18px;text-align:center;color:#202124}
.gra-legend .sw.error{box-shadow:inset 0 0 0 2px ${COLOURS.error},inset 0 0 0 100vmax ${TINT.error}}
.gra-legend .sw.warning{box-shadow:inset 0 0 0 2px ${COLOURS.warning},inset 0 0 0 100vmax ${TINT.warning}}
.gra-legend .sw.blank{outline:1px dotted #5f6368;outline-offset:-4px}
.gra-legend .sw.flag{background-image:${FLAG_CORNER},linear-gradient(${TINT.warning},${TINT.warning});box-shadow:inset 0 0 0 2px ${COLOURS.warning}}
.gra-legend .sw.text{border-color:transparent;background:transparent}
.gra-legend .sw.text span{padding:0 2px}
.gra-legend .fact{background:${TINT.fact}}
.gra-legend .flagged{background:${TINT.flag};text-decoration:underline solid ${COLOURS.flag} 2px}`;

const ITEMS = [
  { kind: 'error', label: () => i18n.t('legend.error'), sample: '41' },
  { kind: 'warning', label: () => i18n.t('legend.warning'), sample: '41' },
  { kind: 'blank', label: () => i18n.t('legend.blank'), sample: '' },
  { kind: 'flag', label: () => i18n.t('legend.flag'), sample: '41' },
] as const;

/** The legend: a <details> whose open state is remembered. */
export function Legend() {
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void loadPanelPrefs().then((p) => live && setOpen(p.legend));
    return () => {
      live = false;
    };
  }, []);
  // Until the remembered state is read, nothing (no flash of an open legend the user had folded).
  if (open === null) return null;
  return (
    <details
      class="gra-legend"
      data-gra="legend"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        void savePanelPrefs({ legend: now }).catch(() => undefined);
      }}
    >
      <style>{CSS}</style>
      <summary>{i18n.t('legend.heading')}</summary>
      <ul>
        {ITEMS.map((it) => (
          <li key={it.kind} data-legend={it.kind}>
            <span class={`sw ${it.kind}`} aria-hidden="true">
              {it.sample}
            </span>
            <span>{it.label()}</span>
          </li>
        ))}
        <li data-legend="sentence">
          <span class="sw text" aria-hidden="true">
            <span class="fact">58</span>
          </span>
          <span>{i18n.t('legend.sentence')}</span>
        </li>
        <li data-legend="flagged-text">
          <span class="sw text" aria-hidden="true">
            <span class="flagged">58</span>
          </span>
          <span>{i18n.t('legend.flaggedText')}</span>
        </li>
      </ul>
    </details>
  );
}
