import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from './decode';
import { fetchPage } from './fetch';
import { loadInput } from './inputs';

const PAGE = '<html><head><title>年报</title></head><body>政府信息公开工作年度报告</body></html>';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = Number(url.searchParams.get('n') ?? 0);
    switch (url.pathname) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE);
      case '/gbk':
        // No meta tag: only the header says GBK.
        res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
        return res.end(iconv.encode(PAGE, 'gbk'));
      case '/chain':
        // Relative and absolute Location headers, ending on /page.
        res.writeHead(hop % 2 ? 302 : 301, { location: hop > 0 ? `/chain?n=${hop - 1}` : `${base}/page` });
        return res.end();
      case '/loop':
        res.writeHead(302, { location: '/loop' });
        return res.end();
      case '/huge': {
        // Chunked, no Content-Length: the cap must hold while streaming.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/declared-huge':
        res.writeHead(200, { 'content-length': String(60 * 1024 * 1024) });
        return res.end();
      case '/gzip':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        return res.end(gzipSync(PAGE));
      case '/corrupt-gzip': {
        // A gzip header, then bytes that are no deflate stream (a cut or mangled transfer).
        const good = gzipSync(PAGE);
        const bad = Buffer.concat([good.subarray(0, 10), Buffer.alloc(64, 0xff)]);
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return res.end(bad);
      }
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>');
        return; // never ends
      case '/missing':
        res.writeHead(404, 'Not Found');
        return res.end('no');
      default:
        res.writeHead(500);
        return res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('fetchPage', () => {
  it('gets a page with its content type', async () => {
    const got = await fetchPage(`${base}/page`);
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
    expect(got.contentType).toBe('text/html; charset=utf-8');
  });

  it('follows a chain of five redirects, relative and absolute', async () => {
    const got = await fetchPage(`${base}/chain?n=4`);
    expect(got.finalUrl).toBe(`${base}/page`);
    expect(new TextDecoder().decode(got.bytes)).toBe(PAGE);
  });

  it('gives up after five redirects', async () => {
    await expect(fetchPage(`${base}/chain?n=5`)).rejects.toThrow(/too many redirects \(more than 5\)/);
    await expect(fetchPage(`${base}/loop`)).rejects.toThrow(/重定向过多/);
  });

  it('stops reading at the size cap, declared or streamed', async () => {
    await expect(fetchPage(`${base}/declared-huge`)).rejects.toThrow(
      '超过 50 MB 上限 (60 MB) / larger than the 50 MB limit (60 MB); --max-size 可调 / raise it with --max-size',
    );
    await expect(fetchPage(`${base}/huge`, { maxBytes: 1024 * 1024 })).rejects.toThrow(
      /超过 1 MB 上限 \/ larger than the 1 MB limit;/,
    );
  });

  it('times out a page that never finishes', async () => {
    const t0 = Date.now();
    await expect(fetchPage(`${base}/slow`, { timeoutMs: 300 })).rejects.toThrow(/timed out after 0.3 s/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('reports HTTP errors with their status', async () => {
    await expect(fetchPage(`${base}/missing`)).rejects.toThrow('HTTP 404 Not Found');
  });

  it('says plainly when the host cannot be reached', async () => {
    // Bind and release a port so nothing listens on it.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    await expect(fetchPage(`http://127.0.0.1:${port}/`)).rejects.toThrow(
      `无法连接 / cannot reach 127.0.0.1:${port}: 连接被拒绝 / connection refused (ECONNREFUSED)`,
    );
  });

  it('refuses an address that does not parse', async () => {
    await expect(fetchPage('http://exa mple.gov.cn/')).rejects.toThrow(
      '网址无效 / invalid address: http://exa mple.gov.cn/',
    );
  });

  it('refuses a redirect to another scheme', async () => {
    const s = createServer((_q, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
    await expect(fetchPage(url)).rejects.toThrow(
      '不支持的协议 / unsupported scheme file: (只支持 / only http, https): file:///etc/passwd',
    );
    await new Promise((r) => s.close(r));
  });
});

describe('compressed bodies', () => {
  it('reads a gzip body', async () => {
    expect(new TextDecoder().decode((await fetchPage(`${base}/gzip`)).bytes)).toBe(PAGE);
  });

  it('says a corrupt gzip body is corrupt, not that the host cannot be reached', async () => {
    const e = await fetchPage(`${base}/corrupt-gzip`).catch((x: Error) => x);
    expect((e as Error).message).toMatch(
      /^服务器发来的压缩数据已损坏 \/ the server sent a corrupt compressed \(gzip\/deflate\/br\) body: [^\n]+$/,
    );
  });
});

describe('loadInput with a URL', () => {
  it('keeps the given URL and the HTTP charset, so GBK decodes', async () => {
    const page = await loadInput({ kind: 'url', url: `${base}/gbk` });
    expect(page.where).toEqual({ url: `${base}/gbk` });
    expect(page.contentType).toBe('text/html; charset=GBK');
    expect(decodeHtml(page.bytes, page.contentType)).toMatchObject({ text: PAGE, source: 'http' });
  });
});
