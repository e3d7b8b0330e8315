/**
 * The panel's stylesheet, scoped by its shadow root so neither the page's CSS reaches in nor ours
 * leaks out. The host is a 0×0 fixed box; the panel and tooltip are fixed inside it.
 */
import { COLOURS } from '../../utils/mark-style';

/** CSS for the shadow root (WXT prepends its `:host{all:initial}` reset). */
export const PANEL_CSS = `
:host{position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;
  z-index:2147483646!important;display:block!important;overflow:visible!important}
*{box-sizing:border-box}
.panel{position:fixed;width:340px;max-height:min(60vh,480px);display:flex;flex-direction:column;
  font:13px/1.45 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;
  color:#1f1f1f;background:#fff;border:1px solid #c8c8c8;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.18);
  overflow:hidden}
.panel.collapsed{width:auto;max-height:none}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:6px;padding:6px 8px;background:#f3f3f3;cursor:move;user-select:none;
  border-bottom:1px solid #ddd;touch-action:none}
.collapsed .head{border-bottom:0}
.brand{font-weight:600;white-space:nowrap}
.counts{flex:1;display:flex;gap:8px;white-space:nowrap}
.actions{display:flex;gap:6px;margin-left:auto}
.count{display:inline-flex;align-items:center;gap:3px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;flex:none}
.dot.error{background:${COLOURS.error}}.dot.warning{background:${COLOURS.warning}}.dot.info{background:${COLOURS.info}}
.dot.flag{background:${COLOURS.flag}}
button{font:inherit;font-size:12px;white-space:nowrap;border:1px solid #bbb;background:#fff;border-radius:4px;padding:1px 6px;cursor:pointer;color:#1f1f1f}
button:hover{background:#eef3fd}
button:focus-visible{outline:2px solid ${COLOURS.info};outline-offset:1px}
.body{flex:1 1 auto;min-height:0;overflow:auto}
.list{list-style:none;margin:0;padding:0}
.item{white-space:normal;display:flex;gap:6px;align-items:flex-start;width:100%;text-align:left;border:0;border-bottom:1px solid #eee;
  border-radius:0;padding:6px 8px;background:#fff}
.item .dot{margin-top:5px}
.rule{font-weight:600}
.id{color:#666;font:11px ui-monospace,monospace;margin-left:4px}
.msg{display:block;white-space:pre-wrap;word-break:break-word;color:#333}
.empty{padding:8px;color:#333}
.empty.clean{color:#137333}
.checklist{border-bottom:1px solid #eee}
.checks-line{display:flex;gap:4px;align-items:baseline;width:100%;text-align:left;white-space:normal;border:0;border-radius:0;
  padding:4px 8px;background:#fff;color:#333}
.checklist.failed .checks-line .text{color:${COLOURS.error}}
.checklist.gaps .checks-line .text{color:#8a5a00}
.caret{color:#666;flex:none;width:10px}
.checks{list-style:none;margin:0;padding:0 8px 4px 22px}
.checks-line[aria-expanded="false"] .text{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.check{display:flex;gap:6px;align-items:baseline;padding:1px 0;font-size:12px}
.check .mark{flex:none;width:12px;text-align:center;font-weight:700}
.check.passed .mark{color:#137333}.check.failed .mark{color:${COLOURS.error}}.check.skipped .mark{color:#666}
.check.skipped .title{color:#555}
.check .reason{display:block;color:#666;font-size:11px}
.check .n{color:#666}
.note{padding:4px 8px;color:#555;font-size:12px;border-top:1px solid #eee}
.tip{position:fixed;max-width:380px;padding:6px 8px;background:#202124;color:#fff;border-radius:6px;
  font:12px/1.45 "Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none}
.tip .addr{color:#bdc1c6;font:11px ui-monospace,monospace}
.tip .line{display:flex;gap:6px;margin-top:3px}.tip .line .dot{margin-top:4px}
.tip .msg{color:#fff}
.tip .flagnote{color:#e1bee7}
.editor{position:fixed;right:16px;bottom:16px}
`;
