import { describe, expect, it } from 'vitest';
import { msg } from '../i18n/format';
import { render } from '../i18n/render';
import type { Report } from '../model';
import { PAIR_RULES } from '../rules/index';
import { cells, makeReport } from '../rules/testing';
import type { PairRule } from '../rules/types';
import { link, unlink } from './agency';
import { crossCheckItems, crossFindings, pairing, UNCERTAIN_NOTE } from './cross';

const r = (
  agency: string | null,
  year: number | null,
  c: Record<string, number | null> = {},
  portal: string | null = 'shuyang.gov.cn',
): Report => makeReport({ agency, year, portal, template: '2021', cells: cells(c) });

/** Records the pairs it sees, by year, and files one finding per pair. */
function recorder() {
  const seen: string[] = [];
  const rule: PairRule = {
    id: 'probe',
    severity: 'warning',
    title: 'probe / probe',
    explain: '',
    compares: () => true,
    runPair(prev, next) {
      seen.push(`${prev.agency}${prev.year}→${next.agency}${next.year}`);
      return [{ rule: 'probe', severity: 'warning', message: 'x', cells: [] }];
    },
  };
  return { seen, rule };
}

describe('crossFindings', () => {
  it('pairs consecutive years of one agency (by key) and files findings under the later report', () => {
    const { seen, rule } = recorder();
    const out = crossFindings(
      [
        { id: 'c', report: r('某某区统计局', 2022) },
        { id: 'a', report: r('某某区 統計局', 2020) },
        { id: 'b', report: r('某某区统计局2021年度', 2021) },
        { id: 'gap', report: r('某某区统计局', 2024) },
        { id: 'other', report: r('另一个局', 2021) },
        { id: 'undated', report: r('某某区统计局', null) },
        { id: 'anon', report: r(null, 2023) },
      ],
      { pairs: [] },
      [rule],
    );
    expect(seen.sort()).toEqual([
      '某某区 統計局2020→某某区统计局2021年度2021',
      '某某区统计局2021年度2021→某某区统计局2022',
    ]);
    expect([...out.keys()].sort()).toEqual(['b', 'c']);
  });

  it("follows the user's links between names", () => {
    const { seen, rule } = recorder();
    const items = [
      { id: 'old', report: r('某某区统计局', 2021) },
      { id: 'new', report: r('某某区统计和信息局', 2022) },
    ];
    expect(crossFindings(items, { pairs: [] }, [rule]).size).toBe(0);
    const links = link({ pairs: [] }, '某某区统计和信息局', '某某区统计局');
    expect([...crossFindings(items, links, [rule]).keys()]).toEqual(['new']);
    expect(seen).toHaveLength(1);
  });

  it('runs every PAIR_RULE by default', () => {
    const out = crossFindings(
      [
        { id: '2021', report: r('某局', 2021, { 't3.carried_out.total': 3, 't2.rules.in_force': 5 }) },
        {
          id: '2022',
          report: r('某局', 2022, {
            't3.carried_in.total': 2,
            't2.rules.issued': 1,
            't2.rules.repealed': 0,
            't2.rules.in_force': 5,
          }),
        },
      ],
      { pairs: [] },
    );
    expect(out.get('2022')?.map((f) => f.rule)).toEqual(['carry-over-mismatch', 't2-continuity']);
    expect(PAIR_RULES.length).toBeGreaterThanOrEqual(3);
  });

  it("pairs only reports of one portal: two counties' 政府办公室 are two agencies", () => {
    const { seen, rule } = recorder();
    const out = crossFindings(
      [
        { id: 'sy21', report: r('政府办公室', 2021, {}, 'shuyang.gov.cn') },
        { id: 'xy22', report: r('政府办公室', 2022, {}, 'xuyi.gov.cn') },
        { id: 'city21', report: r('沭阳县统计局', 2021, {}, 'shuyang.gov.cn') },
        { id: 'prov22', report: r('沭阳县统计局', 2022, {}, 'jiangsu.gov.cn') },
      ],
      { pairs: [] },
      [rule],
    );
    expect(seen).toEqual([]);
    expect(out.size).toBe(0);
  });

  it('pairs a name with the city above it and the same name without, on one portal, as in doubt (info)', () => {
    const items = (prevName: string, nextName: string, portal = 'weibin.gov.cn') => [
      { id: 'a', report: r(prevName, 2021, { 't3.carried_out.total': 3 }, portal) },
      { id: 'b', report: r(nextName, 2022, { 't3.carried_in.total': 2 }, portal) },
    ];
    for (const [prev, next] of [
      ['卫滨区住房和城乡建设局', '新乡市卫滨区住房和城乡建设局'],
      ['河南省新乡市卫滨区住房和城乡建设局', '卫滨区住房和城乡建设局'],
    ]) {
      const [f] = crossFindings(items(prev!, next!), { pairs: [] }).get('b') ?? [];
      expect(f, `${prev} → ${next}`).toMatchObject({ rule: 'carry-over-mismatch', severity: 'info' });
      expect(f?.message).toContain(render(msg('cross.placeAbove'), 'zh'));
      expect(render(f!.msg!, 'en')).toContain('city or province above it');
    }
    // The shorter name says no place of its own: the city's bureau and some county's are two bodies.
    expect(crossFindings(items('住房和城乡建设局', '新乡市住房和城乡建设局'), { pairs: [] }).size).toBe(0);
    // Two portals never pair.
    const apart = items('卫滨区住房和城乡建设局', '新乡市卫滨区住房和城乡建设局');
    apart[1]!.report = { ...apart[1]!.report, portal: 'xinxiang.gov.cn' };
    expect(crossFindings(apart, { pairs: [] }).size).toBe(0);
  });

  it('pairs two 政府办公室 reports of one portal, and names the other report', () => {
    const out = crossFindings(
      [
        {
          id: '2021',
          report: { ...r('政府办公室', 2021, { 't3.carried_out.total': 3 }), published: '2022-01-20' },
          url: 'http://www.shuyang.gov.cn/syx/a/2021.html',
        },
        {
          id: '2022',
          report: r('政府办公室', 2022, { 't3.carried_in.total': 2 }),
          url: 'https://xxgk.shuyang.gov.cn/b/2022.html',
        },
      ],
      { pairs: [] },
    );
    const [f] = out.get('2022') ?? [];
    expect(f).toMatchObject({ rule: 'carry-over-mismatch', severity: 'error' });
    expect(f?.message).not.toContain(UNCERTAIN_NOTE);
    expect(f?.other).toEqual({
      title: '某某区统计局2020年政府信息公开工作年度报告',
      url: 'http://www.shuyang.gov.cn/syx/a/2021.html',
      year: 2021,
      published: '2022-01-20',
    });
  });

  it('without a portal on either side, pairs any name as uncertain (info, never error), as report-model.md asks', () => {
    const items = (agency: string, portal: string | null) => [
      { id: 'a', report: r(agency, 2021, { 't3.carried_out.total': 3 }, null), file: 'a.html' },
      { id: 'b', report: r(agency, 2022, { 't3.carried_in.total': 2 }, portal), file: 'b.html' },
    ];
    for (const portal of [null, 'shuyang.gov.cn'])
      for (const agency of ['沭阳县人民政府办公室', '政府办公室']) {
        const out = crossCheckItems(items(agency, portal), { pairs: [] });
        const found = out.findings.get('b') ?? [];
        expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.severity).toBe('info');
          expect(f.message.endsWith(UNCERTAIN_NOTE)).toBe(true);
          expect(f.other).toMatchObject({ file: 'a.html', year: 2021 });
        }
        expect(out.paired.has('b')).toBe(true);
        expect(out.earlier.get('a')).toBe(2022);
      }
  });

  it('pairs a report whose title and statistics period name two years as in doubt (info), saying why in both languages', () => {
    const period = (value: number) => ({
      key: 'f.period_year',
      value,
      quote: `统计期限自${value}年1月1日起`,
    });
    // A 2022 report whose title slipped to 2023, beside the real 2022 report: one year's copies.
    const slipped = { ...r('某某区统计局', 2023, { 't3.carried_in.total': 2 }), facts: [period(2022)] };
    const items = [
      {
        id: 'a',
        report: { ...r('某某区统计局', 2022, { 't3.carried_out.total': 3 }), facts: [period(2022)] },
      },
      { id: 'b', report: slipped },
    ];
    const [f] = crossCheckItems(items, { pairs: [] }).findings.get('b') ?? [];
    expect(f).toMatchObject({ rule: 'carry-over-mismatch', severity: 'info' });
    expect(f?.message).toMatch(/两者是否为相邻年度存疑）$/);
    expect(f?.msg && render(f.msg, 'zh')).toBe(f?.message);
    expect(f?.msg && render(f.msg, 'en')).toMatch(/whether their years follow each other is in doubt\)$/);
    // Title and period agreeing on both sides: an error, as before.
    const agreed = [items[0]!, { id: 'b', report: { ...slipped, year: 2023, facts: [period(2023)] } }];
    expect(crossCheckItems(agreed, { pairs: [] }).findings.get('b')?.[0]?.severity).toBe('error');
  });

  it('takes a report the year before of which there are several copies that it does not meet alike as in doubt (info)', () => {
    const later = { id: '2022', report: r('某局', 2022, { 't3.carried_in.total': 3 }) };
    const agrees = { id: '2021a', report: r('某局', 2021, { 't3.carried_out.total': 3 }) };
    const differs = { id: '2021b', report: r('某局', 2021, { 't3.carried_out.total': 5 }) };
    const out = crossCheckItems([agrees, differs, later], { pairs: [] });
    const found = out.findings.get('2022') ?? [];
    expect(found.map((f) => [f.rule, f.severity, f.other?.year])).toEqual([
      ['carry-over-mismatch', 'info', 2021],
    ]);
    expect(found[0]?.message).toMatch(/（该机关上一年度有多份报告，彼此数字不一，无法确定以哪一份为准）$/);
    expect(found[0]?.msg && render(found[0].msg, 'en')).toMatch(/which one is that year's cannot be told\)$/);
    expect(out.sure.has('2022')).toBe(false);
    // Copies that it meets alike (both disagree, or both agree) leave the pair as it was.
    const twice = { id: '2021c', report: r('某局', 2021, { 't3.carried_out.total': 5 }) };
    const both = crossCheckItems([differs, twice, later], { pairs: [] });
    expect(both.findings.get('2022')?.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(both.sure.has('2022')).toBe(true);
  });

  it('says an uncertain pairing in the rendered message too, in both languages', () => {
    const items = [
      { id: 'a', report: r('某某区统计局', 2021, { 't3.carried_out.total': 3 }, null), file: 'a.html' },
      { id: 'b', report: r('某某区统计局', 2022, { 't3.carried_in.total': 2 }, null), file: 'b.html' },
    ];
    const [f] = crossCheckItems(items, { pairs: [] }).findings.get('b') ?? [];
    expect(f?.msg && render(f.msg, 'zh')).toBe(f?.message);
    expect(f?.msg && render(f.msg, 'en')).toMatch(/the pairing is in doubt\)$/);
  });

  it("one portal that is not a government's own (a wiki reposting reports) is no proof of one agency", () => {
    const on = (agency: string, portal: string) => [
      { id: 'a', report: r(agency, 2021, { 't3.carried_out.total': 3 }, portal) },
      { id: 'b', report: r(agency, 2022, { 't3.carried_in.total': 2 }, portal) },
    ];
    expect(crossFindings(on('政府办公室', 'newton.com.tw'), { pairs: [] }).size).toBe(0);
    expect(crossFindings(on('政府办公室', '61.150.65.235'), { pairs: [] }).size).toBe(0);
    const placed = crossFindings(on('武汉市生态环境局', 'newton.com.tw'), { pairs: [] }).get('b') ?? [];
    expect(placed.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads the portal of a report saved before portals from its page address', () => {
    const prev = {
      id: 'p',
      report: makeReport({ agency: '区统计局', year: 2021 }),
      url: 'http://tjj.huaian.gov.cn/x',
    };
    const next = {
      id: 'n',
      report: makeReport({ agency: '区统计局', year: 2022 }),
      url: 'http://www.huaian.gov.cn/y',
    };
    expect(pairing(prev, next)).toBe('sure');
    expect(pairing(prev, { ...next, url: 'http://www.shuyang.gov.cn/y' })).toBe(null);
    // A file that names no address: the pairing cannot be ruled out, only called uncertain.
    expect(pairing(prev, { ...next, url: undefined, file: 'y.html' })).toBe('uncertain');
  });

  it('a link joins names, never portals; an unlink parts them again', () => {
    const { seen, rule } = recorder();
    const items = [
      { id: 'old', report: r('某某区统计局', 2021) },
      { id: 'new', report: r('某某区统计和信息局', 2022) },
      { id: 'elsewhere', report: r('某某区统计和信息局', 2022, {}, 'other.gov.cn') },
    ];
    const links = link({ pairs: [] }, '某某区统计和信息局', '某某区统计局');
    expect([...crossFindings(items, links, [rule]).keys()]).toEqual(['new']);
    expect(seen).toHaveLength(1);
    expect(crossFindings(items, unlink(links, '某某区统计和信息局', '某某区统计局'), [rule]).size).toBe(0);
  });

  // Linear work, shown by counting rule runs rather than by a clock (timing belongs in the bench):
  // 5,000 reports of 1,000 agencies over five years run each pair rule once per consecutive pair.
  it('runs the pair rules once per consecutive pair over a desk of 5,000 reports', () => {
    const t3 = Object.fromEntries(
      ['new', 'carried_in', 'granted', 'outcome_total', 'carried_out'].flatMap((row) =>
        ['natural', 'commercial', 'total'].map((c) => [`t3.${row}.${c}`, 1]),
      ),
    );
    const items = Array.from({ length: 5000 }, (_, i) => ({
      id: String(i),
      report: r(`第${i % 1000}局`, 2019 + Math.floor(i / 1000), t3),
    }));
    let runs = 0;
    const counting: PairRule = {
      id: 'counting',
      severity: 'warning',
      title: 'c / c',
      explain: 'counts its runs',
      compares: () => true,
      runPair: (prev, next) => {
        runs++;
        return prev.year === 2019 && next.year === 2020
          ? []
          : [{ rule: 'counting', severity: 'warning', message: 'x', cells: [] }];
      },
    };
    const out = crossFindings(items, { pairs: [] }, [counting]);
    expect(runs).toBe(4000);
    expect(out.size).toBe(3000);
  });
});
