/**
 * What a report's checks amount to, in words the CLI, the popup and the panel share: how many ran,
 * passed, failed and did not run (and why), and whether "no findings" may be called clean.
 */
import type { Check } from './model';
import { filedWithLater, NOTHING_TO_COMPARE, ONE_YEAR } from './rules/index';
import { NO_STAT_PARTS } from './rules/stat-part-sum';

/** A report's checks counted, with the reasons of the skipped ones grouped. */
export interface CheckSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Skipped checks grouped by reason, in the catalogue's order of first appearance. */
  reasons: { reason: string; rules: string[] }[];
  /**
   * Skipped checks that one report could have run (the cross-year checks waiting for another year
   * of the agency are not counted: they can never run on one page). 0: every check it allows ran.
   */
  gaps: number;
}

// `已与 2022 年报告对照…`: the words before the year of filedWithLater's reason.
const LATER_PREFIX = filedWithLater(0).slice(0, filedWithLater(0).indexOf('0'));

/**
 * Whether a skip leaves nothing unchecked that this one report could have shown: a cross-year check
 * waiting for another year (or filed with the later one, or paired with one that gives it nothing to
 * compare), a text rule on prose that states no figure or claim of its kind, or the old form's table
 * sums on a page without that table (every report of the current templates). A missing date, table
 * or readable cell is a real gap.
 */
export function nothingToCheck(reason: string): boolean {
  return (
    reason === ONE_YEAR ||
    reason === NOTHING_TO_COMPARE ||
    reason === NO_STAT_PARTS ||
    reason.startsWith(LATER_PREFIX) ||
    reason.startsWith('正文未')
  );
}

/** `1 check`, `3 checks`. */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** UI language of a sentence: Chinese or English. */
export type Lang = 'zh' | 'en';

/** Counts the checks and groups the skip reasons. */
export function summariseChecks(checks: Check[]): CheckSummary {
  const reasons: CheckSummary['reasons'] = [];
  let passed = 0;
  let failed = 0;
  let gaps = 0;
  for (const c of checks) {
    if (c.status === 'passed') passed++;
    else if (c.status === 'failed') failed++;
    else {
      const reason = c.reason ?? '';
      const group = reasons.find((r) => r.reason === reason);
      if (group) group.rules.push(c.rule);
      else reasons.push({ reason, rules: [c.rule] });
      if (!nothingToCheck(reason)) gaps++;
    }
  }
  return { total: checks.length, passed, failed, skipped: checks.length - passed - failed, reasons, gaps };
}

/**
 * Whether "no problems" may carry a ✓: some check ran, none failed, and every check this report
 * allows on its own ran (a cross-year check waiting for another year does not withhold it).
 */
export function isClean(s: CheckSummary): boolean {
  return s.failed === 0 && s.gaps === 0 && s.passed > 0;
}

/**
 * One language's half of a `中文 / English` text (rule titles, skip reasons and error messages are
 * written so); a text without the slash is both. Pairs joined by a colon before Chinese
 * (`不是年报 / not a report: 本页… / Not a report page…`) are halved each, joined by the language's colon.
 */
export function half(text: string, lang: Lang): string {
  const pairs = text.split(/: (?=[\u3400-\u9fff])/);
  if (pairs.length > 1) return pairs.map((p) => halfPair(p, lang)).join(lang === 'zh' ? '：' : ': ');
  return halfPair(text, lang);
}

function halfPair(text: string, lang: Lang): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return lang === 'zh' ? text.slice(0, at).trim() : text.slice(at + 3).trim();
}

/** `发布日期未识别；仅有一个年度 ×3`: the reasons, each with its count when there are several. */
export function reasonsText(s: CheckSummary, lang: Lang): string {
  const unknown = lang === 'zh' ? '原因未说明' : 'no reason given';
  const sep = lang === 'zh' ? '；' : '; ';
  return s.reasons
    .map((r) => {
      const text = r.reason ? half(r.reason, lang) : unknown;
      return s.reasons.length > 1 && r.rules.length > 1 ? `${text} ×${r.rules.length}` : text;
    })
    .join(sep);
}

/** `15 项检查：11 通过，1 未通过，3 未运行（仅有一个年度）`, or its English. */
export function checksLine(s: CheckSummary, lang: Lang): string {
  const why = s.skipped > 0 ? reasonsText(s, lang) : '';
  if (lang === 'zh') {
    const skipped = s.skipped > 0 ? `，${s.skipped} 未运行（${why}）` : '';
    return `${s.total} 项检查：${s.passed} 通过，${s.failed} 未通过${skipped}`;
  }
  const skipped = s.skipped > 0 ? `, ${s.skipped} not run (${why})` : '';
  return `${plural(s.total, 'check')}: ${s.passed} passed, ${s.failed} failed${skipped}`;
}

/**
 * What "no findings" means on this report, saying what ran: `未发现问题（15 项检查全部通过）`,
 * `未发现问题（已运行 11 项检查；2 项未运行：发布日期未识别）`, or, when nothing ran,
 * `未运行任何检查（…）` (never "no problems": nothing was looked at).
 */
export function noFindingsText(s: CheckSummary, lang: Lang): string {
  const ran = s.passed + s.failed;
  const why = reasonsText(s, lang);
  if (lang === 'zh') {
    if (ran === 0) return `未运行任何检查${s.skipped > 0 ? `（${why}）` : ''}`;
    if (s.skipped === 0) return `未发现问题（${ran} 项检查全部通过）`;
    return `未发现问题（已运行 ${ran} 项检查；${s.skipped} 项未运行：${why}）`;
  }
  if (ran === 0) return `No check ran${s.skipped > 0 ? ` (${why})` : ''}`;
  if (s.skipped === 0)
    return `No problems found (${ran === 1 ? 'the one check' : `all ${ran} checks`} passed)`;
  return `No problems found (${plural(ran, 'check')} ran; ${s.skipped} not run: ${why})`;
}
