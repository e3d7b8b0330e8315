import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { render } from '../i18n/render';
import type { Report } from '../model';
import { latePublication, makesNoRegulations, reportKind, repostedBy } from './late-publication';
import { makeCtx, makeReport } from './testing';

const run = (over: Partial<Report>) => latePublication.run(makeReport(over), makeCtx());

describe('late-publication', () => {
  it('fires on a department report after 31 January', () => {
    expect(run({ published: '2021-02-01' })).toMatchObject([
      {
        rule: 'late-publication',
        severity: 'warning',
        message:
          '发布日期 2021-02-01 晚于条例第四十九条规定的期限 2021-01-31（县级以上人民政府部门的年度报告应在次年 1 月 31 日前公布）',
        cells: ['f.published'],
      },
    ]);
  });

  it('does not run on a revised copy, whose date may not be when the report was first published', () => {
    for (const title of [
      '某局2020年政府信息公开工作年度报告（修订版）',
      '某局2020年政府信息公开工作年度报告(更正)',
    ]) {
      const report = makeReport({ title, published: '2021-06-01' });
      expect(latePublication.skip?.(report, makeCtx()), title).toMatch(/^本页为修订版/);
    }
    expect(latePublication.skip?.(makeReport({ published: '2021-06-01' }), makeCtx())).toBeNull();
  });

  it('gives a county-or-higher government until 31 March', () => {
    const gov = { agency: '某某区人民政府', title: '某某区人民政府2020年政府信息公开工作年度报告' };
    expect(run({ ...gov, published: '2021-03-31' })).toEqual([]);
    const [f] = run({ ...gov, published: '2021-04-01' });
    expect(f?.message).toContain('期限 2021-03-31（县级以上人民政府本级年度报告');
  });

  it('holds a township or street office, for which the article sets no deadline, to its latest, 31 March', () => {
    for (const agency of ['某某镇人民政府', '某某街道办事处', '某某乡']) {
      expect(run({ agency, published: '2021-02-15' }), agency).toEqual([]);
      expect(run({ agency, published: '2021-04-01' })[0]?.message, agency).toBe(
        '发布日期 2021-04-01 晚于 2021-03-31。条例第四十九条没有写明乡镇、街道年度报告的期限；次年 3 月 31 日是它为县级以上人民政府本级年度报告定的期限，也是它所定期限中最晚的一个',
      );
    }
  });

  it('holds a report of 2018 or before to the 2008 Regulations’ 31 March, a department’s too', () => {
    const old = { year: 2017, title: '某局2017年政府信息公开工作年度报告' };
    expect(run({ ...old, published: '2018-02-28' })).toEqual([]);
    expect(run({ ...old, published: '2018-04-02' })[0]?.message).toBe(
      '发布日期 2018-04-02 晚于 2008 年条例第三十一条规定的期限 2018-03-31（2019 年修订前，各级行政机关的年度报告均应在每年 3 月 31 日前公布）',
    );
    // 2019 on: the revised article 49.
    expect(run({ year: 2019, published: '2020-02-28' })[0]?.message).toContain('期限 2020-01-31');
  });

  it('gives 31 March when the kind is unclear', () => {
    expect(run({ agency: null, published: '2021-03-01' })).toEqual([]);
    expect(run({ agency: null, published: '2021-04-02' })[0]?.message).toContain('无法判断报告主体');
  });

  it('judges against the statistics period’s year where it is later than the title’s (year-mismatch)', () => {
    const period = (value: number) => ({
      key: 'f.period_year',
      value,
      quote: `本报告所列数据的统计期限自${value}年1月1日起至${value}年12月31日止`,
    });
    // The title says 2020 (makeReport's year), the period 2021: published in time for a 2021 report.
    expect(run({ published: '2022-01-20', facts: [period(2021)] })).toEqual([]);
    expect(run({ published: '2022-02-01', facts: [period(2021)] })[0]?.message).toContain('期限 2022-01-31');
    // An earlier period leaves the title's year, and its deadline, as they are.
    expect(run({ published: '2021-02-01', facts: [period(2019)] })[0]?.message).toContain('期限 2021-01-31');
  });

  it("says, of a date over a year past the deadline, that it may be a site migration's or a repost's, in both languages", () => {
    // A year and a day late at most: said as it is.
    expect(run({ published: '2022-01-31' })[0]?.message).not.toContain('迁移');
    const [f] = run({ published: '2022-02-01' });
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      '发布日期 2022-02-01 晚于条例第四十九条规定的期限 2021-01-31（县级以上人民政府部门的年度报告应在次年 1 月 31 日前公布）。晚于期限一年以上：页面所示日期也可能是网站迁移或转载的日期，引用前请核对报告最初的发布时间',
    );
    expect(f?.msg && render(f.msg, 'zh')).toBe(f?.message);
    expect(f?.msg && render(f.msg, 'en')).toMatch(/may be that of a site migration or a repost; check when/);
    const [t] = run({ agency: '某某镇人民政府', published: '2023-11-02' });
    expect(t?.message).toMatch(/最晚的一个。晚于期限一年以上/);
  });

  it('is silent in time and without a date or a year', () => {
    expect(run({ published: '2021-01-31' })).toEqual([]);
    expect(run({ published: null })).toEqual([]);
    expect(run({ year: null, published: '2023-12-01' })).toEqual([]);
  });
});

