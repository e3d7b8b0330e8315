/**
 * The toolbar badge of a tab, from what its frames last reported. Only a frame that holds a report
 * counts: a page that is not a report gets no badge at all. ✓ only where a report was audited,
 * nothing was found, and every check it allows ran; a report with nothing found but checks that
 * did not run (no publication date, blank cells …) gets a grey – (the checklist's mark for "not
 * run"), since a ✓ there would claim a clean pass nobody checked.
 */
import type { FrameState } from './tab-frames';

/** What `action` is set to: text, background colour and the hover title. */
export interface Badge {
  text: string;
  colour: string;
  title: string;
}

/** The badge for a tab's frames (any order; frames without a report are ignored). */
export function badgeFor(frames: FrameState[]): Badge {
  const reports = frames.filter((f) => f.detected);
  if (reports.length === 0) return { text: '', colour: '#5f6368', title: '年报核查' };
  const errors = reports.reduce((n, f) => n + f.errors, 0);
  const warnings = reports.reduce((n, f) => n + f.warnings, 0);
  const gaps = reports.reduce((n, f) => n + (f.gaps ?? 0), 0);
  const notRun = gaps > 0 ? `；${gaps} 项检查未运行` : '';
  const notRunEn = gaps > 0 ? `; ${gaps} checks did not run` : '';
  if (errors > 0 || warnings > 0) {
    const title = `年报核查：${errors} 个错误，${warnings} 个警告${notRun} / ${errors} errors, ${warnings} warnings${notRunEn}`;
    return errors > 0
      ? { text: String(errors), colour: '#d93025', title }
      : { text: String(warnings), colour: '#e37400', title };
  }
  if (gaps > 0)
    return {
      text: '–',
      colour: '#5f6368',
      title: `年报核查：未发现问题，但有 ${gaps} 项检查未运行（原因见弹窗） / no problems found, but ${gaps} checks did not run (see why in the popup)`,
    };
  return {
    text: '✓',
    colour: '#188038',
    title: '年报核查：未发现问题，本报告的各项检查均已运行 / no problems; every check of this report ran',
  };
}
