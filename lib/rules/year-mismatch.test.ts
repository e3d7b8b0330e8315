import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { factName } from '../export/rows';
import type { Report } from '../model';
import { titleYear } from '../text';
import { fact, makeCtx, makeReport } from './testing';
import { yearMismatch } from './year-mismatch';

const run = (over: Partial<Report>) => yearMismatch.run(makeReport(over), makeCtx());
const period = (y: number | null) =>
  fact('f.period_year', y, `本报告统计期限自${y}年1月1日起至${y}年12月31日止`);

describe('year-mismatch', () => {
  it('fires when the title year differs from the statistics period', () => {
    expect(run({ facts: [period(2019)] })).toMatchObject([
      {
        rule: 'year-mismatch',
        severity: 'warning',
        message:
          '标题为 2020 年度，但正文统计期限「本报告统计期限自2019年1月1日起至2019年12月31日止」为 2019 年',
        cells: ['f.period_year'],
      },
    ]);
  });

  it('fires when the report is dated before its year has ended', () => {
    expect(run({ published: '2020-12-31' })).toMatchObject([
      {
        rule: 'year-mismatch',
        severity: 'warning',
        message: '报告的发布日期 2020-12-31 早于 2020 年度结束，统计期尚未结束就已发布',
        cells: ['f.published'],
      },
    ]);
    expect(run({ published: '2019-03-01', facts: [period(2019)] })).toHaveLength(2);
  });

  it('does not call a report early that its statistics period puts a year before the title', () => {
    // Titled 2020 with a 2019 period, published in March 2020: on time for 2019, early only for 2020.
    // Which year is right cannot be told; the period mismatch is the finding.
    const found = run({ published: '2020-03-01', facts: [period(2019)] });
    expect(found.map((f) => f.cells)).toEqual([['f.period_year']]);
  });

  it('is silent on a consistent report and on missing pieces', () => {
    expect(run({ facts: [period(2020)] })).toEqual([]);
    expect(run({ published: '2021-01-01' })).toEqual([]);
    expect(run({ facts: [period(null)] })).toEqual([]);
    expect(run({ title: '政府信息公开工作年度报告', facts: [period(2019)] })).toEqual([]);
    expect(run({ year: null, published: '2020-06-01' })).toEqual([]);
    expect(run({ published: null })).toEqual([]);
  });
});

describe("year-mismatch: the prose puts the year's counts in the year before", () => {
  const html = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
  const from = html.indexOf('（一）主动公开情况');
  const to = html.indexOf('五、存在的主要问题');
  /** The 2020 report with its prose edited between 一、总体情况 and 五、. */
  const prose = (edit: (body: string) => string) =>
    audit(sourceFromHtml(html.slice(0, from) + edit(html.slice(from, to)) + html.slice(to)));
  const stale = (body: string) => body.replaceAll('2020年，', '2019年，');
  const said = (a: ReturnType<typeof audit>) =>
    a.findings.filter((f) => f.rule === 'year-mismatch').map((f) => f.message);

  it("says so where every count is put in the year before and none in the report's", () => {
    const a = prose(stale);
    expect(said(a)).toEqual([
      '正文把主动公开信息数、收到申请数、行政复议数、行政诉讼数都写在 2019 年名下（「2019年，区政府通过门户网站主动公开政府信息12856条」、「2019年，区政府共新收政府信息公开申请56件」，共 4 个数字），没有一处写作 2020 年，而本报告是 2020 年度的：可能沿用了上一年的报告文字，或年份写错',
    ]);
    const finding = a.findings.find((f) => f.rule === 'year-mismatch')!;
    expect(finding.cells).toEqual([
      'f.prior_year.proactive_total',
      'f.prior_year.applications_received',
      'f.prior_year.reviews',
      'f.prior_year.suits',
    ]);
    // Each named fact is on the page, for its mark.
    for (const key of finding.cells) expect(a.factNodes.has(key)).toBe(true);
    // Not taken as the report's own counts: text-table-mismatch has nothing of them to compare.
    expect(a.report.facts.map((f) => f.key)).not.toContain('f.applications_received');
  });

  it("is silent where the prose also states a count in the report's year, or undated", () => {
    const also = (s: string) => (body: string) =>
      stale(body).replace('（二）依申请公开情况', `${s}（二）依申请公开情况`);
    // (A heading's first sentence still of 2019, its section naming no 2020, is said of itself: below.)
    for (const s of [
      '2020年，区政府共收到政府信息公开申请56件。',
      '全年共收到政府信息公开申请56件。',
      '本年度共主动公开政府信息12856条。',
    ])
      expect(said(prose(also(s))).filter((m) => !m.includes('下的第一句'))).toEqual([]);
    // The year before as a comparison, each count beside the year's.
    expect(
      said(
        prose((b) =>
          b
            .replace(
              '2020年，区政府通过',
              '2019年，区政府通过门户网站主动公开政府信息10000条；2020年，区政府通过',
            )
            .replace(
              '2020年，区政府共新收',
              '2019年，区政府共新收政府信息公开申请40件。2020年，区政府共新收',
            ),
        ),
      ),
    ).toEqual([]);
  });

  it('is silent on one sentence that looks back at the year before', () => {
    const recap = (b: string) =>
      b
        .replace(
          /2020年，区政府通过门户网站主动公开[^<]*/,
          '2019年，区政府主动公开政府信息10000条，收到政府信息公开申请40件。今年以来，区政府继续加大公开力度。',
        )
        .replace(/2020年，区政府共新收[^<]*/, '详见下表。')
        .replace(/2020年，因政府信息公开工作[^<]*/, '详见下表。');
    expect(said(prose(recap))).toEqual([]);
  });
});

