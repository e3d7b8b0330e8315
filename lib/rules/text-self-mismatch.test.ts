import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import type { Fact } from '../model';
import { cells, fact, makeCtx, makeReport, sampleT3 } from './testing';
import { textSelfMismatch } from './text-self-mismatch';

const run = (facts: Fact[], c: Record<string, number | null> = {}) =>
  textSelfMismatch.run(makeReport({ facts, cells: cells(c) }), makeCtx());
const skip = (facts: Fact[], c: Record<string, number | null> = {}) =>
  textSelfMismatch.skip?.(makeReport({ facts, cells: cells(c) }), makeCtx());
/** A report page of `title`, its text `paragraphs` under 一、总体情况, then section 二's heading, audited. */
const reportPage = (title: string, ...paragraphs: string[]) =>
  audit(
    sourceFromHtml(
      `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>一、总体情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<p>二、主动公开政府信息情况</p></body></html>`,
    ),
  );

describe('text-self-mismatch', () => {
  // district-gov-2020: 区政府通过门户网站主动公开政府信息12856条 in section 二; no table has the total.
  const page = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
  const after = '全年制发规范性文件6件，均已在门户网站规范性文件专栏公开。';
  const said = (sentence: string) => {
    expect(page).toContain(after);
    return audit(sourceFromHtml(page.replace(after, after + sentence)));
  };

  it('fires where the text states the 主动公开 total again with another figure, quoting both', () => {
    const a = said('2020年，区政府通过门户网站主动公开政府信息12000条。');
    expect(a.findings).toMatchObject([
      {
        rule: 'text-self-mismatch',
        severity: 'warning',
        message:
          '正文两处所称主动公开信息数不一：「区政府通过门户网站主动公开政府信息12856条」，又称「区政府通过门户网站主动公开政府信息12000条」',
        cells: ['f.proactive_total', 'f.proactive_total.again'],
      },
    ]);
    expect(a.checks.find((c) => c.rule === 'text-self-mismatch')?.status).toBe('failed');
    // In other words for the whole (各类政府信息): the same total.
    expect(said('全年通过门户网站主动公开各类政府信息12000条。').findings.map((f) => f.rule)).toEqual([
      'text-self-mismatch',
    ]);
    // The page as written: checked? No second mention, so not run, and said why.
    const plain = audit(sourceFromHtml(page)).checks.find((c) => c.rule === 'text-self-mismatch');
    expect(plain).toMatchObject({
      status: 'skipped',
      reason: '正文未对同一数字给出两个不同的数 / the text does not give one figure two different values',
    });
  });

  it('reads no second total in a notice board’s count after a total that names no channel', () => {
    // A township's 2024 report: 15 + 41 + 39 = 95, the board's 39 one of the parts.
    const text =
      '2024年娄家店乡主动公开政府信息95条,通过政府门户网站主动公开各类动态信息15条,政府文件41条,利用公告栏主动公开各类信息39条,其中包括农业补贴政策10条。';
    const a = audit(
      sourceFromHtml(
        `<html><head><title>娄家店乡2024年政府信息公开工作年度报告</title></head><body><h1>娄家店乡2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>${text}</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></body></html>`,
      ),
    );
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(95);
    expect(a.findings.filter((f) => f.rule === 'text-self-mismatch')).toEqual([]);
  });

  it('reads no second total in a list of channels said again (the page holds its text twice)', () => {
    // A township's 2025 report, its paragraph twice, as a page with a print or mobile copy of the
    // article holds it: the second copy's 308 (the WeChat account's) was read as the total said again.
    const list =
      '2025年,在旗政府网站主动公开各类信息217条、“辉苏木宣传”微信公众号主动公开各类信息308条、旗三务公开网站主动公开各类信息146条。';
    const a = reportPage('辉苏木2025年政府信息公开工作年度报告', list, '五、存在的主要问题及改进情况', list);
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(217);
    expect(a.findings.filter((f) => f.rule === 'text-self-mismatch')).toEqual([]);
    // The same list with another website count does.
    const b = reportPage('辉苏木2025年政府信息公开工作年度报告', list, list.replace('217条', '230条'));
    expect(b.findings.filter((f) => f.rule === 'text-self-mismatch')).toHaveLength(1);
  });

  it('reads no second total in a count whose channel is named in the clause before it (以…网站为主平台，…)', () => {
    // A district bureau's 2024 report: 379 in all, 121 of them on the district's website.
    const text =
      '秉承公开、公正、规范、高效、便民的原则,全年主动公开信息379条。以河东区人民政府网站为主平台,主动公开政府信息121条,涉及内容包括机构设置、领导信息、权责清单。';
    const a = reportPage('河东区某某局2024年政府信息公开工作年度报告', text);
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(379);
    expect(a.findings.filter((f) => f.rule === 'text-self-mismatch')).toEqual([]);
  });

  it('reads no second total in a count on another part of the site (本单位频道, then 目录系统)', () => {
    // A city bureau's 2023 report: its channel's 787 and the disclosure catalogue's 482, each its own.
    const text =
      '2023年,恩平市市场监督管理局在本单位频道(http://www.enping.gov.cn/gzjg/epsscjdglj/)主动公开政府信息787条,含通知公告类信息42条。在政府信息公开目录系统(http://www.enping.gov.cn/jmepsscjdj/gkmlpt/index)主动公开政府信息482条,含组织机构信息1条。';
    const a = reportPage('恩平市市场监督管理局2023年政府信息公开工作年度报告', text);
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(787);
    expect(a.findings.filter((f) => f.rule === 'text-self-mismatch')).toEqual([]);
  });

  it('reads no second total in what went to an archive, the year’s new ones, or paper copies', () => {
    const page = (second: string) =>
      reportPage(
        '某某县某某局2024年政府信息公开工作年度报告',
        `2024年,我局主动公开政府信息500条。${second}`,
      ).findings.filter((f) => f.rule === 'text-self-mismatch');
    for (const second of [
      '向县档案馆、图书馆报送主动公开政府信息120条。',
      '全年新增主动公开政府信息300条。',
      '全年纸质版主动公开政府信息120条。',
    ])
      expect(page(second), second).toEqual([]);
    // The same words with another figure still contradict it.
    expect(page('2024年,我局主动公开政府信息480条。')).toHaveLength(1);
  });

  it('holds no later total to a first one of kinds named as examples (…等信息12条)', () => {
    for (const first of [
      '2024年,我局主动公开财政预算、决算、三公经费等信息12条。',
      '2024年,我局主动公开财政预算、决算、三公经费、政府采购、招投标、工作动态、人事信息等信息12条。',
    ]) {
      const a = audit(
        sourceFromHtml(
          `<html><head><title>某某县某某局2024年政府信息公开工作年度报告</title></head><body><h1>某某县某某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>${first}</p><p>二、主动公开政府信息情况</p><p>全年主动公开政府信息120条。</p></body></html>`,
        ),
      );
      expect(
        a.findings.filter((f) => f.rule === 'text-self-mismatch'),
        first,
      ).toEqual([]);
    }
  });

  it('reads no second total in a part, a channel of its own, another time, another body or an estimate', () => {
    const none = [
      // The same figure again.
      '2020年，区政府通过门户网站主动公开政府信息12856条。',
      // A part of it, a kind of it, another channel than the first's.
      '其中主动公开政府信息800条。',
      '其中，通过区政府门户网站主动公开政府信息10000条。',
      '区政府通过门户网站主动公开重点领域信息10984条。',
      '区政府通过门户网站主动公开政策解读信息312条。',
      '区政府通过门户网站主动公开规范性文件6件。',
      '区政府通过政务微博主动公开政府信息3000条。',

      // Cumulative, compared, or another year.
      '截至2020年底，累计主动公开政府信息50000条。',
      '较上年主动公开政府信息10000条有所增加。',
      '2019年，区政府通过门户网站主动公开政府信息10000条。',
      // Another body's, or the whole district's.
      '区教育局通过门户网站主动公开政府信息300条。',
      '全区各部门通过门户网站主动公开政府信息50000条。',
      // An estimate.
      '2020年，区政府通过门户网站主动公开政府信息1.3万余条。',
    ];
    for (const s of none) {
      const a = said(s);
      expect(
        a.findings.map((f) => f.rule),
        s,
      ).not.toContain('text-self-mismatch');
      expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value, s).toBe(12856);
    }
  });

  it('holds no later total to a first count of a kind, taken for want of another', () => {
    // A kind's count read as the total (no other came first), then the whole year's: no contradiction,
    // the two count different things.
    const page = (first: string) =>
      audit(
        sourceFromHtml(
          `<h1>某某市某某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>（一）主动公开情况</p><p>${first}</p><p>二、主动公开政府信息情况</p><p>全年共主动公开政府信息500条。</p>`,
        ),
      );
    for (const first of [
      '2023年主动公开工作动态信息120条，召开新闻发布会3场。',
      '全年主动公开动态信息560条，政府网站发布信息1200条。',
    ]) {
      const a = page(first);
      expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.quote, first).toBeDefined();
      expect(
        a.findings.map((f) => f.rule),
        first,
      ).not.toContain('text-self-mismatch');
    }
    // Of all information both times: the same count, told twice differently.
    expect(page('全年主动公开政府信息560条。').findings.map((f) => f.rule)).toContain('text-self-mismatch');
  });

  it('reads no second total in another channel named as a platform or a site (…平台, …网)', () => {
    // A city bureau's real words: a list of channels, each with its own count, and no total.
    const first = '2020年，区政府通过门户网站主动公开政府信息12856条，';
    const channels =
      '2020年在市政府信息公开平台主动公开信息26条；区政府门户网站公开信息15条，通过台州气象网主动公开信息3210条；通过微信公众号发布信息536条，';
    expect(page).toContain(first);
    const a = audit(sourceFromHtml(page.replace(first, channels)));
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(26);
    expect(a.findings.map((f) => f.rule)).not.toContain('text-self-mismatch');
    // The same site's count stated again with another figure is still the text against itself.
    const site = '2020年通过台州气象网主动公开信息3210条；通过微信公众号发布信息536条，';
    const again = audit(
      sourceFromHtml(
        page.replace(first, site).replace(after, `${after}全年通过台州气象网主动公开信息3000条。`),
      ),
    );
    expect(again.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(3210);
    expect(again.findings.map((f) => f.rule)).toContain('text-self-mismatch');
  });

  it('tells channels apart in traditional script too (青島政務網, 局門戶網站)', () => {
    // A city bureau's real words, on a page in traditional script: two channels, two counts.
    const first = '2020年，区政府通过门户网站主动公开政府信息12856条，';
    const channels =
      '通過青島政務網主動公開信息 257條,局門戶網站主動公開信息483條,微信公眾號推送信息1163條。';
    const a = audit(sourceFromHtml(page.replace(first, channels)));
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(257);
    expect(a.findings.map((f) => f.rule)).not.toContain('text-self-mismatch');
    // The same channel's count stated again with another figure is still the text against itself.
    const again = audit(
      sourceFromHtml(
        page.replace(first, channels).replace(after, `${after}全年通過青島政務網主動公開信息300條。`),
      ),
    );
    expect(again.findings.map((f) => f.rule)).toContain('text-self-mismatch');
  });

  it('holds two counts of reviews or suits to each other only where 表四 cannot', () => {
    const first = fact('f.reviews', 4, '因政府信息公开工作被申请行政复议4件');
    const again = fact('f.reviews.again', 5, '全年因政府信息公开工作被申请行政复议5件');
    expect(run([first, again])[0]?.message).toBe(
      '正文两处所称行政复议数不一：「因政府信息公开工作被申请行政复议4件」，又称「全年因政府信息公开工作被申请行政复议5件」',
    );
    expect(run([first, again], { 't4.review.total': 4 })).toEqual([]);
    const suits = [fact('f.suits', 4, '被提起行政诉讼4件'), fact('f.suits.again', 6, '被提起行政诉讼6件')];
    expect(run(suits)).toHaveLength(1);
    expect(run(suits, { 't4.suit_direct.total': 3, 't4.suit_after_review.total': 1 })).toEqual([]);
  });

  it('holds two counts of applications to each other only where 表三 cannot, and they cannot differ by the carried-over ones', () => {
    const first = fact('f.applications_received', 56, '区政府共新收政府信息公开申请56件');
    const again = fact('f.applications_received.again', 58, '全年新收申请58件');
    expect(run([first, again])[0]?.message).toBe(
      '正文两处所称收到申请数不一：「区政府共新收政府信息公开申请56件」，又称「全年新收申请58件」',
    );
    // 表三 gives 本年新收: text-table-mismatch holds each mention to it.
    expect(run([first, again], { 't3.new.total': 56 })).toEqual([]);
    expect(skip([first, again], { 't3.new.total': 56 })).toMatch(/^两处数字可由表格/);
    expect(textSelfMismatch.run(makeReport({ facts: [first, again], cells: sampleT3() }), makeCtx())).toEqual(
      [],
    );
    // 受理60件 may count last year's 4 carried over: only the text's own 上年结转 can tell.
    const taken = fact('f.applications_received.again', 60, '全年共受理申请60件');
    expect(run([first, taken])).toEqual([]);
    expect(run([first, taken, fact('f.carried_in', 4, '上年结转4件')])).toEqual([]);
    expect(run([first, taken, fact('f.carried_in', 3, '上年结转3件')])).toHaveLength(1);
  });

  it('reads a second count of applications that opens on the report’s own year, or names them received', () => {
    const title = '某某局2018年政府信息公开工作年度报告';
    const again = (...paragraphs: string[]) =>
      reportPage(title, ...paragraphs).report.facts.find((f) => f.key === 'f.applications_received.again');
    // The own year alone compares with nothing: read, and held to the first where both say 新收.
    expect(
      again('2018年我局新收政府信息公开申请11件。', '2018年我局共新收政府信息公开申请14件，均已办结。'),
    ).toMatchObject({ value: 14, quote: '2018年我局共新收政府信息公开申请14件' });
    expect(
      reportPage(
        title,
        '2018年我局新收政府信息公开申请11件。',
        '2018年我局共新收政府信息公开申请14件，均已办结。',
      ).findings.map((f) => f.rule),
    ).toContain('text-self-mismatch');
    // Another year in it does: 2017's figure, not this one's again.
    expect(again('2018年我局新收政府信息公开申请11件。', '比2017年收到的申请14件有所减少。')).toBeUndefined();
    // 环境与国土资源局 2018: 受理依申请公开11件, then 受理的14件依申请公开全都按规定… (the count before what it
    // counts; no 新收 in either, nor a 上年结转: no finding, the 3 between may be last year's).
    const named = reportPage(
      title,
      '2018年我局受理依申请公开11件，其中网上申请2件、信函传真申请9件。',
      '2018年我局受理的14件依申请公开全都按规定进行了办理。',
    );
    expect(named.report.facts.find((f) => f.key === 'f.applications_received.again')?.value).toBe(14);
    expect(named.findings.filter((f) => f.rule === 'text-self-mismatch')).toEqual([]);
  });

  it('leaves two mentions of 主动公开 to text-table-mismatch where the 2008 form’s statistics table gives it', () => {
    // 平潭县人口和计划生育局 2013: 43, then 33; its table says 33 (the 43 is held to it, as an error).
    const twice = [
      fact('f.proactive_total', 43, '共主动公开政府信息43条'),
      fact('f.proactive_total.again', 33, '共主动公开政府信息33条'),
    ];
    expect(run(twice).length).toBe(1);
    const withTable = [...twice, fact('f.stat.proactive_total', 33, '33', '统计表·主动公开信息数')];
    expect(run(withTable)).toEqual([]);
    expect(skip(withTable)).toBe(
      '两处数字可由表格或上年结转核对 / the table or the carried-over count settles them',
    );
  });
});
