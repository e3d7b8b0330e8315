import { describe, expect, it } from 'vitest';
import type { PageResult } from '../model';
import { SweepError, type SweepFetched, sweep } from './crawl';

const enc = new TextEncoder();
const list = (links: string[], next?: string) =>
  `<html><body>${links.map((l) => `<a href="${l}">${l}年度报告</a>`).join('')}${next ? `<a href="${next}">下一页</a>` : ''}</body></html>`;

/** A site of pages by path on www.a.gov.cn; `ms` per path delays the answer. */
function site(pages: Record<string, string | Error | { redirect: string }>, ms: Record<string, number> = {}) {
  const calls: { url: string; at: number }[] = [];
  let now = 0;
  let max = 0;
  const fetch = async (url: string): Promise<SweepFetched> => {
    calls.push({ url, at: performance.now() });
    max = Math.max(max, ++now);
    try {
      const path = new URL(url).pathname;
      await new Promise((r) => setTimeout(r, ms[path] ?? 1));
      const p = pages[path];
      if (p === undefined) throw new SweepError('http', 'HTTP 404 Not Found');
      if (p instanceof Error) throw p;
      if (typeof p === 'object') return { bytes: new Uint8Array(), contentType: null, finalUrl: p.redirect };
      return { bytes: enc.encode(p), contentType: 'text/html; charset=utf-8', finalUrl: url };
    } finally {
      now--;
    }
  };
  // A "report" is any page whose text says 报告正文; its year is in its path.
  const audit = (page: SweepFetched, url: string): PageResult => {
    const text = new TextDecoder().decode(page.bytes);
    return text.includes('报告正文')
      ? ({
          url,
          detected: true,
          report: { year: Number(/\d{4}/.exec(url)?.[0]) },
          findings: [],
        } as unknown as PageResult)
      : { url, detected: false, reason: '不是' };
  };
  return { deps: { fetch, audit }, calls, max: () => max };
}

const A = 'http://www.a.gov.cn';

describe('sweep', () => {
  it('follows 下一页, reads every linked report once, in column order whatever finishes first', async () => {
    const s = site(
      {
        '/nb/index.html': list(['2019.html', '2020.html', 'x.html', '2019.html'], 'index_1.html'),
        '/nb/index_1.html': list(['2021.html', 'http://www.b.gov.cn/2022.html']),
        '/nb/2019.html': '报告正文',
        '/nb/2020.html': '报告正文',
        '/nb/2021.html': '报告正文',
        '/nb/x.html': '通知',
      },
      { '/nb/2019.html': 40 },
    );
    const run = await sweep([`${A}/nb/index.html`], s.deps, { delayMs: 0 });
    expect(run.reports.map((r) => r.url)).toEqual([
      `${A}/nb/2019.html`,
      `${A}/nb/2020.html`,
      `${A}/nb/2021.html`,
    ]);
    expect(run.failed.map((f) => [f.url, f.kind])).toEqual([
      [`${A}/nb/x.html`, 'not-report'],
      ['http://www.b.gov.cn/2022.html', 'other-host'],
    ]);
    expect(run.lists).toEqual([`${A}/nb/index.html`, `${A}/nb/index_1.html`]);
    expect(s.calls.some((c) => c.url.includes('b.gov.cn'))).toBe(false);
    expect(s.calls.filter((c) => c.url.endsWith('2019.html'))).toHaveLength(1);
    expect(s.max()).toBeLessThanOrEqual(2);
  });

  it('keeps to the concurrency and starts requests delayMs apart', async () => {
    const links = Array.from({ length: 8 }, (_, i) => `${2010 + i}.html`);
    const pages: Record<string, string> = { '/nb/index.html': list(links) };
    for (const l of links) pages[`/nb/${l}`] = '报告正文';
    const s = site(pages, Object.fromEntries(links.map((l) => [`/nb/${l}`, 30])));
    await sweep([`${A}/nb/index.html`], s.deps, { delayMs: 20, concurrency: 2 });
    expect(s.max()).toBe(2);
    for (let i = 1; i < s.calls.length; i++)
      expect(s.calls[i]!.at - s.calls[i - 1]!.at).toBeGreaterThanOrEqual(17);
  });

  it('stops at maxListPages and maxPages, naming what it left', async () => {
    const pages: Record<string, string> = {};
    for (let i = 0; i < 5; i++) pages[`/p${i}.html`] = list([`${2000 + i}.html`], `p${i + 1}.html`);
    for (let i = 0; i < 5; i++) pages[`/${2000 + i}.html`] = '报告正文';
    const capped = await sweep([`${A}/p0.html`], site(pages).deps, { delayMs: 0, maxListPages: 2 });
    expect(capped.lists).toHaveLength(2);
    expect(capped.failed.map((f) => [f.url, f.kind])).toEqual([[`${A}/p2.html`, 'cap']]);
    const few = await sweep([`${A}/p0.html`], site(pages).deps, { delayMs: 0, maxPages: 3 });
    expect(few.fetched).toBe(3);
    expect(few.failed.some((f) => f.kind === 'cap')).toBe(true);
  });

  it('refuses a page redirected to another host, and names fetch failures with their kind', async () => {
    const s = site({
      '/nb/index.html': list(['2019.html', '2020.html', '2021.html']),
      '/nb/2019.html': { redirect: 'http://evil.example.com/2019.html' },
      '/nb/2020.html': new SweepError('timeout', '超时 / timed out'),
      '/nb/2021.html': '报告正文',
    });
    const run = await sweep([`${A}/nb/index.html`], s.deps, { delayMs: 0 });
    expect(run.failed.map((f) => f.kind)).toEqual(['other-host', 'timeout']);
    expect(run.reports).toHaveLength(1);
  });

  it('stops when cancelled, naming the links it never read', async () => {
    const links = Array.from({ length: 10 }, (_, i) => `${2010 + i}.html`);
    const pages: Record<string, string> = { '/nb/index.html': list(links) };
    for (const l of links) pages[`/nb/${l}`] = '报告正文';
    const ctrl = new AbortController();
    const run = await sweep([`${A}/nb/index.html`], site(pages).deps, {
      delayMs: 5,
      signal: ctrl.signal,
      onEvent: (e) => {
        if (e.type === 'report' && e.report.url.endsWith('2011.html')) ctrl.abort();
      },
    });
    expect(run.cancelled).toBe(true);
    expect(run.reports.length).toBeLessThan(10);
    expect(run.failed.filter((f) => f.kind === 'cancelled').length).toBeGreaterThan(0);
  });
});
