import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { isClean, nothingToCheck, summariseChecks } from '../checks';
import type { Msg } from '../i18n/format';
import { render } from '../i18n/render';
import { NO_STAT_PARTS, statPartSum } from './stat-part-sum';
import { fact, makeCtx, makeReport } from './testing';

/** An old report whose statistics table gives `whole` for a row and `parts` (label, figure or blank) under it. */
const old = (key: string, row: string, whole: number, parts: [string, number | null][]) =>
  makeReport({
    year: 2013,
    template: null,
    facts: [
      fact(key, whole, String(whole), `统计表·${row}`),
      ...parts.flatMap(([label, v], i) =>
        v === null ? [] : [fact(`${key}.part.${i + 1}`, v, String(v), `统计表·${label}`)],
      ),
    ],
  });
const ways = (whole: number, parts: [string, number | null][]) =>
  old('f.stat.applications', '受理依申请公开信息总数', whole, parts);
const answers = (whole: number, parts: [string, number | null][]) =>
  old('f.stat.answers', '对申请的答复总数', whole, parts);

const found = (r: ReturnType<typeof makeReport>) =>
  statPartSum.run(r, makeCtx()).map((f) => [f.rule, f.severity, f.message, f.cells]);

describe('stat-part-sum', () => {
  it('fires where the ways applications came add up to more than 受理 (平潭县人口和计划生育局 2013)', () => {
    const r = ways(0, [
      ['当面申请数', 3],
      ['传真申请数', 0],
      ['电子邮件申请数', 0],
      ['网上申请数', 3],
      ['信函申请数', 0],
    ]);
    expect(found(r)).toEqual([
      [
        'stat-part-sum',
        'error',
        '统计表「受理依申请公开信息总数」为 0，而其下各项之和大于它：当面申请数 3 + 网上申请数 3 = 6（共 5 项，其余 3 项为 0）',
        ['f.stat.applications', 'f.stat.applications.part.1', 'f.stat.applications.part.4'],
      ],
    ]);
  });

  it('fires where the answers add up to more than 答复总数 (平潭综合实验区公安局 2018), a blank part not withholding it', () => {
    const r = answers(0, [
      ['同意公开答复数', 1],
      ['同意部分公开答复数', null],
      ['其他类型答复数', 0],
    ]);
    expect(found(r).map((f) => f[2])).toEqual([
      '统计表「对申请的答复总数」为 0，而其下各项之和大于它：同意公开答复数 1 = 1（共 2 项，其余 1 项为 0）',
    ]);
  });

  it('fires on a smaller sum only where the parts end with their catch-all and every one was read', () => {
    const listed: [string, number | null][] = [
      ['当面申请数', 0],
      ['网上申请数', 2],
      ['信函、传真申请数', 9],
    ];
    // 平潭综合实验区环境与国土资源局 2018: 13 over 0 + 2 + 9, with no 其他 row: the parts need not be all.
    expect(found(ways(13, listed))).toEqual([]);
    const all = ways(13, [...listed, ['其他形式申请数', 0]]);
    expect(found(all).map((f) => f[2])).toEqual([
      '统计表「受理依申请公开信息总数」为 13，而其下各项（列有「其他形式申请数」，应已计全）之和小于它：网上申请数 2 + 信函、传真申请数 9 = 11（共 4 项，其余 2 项为 0）',
    ]);
    // A blank part: not all were read.
    expect(found(ways(13, [['当面申请数', null], ...listed.slice(1), ['其它形式申请数', 0]]))).toEqual([]);
    // Equal, with or without the catch-all.
    expect(found(ways(11, [...listed, ['其他形式申请数', 0]]))).toEqual([]);
    expect(
      found(
        answers(3, [
          ['同意公开答复数', 2],
          ['否决公开答复数', 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('holds the later form’s reviews to their results, 其他情形数 their catch-all', () => {
    const reviews = (whole: number, parts: [string, number | null][]) =>
      old('f.stat.reviews', '行政复议数量', whole, parts);
    const results = (n: number): [string, number | null][] => [
      ['维持具体行政行为数', n],
      ['被依法纠错数', 0],
      ['其他情形数', 0],
    ];
    expect(found(reviews(3, results(1))).map((f) => f[2])).toEqual([
      '统计表「行政复议数量」为 3，而其下各项（列有「其他情形数」，应已计全）之和小于它：维持具体行政行为数 1 = 1（共 3 项，其余 2 项为 0）',
    ]);
    expect(found(reviews(3, results(3)))).toEqual([]);
  });

  it('holds the later form’s 申请办结数 to 按时 + 延期, which are all of it', () => {
    const closed = (whole: number, parts: [string, number | null][]) =>
      old('f.stat.closed', '申请办结数', whole, parts);
    expect(
      found(
        closed(12, [
          ['按时办结数', 10],
          ['延期办结数', 1],
        ]),
      ),
    ).toEqual([
      [
        'stat-part-sum',
        'error',
        '统计表「申请办结数」为 12，而按时办结与延期办结两项（应已计全）之和小于它：按时办结数 10 + 延期办结数 1 = 11',
        ['f.stat.closed', 'f.stat.closed.part.1', 'f.stat.closed.part.2'],
      ],
    ]);
    expect(
      found(
        closed(12, [
          ['按时办结数', 12],
          ['延期办结数', 1],
        ]),
      ).map((f) => f[2]),
    ).toEqual(['统计表「申请办结数」为 12，而其下各项之和大于它：按时办结数 12 + 延期办结数 1 = 13']);
    expect(
      found(
        closed(12, [
          ['按时办结数', 11],
          ['延期办结数', 1],
        ]),
      ),
    ).toEqual([]);
    // One of the two blank, or only one listed, or listed under other words: a smaller sum says nothing.
    expect(
      found(
        closed(12, [
          ['按时办结数', 10],
          ['延期办结数', null],
        ]),
      ),
    ).toEqual([]);
    expect(found(closed(12, [['按时办结数', 10]]))).toEqual([]);
    expect(
      found(
        closed(12, [
          ['办结数', 10],
          ['延期办结数', 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('skips, as nothing a report could have shown, where no statistics table lists parts', () => {
    expect(statPartSum.skip!(makeReport(), makeCtx())).toBe(NO_STAT_PARTS);
    expect(nothingToCheck(NO_STAT_PARTS)).toBe(true);
    // A row without its parts, or parts under a blank row.
    expect(statPartSum.skip!(ways(2, []), makeCtx())).toBe(NO_STAT_PARTS);
    expect(statPartSum.skip!(ways(2, [['当面申请数', 2]]), makeCtx())).toBe(null);
  });

  it('reads a page: the table of 平潭综合实验区公安局 2018 (its figures), its two cells marked', () => {
    const page = sourceFromHtml(`<html><head><title>某某局2013年政府信息公开年度报告</title></head><body>
<h1>某某局2013年政府信息公开年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p>
<table><tr><td>指标名称</td><td>计量单位</td><td>2013年度</td></tr>
<tr><td>受理政府信息公开申请总数</td><td>条</td><td>1</td></tr>
<tr><td>其中：1.当面申请数</td><td>条</td><td>0</td></tr>
<tr><td>2.网上申请数</td><td>条</td><td>0</td></tr>
<tr><td>3.信函申请数</td><td>条</td><td>1</td></tr>
<tr><td>对申请的答复总数</td><td>条</td><td>0</td></tr>
<tr><td>其中：1.同意公开答复数</td><td>条</td><td>1</td></tr>
<tr><td>2.同意部分公开答复数</td><td>条</td><td>0</td></tr>
<tr><td>3.不予公开答复数</td><td>条</td><td>0</td></tr>
<tr><td>4.其他类型答复数</td><td>条</td><td>0</td></tr></table></body></html>`);
    const result = audit(page);
    const f = result.findings.filter((x) => x.rule === 'stat-part-sum');
    expect(f.map((x) => x.cells)).toEqual([['f.stat.answers', 'f.stat.answers.part.1']]);
    // The two cells are marked on the page.
    expect(result.factNodes.has('f.stat.answers')).toBe(true);
    expect(result.factNodes.has('f.stat.answers.part.1')).toBe(true);
    expect(result.checks.find((c) => c.rule === 'stat-part-sum')?.status).toBe('failed');
  });

  it('reads a page of the later form: 申请办结数 against 按时 + 延期, the answers’ eight parts and their kinds no parts of it', () => {
    const page = (onTime: number) =>
      sourceFromHtml(`<html><head><title>某某县教育局2016年政府信息公开工作年度报告</title></head><body>
<h1>某某县教育局2016年政府信息公开工作年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p>
<table><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>
<tr><td>三、依申请公开情况</td><td></td><td></td></tr>
<tr><td>（一）收到申请数</td><td>件</td><td>12</td></tr>
<tr><td>1.当面申请数</td><td>件</td><td>2</td></tr>
<tr><td>2.传真申请数</td><td>件</td><td>0</td></tr>
<tr><td>3.网络申请数</td><td>件</td><td>10</td></tr>
<tr><td>4.信函申请数</td><td>件</td><td>0</td></tr>
<tr><td>（二）申请办结数</td><td>件</td><td>12</td></tr>
<tr><td>1.按时办结数</td><td>件</td><td>${onTime}</td></tr>
<tr><td>2.延期办结数</td><td>件</td><td>1</td></tr>
<tr><td>（三）申请答复数</td><td>件</td><td>12</td></tr>
<tr><td>1.属于已主动公开范围数</td><td>件</td><td>3</td></tr>
<tr><td>2.同意公开答复数</td><td>件</td><td>4</td></tr>
<tr><td>3.同意部分公开答复数</td><td>件</td><td>1</td></tr>
<tr><td>4.不同意公开答复数</td><td>件</td><td>2</td></tr>
<tr><td>其中：涉及国家秘密</td><td>件</td><td>1</td></tr>
<tr><td>涉及个人隐私</td><td>件</td><td>1</td></tr>
<tr><td>5.不属于本行政机关公开数</td><td>件</td><td>1</td></tr>
<tr><td>6.申请信息不存在数</td><td>件</td><td>1</td></tr>
<tr><td>7.告知作出更改补充数</td><td>件</td><td>0</td></tr>
<tr><td>8.告知通过其他途径办理数</td><td>件</td><td>0</td></tr>
<tr><td>四、行政复议数量</td><td>件</td><td>0</td></tr></table></body></html>`);
    const right = audit(page(11));
    expect(right.findings.filter((f) => f.rule === 'stat-part-sum')).toEqual([]);
    expect(right.checks.find((c) => c.rule === 'stat-part-sum')?.status).toBe('passed');
    const wrong = audit(page(10));
    const f = wrong.findings.filter((x) => x.rule === 'stat-part-sum');
    expect(f.map((x) => [x.message, x.cells])).toEqual([
      [
        '统计表「申请办结数」为 12，而按时办结与延期办结两项（应已计全）之和小于它：按时办结数 10 + 延期办结数 1 = 11',
        ['f.stat.closed', 'f.stat.closed.part.1', 'f.stat.closed.part.2'],
      ],
    ]);
    expect(render(f[0]!.msg as Msg, 'en')).toBe(
      'Statistics table, “申请办结数” is 12, but those closed on time and those closed late, which should be all of them, add up to less: “按时办结数” 10 + “延期办结数” 1 = 11',
    );
    // The three cells are marked on the page.
    for (const key of f[0]!.cells) expect(wrong.factNodes.has(key), key).toBe(true);
  });

  it('accuses no table of the full 2008 form, whose 否决 and 其他 list parts of their own', () => {
    // 5 = 2 + 1 + 2 + 0, the kinds of 否决 (1 + 1) listed under it, renumbered from 1.
    const page = sourceFromHtml(`<html><head><title>某某局2012年政府信息公开年度报告</title></head><body>
<h1>某某局2012年政府信息公开年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p>
<table><tr><td>指标名称</td><td>计量单位</td><td>2012年度</td></tr>
<tr><td>对申请的答复总数</td><td>条</td><td>5</td></tr>
<tr><td>其中：1.同意公开答复数</td><td>条</td><td>2</td></tr>
<tr><td>2.同意部分公开答复数</td><td>条</td><td>1</td></tr>
<tr><td>3.否决公开答复数</td><td>条</td><td>2</td></tr>
<tr><td>其中：1.涉及国家秘密</td><td>条</td><td>1</td></tr>
<tr><td>2.涉及商业秘密</td><td>条</td><td>1</td></tr>
<tr><td>4.其他类型答复数</td><td>条</td><td>0</td></tr>
<tr><td>其中：1.申请信息不存在数</td><td>条</td><td>0</td></tr></table></body></html>`);
    const result = audit(page);
    expect(result.findings.filter((f) => f.rule === 'stat-part-sum')).toEqual([]);
    expect(result.checks.find((c) => c.rule === 'stat-part-sum')?.status).toBe('passed');
  });

  it('leaves a clean current-template report clean: its skip is no gap', () => {
    const html = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const checks = audit(sourceFromHtml(html)).checks;
    expect(checks.find((c) => c.rule === 'stat-part-sum')?.reason).toBe(NO_STAT_PARTS);
    expect(isClean(summariseChecks(checks))).toBe(true);
  });
});