describe('reportKind', () => {
  it.each([
    ['某某区统计局', 'department'],
    ['相山区城市管理局', 'department'],
    ['某某市人民政府办公室', 'department'],
    ['政府办公室', 'department'],
    ['某某市国资委', 'department'],
    ['某某镇人民政府', 'township'],
    ['某某乡人民政府', 'township'],
    ['某某街道办事处', 'township'],
    ['某某街道', 'township'],
    ['某某镇', 'township'],
    ['某某镇人民政府办公室', 'township'],
    ['某某镇党政办', 'township'],
    ['某某街道办事处办公室', 'township'],
    // Inner Mongolia's 苏木 is a township (a 2021 report of one was told it could not be placed).
    ['沙德格苏木', 'township'],
    ['某某旗某某苏木人民政府', 'township'],
    ['某某县公安局交通警察大队', 'department'],
    ['某某区统计局2021年度', 'department'],
    ['某某区人民政府', 'government'],
    ['某某县人民政府', 'government'],
    ['某某市政府', 'government'],
    ['镇江市人民政府', 'government'],
    ['某某区', 'government'],
    ['某某社区', 'unclear'],
    ['某某经济技术开发区管理委员会', 'unclear'],
    ['某某高新区管委会', 'unclear'],
    ['某某市城市管理委员会', 'department'],
    ['阿拉善盟行政公署', 'unclear'],
    ['某某地区行政公署', 'unclear'],
    ['某某社区居民委员会', 'unclear'],
    ['某某村民委员会', 'unclear'],
    ['某某市人民政府驻北京联络处', 'department'],
    // Not the government's organs: the article binds none of them.
    ['中共相山区委办公室', 'unclear'],
    ['中共某某区纪律检查委员会', 'unclear'],
    ['某某区监察委员会', 'unclear'],
    ['某某区人大常委会办公室', 'unclear'],
    ['政协某某市委员会办公室', 'unclear'],
    ['相山区人民法院', 'unclear'],
    ['某某县人民检察院', 'unclear'],
    ['某某区总工会', 'unclear'],
    ['某某市妇女联合会', 'unclear'],
    ['共青团某某市委员会', 'unclear'],
    ['某某区残疾人联合会', 'unclear'],
    ['某某市科学技术协会', 'unclear'],
    ['某某市红十字会', 'unclear'],
    // Public institutions, enterprises and social organisations: not departments either.
    ['某某市第一人民医院', 'unclear'],
    ['某某镇卫生院', 'unclear'],
    ['某某市规划设计研究院', 'unclear'],
    ['某某市博物馆', 'unclear'],
    ['某某市广播电视台', 'unclear'],
    ['国网某某供电公司', 'unclear'],
    ['某某市城市建设投资集团', 'unclear'],
    ['某某市律师协会', 'unclear'],
    // A 中心 is an institution nearly always (融媒体中心, 不动产登记中心); the government's own seldom.
    ['相山区融媒体中心', 'unclear'],
    ['某某区不动产登记中心', 'unclear'],
    ['某某县政务服务中心', 'unclear'],
    // A Party organ named without 中共, and the military's 人民武装部.
    ['相山区委宣传部', 'unclear'],
    ['某某市委组织部', 'unclear'],
    ['某某县委办公室', 'unclear'],
    ['某某市直机关工委', 'unclear'],
    ['相山区人民武装部', 'unclear'],
    // Not Party organs: the government's 教育委员会 (市教委) and its other 委员会.
    ['某某市教委', 'department'],
    ['某某市发展和改革委员会', 'department'],
    ['某某区卫生健康委员会', 'department'],
    ['某某市档案馆', 'department'],
    ['某某县公安局城关派出所', 'department'],
    // The other name a body bears (挂牌), in brackets after its own: its own decides.
    ['相山区教育体育局（区体育局）', 'department'],
    ['某某县人民政府（县政府办）', 'government'],
    ['某某区融媒体中心（区广播电视台）', 'unclear'],
    [null, 'unclear'],
    ['', 'unclear'],
  ])('%s → %s', (agency, kind) => expect(reportKind(agency)).toBe(kind));
});

