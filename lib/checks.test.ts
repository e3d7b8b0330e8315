import { describe, expect, it } from 'vitest';
import { half, isClean, noFindingsText, nothingToCheck, summariseChecks } from './checks';
import type { Check } from './model';
import { filedWithLater, NOTHING_TO_COMPARE, ONE_YEAR } from './rules/index';

const passed = (rule: string): Check => ({ rule, status: 'passed' });
const skipped = (rule: string, reason: string): Check => ({ rule, status: 'skipped', reason });

describe('what a clean report may claim', () => {
  it('counts as gaps only the skips one report could have checked', () => {
    expect(nothingToCheck(ONE_YEAR)).toBe(true);
    expect(nothingToCheck(filedWithLater(2022))).toBe(true);
    // Paired with a year that gives the check nothing to compare (a 2019-template year for t2-continuity):
    // no more a gap of this report than no other year at all.
    expect(nothingToCheck(NOTHING_TO_COMPARE)).toBe(true);
    expect(nothingToCheck('正文未陈述可核对的数字 / the text states no figure to check')).toBe(true);
    expect(nothingToCheck('发布日期未识别 / publication date not found')).toBe(false);
    expect(nothingToCheck('表三缺失 / no table 3')).toBe(false);
    expect(nothingToCheck('相关单元格均为空 / every cell involved is blank')).toBe(false);
  });

  it('is clean when nothing failed and every skip had nothing to look at', () => {
    const checks = [
      passed('t3-balance'),
      passed('late-publication'),
      skipped('text-part-sum', '正文未列出分项 / the text lists no parts of the total'),
      skipped('carry-over-mismatch', ONE_YEAR),
    ];
    expect(isClean(summariseChecks(checks))).toBe(true);
  });

  it('is not clean when the deadline rule never ran, and says so instead of plain 未发现问题', () => {
    const checks = [
      passed('t3-balance'),
      skipped('late-publication', '发布日期未识别 / publication date not found'),
    ];
    const s = summariseChecks(checks);
    expect(isClean(s)).toBe(false);
    expect(noFindingsText(s, 'zh')).toBe('未发现问题（已运行 1 项检查；1 项未运行：发布日期未识别）');
    expect(noFindingsText(s, 'en')).toBe(
      'No problems found (1 check ran; 1 not run: publication date not found)',
    );
  });

  it('never says "no problems" when nothing ran', () => {
    const s = summariseChecks([skipped('t3-balance', '表三缺失 / no table 3')]);
    expect(isClean(s)).toBe(false);
    expect(noFindingsText(s, 'zh')).toBe('未运行任何检查（表三缺失）');
  });
});

describe('half', () => {
  it('keeps one language of a 中文 / English text, and of each pair a colon joins', () => {
    expect(half('表三缺失 / no table 3', 'zh')).toBe('表三缺失');
    expect(half('表三缺失 / no table 3', 'en')).toBe('no table 3');
    const joined = '不是年报 / not a report: 本页不是年报 / Not a report page: no tables found';
    expect(half(joined, 'zh')).toBe('不是年报：本页不是年报');
    expect(half(joined, 'en')).toBe('not a report: Not a report page: no tables found');
    expect(half('HTTP 404 Not Found', 'zh')).toBe('HTTP 404 Not Found');
  });
});
