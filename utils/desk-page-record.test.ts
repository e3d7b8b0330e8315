import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleReport } from '../lib/export/testing';
import { type Desk, openDesk } from './desk-db';

const opened: Desk[] = [];
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

function input(url: string, year: number) {
  const report = sampleReport({ year, title: `某某区统计局${year}年政府信息公开工作年度报告` });
  return {
    url,
    title: report.title,
    accessedAt: '2026-11-23T06:00:00.000Z',
    source: 'page' as const,
    result: { url, detected: true as const, report, findings: [] },
    flags: [],
    snapshot: '<html></html>',
  };
}

describe('pageRecordId (auto-save keeps one record per page)', () => {
  it('finds the record of a page whatever its year or #hash, and nothing for a longer URL', async () => {
    const desk = await openDesk('desk-page-record-1');
    opened.push(desk);
    const url = 'http://www.example.gov.cn/live.html';
    expect(await desk.pageRecordId(url)).toBeNull();
    const first = await desk.save(input(`${url}#t3`, 2021));
    await desk.save(input('http://www.example.gov.cn/live.html.bak', 2021));
    expect(await desk.pageRecordId(url)).toBe(first.id);
    expect(await desk.pageRecordId(`${url}#other`)).toBe(first.id);
    // Auto-save replaces that record when the page's report now reads another year.
    await desk.save({ ...input(url, 2067), id: first.id });
    const rows = (await desk.list()).filter((r) => r.url.startsWith(url) && !r.url.endsWith('.bak'));
    expect(rows.map((r) => r.year)).toEqual([2067]);
    expect(await desk.pageRecordId('http://www.example.gov.cn/live')).toBeNull();
  });
});
