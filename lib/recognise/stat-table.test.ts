import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { render } from '../i18n/render';
import { STAT_CHANNEL, STAT_CUMULATIVE, statTableFacts } from './stat-table';

/** A 2008-form statistics table: header cells, then rows of label | unit | figures. */
const table = (head: string[], rows: string[][]) =>
  `<table><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;

const facts = (html: string) =>
  Object.fromEntries(
    statTableFacts(sourceFromHtml(`<body>${html}</body>`).blocks).map((f) => [f.fact.key, f.fact]),
  );

describe('the 2008 form’s statistics table', () => {
  it("reads the year's column, not 历年累计, with 主动公开's channels and its running total", () => {
    // 平潭综合实验区环境与国土资源局 2017: 主动公开文件数 626 this year, 2027 since the start.
    const f = facts(
      table(
        ['指标名称', '单位', '2017年度', '历年累计'],
        [
          ['主动公开文件数', '条', '626', '2027'],
          ['其中：1.政府网站公开数', '条', '626', '2027'],
          ['2.政府公报公开数', '条', '0', '0'],
          ['受理政府信息公开申请总数', '条', '14', '23'],
          ['其中：1.当面申请数', '条', '1', '5'],
          ['行政复议数', '件', '0', '0'],
          ['行政诉讼数', '件', '0', '0'],
        ],
      ),
    );
    expect(f['f.stat.proactive_total']).toMatchObject({
      value: 626,
      quote: '626',
      label: '统计表·主动公开文件数',
    });
    expect(f[STAT_CUMULATIVE]).toMatchObject({ value: 2027 });
    expect(f[`${STAT_CHANNEL}.1`]).toMatchObject({ value: 626, label: '统计表·政府网站公开数' });
    expect(f[`${STAT_CHANNEL}.2`]).toMatchObject({ value: 0 });
    expect(f['f.stat.applications']).toMatchObject({ value: 14, label: '统计表·受理政府信息公开申请总数' });
    expect(f['f.stat.reviews']?.value).toBe(0);
    expect(f['f.stat.suits']?.value).toBe(0);
    // 当面申请数 is a way applications came, not a channel of 主动公开.
    expect(Object.keys(f).filter((k) => k.startsWith(STAT_CHANNEL))).toHaveLength(2);
  });

  it('reads 年末统计 with the figures set in padded cells, and where the figures sit in them', () => {
    const f = facts(
      table(
        ['\n  指标名称\n  ', '\n  计量单位\n  ', '\n  年末统计\n  '],
        [['\n  主动公开信息数\n  ', '\n  条\n  ', '\n  69\n  ']],
      ),
    );
    expect(f['f.stat.proactive_total']).toMatchObject({ value: 69, quote: '69' });
  });

  it('reads no table that is not one (no 指标名称 and 计量单位 heads), and no figure that is not a whole number', () => {
    expect(facts(table(['项目', '数量'], [['主动公开信息数', '58']]))).toEqual({});
    const f = facts(table(['指标名称', '计量单位', '年末统计'], [['主动公开信息数', '条', '约60']]));
    expect(f['f.stat.proactive_total']).toBeUndefined();
  });

  it('reads no parts of a row that lists more than the form has, however many rows a hostile table repeats, and no figure of ten digits', () => {
    const rows = (n: number) => [
      ['主动公开信息数', '条', '58'],
      ...Array.from({ length: n }, (_, i) => [`${i === 0 ? '其中：' : ''}${i + 1}、网站公开`, '条', '1']),
      ['行政复议数', '件', '0'],
    ];
    const f = facts(table(['指标名称', '计量单位', '年末统计'], rows(5000)));
    expect(Object.keys(f).filter((k) => k.startsWith(STAT_CHANNEL))).toHaveLength(0);
    expect(f['f.stat.reviews']?.value).toBe(0);
    // Eight, as many as are read.
    const eight = facts(table(['指标名称', '计量单位', '年末统计'], rows(8)));
    expect(Object.keys(eight).filter((k) => k.startsWith(STAT_CHANNEL))).toHaveLength(8);
    const huge = facts(table(['指标名称', '计量单位', '年末统计'], [['主动公开信息数', '条', '1234567890']]));
    expect(huge['f.stat.proactive_total']).toBeUndefined();
    // A row name of a hundred characters is kept cut, not whole in every export and tooltip.
    const long = facts(
      table(['指标名称', '计量单位', '年末统计'], [[`主动公开信息数${'数'.repeat(100)}`, '条', '5']]),
    );
    expect(long['f.stat.proactive_total']?.label).toBe(`统计表·主动公开信息数${'数'.repeat(33)}…`);
  });

  it('reads the parts of 受理 and of 答复总数, numbered as printed, a blank part leaving its number unread', () => {
    // 平潭综合实验区公安局 2018's table: 答复总数 0 over 同意公开答复数 1.
    const f = facts(
      table(
        ['指标名称', '计量单位', '年末统计'],
        [
          ['受理政府信息公开申请总数', '条', '1'],
          ['其中：1.当面申请数', '条', '0'],
          ['2.网上申请数', '条', ''],
          ['3.信函申请数', '条', '1'],
          ['对申请的答复总数', '条', '0'],
          ['其中：1.同意公开答复数', '条', '1'],
          ['2.同意部分公开答复数', '条', '0'],
          ['4.其他类型答复数', '条', '0'],
          ['行政复议数', '件', '0'],
        ],
      ),
    );
    expect(f['f.stat.applications.part.1']).toMatchObject({ value: 0, label: '统计表·当面申请数' });
    expect(f['f.stat.applications.part.2']).toBeUndefined();
    expect(f['f.stat.applications.part.3']).toMatchObject({ value: 1, label: '统计表·信函申请数' });
    expect(f['f.stat.answers']).toMatchObject({ value: 0, label: '统计表·对申请的答复总数' });
    // A number out of turn (4 after 2) ends the list: a row may be missing.
    expect(f['f.stat.answers.part.2']).toMatchObject({ value: 0, label: '统计表·同意部分公开答复数' });
    expect(f['f.stat.answers.part.3']).toBeUndefined();
  });

  it('reads no part of a part as a part of the row (the form’s 否决公开答复数 and its own 其中：1.涉及国家秘密…)', () => {
    const f = facts(
      table(
        ['指标名称', '计量单位', '年末统计'],
        [
          ['对申请的答复总数', '条', '5'],
          ['其中：1.同意公开答复数', '条', '2'],
          ['2.同意部分公开答复数', '条', '1'],
          ['3.否决公开答复数', '条', '2'],
          ['其中：1.涉及国家秘密', '条', '1'],
          ['2.涉及商业秘密', '条', '1'],
          ['4.其他类型答复数', '条', '0'],
          ['行政复议数', '件', '0'],
        ],
      ),
    );
    expect(Object.keys(f).filter((k) => k.startsWith('f.stat.answers.part.'))).toEqual([
      'f.stat.answers.part.1',
      'f.stat.answers.part.2',
      'f.stat.answers.part.3',
    ]);
    expect(f['f.stat.answers.part.3']?.label).toBe('统计表·否决公开答复数');
    expect(f['f.stat.reviews']?.value).toBe(0);
  });

  it('reads the later form (统计指标 | 单位 | 统计数, 2014–2018): its ordinals, its channels under their heading, a part’s own parts skipped', () => {
    const f = facts(
      table(
        ['统计指标', '单位', '统计数'],
        [
          ['一、主动公开情况', '', ''],
          ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', '120'],
          ['其中：主动公开规范性文件数', '条', '5'],
          ['制发规范性文件总数', '件', '5'],
          ['（二）通过不同渠道和方式公开政府信息的情况', '', ''],
          ['1.政府公报公开政府信息数', '条', '0'],
          ['2.政府网站公开政府信息数', '条', '110'],
          ['二、回应解读情况', '', ''],
          ['（二）通过不同渠道和方式回应解读的情况', '', ''],
          ['1.参加或举办新闻发布会总次数', '次', '3'],
          ['其中：主要负责同志参加新闻发布会次数', '次', '1'],
          ['2.政府网站在线访谈次数', '次', '2'],
          ['3.政策解读稿件发布数', '篇', '4'],
          ['三、依申请公开情况', '', ''],
          ['（一）收到申请数', '件', '12'],
          ['1.当面申请数', '件', '2'],
          ['2.网络申请数', '件', '10'],
          ['（二）申请办结数', '件', '12'],
          ['1.按时办结数', '件', '12'],
          ['（三）申请答复数', '件', '12'],
          ['1.同意公开答复数', '件', '9'],
          ['2.不同意公开答复数', '件', '1'],
          ['其中：涉及国家秘密', '件', '0'],
          ['涉及个人隐私', '件', '1'],
          ['3.申请信息不存在', '件', '2'],
          ['四、行政复议数量', '件', '1'],
          ['（一）维持具体行政行为数', '件', '1'],
          ['（二）被依法纠错数', '件', '0'],
          ['（三）其他情形数', '件', '0'],
          ['五、行政诉讼数量', '件', '0'],
          ['（一）收到申请数', '件', '99'],
        ],
      ),
    );
    expect(f['f.stat.proactive_total']).toMatchObject({
      value: 120,
      label: '统计表·主动公开政府信息数(不同渠道和方式公开相同信息计1条)',
    });
    // The channels of 主动公开, not the ways of 回应解读 under a heading worded alike.
    expect(Object.keys(f).filter((k) => k.startsWith(STAT_CHANNEL))).toEqual([
      `${STAT_CHANNEL}.1`,
      `${STAT_CHANNEL}.2`,
    ]);
    expect([f[`${STAT_CHANNEL}.1`]?.value, f[`${STAT_CHANNEL}.2`]?.value]).toEqual([0, 110]);
    expect(f['f.stat.applications']).toMatchObject({ value: 12, label: '统计表·收到申请数' });
    expect([1, 2, 3].map((i) => f[`f.stat.applications.part.${i}`]?.value)).toEqual([2, 10, undefined]);
    expect(f['f.stat.answers']?.value).toBe(12);
    expect(f['f.stat.closed']).toMatchObject({ value: 12, label: '统计表·申请办结数' });
    expect([1, 2].map((i) => f[`f.stat.closed.part.${i}`]?.label)).toEqual(['统计表·按时办结数', undefined]);
    // 涉及国家秘密 and 涉及个人隐私 are 不同意公开's, not the answers'.
    expect([1, 2, 3, 4].map((i) => f[`f.stat.answers.part.${i}`]?.label)).toEqual([
      '统计表·同意公开答复数',
      '统计表·不同意公开答复数',
      '统计表·申请信息不存在',
      undefined,
    ]);
    expect([f['f.stat.reviews']?.value, f['f.stat.suits']?.value]).toEqual([1, 0]);
    // The results under 行政复议数量, numbered （一）（二）（三）; a row of the form's own after 行政诉讼数量
    // (（一）收到申请数, here out of place) is none of its results.
    expect([1, 2, 3].map((i) => f[`f.stat.reviews.part.${i}`]?.label)).toEqual([
      '统计表·维持具体行政行为数',
      '统计表·被依法纠错数',
      '统计表·其他情形数',
    ]);
    expect(f['f.stat.suits.part.1']).toBeUndefined();
    expect(f['f.stat.applications']?.value).toBe(12);
  });

  it("holds a 2017 report's text to the later form's table, and accuses it of nothing it does not say", () => {
    const page = (said: number, answered: number) =>
      sourceFromHtml(`<html><head><title>某某县教育局2017年政府信息公开工作年度报告</title></head><body>
