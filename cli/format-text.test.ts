import { describe, expect, it } from 'vitest';
import { notReport, samplePage } from '../lib/export/testing';
import type { Check, PageResult } from '../lib/model';
import { formatPage, formatText, makeStyle, wantColor } from './format-text';
import { makeProgress } from './progress';

const plain = makeStyle(false);

const ONE_YEAR = '仅有一个年度 / only one year of this agency';
/** Two passed, one failed, one skipped for want of a date, two waiting for another year. */
const CHECKS: Check[] = [
  { rule: 't3-balance', status: 'passed' },
  { rule: 't3-column-sum', status: 'failed' },
  { rule: 't4-sum', status: 'passed' },
  { rule: 'late-publication', status: 'skipped', reason: '发布日期未识别 / publication date not found' },
  { rule: 'carry-over-mismatch', status: 'skipped', reason: ONE_YEAR },
  { rule: 'copied-table', status: 'skipped', reason: ONE_YEAR },
];

function withChecks(page: PageResult, checks: Check[]): PageResult {
  return page.detected ? { ...page, checks } : page;
}

describe('formatText', () => {
  it('shows where, what and the findings grouped by severity, errors first', () => {
    const out = formatPage(samplePage(), plain);
    expect(out).toContain('reports/a.html\n  ✓ 政府信息公开年报 / annual report');
    expect(out).toMatch(/机关 agency: +某某区统计局/);
    expect(out).toMatch(/年度 year: +2021/);
    expect(out).toMatch(/模板 template: +2021 版（国办公开办函〔2021〕30号）/);
    expect(out).toMatch(/发布 published: +2022-01-20/);
    expect(out.indexOf('错误 errors (2)')).toBeLessThan(out.indexOf('警告 warnings (1)'));
    expect(out).toContain('✗ 表三 本年新收 总计 12 ≠ 10 [t3-column-sum]');
    expect(out).toContain('! 发布晚于期限 [late-publication]');
  });

  it('says plainly when a page is not a report, in Chinese and English', () => {
    const out = formatPage(notReport(), plain);
    expect(out).toContain('不是政府信息公开年报 / not an annual report');
    expect(out).toContain('没有找到年报标题');
  });

  it('marks unknown metadata, and claims no clean pass for a record without its checks', () => {
    const page = samplePage({ agency: null, template: null, published: null });
    if (!page.detected) throw new Error('unreachable');
    page.findings = [];
    const out = formatPage(page, plain);
    expect(out).toMatch(/机关 agency: +未识别 \/ unknown/);
    expect(out).toContain('  未发现问题（检查记录缺失） / no findings (no record of the checks)');
    expect(out).not.toContain('✓ 未发现问题');
    expect(out).not.toContain('检查 checks');
  });

  it('says in one line per language how many checks ran, passed, failed and did not run, and why', () => {
    const out = formatPage(withChecks(samplePage(), CHECKS), plain);
    expect(out).toMatch(
      /检查 checks: +6 项检查：2 通过，1 未通过，3 未运行（发布日期未识别；仅有一个年度 ×2）\n +6 checks: 2 passed, 1 failed, 3 not run \(publication date not found; only one year of this agency ×2\)\n/,
    );
  });

  it('never says ✓ 未发现问题 when a check this report allows did not run: it says what ran', () => {
    const page = withChecks(
      samplePage(),
      CHECKS.filter((c) => c.status !== 'failed'),
    );
    if (!page.detected) throw new Error('unreachable');
    page.findings = [];
    const out = formatPage(page, plain);
    expect(out).not.toContain('✓ 未发现问题');
    expect(out).toContain(
      '– 未发现问题（已运行 2 项检查；3 项未运行：发布日期未识别；仅有一个年度 ×2） / No problems found (2 checks ran; 3 not run: publication date not found; only one year of this agency ×2)',
    );
  });

  it('gives ✓ when every check one report allows ran, naming the cross-year ones still waiting', () => {
    const page = withChecks(
      samplePage(),
      CHECKS.filter((c) => c.status === 'passed' || c.rule === 'carry-over-mismatch'),
    );
    if (!page.detected) throw new Error('unreachable');
    page.findings = [];
    const out = formatPage(page, plain);
    expect(out).toContain('✓ 未发现问题（已运行 2 项检查；1 项未运行：仅有一个年度）');
    const all = withChecks(samplePage(), [{ rule: 't3-balance', status: 'passed' }]);
    if (!all.detected) throw new Error('unreachable');
    all.findings = [];
    expect(formatPage(all, plain)).toContain(
      '✓ 未发现问题（1 项检查全部通过） / No problems found (the one check passed)',
    );
  });

  it('says no check ran, never "no problems", when every check was skipped', () => {
    const page = withChecks(samplePage(), [
      { rule: 't3-balance', status: 'skipped', reason: '表三缺失 / no table 3' },
      { rule: 't4-sum', status: 'skipped', reason: '表四缺失 / no table 4' },
    ]);
    if (!page.detected) throw new Error('unreachable');
    page.findings = [];
    const out = formatPage(page, plain);
    expect(out).toContain('– 未运行任何检查（表三缺失；表四缺失） / No check ran (no table 3; no table 4)');
    expect(out).not.toContain('未发现问题');
    expect(out).not.toContain('✓ 未');
  });

  it('names the other report under a cross-report finding', () => {
    const page = samplePage();
    if (!page.detected) throw new Error('unreachable');
    page.findings[0]!.other = {
      title: '某某区统计局2020年政府信息公开工作年度报告',
      year: 2020,
      published: '2021-01-25',
      url: 'http://tjj.example.gov.cn/2020.html',
    };
    const lines = formatPage(page, plain).split('\n');
    const at = lines.findIndex((l) => l.includes('[t3-column-sum]'));
    expect(lines[at + 1]).toBe(
      '      ↔ 对照 2020 年报告 / compared with the 2020 report: 某某区统计局2020年政府信息公开工作年度报告，2021-01-25 发布  http://tjj.example.gov.cn/2020.html',
    );
  });

  it('ends with a count line in both languages', () => {
    const out = formatText([samplePage(), notReport()], 1, plain);
    expect(out).toContain('共 2 个页面：1 份年报，1 个非年报；错误 2，警告 1，提示 0；1 个输入无法读取');
    expect(out).toContain('2 pages: 1 report, 1 not a report; 2 errors, 1 warning, 0 info; 1 unreadable');
    // English counts agree with their nouns.
    expect(formatText([samplePage()], 0, plain)).toContain(
      '1 page: 1 report, 0 not reports; 2 errors, 1 warning, 0 info',
    );
    expect(formatText([], 0, plain)).toContain(
      '0 pages: 0 reports, 0 not reports; 0 errors, 0 warnings, 0 info',
    );
  });

  it('colours only when asked', () => {
    expect(formatText([samplePage()], 0, plain)).not.toContain('\x1b[');
    expect(formatText([samplePage()], 0, makeStyle(true))).toContain('\x1b[31m');
  });
});

