/**
 * The in-page stylesheet of our closed shadow root: the tooltip (public arithmetic only) and the
 * folded panel's tab and the box of the open panel's extension-origin iframe, docked at the right
 * edge. The host is a 0×0 fixed box; the tooltip, the tab and the frame are fixed inside it. Their
 * size never depends on what the panel shows (a page could measure it): a tab, or a fixed-size panel.
 */
import { COLOURS } from '../../utils/mark-style';

/** The expanded panel's width (px); the content script folds it when it would cover what it shows. */
export const EXPANDED_WIDTH = 340;
/** The narrowest the panel gets to fit beside a report's tables (below that it waits as a tab). */
export const MIN_WIDTH = 300;

/** CSS for the shadow root (panel-host.ts puts a `:host{all:initial}` reset before it). */
export const PANEL_CSS = `
:host{position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;
  z-index:2147483646!important;display:block!important;overflow:visible!important}
*{box-sizing:border-box}
.frame{display:none;position:fixed;top:8px;right:8px;width:${EXPANDED_WIDTH}px;height:min(calc(100vh - 16px),760px);
  border:0;margin:0;padding:0;background:transparent;color-scheme:normal;border-radius:8px;
  box-shadow:0 4px 16px rgba(0,0,0,.22)}
.frame.expanded{display:block}
.frame.expanded.left{right:auto;left:8px}
.tab{position:fixed;right:0;top:30vh;width:34px;height:150px;margin:0;padding:8px 0;display:flex;
  flex-direction:column;align-items:center;justify-content:flex-start;gap:8px;cursor:pointer;
  border:1px solid #c8c8c8;border-right:0;border-radius:8px 0 0 8px;background:#f3f3f3;color:#1f1f1f;
  box-shadow:0 2px 8px rgba(0,0,0,.25);font:12px/1.45 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif}
.tab:focus-visible{outline:2px solid ${COLOURS.info};outline-offset:1px}
.tab .brand{writing-mode:vertical-rl;font-weight:600;letter-spacing:2px}
.tab .count{display:flex;flex-direction:column;align-items:center;gap:2px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;flex:none}
.dot.error{background:${COLOURS.error}}.dot.warning{background:${COLOURS.warning}}.dot.info{background:${COLOURS.info}}
.dot.flag{background:${COLOURS.flag}}
.tip{position:fixed;max-width:380px;padding:6px 8px;background:#202124;color:#fff;border-radius:6px;
  font:12px/1.45 "Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none}
.tip .addr{color:#bdc1c6;font:11px ui-monospace,monospace}
.tip .line{display:flex;gap:6px;margin-top:3px}.tip .line .dot{margin-top:4px}
.tip .msg{display:block;white-space:pre-wrap;word-break:break-word;color:#fff}
`;
