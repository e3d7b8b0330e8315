/**
 * The toolbar badge of a tab, from what its frames last reported. Only a frame that holds a report
 * counts: a page that is not a report gets no badge at all. ✓ only where a report was audited,
 * nothing was found, and every check it allows ran; a report with nothing found but checks that
 * did not run (no publication date, blank cells …) gets a grey – (the checklist's mark for "not
 * run"), since a ✓ there would claim a clean pass nobody checked. A frame whose audit failed (its
 * read or the background's audit threw) is a report nobody checked either: with nothing found
 * elsewhere the badge is a grey ! (the panel's mark for a failed audit), never ✓; with findings
 * elsewhere it keeps their count, and its title says that a report could not be audited.
 */
import type { FrameState } from './tab-frames';

/** What `action` is set to: text, background colour and the hover title. */
export interface Badge {
  text: string;
  colour: string;
  title: string;
}

const GREY = '#5f6368';

/** The badge for a tab's frames (any order; frames without a report are ignored). */
export function badgeFor(frames: FrameState[]): Badge {
  const reports = frames.filter((f) => f.detected);
  const failed = frames.filter((f) => !f.detected && f.error !== undefined).length;
  if (reports.length === 0 && failed === 0) return { text: '', colour: GREY, title: '年报核查' };
  const errors = reports.reduce((n, f) => n + f.errors, 0);
  const warnings = reports.reduce((n, f) => n + f.warnings, 0);
  const gaps = reports.reduce((n, f) => n + (f.gaps ?? 0), 0);
  const notRun = gaps > 0 ? `；${gaps} 项检查未运行` : '';
  const notRunEn = gaps > 0 ? `; ${gaps} checks did not run` : '';
  const unaudited = failed > 0 ? `；${failed} 份报告无法核查` : '';
  const unauditedEn =
    failed > 0 ? `; ${failed} ${failed === 1 ? 'report' : 'reports'} could not be audited` : '';
  if (errors > 0 || warnings > 0) {
    const title = `年报核查：${errors} 个错误，${warnings} 个警告${notRun}${unaudited} / ${errors} errors, ${warnings} warnings${notRunEn}${unauditedEn}`;
    return errors > 0
      ? { text: String(errors), colour: '#d93025', title }
      : { text: String(warnings), colour: '#e37400', title };
  }
  if (failed > 0)
    return {
      text: '!',
      colour: GREY,
      title: `年报核查：${failed} 份报告无法核查（原因见弹窗）${reports.length > 0 ? '，其余未发现问题' : ''} / ${failed} ${failed === 1 ? 'report' : 'reports'} could not be audited (see why in the popup)${reports.length > 0 ? '; nothing found in the rest' : ''}`,
    };
  if (gaps > 0)
    return {
      text: '–',
      colour: GREY,
      title: `年报核查：未发现问题，但有 ${gaps} 项检查未运行（原因见弹窗） / no problems found, but ${gaps} checks did not run (see why in the popup)`,
    };
  return {
    text: '✓',
    colour: '#188038',
    title: '年报核查：未发现问题，本报告的各项检查均已运行 / no problems; every check of this report ran',
  };
}