describe('wantColor', () => {
  it('wants a TTY and no NO_COLOR', () => {
    expect(wantColor(true, {})).toBe(true);
    expect(wantColor(false, {})).toBe(false);
    expect(wantColor(undefined, {})).toBe(false);
    expect(wantColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantColor(true, { NO_COLOR: '' })).toBe(true);
  });
});

describe('makeProgress', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 60, write: (s: string) => out.push(s) } };
  };

  it('draws on a terminal for more than five inputs and clears at the end', () => {
    const { out, stream } = sink(true);
    const p = makeProgress(stream, 6);
    for (let i = 0; i < 6; i++) p.tick(`dir/${'long-name-'.repeat(8)}${i}.html`);
    p.done();
    expect(out).toHaveLength(7);
    expect(out[5]).toContain('[########################] 6/6 …');
    expect(out[5]).toMatch(/5\.html$/);
    expect(out.every((l) => l.replace(/\x1b\[2K/, '').length <= 60)).toBe(true);
    expect(out[6]).toBe('\r\x1b[2K');
  });

  it('stays silent off a terminal or for a few inputs', () => {
    for (const [tty, n] of [
      [false, 50],
      [true, 5],
    ] as const) {
      const { out, stream } = sink(tty);
      const p = makeProgress(stream, n);
      for (let i = 0; i < n; i++) p.tick('x');
      p.done();
      expect(out).toEqual([]);
    }
  });
});
