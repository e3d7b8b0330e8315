/** The readable summary: one block per page, findings grouped by severity, a final count line. */
import { type CheckSummary, checksLine, isClean, noFindingsText, summariseChecks } from '../lib/checks';
import type { Check, Finding, OtherReport, PageResult, Severity } from '../lib/model';

/** ANSI styling, or none: colour only reaches a terminal and never a file or pipe. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

const ansi = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

/** Colour for a terminal; plain text otherwise. */
export function makeStyle(color: boolean): Style {
  const plain = (s: string) => s;
  if (!color) return { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    red: ansi(31, 39),
    yellow: ansi(33, 39),
    cyan: ansi(36, 39),
    green: ansi(32, 39),
  };
}

/** Colour only on a TTY, and never when NO_COLOR is set to anything (no-color.org). */
export function wantColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

const SEVERITIES: { sev: Severity; title: string; mark: string; paint: keyof Style }[] = [
  { sev: 'error', title: '错误 errors', mark: '✗', paint: 'red' },
  { sev: 'warning', title: '警告 warnings', mark: '!', paint: 'yellow' },
  { sev: 'info', title: '提示 info', mark: 'i', paint: 'cyan' },
];

const TEMPLATE_NAMES: Record<string, string> = {
  '2019': '2019 版（国办公开办函〔2019〕60号）',
  '2021': '2021 版（国办公开办函〔2021〕30号）',
};

const UNKNOWN = '未识别 / unknown';

/** The report's checks in one line per language: how many ran, passed, failed, did not run and why. */
function formatChecks(s: CheckSummary, st: Style): string[] {
  const paint = s.failed > 0 ? st.red : s.gaps > 0 ? st.yellow : (t: string) => t;
  // Under the Chinese line's figures: its two CJK characters take two columns each on a terminal.
  const indent = ' '.repeat(21);
  return [
    `  ${'检查 checks:'.padEnd(16)} ${paint(checksLine(s, 'zh'))}`,
    `${indent}${st.dim(checksLine(s, 'en'))}`,
  ];
}

/**
 * "No findings", saying what ran: ✓ only when every check this report allows ran; an audit
 * without its checks (a record from before they existed) claims nothing beyond no findings.
 */
function formatNone(s: CheckSummary | null, st: Style): string[] {
  if (!s) return [`  ${st.dim('未发现问题（检查记录缺失） / no findings (no record of the checks)')}`];
  const text = `${noFindingsText(s, 'zh')} / ${noFindingsText(s, 'en')}`;
  return [`  ${isClean(s) ? st.green(`✓ ${text}`) : st.yellow(`– ${text}`)}`];
}

/** The other report a cross-report finding compares with, as a reader finds it. */
function formatOther(o: OtherReport, st: Style): string {
  const where = o.url ?? o.file;
  const published = o.published ? `，${o.published} 发布` : '';
  return `      ${st.dim(`↔ 对照 ${o.year} 年报告 / compared with the ${o.year} report:`)} ${o.title || '（无标题）'}${st.dim(`${published}${where ? `  ${where}` : ''}`)}`;
}

function formatFindings(findings: Finding[], checks: Check[] | undefined, st: Style): string[] {
  if (findings.length === 0) return formatNone(checks ? summariseChecks(checks) : null, st);
  const lines: string[] = [];
  for (const { sev, title, mark, paint } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(`  ${st.bold(st[paint](`${title} (${group.length})`))}`);
    for (const f of group) {
      // Messages may span lines (the arithmetic); keep them under their mark.
      const [first, ...rest] = f.message.split('\n');
      lines.push(`    ${st[paint](mark)} ${first} ${st.dim(`[${f.rule}]`)}`);
      for (const r of rest) lines.push(`      ${r}`);
      if (f.other) lines.push(formatOther(f.other, st));
    }
  }
  return lines;
}

/** One page's block of the summary. */
export function formatPage(page: PageResult, st: Style): string {
  const where = page.file ?? page.url ?? '';
  if (!page.detected) {
    const reason = page.reason ? `\n  ${st.dim(page.reason)}` : '';
    return `${st.bold(where)}\n  ${st.dim('— 不是政府信息公开年报 / not an annual report')}${reason}\n`;
  }
  const r = page.report;
  const field = (zh: string, en: string, v: string | number | null) =>
    `  ${`${zh} ${en}:`.padEnd(16)} ${v === null || v === '' ? st.dim(UNKNOWN) : v}`;
  return [
    st.bold(where),
    `  ${st.green('✓ 政府信息公开年报 / annual report')}${r.title ? `  ${r.title}` : ''}`,
    field('机关', 'agency', r.agency),
    field('年度', 'year', r.year),
    field('模板', 'template', r.template ? (TEMPLATE_NAMES[r.template] ?? r.template) : null),
    field('发布', 'published', r.published),
    ...(page.checks ? formatChecks(summariseChecks(page.checks), st) : []),
    ...formatFindings(page.findings, page.checks, st),
    '',
  ].join('\n');
}

/** Counts for the final line. */
export function countFindings(results: PageResult[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of results) if (p.detected) for (const f of p.findings) n[f.severity]++;
  return n;
}

/** A count and its noun, singular for one: `1 page`, `2 pages`, `0 pages`. */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The final line: pages, reports, findings by severity, unreadable inputs. */
export function formatTotals(results: PageResult[], unreadable: number, st: Style): string {
  const reports = results.filter((r) => r.detected).length;
  const other = results.length - reports;
  const n = countFindings(results);
  const zh = `共 ${results.length} 个页面：${reports} 份年报，${other} 个非年报；错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}${unreadable ? `；${unreadable} 个输入无法读取` : ''}`;
  const en = `${counted(results.length, 'page', 'pages')}: ${counted(reports, 'report', 'reports')}, ${counted(other, 'not a report', 'not reports')}; ${counted(n.error, 'error', 'errors')}, ${counted(n.warning, 'warning', 'warnings')}, ${n.info} info${unreadable ? `; ${unreadable} unreadable` : ''}`;
  const paint = n.error || unreadable ? st.red : n.warning ? st.yellow : st.green;
  return `${paint(st.bold(zh))}\n${paint(en)}\n`;
}

/** The whole summary. */
export function formatText(results: PageResult[], unreadable: number, st: Style): string {
  return [...results.map((p) => formatPage(p, st)), formatTotals(results, unreadable, st)].join('\n');
}
