import { describe, expect, it } from 'vitest';
import type { Fact } from '../model';
import { statContinuity } from './stat-continuity';
import { fact, makeReport } from './testing';

/** An old report of `year` whose statistics table gives 主动公开 `value` this year, `cumulative` since the start. */
const old = (year: number, value: number, cumulative: number, more: Fact[] = []) =>
  makeReport({
    year,
    template: null,
    cells: {},
    facts: [
      fact('f.stat.proactive_total', value, String(value), '统计表·主动公开文件数'),
      fact(
        'f.stat.proactive_total.cumulative',
        cumulative,
        String(cumulative),
        '统计表·主动公开文件数（历年累计）',
      ),
      ...more,
    ],
  });

describe('stat-continuity', () => {
  it("warns where last year's running total plus this year's figure is not this year's running total", () => {
    // 平潭综合实验区公安局 2013 and 2014: 440 + 360 = 800, but 805.
    const found = statContinuity.runPair(old(2013, 300, 440), old(2014, 360, 805));
    expect(found.map((f) => [f.rule, f.severity, f.message, f.cells])).toEqual([
      [
        'stat-continuity',
        'warning',
        '统计表「主动公开文件数」的历年累计：2013 年度报告为 440，加本年 360 应为 800，但本年度报告为 805',
        ['f.stat.proactive_total', 'f.stat.proactive_total.cumulative'],
      ],
    ]);
    expect(statContinuity.runPair(old(2013, 300, 440), old(2014, 360, 800))).toEqual([]);
  });

  it("says where the text's figure is the one the running totals agree with (环境与国土资源局 2017)", () => {
    const text = fact('f.proactive_total', 733, '主动公开政府信息733条');
    const [f] = statContinuity.runPair(old(2016, 583, 1294), old(2017, 626, 2027, [text]));
    expect(f?.message).toBe(
      '统计表「主动公开文件数」的历年累计：2016 年度报告为 1294，加本年 626 应为 1920，但本年度报告为 2027（正文所称本年「主动公开政府信息733条」即 733，与历年累计相符：表中本年一栏可能有误）',
    );
    expect(f?.cells).toContain('f.proactive_total');
  });

  it('says where the running total stops at the year before (农村发展局 2017 and 2018)', () => {
    const [f] = statContinuity.runPair(old(2017, 107, 74), old(2018, 68, 181));
    expect(f?.message).toContain('本年度报告的历年累计 181 正是上年累计 74 加上年的本年数 107');
  });

  it('compares only consecutive years whose tables give both running totals and are headed with their own years', () => {
    expect(statContinuity.compares(old(2013, 300, 440), old(2014, 360, 800))).toBe(true);
    expect(statContinuity.compares(old(2012, 300, 440), old(2014, 360, 800))).toBe(false);
    expect(statContinuity.compares(makeReport({ year: 2013, facts: [] }), old(2014, 360, 800))).toBe(false);
    const stale = old(2014, 360, 800, [fact('f.stat.year', 2013, '2013年度', '统计表·年度')]);
    expect(statContinuity.compares(old(2013, 300, 440), stale)).toBe(false);
    expect(statContinuity.runPair(old(2013, 300, 440), stale)).toEqual([]);
  });
});
