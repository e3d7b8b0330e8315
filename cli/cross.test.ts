import { describe, expect, it } from 'vitest';
import { conforms } from '../lib/export/canonical';
import { notReport, samplePage } from '../lib/export/testing';
import type { PageResult, Report } from '../lib/model';
import { checkRules, NOTHING_TO_COMPARE, PAIR_IN_DOUBT, PAIR_RULES } from '../lib/rules/index';
import { makeCtx } from '../lib/rules/testing';
import type { PairRule } from '../lib/rules/types';
import { agencyKey } from './agency';
import { crossCheck } from './cross';

/** A stand-in for carry-over-mismatch that records which pairs it saw. */
const seen: [number | null, number | null][] = [];
const rule: PairRule = {
  id: 'carry-over-mismatch',
  severity: 'error',
  title: '结转不一致',
  explain: '',
  compares: () => true,
  runPair(prev: Report, next: Report) {
    seen.push([prev.year, next.year]);
    return [
      {
        rule: 'carry-over-mismatch',
        severity: 'error',
        message: `${prev.year} 结转 ≠ ${next.year} 上年结转`,
        cells: ['t3.carried_in.total'],
      },
    ];
  },
};

describe('crossCheck', () => {
  it('pairs consecutive years of one agency and adds the findings to the later page', () => {
    seen.length = 0;
    const pages = [
      samplePage({ agency: '某某区 统计局', year: 2022 }, '2022.html'),
      samplePage({ agency: '某某区统计局', year: 2021 }, '2021.html'),
      notReport(),
      samplePage({ agency: '某某区统计局2024年度', year: 2024 }, '2024.html'),
      samplePage({ agency: '另一个局', year: 2023 }, 'other.html'),
      samplePage({ agency: '某某区统计局', year: null }, 'undated.html'),
    ];
    const out = crossCheck(pages, [rule]);
    expect(seen).toEqual([[2021, 2022]]);
    const rules = out.map((p) => (p.detected ? p.findings.map((f) => f.rule) : null));
    expect(rules[0]).toContain('carry-over-mismatch');
    expect(rules[1]).not.toContain('carry-over-mismatch');
    expect(rules[3]).not.toContain('carry-over-mismatch');
    expect(rules[4]).not.toContain('carry-over-mismatch');
    // The input is left alone.
    expect(pages[0]?.detected && pages[0].findings.map((f) => f.rule)).not.toContain('carry-over-mismatch');
  });

  it("writes a pair finding's keys in the schema's order, so the export prints the page as it is", () => {
    const withMsg: PairRule = {
      ...rule,
      runPair: (prev, next) =>
        rule.runPair(prev, next).map((f) => ({ ...f, msg: { id: 'carry', params: { a: 1 } } })),
    };
    for (const agency of ['某某区统计局', '某某区 统计局']) {
      const out = crossCheck(
        [samplePage({ agency: '某某区统计局', year: 2021 }), samplePage({ agency, year: 2022 })],
        [withMsg],
      );
      const later = out[1]!;
      expect(later.detected && later.findings.some((f) => f.other && f.msg)).toBe(true);
      expect(conforms(later)).toBe(true);
    }
  });

  it('matches agencies written in full-width or with a trailing year', () => {
    seen.length = 0;
    crossCheck(
      [
        samplePage({ agency: 'ＸＸ市　生态环境局', year: 2020 }),
        samplePage({ agency: 'XX市生态环境局2021年度', year: 2021 }),
      ],
      [rule],
    );
    expect(seen).toEqual([[2020, 2021]]);
  });

  it('does nothing without pairs', () => {
    const pages = [samplePage(), notReport()];
    expect(crossCheck(pages, [rule])).toEqual(pages);
  });
});