describe('titleYear', () => {
  it.each([
    ['某某区统计局2020年政府信息公开工作年度报告', 2020],
    ['卫滨区城市管理局 2023 年政府信息公开工作年度报告', 2023],
    ['某某局２０２１年度政府信息公开工作报告', 2021],
    ['某某县二〇二〇年政府信息公开工作年度报告', 2020],
    ['某某县二○二○年度政府信息公开工作年度报告', 2020],
    ['某某县二O二O年政府信息公开工作年度报告', 2020],
    ['某某县二0二一年政府信息公开工作年度报告', 2021],
    ['1998年成立的某某局2022年政府信息公开工作年度报告', 2022],
    ['政府信息公开工作年度报告', null],
    // A page titled by its info line: the year of the day it was published is no report's year.
    ['发文日期: | 2023年01月19日 | 主题分类: | 街镇政府信息公开年报 |', null],
    ['2023年1月20日发布：某某镇2022年政府信息公开工作年度报告', 2022],
    ['某某镇2022年政府信息公开工作年度报告（2023 年 1 月）', 2022],
  ])('%s → %s', (title, year) => expect(titleYear(title)).toBe(year));
});

describe('year-mismatch: the first sentence under a heading of the figures is of the year before', () => {
  /** A 2025 report whose body is `paras`, one paragraph each (a table where one is '<table>'). */
  const page = (paras: string[], title = '某某局2025年政府信息公开工作年度报告') =>
    audit(
      sourceFromHtml(
        `<html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${paras
          .map((p) => (p === '<table>' ? '<table><tr><td>规章</td><td>0</td></tr></table>' : `<p>${p}</p>`))
          .join('')}</body></html>`,
      ),
    );
  const said = (a: ReturnType<typeof audit>) =>
    a.findings.filter((f) => f.rule === 'year-mismatch').map((f) => f.message);
  const open = ['一、总体情况', '2025年，我局主动公开政府信息53条。', '二、主动公开政府信息情况'];

  it('says so, quoting the heading and the sentence to its count', () => {
    // A zone bureau's 2025 report (its 2024 report has the same sentence under 2023年).
    const a = page([
      ...open,
      '(一)主动公开政府信息的数量',
      '2024年制作、获取政府信息总数467条，其中主动公开政府信息53条，依申请公开信息数246条。',
    ]);
    expect(said(a)).toEqual([
      '「(一)主动公开政府信息的数量」下的第一句写作 2024 年：「2024年制作、获取政府信息总数467条」，而本报告是 2025 年度的：可能沿用了上一年的报告文字，或年份写错',
    ]);
    const f = a.findings.find((x) => x.rule === 'year-mismatch')!;
    expect(f.cells).toEqual(['f.prior_year_lead']);
    expect(a.factNodes.has('f.prior_year_lead')).toBe(true);
    // Its figure is the sentence's count, named in exports as put under the year before.
    const lead = a.report.facts.find((x) => x.key === 'f.prior_year_lead')!;
    expect(lead).toMatchObject({
      value: 467,
      label: '(一)主动公开政府信息的数量',
      quote: '2024年制作、获取政府信息总数467条',
    });
    expect(factName(lead.key, lead.label)).toBe('写在上一年名下的数字（(一)主动公开政府信息的数量）');
    expect(
      said(
        page([
          ...open,
          '（二）主动公开政府信息的主要类别',
          '2024年，在主动公开的53条政府信息中，其中政策文件5条，其他信息48条。',
        ]),
      ),
    ).toEqual([
      '「（二）主动公开政府信息的主要类别」下的第一句写作 2024 年：「2024年，在主动公开的53条政府信息中」，而本报告是 2025 年度的：可能沿用了上一年的报告文字，或年份写错',
    ]);
    expect(
      said(page([...open, '三、收到和处理政府信息公开申请情况', '2024年度我局共收到政府信息公开申请5件。'])),
    ).toHaveLength(1);
  });

  it('says so of eight such headings at most (a hostile page of thousands)', () => {
    const stale = Array.from({ length: 12 }, (_, i) => [
      `（${'一二三四五六七八九十'[i % 10]}）主动公开政府信息的数量`,
      `2024年，我局主动公开政府信息${i + 1}条。`,
    ]).flat();
    expect(said(page([...open, ...stale]))).toHaveLength(8);
  });

  it('is silent on a date, a span, a comparison, a carry-over or the year itself', () => {
    for (const s of [
      '2024年12月31日前收到的申请2件已全部办结。',
      '2024年以来，我局累计主动公开政府信息300条。',
      '2024年至今，我局累计主动公开政府信息300条。',
      '2024年主动公开政府信息50条，2025年主动公开53条。',
      '2024年主动公开政府信息50条，本年度增至53条。',
      '2024年结转至本年度办理的申请2件。',
      '2024年共收到申请4件，较上年减少1件。',
      '2024年，我局持续推进政务公开工作，不断完善制度。',
    ])
      expect(said(page([...open, '三、收到和处理政府信息公开申请情况', s])), s).toEqual([]);
  });

  it('is silent where the sentence is not the first under such a heading', () => {
    // After another paragraph, under a heading of no figures, after a table, or in 总体情况.
    const stale = '2024年，我局共收到政府信息公开申请5件。';
    for (const paras of [
      [...open, '三、收到和处理政府信息公开申请情况', '本年度申请情况如下。', stale],
      [...open, '五、存在的主要问题及改进情况', stale],
      [...open, '三、收到和处理政府信息公开申请情况', '<table>', stale],
      ['一、总体情况', stale],
    ])
      expect(said(page(paras))).toEqual([]);
    // A report whose title and period disagree: which year is its own cannot be told.
    expect(
      said(
        page([
          '本报告统计期限自2024年1月1日起至2024年12月31日止。',
          '三、收到和处理政府信息公开申请情况',
          '2024年，我局共收到政府信息公开申请5件。',
        ]),
      ).filter((m) => m.includes('第一句')),
    ).toEqual([]);
  });
});

