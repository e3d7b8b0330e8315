import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SavedReport } from '../../../lib/desk/model';
import type { PageResult, Report } from '../../../lib/model';
import {
  type ChartKey,
  type ChartReport,
  captionLines,
  chartReports,
  errorsByAgency,
  groupAgencies,
  outcomeShares,
  reviewSeries,
  shareSeries,
  sharesByAgency,
  sourceLine,
  type Translate,
  trendSeries,
  yearKeys,
} from './data';

const ROOT = join(import.meta.dirname, '../../..');

/** The `charts` messages of a locale file, read the way WXT reads them (flat `key: value`). */
function messages(lang: 'zh_CN' | 'en'): Map<string, string> {
  const lines = readFileSync(join(ROOT, 'locales', `${lang}.yml`), 'utf8').split('\n');
  const out = new Map<string, string>();
  let inside = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inside = line.trim() === 'charts:';
    else if (inside) {
      const m = /^ {2}(\w+): (.*)$/.exec(line);
      if (m) out.set(`charts.${m[1]}`, m[2]!.replace(/^"(.*)"$/, '$1'));
    }
  }
  return out;
}

function translator(lang: 'zh_CN' | 'en'): Translate {
  const table = messages(lang);
  return (key: ChartKey, subs: string[] = []) => {
    const m = table.get(key);
    if (m === undefined) throw new Error(`no message ${key} in ${lang}`);
    return m.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  };
}

const zh = translator('zh_CN');

let n = 0;
/** A report with the given 总计 cells (null: blank); rows not given are absent. */
function report(agency: string | null, year: number | null, cells: Record<string, number | null>, more = {}) {
  n++;
  return {
    id: `r${n}`,
    agency,
    year,
    title: `${agency}${year}年政府信息公开工作年度报告`,
    url: `http://www.example.gov.cn/${n}.html`,
    portal: 'example.gov.cn',
    cells: Object.fromEntries(
      Object.entries(cells).map(([k, v]) => [k, { value: v, raw: v === null ? '' : String(v) }]),
    ),
    ownErrors: 0,
    crossErrors: 0,
    savedAt: `2026-01-0${n % 9}T00:00:00Z`,
    outcomeRows: [
      'granted',
      'partial',
      'denied.state_secret',
      'denied.third_party',
      'unable.not_held',
      'refused.repeat',
      'other',
    ],
    ...more,
  } satisfies ChartReport;
}

/** Every outcome row of the short outcomeRows above, 总计 included. */
function outcomes(o: Partial<Record<string, number | null>>) {
  const all: Record<string, number | null> = {
    't3.granted.total': 4,
    't3.partial.total': 1,
    't3.denied.state_secret.total': 0,
    't3.denied.third_party.total': 1,
    't3.unable.not_held.total': 2,
    't3.refused.repeat.total': 0,
    't3.other.total': 2,
    't3.outcome_total.total': 10,
  };
  for (const [k, v] of Object.entries(o)) all[`t3.${k}.total`] = v ?? null;
  return all;
}

const NO_LINKS = { pairs: [] };

describe('groupAgencies', () => {
  it('groups one name on one portal, splits two portals, and groups reports of unknown portal as the pair checks do', () => {
    const a1 = report('某某区统计局', 2021, {});
    const a2 = report('某某区 统计局2022年度', 2022, {});
    const other = report('某某区统计局', 2022, {}, { portal: 'elsewhere.gov.cn' });
    const unknownPlaced = report('某某区统计局', 2023, {}, { portal: null });
    const p1 = report('政府办公室', 2021, {}, { portal: null });
    const p2 = report('政府办公室', 2022, {}, { portal: null });
    const none = report(null, 2022, {});
    const groups = groupAgencies([a2, other, p2, a1, unknownPlaced, p1, none], NO_LINKS);
    const ids = groups.map((g) => g.reports.map((r) => r.id));
    // Two portals: two groups; the report of unknown portal cannot tell which, so it stands apart.
    expect(ids).toContainEqual([a1.id, a2.id]);
    expect(ids).toContainEqual([other.id]);
    expect(ids).toContainEqual([unknownPlaced.id]);
    // Without a portal, reports of one name pair (uncertainly), whatever the name.
    expect(ids).toContainEqual([p1.id, p2.id]);
    expect(ids.flat()).not.toContain(none.id);
    // With one known portal, the place-qualified report of unknown portal joins it.
    const joined = groupAgencies([a1, a2, unknownPlaced], NO_LINKS);
    expect(joined.map((g) => g.reports.map((r) => r.id))).toEqual([[a1.id, a2.id, unknownPlaced.id]]);
    // On a shared host that is no government's, a name without its place stands alone; one with it pairs.
    const w1 = report('政府办公室', 2021, {}, { portal: 'baike.baidu.com' });
    const w2 = report('政府办公室', 2022, {}, { portal: 'baike.baidu.com' });
    const w3 = report('某某县政府办公室', 2021, {}, { portal: 'baike.baidu.com' });
    const w4 = report('某某县政府办公室', 2022, {}, { portal: 'baike.baidu.com' });
    const wiki = groupAgencies([w1, w2, w3, w4], NO_LINKS).map((g) => g.reports.map((r) => r.id));
    expect(wiki).toContainEqual([w1.id]);
    expect(wiki).toContainEqual([w2.id]);
    expect(wiki).toContainEqual([w3.id, w4.id]);
  });

  it("follows the user's links between names", () => {
    const before = report('某某区住房和城乡建设局', 2021, {});
    const after = report('某某区住房和城乡建设委员会', 2022, {});
    expect(groupAgencies([before, after], NO_LINKS)).toHaveLength(2);
    const linked = groupAgencies([before, after], {
      pairs: [['某某区住房和城乡建设局', '某某区住房和城乡建设委员会']],
    });
    expect(linked).toHaveLength(1);
    expect(linked[0]!.name).toBe('某某区住房和城乡建设委员会');
  });
});

