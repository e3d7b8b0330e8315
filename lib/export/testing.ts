/** Hand-made page results for the export and CLI tests, so they do not depend on the audit core. */
import type { PageResult, Report } from '../model';

/** A small 2021-template report with a few cells in scrambled order and two facts. */
export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    title: '某某区统计局2021年政府信息公开工作年度报告',
    agency: '某某区统计局',
    year: 2021,
    template: '2021',
    published: '2022-01-20',
    cells: {
      'x9.local.extra': { value: 7, raw: '7' },
      't4.review.total': { value: 1, raw: '1' },
      't3.new.total': { value: 12, raw: '12' },
      't3.new.natural': { value: 10, raw: '10' },
      't2.rules.issued': { value: null, raw: '—' },
      't3.carried_out.total': { value: -4, raw: '-4' },
      't2.fees.amount': { value: 4345.2, raw: '4345.2万元' },
    },
    facts: [
      { key: 'f.applications_received', value: 31, quote: '新收到申请31件', label: '收到申请' },
      { key: 'f.proactive_total', value: null, quote: '主动公开政府信息共条' },
    ],
    ...over,
  };
}

/** A detected page with one error finding naming two cells and one fact. */
export function samplePage(over: Partial<Report> = {}, file = 'reports/a.html'): PageResult {
  return {
    file,
    detected: true,
    report: sampleReport(over),
    findings: [
      {
        rule: 't3-column-sum',
        severity: 'error',
        message: '表三 本年新收 总计 12 ≠ 10',
        cells: ['t3.new.total', 't3.new.natural'],
      },
      {
        rule: 'text-blank-number',
        severity: 'error',
        message: '正文“共条”缺数字',
        cells: ['f.proactive_total'],
      },
      { rule: 'late-publication', severity: 'warning', message: '发布晚于期限', cells: [] },
    ],
  };
}

/** A page that is not a report. */
export function notReport(file = 'reports/news.html'): PageResult {
  return { file, detected: false, reason: '没有找到年报标题' };
}
