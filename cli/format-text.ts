/** The readable summary: one block per page, findings grouped by severity, a final count line. */
import type { Finding, PageResult, Severity } from '../lib/model';

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

function formatFindings(findings: Finding[], st: Style): string[] {
  if (findings.length === 0) return [`  ${st.green('✓ 未发现问题 / no findings')}`];
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
    ...formatFindings(page.findings, st),
    '',
  ].join('\n');
}

/** Counts for the final line. */
export function countFindings(results: PageResult[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of results) if (p.detected) for (const f of p.findings) n[f.severity]++;
  return n;
}

/** The final line: pages, reports, findings by severity, unreadable inputs. */
export function formatTotals(results: PageResult[], unreadable: number, st: Style): string {
  const reports = results.filter((r) => r.detected).length;
  const other = results.length - reports;
  const n = countFindings(results);
  const zh = `共 ${results.length} 个页面：${reports} 份年报，${other} 个非年报；错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}${unreadable ? `；${unreadable} 个输入无法读取` : ''}`;
  const en = `${results.length} pages: ${reports} reports, ${other} not reports; ${n.error} errors, ${n.warning} warnings, ${n.info} info${unreadable ? `; ${unreadable} unreadable` : ''}`;
  const paint = n.error || unreadable ? st.red : n.warning ? st.yellow : st.green;
  return `${paint(st.bold(zh))}\n${paint(en)}\n`;
}

/** The whole summary. */
export function formatText(results: PageResult[], unreadable: number, st: Style): string {
  return [...results.map((p) => formatPage(p, st)), formatTotals(results, unreadable, st)].join('\n');
}