describe('series', () => {
  it('gives one point per report, a gap for a blank cell and for a year with no report', () => {
    const g = groupAgencies(
      [
        report('甲县民政局', 2020, { 't3.new.total': 12 }),
        report('甲县民政局', 2021, { 't3.new.total': null }),
        report('甲县民政局', 2023, { 't3.new.total': 0 }),
      ],
      NO_LINKS,
    )[0]!;
    const { points, gaps } = trendSeries(g);
    expect(points.map((p) => [p.year, p.value])).toEqual([
      [2020, 12],
      [2021, null],
      [2022, null],
      [2023, 0],
    ]);
    expect(points[2]!.reportId).toBeNull();
    expect(gaps).toEqual([
      { year: 2021, kind: 'blank', what: 'charts.newApplications' },
      { year: 2022, kind: 'missing' },
    ]);
  });

  it('reads shares of (七) 总计, a category with a blank row as a gap, not as its other rows', () => {
    const full = outcomeShares(report('乙市财政局', 2022, outcomes({})));
    expect(full.shares.map((s) => [s.outcome, s.count, s.share])).toEqual([
      ['granted', 4, 0.4],
      ['partial', 1, 0.1],
      ['denied', 1, 0.1],
      ['unable', 2, 0.2],
      ['refused', 0, 0],
      ['other', 2, 0.2],
    ]);
    expect(full.gaps).toEqual([]);
    // One blank row of 不予公开 makes Σ不予公开 unknown; a blank 0 is never read as 0.
    const blank = outcomeShares(report('乙市财政局', 2022, outcomes({ 'denied.state_secret': null })));
    const denied = blank.shares.find((s) => s.outcome === 'denied')!;
    expect([denied.count, denied.share]).toEqual([null, null]);
    expect(blank.shares.find((s) => s.outcome === 'granted')!.share).toBe(0.4);
    expect(blank.gaps).toEqual([{ year: 2022, kind: 'blank', what: 'charts.denied' }]);
    // A blank 总计: every share is a gap; a 总计 of 0: no shares either, said differently.
    const noTotal = outcomeShares(report('乙市财政局', 2022, outcomes({ outcome_total: null })));
    expect(noTotal.shares.every((s) => s.share === null)).toBe(true);
    expect(noTotal.shares[0]!.count).toBe(4);
    expect(noTotal.gaps).toEqual([{ year: 2022, kind: 'blank', what: 'charts.outcomeTotal' }]);
    const zero = outcomeShares(report('乙市财政局', 2022, outcomes({ outcome_total: 0 })));
    expect(zero.gaps).toEqual([{ year: 2022, kind: 'zero' }]);
  });

  it("sums 2021's three 其他处理 rows, and a missing row counts as blank", () => {
    const r = report('丙区教育局', 2022, {
      ...outcomes({}),
      't3.other.no_correction.total': 1,
      't3.other.no_fee.total': 0,
      't3.other.else.total': 1,
    });
    r.outcomeRows = [
      ...r.outcomeRows.filter((x) => x !== 'other'),
      'other.no_correction',
      'other.no_fee',
      'other.else',
    ];
    expect(outcomeShares(r).shares.find((s) => s.outcome === 'other')!.count).toBe(2);
    delete r.cells['t3.other.else.total'];
    expect(outcomeShares(r).shares.find((s) => s.outcome === 'other')!.count).toBeNull();
  });

  it('shares and reviews per year, missing years said once', () => {
    const g = groupAgencies(
      [
        report('丁县公安局', 2019, {
          ...outcomes({}),
          't4.review.total': 3,
          't4.review.upheld': 2,
          't4.review.corrected': 1,
        }),
        report('丁县公安局', 2021, { ...outcomes({}), 't4.review.total': null }),
      ],
      NO_LINKS,
    )[0]!;
    const shares = shareSeries(g);
    expect(shares.shares).toHaveLength(12);
    expect(shares.gaps).toEqual([{ year: 2020, kind: 'missing' }]);
    const reviews = reviewSeries(g);
    const review2019 = reviews.bars.find((b) => b.year === 2019 && b.kind === 'review')!;
    expect([review2019.total, review2019.upheld, review2019.corrected]).toEqual([3, 2, 1]);
    expect(reviews.gaps.map((x) => [x.year, x.kind, x.what])).toEqual([
      [2019, 'blank', 'charts.suitDirect'],
      [2019, 'blank', 'charts.suitAfter'],
      [2020, 'missing', undefined],
      [2021, 'blank', 'charts.review'],
      [2021, 'blank', 'charts.suitDirect'],
      [2021, 'blank', 'charts.suitAfter'],
    ]);
  });

  it('places two saves of one year side by side', () => {
    const a = report('戊县', 2021, {});
    const b = report('戊县', 2021, {});
    const c = report('戊县', 2022, {});
    expect([...yearKeys([a, b, c]).values()]).toEqual(['2021', '2021（2）', '2022']);
  });
});

