import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditBytes } from '../cli/page';
import { SweepError } from '../lib/sweep/crawl';
import { rowOf, sweepAudit, sweepFetch } from './sweep';
import { sweepable } from './sweep-protocol';

const FIXTURES = join(import.meta.dirname, '../test/fixtures');
const URL_ = 'http://www.example.gov.cn/nb/seed004-gbk.html';

afterEach(() => vi.unstubAllGlobals());

describe('the background sweep', () => {
  it('audits a fetched page exactly as the CLI does (a GBK page, charset from its <meta>)', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed004-gbk.html')));
    const ours = sweepAudit({ bytes, contentType: 'text/html', finalUrl: URL_ }, URL_);
    expect(ours).toEqual(auditBytes(bytes, { url: URL_ }, 'text/html'));
    expect(ours.detected && ours.report.agency).toBe('相山区商务局');
  });

  it('names a PDF by its bytes as an attachment it does not read', () => {
    const pdf = new Uint8Array(readFileSync(join(FIXTURES, 'pdf/seed001-cms.pdf')));
    expect(() => sweepAudit({ bytes: pdf, contentType: 'text/html', finalUrl: URL_ }, URL_)).toThrow(
      SweepError,
    );
  });

  it('counts errors and warnings, and lists the rules once each', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'seed000-word-balance-error.html')));
    const result = sweepAudit({ bytes, contentType: null, finalUrl: URL_ }, URL_);
    const row = rowOf({ url: URL_, text: '链接' }, result, true);
    expect(row).toMatchObject({
      agency: '相山区城市管理局',
      year: 2020,
      errors: 2,
      warnings: 1,
      saved: true,
    });
    expect(row.rules).toEqual(['t3-balance', 'text-part-sum']);
  });

  it('fetches nothing off *.gov.cn, and no attachment', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const signal = new AbortController().signal;
    await expect(sweepFetch('http://mirror.example.org/nb/2023.html', signal)).rejects.toMatchObject({
      kind: 'other-host',
    });
    await expect(sweepFetch('http://www.example.gov.cn/nb/2023.pdf', signal)).rejects.toMatchObject({
      kind: 'attachment',
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(sweepable('https://xxgk.some.gov.cn/a.html')).toBe(true);
    expect(sweepable('http://gov.cn.evil.example.com/a.html')).toBe(false);
    expect(sweepable('file:///x.gov.cn/a.html')).toBe(false);
  });

  it('tells a redirect loop from a dead host, and names the HTTP status', async () => {
    const signal = new AbortController().signal;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        if (init.redirect === 'follow') throw new TypeError('Failed to fetch');
        return { type: 'opaqueredirect' } as Response;
      }),
    );
    await expect(sweepFetch('http://www.a.gov.cn/loop.html', signal)).rejects.toMatchObject({
      kind: 'redirects',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(sweepFetch('http://www.a.gov.cn/dead.html', signal)).rejects.toMatchObject({
      kind: 'network',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('not found', { status: 404, statusText: 'Not Found' })),
    );
    await expect(sweepFetch('http://www.a.gov.cn/gone.html', signal)).rejects.toMatchObject({
      kind: 'http',
      message: 'HTTP 404 Not Found',
    }); // A page served as application/octet-stream is still read (its bytes say what it is).
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('<html>年报</html>', { headers: { 'content-type': 'application/octet-stream' } }),
      ),
    );
    const page = await sweepFetch('http://www.a.gov.cn/r.html', signal);
    expect(new TextDecoder().decode(page.bytes)).toBe('<html>年报</html>');
    expect(page.finalUrl).toBe('http://www.a.gov.cn/r.html');
  });
});
