import { describe, expect, it } from 'vitest';
import { notReport, samplePage } from '../lib/export/testing';
import { formatPage, formatText, makeStyle, wantColor } from './format-text';
import { makeProgress } from './progress';

const plain = makeStyle(false);

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

  it('marks unknown metadata and a clean report', () => {
    const page = samplePage({ agency: null, template: null, published: null });
    if (!page.detected) throw new Error('unreachable');
    page.findings = [];
    const out = formatPage(page, plain);
    expect(out).toMatch(/机关 agency: +未识别 \/ unknown/);
    expect(out).toContain('未发现问题 / no findings');
  });

  it('ends with a count line in both languages', () => {
    const out = formatText([samplePage(), notReport()], 1, plain);
    expect(out).toContain('共 2 个页面：1 份年报，1 个非年报；错误 2，警告 1，提示 0；1 个输入无法读取');
    expect(out).toContain('2 pages: 1 reports, 1 not reports; 2 errors, 1 warnings, 0 info; 1 unreadable');
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