describe('desk-wide', () => {
  it("counts errors as the list does, and picks each agency's latest report or the chosen year", () => {
    const a = report('某某区甲局', 2021, outcomes({}), { ownErrors: 2, crossErrors: 0 });
    const b = report('某某区甲局', 2022, outcomes({ granted: 5, outcome_total: 11 }), {
      ownErrors: 0,
      crossErrors: 1,
    });
    const c = report('某某区乙局', 2021, outcomes({ granted: null }), { ownErrors: 0 });
    const groups = groupAgencies([a, b, c], NO_LINKS);
    const errors = errorsByAgency(groups, 1);
    expect(errors.hidden).toBe(1);
    expect(errors.bars.map((x) => [x.year, x.own, x.cross])).toEqual([
      [2021, 2, 0],
      [2022, 0, 1],
    ]);
    const latest = sharesByAgency(groups, null);
    expect(latest.reports.map((r) => r.id).sort()).toEqual([b.id, c.id].sort());
    expect(latest.rows.find((s) => s.reportId === b.id && s.outcome === 'granted')!.share).toBeCloseTo(
      5 / 11,
    );
    expect(latest.gaps).toEqual([
      { year: 2021, kind: 'blank', what: 'charts.granted', agency: '某某区乙局' },
    ]);
    expect(
      sharesByAgency(groups, 2021)
        .reports.map((r) => r.id)
        .sort(),
    ).toEqual([a.id, c.id].sort());
    expect(sharesByAgency(groups, 2020).rows).toEqual([]);
  });

  it('counts cross-year errors with the desk list (results.ts): the broken carry-over counts against 2022', () => {
    const saved = ['carryover-mismatch-2021', 'carryover-mismatch-2022'].map((name): SavedReport => {
      const page = JSON.parse(
        readFileSync(join(ROOT, 'test/fixtures', `${name}.expected.json`), 'utf8'),
      ) as PageResult & {
        report: Report;
      };
      const { findings, checks } = page as { findings: SavedReport['result']['findings']; checks?: [] };
      return {
        id: name,
        url: `http://www.weibin.gov.cn/${name}.html`,
        title: page.report.title,
        accessedAt: '2026-01-01T00:00:00Z',
        savedAt: '2026-01-01T00:00:00Z',
        source: 'page',
        result: { detected: true, report: page.report, findings, ...(checks ? { checks } : {}) },
        flags: [],
        snapshot: '',
      };
    });
    const reports = chartReports(saved, NO_LINKS);
    const [r2021, r2022] = reports;
    expect(r2021!.crossErrors).toBe(0);
    expect(r2022!.crossErrors).toBeGreaterThan(0);
    expect(groupAgencies(reports, NO_LINKS)).toHaveLength(1);
  });
});

describe('caption', () => {
  it('names every report (agency, year, title, address or file) and says every gap, in Chinese', () => {
    const a = report('甲县民政局', 2020, { 't3.new.total': 12 });
    const b = report('甲县民政局', 2022, { 't3.new.total': null }, { url: undefined, file: '甲县2022.docx' });
    const g = groupAgencies([a, b], NO_LINKS)[0]!;
    const lines = captionLines(zh, g.reports, trendSeries(g).gaps, 1);
    expect(lines).toEqual([
      '图中数据来自：',
      `甲县民政局 2020年《甲县民政局2020年政府信息公开工作年度报告》 ${a.url}`,
      '甲县民政局 2022年《甲县民政局2022年政府信息公开工作年度报告》 甲县2022.docx',
      '审核台上没有 2021 年的报告，图中留空。',
      '2022年报告中「本年新收申请」空白，图中留空，未按 0 计。',
      '另有 1 份报告未识别出年度，未画入图中。',
    ]);
    expect(sourceLine(zh)).toBe('数据来源：各机关政府信息公开工作年度报告；年报核查 gov-report-audit');
  });

  it('has every message in English too', () => {
    const zhKeys = [...messages('zh_CN').keys()].sort();
    expect([...messages('en').keys()].sort()).toEqual(zhKeys);
    const en = translator('en');
    expect(en('charts.gapBlank', ['2022', en('charts.denied')])).toBe(
      '2022: the report leaves “Withheld” blank; left as a gap, not read as 0.',
    );
  });
});
