import { describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { offeredAttachments, pageKindOf } from './ReviewOffer';

const report = (cells: Record<string, { value: number | null; raw: string }>): PageResult => ({
  url: 'http://www.a.gov.cn/r.html',
  detected: true,
  report: {
    title: 'X区人民政府2023年政府信息公开工作年度报告',
    agency: 'X区人民政府',
    year: 2023,
    template: null,
    published: null,
    cells,
    facts: [],
  },
  findings: [],
});

const LINKS = [
  { href: 'http://www.a.gov.cn/f/1.pdf', text: 'X区人民政府2023年政府信息公开工作年度报告.pdf' },
  { href: 'http://www.a.gov.cn/f/guide.pdf', text: '办事指南.pdf' },
  { href: 'http://www.a.gov.cn/f/1.pdf', text: '下载' },
  { href: 'http://www.a.gov.cn/f/2.ofd', text: '年度报告（OFD 版）' },
  { href: 'http://www.a.gov.cn/f/t.xls', text: '年报统计表.xls' },
  { href: 'http://www.a.gov.cn/down.jsp?id=3', text: '2023年年报.docx' },
];

describe('offeredAttachments', () => {
  it('offers nothing where the page gave its tables', () => {
    expect(offeredAttachments(LINKS, pageKindOf(report({ 't3.new.total': { value: 1, raw: '1' } })))).toEqual(
      [],
    );
  });

  it('on a report page without tables, every document, those named as a report first, each once', () => {
    const got = offeredAttachments(LINKS, pageKindOf(report({})));
    expect(got.map((l) => [l.href.split('/').pop(), l.kind])).toEqual([
      ['1.pdf', 'pdf'],
      ['2.ofd', 'unreadable'],
      ['down.jsp?id=3', 'docx'],
      ['guide.pdf', 'pdf'],
    ]);
  });

  it('on a page not read as a report, only documents named as a report', () => {
    const got = offeredAttachments(
      LINKS,
      pageKindOf({ url: 'http://www.a.gov.cn/list.html', detected: false }),
    );
    expect(got.map((l) => l.href.split('/').pop())).toEqual(['1.pdf', '2.ofd', 'down.jsp?id=3']);
    expect(offeredAttachments(LINKS, null).length).toBe(3);
  });
});