describe('year-mismatch: a page dated inside the year, the report signed after it', () => {
  const page = (signed: string, date = '2012-03-10') =>
    audit(
      sourceFromHtml(
        `<html><head><meta charset="utf-8"><meta name="pubdate" content="${date} 00:00"><title>某某县国土资源局2012年度政府信息公开年度报告</title></head><body><h1>某某县国土资源局2012年度政府信息公开年度报告</h1><p>一、概述</p><p>2012年，我局主动公开政府信息45条。</p><p>某某县国土资源局</p><p>${signed}</p><p>网站标识码：3590000001</p></body></html>`,
      ),
    );
  const said = (a: ReturnType<typeof audit>) =>
    a.findings.filter((f) => f.rule === 'year-mismatch').map((f) => [f.severity, f.message]);

  it("says the page's date may be wrong, as a note, where the signature is after the year", () => {
    // A county bureau's 2012 report on 平潭's portal: dated 2012-03-10 there, signed 二○一三年三月十日.
    const a = page('               二○一三年三月十日');
    expect(said(a)).toEqual([
      [
        'info',
        '页面标注的发布日期 2012-03-10 早于 2012 年度结束，但报告落款为「二○一三年三月十日」，在该年度之后：页面的日期可能有误',
      ],
    ]);
    expect(a.report.facts.find((f) => f.key === 'f.signed')).toMatchObject({ value: 20130310 });
    expect(a.factNodes.has('f.signed')).toBe(true);
    expect(said(page('2013年1月5日'))[0]?.[0]).toBe('info');
  });

  it('still calls it early where the signature is inside the year, or is no date alone', () => {
    for (const s of [
      '2012年12月25日',
      '二○一二年十二月二十五日',
      '二○一三年十三月十日',
      '于2013年3月10日印发',
    ])
      expect(
        said(page(s)).map(([sev]) => sev),
        s,
      ).toEqual(['warning']);
    // Looked for only where the page's date is early: a page dated after the year keeps no signature.
    expect(page('二○一三年三月十日', '2013-03-12').report.facts.map((f) => f.key)).not.toContain('f.signed');
  });
});
