import { describe, expect, it } from 'vitest';
import type { Finding, Flag } from '../model';
import { cells, makeReport } from '../rules/testing';
import { accessText, citedReport, citeFinding, citeFlag, plain } from './citation';
import type { SavedReport } from './model';

const report = makeReport({
  title: '某某区统计局2020年政府信息公开工作年度报告',
  cells: {
    ...cells({ 't3.new.total': 41, 't3.carried_in.total': 2, 't2.fees.amount': 4345.2 }),
    't3.granted.total': { value: null, raw: '—' },
  },
  facts: [{ key: 'f.applications_received', value: 40, quote: '全年共收到政府信息公开申请40件' }],
});
const saved = { report, url: 'http://www.example.gov.cn/a.html', accessedAt: '2026-11-23T06:05:00.000Z' };

describe('citeFinding', () => {
  it('names the report, its URL and access time (Beijing), each cell with its value, and the arithmetic', () => {
    const f: Finding = {
      rule: 'text-table-mismatch',
      severity: 'error',
      message: '正文称收到申请 40 件，但表三 本年新收·总计 为 41。',
      cells: ['t3.new.total', 't3.carried_in.total', 'f.applications_received'],
    };
    expect(citeFinding(saved, f)).toBe(
      '据某某区统计局发布的《某某区统计局2020年政府信息公开工作年度报告》（http://www.example.gov.cn/a.html，2026年11月23日 14:05访问），' +
        '表三「本年新收·总计」为 41、「上年结转·总计」为 2、报告正文称“全年共收到政府信息公开申请40件”；' +
        '正文称收到申请 40 件，但表三 本年新收·总计 为 41。',
    );
  });

  it("cites a 2008-form statistics table's cell as the table's, not as the text's words", () => {
    const old = makeReport({
      title: '平潭县教育局2012年度政府信息公开年度报告',
      agency: '平潭县教育局',
      cells: {},
      facts: [
        { key: 'f.proactive_total', value: 55, quote: '本局共主动公开政府信息55条' },
        { key: 'f.stat.proactive_total', value: 58, quote: '58', label: '统计表·主动公开信息数' },
      ],
    });
    const f: Finding = {
      rule: 'text-table-mismatch',
      severity: 'error',
      message: '正文称「本局共主动公开政府信息55条」，统计表 主动公开信息数 为 58',
      cells: ['f.proactive_total', 'f.stat.proactive_total'],
    };
    expect(citeFinding({ ...saved, report: old }, f)).toContain(
      '报告正文称“本局共主动公开政府信息55条”、统计表「主动公开信息数」为 58；',
    );
  });

  it('cites both reports of a cross-year finding: the other by title, address and publication date', () => {
    const f: Finding = {
      rule: 'carry-over-mismatch',
      severity: 'error',
      message: '表三 总计列：2019 年度报告 结转下年度 3，但 2020 年度报告 上年结转 为 2',
      cells: ['t3.carried_in.total'],
      other: {
        title: '某某区统计局2019年政府信息公开工作年度报告',
        url: 'http://www.example.gov.cn/2019.html',
        year: 2019,
        published: '2020-01-25',
      },
    };
    expect(citeFinding(saved, f)).toBe(
      '据某某区统计局发布的《某某区统计局2020年政府信息公开工作年度报告》（http://www.example.gov.cn/a.html，2026年11月23日 14:05访问），' +
        '对照其2019年度报告《某某区统计局2019年政府信息公开工作年度报告》（http://www.example.gov.cn/2019.html，2020年1月25日发布），' +
        '表三「上年结转·总计」为 2；表三 总计列：2019 年度报告 结转下年度 3，但 2020 年度报告 上年结转 为 2。',
    );
    const file = {
      ...f,
      other: { title: '《旧\u202e报告》', file: 'reports/2019.html', year: 2019, published: null },
    };
    expect(citeFinding(saved, file)).toContain('对照其2019年度报告《旧报告》（reports/2019.html），');
  });

  it('says what a blank or missing cell held, gives money its unit and counts long lists', () => {
    const f: Finding = {
      rule: 'x',
      severity: 'warning',
      message: 'm',
      cells: ['t3.granted.total', 't2.fees.amount', 't4.review.total'],
    };
    const text = citeFinding({ ...saved, report: { ...report, agency: null } }, f);
    expect(text).toMatch(/^据《某某区/);
    expect(text).toContain(
      '表三「予以公开·总计」无法识别（原文“—”）、表二「行政事业性收费·本年收费金额（万元）」为 4345.2万元、表四「行政复议·总计」未填报；m。',
    );
    const many = { ...f, cells: Array.from({ length: 20 }, (_, i) => `t3.new.c${i}`) };
    expect(citeFinding(saved, many)).toContain('等 20 项；');
  });

  it('strips control characters and bidi overrides from hostile text', () => {
    const hostile = { ...report, agency: 'evil\u202e局\u0000', title: '《报告\n二》' };
    const text = citeFinding(
      { ...saved, report: hostile, url: 'http://x/\u0007' },
      {
        rule: 'x',
        severity: 'info',
        message: '<b>a</b>\u001b[31m',
        cells: [],
      },
    );
    expect(text).toBe('据evil局发布的《报告 二》（http://x/，2026年11月23日 14:05访问），<b>a</b>[31m。');
    expect(plain('a\r\nb\u2066c')).toBe('a bc');
  });
});

describe('citeFlag', () => {
  const flag = (over: Partial<Flag>): Flag => ({
    id: '1',
    address: null,
    quote: '',
    note: '',
    created: '',
    ...over,
  });

  it('cites the flagged cell and the note, or the quoted text when there is no cell', () => {
    expect(citeFlag(saved, flag({ address: 't3.new.total', note: '与去年相比激增' }))).toMatch(
      /访问），表三「本年新收·总计」为 41；核查备注：与去年相比激增。$/,
    );
    expect(citeFlag(saved, flag({ quote: '全年共收到申请40件' }))).toMatch(
      /访问），报告原文“全年共收到申请40件”。$/,
    );
  });
});

describe('accessText', () => {
  it('writes the time in Beijing time, and keeps an unreadable time as given', () => {
    expect(accessText('2026-12-31T16:30:00Z')).toBe('2027年1月1日 00:30');
    expect(accessText('昨天')).toBe('昨天');
  });
});

describe('citedReport', () => {
  it('takes what a citation needs from a saved record', () => {
    const rec = { url: saved.url, accessedAt: saved.accessedAt, result: { report } } as SavedReport;
    expect(citedReport(rec)).toEqual(saved);
  });
});