describe('crossCheck: one agency is one name on one portal', () => {
  const cells = (c: Record<string, number>) =>
    Object.fromEntries(Object.entries(c).map(([k, value]) => [k, { value, raw: String(value) }]));
  // Two years of a 政府办公室 whose carry-over breaks (2021 carries 3 out, 2022 takes 2 in).
  const office = (portal: string | null, portal2022: string | null = portal) => [
    samplePage(
      {
        agency: '政府办公室',
        year: 2021,
        portal,
        published: '2022-01-25',
        cells: cells({ 't3.carried_out.total': 3 }),
      },
      'sy/2021.html',
    ),
    samplePage(
      { agency: '政府办公室', year: 2022, portal: portal2022, cells: cells({ 't3.carried_in.total': 2 }) },
      'xy/2022.html',
    ),
  ];
  const withChecks = (pages: PageResult[]) =>
    pages.map((p) => (p.detected ? { ...p, checks: checkRules(p.report, makeCtx()).checks } : p));
  const carry = (p: PageResult | undefined) =>
    p?.detected ? p.findings.filter((f) => f.rule === 'carry-over-mismatch') : [];

  it("two counties' 政府办公室 reports are not paired", () => {
    const pages = withChecks(office('shuyang.gov.cn', 'xuyi.gov.cn'));
    const out = crossCheck(pages, PAIR_RULES);
    expect(out).toEqual(pages);
  });

  it('the same two on one portal pair: the carry-over error names the 2021 report and the checks say it ran', () => {
    const out = crossCheck(withChecks(office('shuyang.gov.cn')), PAIR_RULES);
    const [f] = carry(out[1]);
    expect(f?.severity).toBe('error');
    expect(f?.other).toEqual({
      title: '某某区统计局2021年政府信息公开工作年度报告',
      file: 'sy/2021.html',
      year: 2021,
      published: '2022-01-25',
    });
    const checks = out[1]?.detected ? out[1].checks : [];
    expect(checks?.find((c) => c.rule === 'carry-over-mismatch')).toEqual({
      rule: 'carry-over-mismatch',
      status: 'failed',
    });
    // Neither year gives a figure the other has: copied-table compared nothing, and does not pass.
    expect(checks?.find((c) => c.rule === 'copied-table')).toEqual({
      rule: 'copied-table',
      status: 'skipped',
      reason: NOTHING_TO_COMPARE,
    });
    // The earlier report keeps its findings; its pair checks point at the later report, where the
    // pair's findings are filed, instead of claiming there was only one year.
    const before = withChecks(office('shuyang.gov.cn'))[0];
    const after = out[0];
    expect(after?.detected && before?.detected && after.findings).toEqual(
      before?.detected && before.findings,
    );
    const earlier = after?.detected ? after.checks : [];
    expect(earlier?.find((c) => c.rule === 'carry-over-mismatch')).toEqual({
      rule: 'carry-over-mismatch',
      status: 'skipped',
      reason: '已与 2022 年报告对照，结果见该报告 / compared with the 2022 report: see its findings',
    });
    expect(earlier?.find((c) => c.rule === 'copied-table')).toEqual({
      rule: 'copied-table',
      status: 'skipped',
      reason: NOTHING_TO_COMPARE,
    });
  });

  it("judges a middle year's pair checks by its pair with the year before, not by the one after it", () => {
    // 2017 carries 2 out to 2018, which takes 3 in (an error filed under 2018); 2016 gives 2017 no figure.
    const year = (y: number, c: Record<string, number>) =>
      samplePage({ agency: '公安局', year: y, portal: 'pingtan.gov.cn', cells: cells(c) }, `${y}.html`);
    const out = crossCheck(
      withChecks([
        year(2016, {}),
        year(2017, { 't3.carried_out.total': 2 }),
        year(2018, { 't3.carried_in.total': 3 }),
      ]),
      PAIR_RULES,
    );
    const carry = (p: PageResult | undefined) =>
      (p?.detected && p.checks?.find((c) => c.rule === 'carry-over-mismatch')) || undefined;
    expect(carry(out[1])).toEqual({
      rule: 'carry-over-mismatch',
      status: 'skipped',
      reason: NOTHING_TO_COMPARE,
    });
    expect(carry(out[2])?.status).toBe('failed');
  });

  it('passes no pair check that had no figures to compare (two reports of the 2008 form, no tables)', () => {
    // 平潭综合实验区公安局 2015 and 2016: paired, but neither has a cell; each check said passed.
    const bare = (year: number) =>
      samplePage({ agency: '公安局', year, portal: 'pingtan.gov.cn', cells: {} }, `${year}.html`);
    const out = crossCheck(withChecks([bare(2015), bare(2016)]), PAIR_RULES);
    const pairChecks = (p: PageResult | undefined) =>
      (p?.detected && p.checks?.filter((c) => PAIR_RULES.some((r) => r.id === c.rule))) || [];
    expect(pairChecks(out[1]).map((c) => [c.status, c.reason])).toEqual(
      PAIR_RULES.map(() => ['skipped', NOTHING_TO_COMPARE]),
    );
    expect(pairChecks(out[0]).map((c) => c.reason)).toEqual(PAIR_RULES.map(() => NOTHING_TO_COMPARE));
    // With 表三's carry-over in both, that check ran and passed; the others still had nothing.
    const carried = [
      samplePage(
        {
          agency: '公安局',
          year: 2015,
          portal: 'pingtan.gov.cn',
          cells: cells({ 't3.carried_out.total': 2 }),
        },
        '2015.html',
      ),
      samplePage(
        {
          agency: '公安局',
          year: 2016,
          portal: 'pingtan.gov.cn',
          cells: cells({ 't3.carried_in.total': 2 }),
        },
        '2016.html',
      ),
    ];
    const [, later] = crossCheck(withChecks(carried), PAIR_RULES);
    expect(pairChecks(later).map((c) => [c.rule, c.status])).toEqual([
      ['carry-over-mismatch', 'passed'],
      ['t2-continuity', 'skipped'],
      ['stat-continuity', 'skipped'],
      ['copied-table', 'skipped'],
    ]);
  });

  it('without portal evidence, any name pairs only as uncertain info, never as an error', () => {
    const [bare] = carry(crossCheck(office(null), PAIR_RULES)[1]);
    expect(bare?.severity).toBe('info');
    expect(bare?.message).toContain('配对存疑');
    const named = office(null).map((p) =>
      p.detected ? { ...p, report: { ...p.report, agency: '沭阳县人民政府办公室' } } : p,
    );
    const [f] = carry(crossCheck(named, PAIR_RULES)[1]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('（两份报告来源未能确认为同一网站，配对存疑）');
    expect(f?.other?.file).toBe('sy/2021.html');
    // Its notes fail no check: the pair checks say the match was in doubt.
    const later = crossCheck(withChecks(named), PAIR_RULES)[1];
    const pair =
      (later?.detected && later.checks?.filter((c) => PAIR_RULES.some((r) => r.id === c.rule))) || [];
    // The carry-over had figures in both years; the other two had none, and say so.
    expect(pair.map((c) => [c.status, c.reason])).toEqual([
      ['skipped', PAIR_IN_DOUBT],
      ['skipped', NOTHING_TO_COMPARE],
      ['skipped', NOTHING_TO_COMPARE],
      ['skipped', NOTHING_TO_COMPARE],
    ]);
  });

  it('a page read from a URL names it as the other report', () => {
    const pages = office('shuyang.gov.cn').map((p, i) => {
      const { file: _f, ...rest } = p;
      return { ...rest, url: `http://www.shuyang.gov.cn/${2021 + i}.html` };
    });
    expect(carry(crossCheck(pages, PAIR_RULES)[1])[0]?.other?.url).toBe(
      'http://www.shuyang.gov.cn/2021.html',
    );
  });
});

describe('crossCheck with the real pair rules', () => {
  it('runs every PAIR_RULE, the desk-only warnings included', () => {
    const cells = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).map(([k, value]) => [k, { value, raw: String(value) }]));
    const out = crossCheck(
      [
        samplePage({ year: 2021, cells: cells({ 't2.rules.in_force': 5, 't3.carried_out.total': 3 }) }),
        samplePage({
          year: 2022,
          cells: cells({
            't2.rules.issued': 1,
            't2.rules.repealed': 0,
            't2.rules.in_force': 9,
            't3.carried_in.total': 2,
          }),
        }),
      ],
      PAIR_RULES,
    );
    const later = out[1];
    expect(later?.detected && later.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['carry-over-mismatch', 't2-continuity']),
    );
  });
});

describe('agencyKey', () => {
  it.each([
    ['某某区统计局', '某某区统计局'],
    [' 某某区　统计局 ', '某某区统计局'],
    ['ＡＢ市统计局', 'AB市统计局'],
    ['某某区统计局2021年度', '某某区统计局'],
    ['某某区统计局年度', '某某区统计局'],
    ['某某区统计局2021年政府信息公开工作年度报告', '某某区统计局'],
  ])('%j → %j', (name, key) => expect(agencyKey(name)).toBe(key));
});