<h1>某某县教育局2017年政府信息公开工作年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p>
<p>2017年共主动公开政府信息${said}条，其中通过政府网站公开政府信息110条。</p>
<p>三、依申请公开政府信息情况</p><p>2017年共收到政府信息公开申请12件。</p>
${table(
  ['统计指标', '单位', '统计数'],
  [
    ['（一）主动公开政府信息数', '条', '120'],
    ['（二）通过不同渠道和方式公开政府信息的情况', '', ''],
    ['1.政府公报公开政府信息数', '条', '0'],
    ['2.政府网站公开政府信息数', '条', '110'],
    ['（一）收到申请数', '件', '12'],
    ['（三）申请答复数', '件', '12'],
    ['1.同意公开答复数', '件', String(answered)],
    ['2.不同意公开答复数', '件', '1'],
    ['其中：涉及个人隐私', '件', '1'],
    ['3.申请信息不存在', '件', '2'],
  ],
)}</body></html>`);
    const right = audit(page(120, 9));
    expect(right.findings).toEqual([]);
    expect(right.checks.find((c) => c.rule === 'text-table-mismatch')?.status).toBe('passed');
    expect(right.checks.find((c) => c.rule === 'stat-part-sum')?.status).toBe('passed');
    const wrong = audit(page(130, 10));
    expect(wrong.findings.map((f) => [f.rule, f.message])).toEqual([
      ['text-table-mismatch', '正文称「2017年共主动公开政府信息130条」，统计表 主动公开政府信息数 为 120'],
      [
        'stat-part-sum',
        '统计表「申请答复数」为 12，而其下各项之和大于它：同意公开答复数 10 + 不同意公开答复数 1 + 申请信息不存在 2 = 13',
      ],
    ]);
  });

  it("reads no parts of a second table's row as the first table's", () => {
    const head = ['指标名称', '计量单位', '年末统计'];
    const f = facts(
      table(head, [
        ['受理政府信息公开申请总数', '条', '2'],
        ['其中：1.当面申请数', '条', '2'],
      ]) +
        table(head, [
          ['受理政府信息公开申请总数', '条', '9'],
          ['其中：1.当面申请数', '条', '4'],
          ['2.网上申请数', '条', '5'],
        ]),
    );
    expect(f['f.stat.applications']?.value).toBe(2);
    expect(f['f.stat.applications.part.1']?.value).toBe(2);
    expect(f['f.stat.applications.part.2']).toBeUndefined();
  });

  it("holds an old report's text to its table: 平潭县教育局 2012 says 55 where its table says 58", () => {
    const page = (said: number) =>
      sourceFromHtml(
        `<html><head><title>平潭县教育局2012年度政府信息公开年度报告</title></head><body>
