import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditDocument } from '../cli/document';
import { auditBytes } from '../cli/page';
import { loadPdfjs } from '../cli/pdfjs';
import type { PageResult } from '../lib/model';
import { readAttachment } from '../lib/pdf/attachment';
import { SweepError, type SweepFetched } from '../lib/sweep/crawl';
import { makePdf } from '../test/unit/pdf-make';
import { type AttachmentReader, rowOf, runSweep, sweepAudit, sweepFetch } from './sweep';
import { fromBase64, type SweepUpdate, sweepable, toBase64 } from './sweep-protocol';

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

  it('names a PDF by its bytes as an attachment it does not read as a page', () => {
    const pdf = new Uint8Array(readFileSync(join(FIXTURES, 'pdf/seed001-cms.pdf')));
    expect(() => sweepAudit({ bytes: pdf, contentType: 'text/html', finalUrl: URL_ }, URL_)).toThrow(
      SweepError,
    );
  });

  it("says what a page under a PDF's name that is no report likely is, as the CLI does", async () => {
    const login = new TextEncoder().encode(
      '<html><head><title>用户登录</title></head><body><p>请登录</p></body></html>',
    );
    const pdfUrl = 'http://www.example.gov.cn/nb/2021年报.pdf';
    const reason = (r: PageResult) => (r.detected ? undefined : r.reason);
    const ours = sweepAudit({ bytes: login, contentType: 'text/html', finalUrl: pdfUrl }, pdfUrl);
    expect(reason(ours)).toMatch(/^文件名为 \.pdf，内容却是网页/);
    expect(reason(ours)).toBe(reason(await auditDocument(login, { url: pdfUrl }, 'text/html')));
    // Under a page's own name, the plain reason.
    const plain = sweepAudit({ bytes: login, contentType: 'text/html', finalUrl: URL_ }, URL_);
    expect(reason(plain)).toMatch(/^本页不是政府信息公开工作年度报告/);
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
    expect(row.unchecked).toBeUndefined();
  });

  it("marks the row of a page holding another report, not checked, whose 0 · 0 is the first report's only", () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'two-reports.html')));
    const row = rowOf(
      { url: URL_, text: '链接' },
      sweepAudit({ bytes, contentType: null, finalUrl: URL_ }, URL_),
      true,
    );
    expect(row).toMatchObject({ agency: '市城管执法局', errors: 0, warnings: 0, rules: [], unchecked: true });
  });

  it('fetches nothing off *.gov.cn, and no attachment it cannot read (.doc, spreadsheets)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const signal = new AbortController().signal;
    await expect(sweepFetch('http://mirror.example.org/nb/2023.html', signal)).rejects.toMatchObject({
      kind: 'other-host',
    });
    for (const ext of ['doc', 'xls', 'zip'])
      await expect(sweepFetch(`http://www.example.gov.cn/nb/2023.${ext}`, signal)).rejects.toMatchObject({
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

  it('fetches a PDF or .docx report, served as such', async () => {
    const signal = new AbortController().signal;
    const pdf = new Uint8Array(readFileSync(join(FIXTURES, 'pdf/seed001-cms.pdf')));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(pdf, { headers: { 'content-type': 'application/pdf' } })),
    );
    const page = await sweepFetch('http://www.a.gov.cn/f/2023.pdf', signal);
    expect(page.bytes).toEqual(pdf);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('x', { headers: { 'content-type': 'application/msword' } })),
    );
    await expect(sweepFetch('http://www.a.gov.cn/f/download?id=1', signal)).rejects.toMatchObject({
      kind: 'attachment',
    });
  });

  it('carries bytes through base64 unchanged', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe('');
  });
});

describe('a sweep with attachments', () => {
  const BASE = 'http://www.a.gov.cn/nb/';
  const pages: Record<string, { bytes: Uint8Array; type: string }> = {
    [`${BASE}index.html`]: {
      bytes: new TextEncoder().encode(`<html><body><ul>
        <li><a href="seed000.html">相山区城市管理局2020年政府信息公开工作年度报告</a></li>
        <li><a href="f/district-2020.pdf">某区人民政府2020年政府信息公开工作年度报告（PDF）</a></li>
        <li><a href="f/locked-2021.pdf">某区人民政府2021年政府信息公开工作年度报告（PDF）</a></li>
        <li><a href="f/annex-2022.xls">某区人民政府2022年政府信息公开工作年度报告附表</a></li>
      </ul></body></html>`),
      type: 'text/html; charset=utf-8',
    },
    [`${BASE}seed000.html`]: {
      bytes: new Uint8Array(readFileSync(join(FIXTURES, 'seed000-word-balance-error.html'))),
      type: 'text/html',
    },
    [`${BASE}f/district-2020.pdf`]: {
      bytes: new Uint8Array(readFileSync(join(FIXTURES, 'pdf/district-gov-2020.pdf'))),
      type: 'application/pdf',
    },
    [`${BASE}f/locked-2021.pdf`]: {
      bytes: makePdf([{ text: 'x' }], { encrypted: true }),
      type: 'application/pdf',
    },
  };
  const fetchPage = async (url: string): Promise<SweepFetched> => {
    const p = pages[url];
    if (!p) throw new SweepError('attachment', 'not fetched');
    return { bytes: p.bytes, contentType: p.type, finalUrl: url };
  };

  it('hands each PDF to the reader and lists it with the CLI’s counts; a PDF it cannot read says why', async () => {
    const asked: string[] = [];
    // The sweep page's part, with the CLI's pdfjs for the browser's, the bytes through base64 as over the port.
    const read: AttachmentReader = (kind, bytes, url) => {
      asked.push(url);
      return readAttachment(kind, fromBase64(toBase64(bytes)), url, loadPdfjs);
    };
    const updates: SweepUpdate[] = [];
    await runSweep(
      `${BASE}index.html`,
      0,
      (u) => updates.push(u),
      new AbortController().signal,
      fetchPage,
      read,
    );
    const done = updates.at(-1);
    if (done?.type !== 'done') throw new Error('no done');
    expect(asked).toEqual([`${BASE}f/district-2020.pdf`, `${BASE}f/locked-2021.pdf`]);
    expect(done.rows.map((r) => r.url)).toEqual([`${BASE}seed000.html`, `${BASE}f/district-2020.pdf`]);
    const pdfUrl = `${BASE}f/district-2020.pdf`;
    const cli = await auditDocument(pages[pdfUrl]!.bytes, { url: pdfUrl }, 'application/pdf');
    const { saved: _s, saveError: _e, ...row } = done.rows[1]!;
    const {
      saved: _s2,
      saveError: _e2,
      ...want
    } = rowOf({ url: pdfUrl, text: '某区人民政府2020年政府信息公开工作年度报告（PDF）' }, cli, true);
    expect(row).toEqual(want);
    expect(done.failed.map(({ url, kind }) => ({ url: url.replace(BASE, ''), kind }))).toEqual([
      { url: 'f/locked-2021.pdf', kind: 'other' },
      { url: 'f/annex-2022.xls', kind: 'attachment' },
    ]);
    expect(done.failed[0]!.reason).toMatch(/^PDF 已加密/);
  }, 30_000);

  it('without a reader (no sweep page to read it), a PDF is named as an attachment', async () => {
    const updates: SweepUpdate[] = [];
    await runSweep(`${BASE}index.html`, 0, (u) => updates.push(u), new AbortController().signal, fetchPage);
    const done = updates.at(-1);
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.rows.map((r) => r.url)).toEqual([`${BASE}seed000.html`]);
    expect(done.failed.filter((f) => f.kind === 'attachment')).toHaveLength(3);
  });
});