describe('makesNoRegulations', () => {
  it.each([
    ['某某县人民政府', true],
    ['相山区', true],
    ['某某镇人民政府', true],
    ['某某市住房和城乡建设局', true],
    // The name as reportKind reads it: a second name in brackets, a year after it.
    ['某某县人民政府（县政府办）', true],
    ['某某区统计局2021年度', true],
    ['某某市人民政府', false],
    ['某某省人民政府', false],
    ['某某自治区人民政府', false],
    ['国家统计局', false],
    [null, false],
  ])('%s → %s', (agency, no) => expect(makesNoRegulations(agency)).toBe(no));
});

describe('late-publication: the date of an info box printed narrow', () => {
  it('reads a date whose label wraps round it (发布日 | 2021-04-06 | 期：), as a PDF of the page printed narrow gives it', () => {
    // Its <meta name="PubDate"> left out: a PDF has none.
    const page = readFileSync(
      new URL('../../test/fixtures/district-gov-2020-late.html', import.meta.url),
      'utf8',
    ).replace(/<meta name="PubDate"[^>]*>/, '');
    const box = /<table class="table_suoyin"[\s\S]*?<\/table>/;
    expect(page).toMatch(box);
    // The lines of district-gov-2020-late's info box as Chromium prints it 560 px wide.
    const lines = [
      '发布机 生成日',
      '相山区人民政府办公室 2021-03-20',
      '构： 期：',
      '发布日',
      '2021-04-06 有效性：有效',
      '期：',
    ];
    const narrow = page.replace(box, lines.map((l) => `<p>${l}</p>`).join(''));
    const a = audit(sourceFromHtml(narrow));
    expect(a.report.published).toBe('2021-04-06');
    expect(a.findings.map((f) => f.rule)).toContain('late-publication');
    // The label's head and tail must be the lines round the date: 生成日 | …办公室 2021-03-20 is not read.
    const apart = page.replace(
      box,
      ['发布日', '说明', '2021-04-06', '期：'].map((l) => `<p>${l}</p>`).join(''),
    );
    expect(audit(sourceFromHtml(apart)).report.published).toBeNull();
  });
});

describe('late-publication: a lower body’s repost', () => {
  const page = readFileSync(
    new URL('../../test/fixtures/district-gov-2020-late.html', import.meta.url),
    'utf8',
  );
  const by = (publisher: string) =>
    audit(sourceFromHtml(page.replace('<td>相山区人民政府办公室</td>', `<td>${publisher}</td>`)));

  it('skips a report a township’s page carries: its date is the repost’s (发布机构：侯贯镇)', () => {
    // A county's page (weixian.gov.cn) dated 2022-02-03, 发布机构：侯贯镇, carrying 河北省发展和改革委员会's
    // 2021 report: the province's commission did not publish it there, the town reposted it.
    const a = by('任集镇');
    expect(a.report.reposted).toBe('任集镇');
    expect(a.findings.map((f) => f.rule)).not.toContain('late-publication');
    expect(a.checks.find((c) => c.rule === 'late-publication')?.reason).toMatch(/^本页由任集镇转载/);
    // Its label and its name in traditional script (發佈機構：侯貫鎮, a Big5 gateway's copy): the same.
    const trad = audit(
      sourceFromHtml(
        page.replace(
          '<th>发布机构：</th><td>相山区人民政府办公室</td>',
          '<th>發佈機構：</th><td>任集鎮</td>',
        ),
      ),
    );
    expect(trad.report.reposted).toBe('任集镇');
    expect(trad.findings.map((f) => f.rule)).not.toContain('late-publication');
    // The body's own office, or a higher body, publishes it: the date is the report's.
    for (const own of ['相山区人民政府办公室', '淮北市人民政府办公室', '淮北市相山区人民政府']) {
      expect(by(own).report.reposted, own).toBeUndefined();
      expect(
        by(own).findings.map((f) => f.rule),
        own,
      ).toContain('late-publication');
    }
  });

  it.each([
    ['侯贯镇', '河北省发展和改革委员会', true],
    ['城关街道办事处', '某某县人民政府', true],
    ['威县人民政府', '河北省发展和改革委员会', true],
    ['朝阳区教育局', '国家统计局', true],
    ['侯贯镇', '侯贯镇人民政府', false],
    ['某某县人民政府办公室', '某某县人民政府', false],
    ['北京市朝阳区人民政府', '北京市发展和改革委员会', false],
    ['淮北市人民政府', '相山区人民政府', false],
    ['信息中心', '黄石市住房和城乡建设局', false],
    ['天水市人民政府', '天水市商务局', false],
    ['某某县人民政府', '某某县委宣传部', false],
    ['某某县人民政府', '教育部', true],
  ])('%s publishing %s’s report: a repost %s', (publisher, agency, reposted) =>
    expect(repostedBy(publisher, agency).reposted !== undefined).toBe(reposted),
  );
});