<h1>平潭县教育局2012年度政府信息公开年度报告</h1><p>一、概述</p><p>二、政府信息主动公开情况</p>
<p>2012年1月1日至2012年12月31日，本局共主动公开政府信息${said}条，其中全文电子化达100%。</p>
<p>三、依申请公开信息和不予公开政府信息的情况</p><p>2012年，我局未收到依申请公开的申请。</p>
<p>四、政府信息公开的收费及减免情况</p><p>五、存在的主要问题和改进措施</p><p>附表</p>
${table(
  ['指标名称', '计量单位', '年末统计'],
  [
    ['主动公开信息数', '条', '58'],
    ['其中：1．网站公开', '条', '58'],
    ['2．政府公报公开', '条', '0'],
    ['受理依申请公开信息总数', '条', '0'],
  ],
)}</body></html>`,
      );
    const wrong = audit(page(55));
    expect(wrong.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['text-table-mismatch', 'error', '正文称「本局共主动公开政府信息55条」，统计表 主动公开信息数 为 58'],
    ]);
    expect(wrong.findings[0]?.cells).toEqual(['f.proactive_total', 'f.stat.proactive_total']);
    // In English the row is quoted, as the page's own words.
    expect(render(wrong.findings[0]!.msg!, 'en')).toBe(
      'The text says “本局共主动公开政府信息55条”; the statistics table: “主动公开信息数” is 58',
    );
    // The table's cell is marked on the page as the text's sentence is.
    expect(wrong.factNodes.has('f.stat.proactive_total')).toBe(true);
    const right = audit(page(58));
    expect(right.findings).toEqual([]);
    expect(right.checks.find((c) => c.rule === 'text-table-mismatch')?.status).toBe('passed');
  });

  it('says a table headed with another year (2015年度 in a 2016 report) may be that year’s, and holds the text to it not', () => {
    // 平潭综合实验区工委办 2016: its table's figures (130) are not 2015's (152), but its column says 2015年度.
    const page = (head: string) =>
      sourceFromHtml(
        `<html><head><title>某某局2016年政府信息公开年度报告</title></head><body>
<h1>某某局2016年政府信息公开年度报告</h1><p>一、概述</p><p>二、主动公开政府信息情况</p>
<p>2016年，本局共主动公开政府信息125条。</p><p>三、依申请公开政府信息情况</p>
${table(['指标名称', '计量单位', head, '历年累计'], [['主动公开文件数', '条', '130', '349']])}</body></html>`,
      );
    const stale = audit(page('2015\n 年度'));
    expect(stale.report.facts.find((f) => f.key === 'f.stat.year')).toMatchObject({
      value: 2015,
      quote: '2015年度',
    });
    expect(stale.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'year-mismatch',
        'warning',
        '统计表的数字一栏标为「2015年度」，而本报告是 2016 年度的：表格或其表头可能沿用了上一年度的',
      ],
    ]);
    expect(stale.checks.find((c) => c.rule === 'text-table-mismatch')?.reason).toMatch(
      /^统计表的数字一栏标为另一年度/,
    );
    // Headed with the report's own year, the text's 125 is held to the table's 130.
    expect(audit(page('2016年度')).findings.map((f) => f.rule)).toEqual(['text-table-mismatch']);
  });
});
