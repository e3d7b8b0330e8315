/**
 * `--follow` against the fake portal (test/portal/portal.mjs): a four-page column of every report
 * fixture (four list markups, the last a Hanweb datastore), with a dead link, a redirect loop, a page that never answers in time, a notice that is not
 * a report, a PDF attachment and a link to another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema, type PageResult } from '../lib/model';
import { FIXTURES, OTHER_HOST, type Portal, startPortal } from '../test/portal/portal.mjs';
import { parseCommand } from './args';
import { main } from './main';
import { captureIo } from './testing';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ slowMs: 10_000 });
});
afterAll(() => portal.close());

/** Runs the CLI with a 1.5 s time limit (the slow page takes 10 s). */
async function run(args: string[]) {
  const c = captureIo();
  const code = await main(args, { ...c.io, limits: { timeoutMs: 1500 } });
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

const rules = (r: PageResult) =>
  r.detected ? r.findings.filter((f) => !f.other).map((f) => `${f.severity}:${f.rule}`) : [];

describe('--follow over a portal column', () => {
  let out: Awaited<ReturnType<typeof run>>;
  let pages: PageResult[];
  beforeAll(async () => {
    portal.requests.length = 0;
    out = await run(['--follow', '--json', '--delay', '0', portal.url()]);
    pages = ExportSchema.parse(JSON.parse(out.stdout)) as PageResult[];
  }, 60_000);

  it('audits every report the four list pages link to, once each, in column order, each with its url', () => {
    const htmlUrls = pages.map((p) => p.url).filter((u) => u?.endsWith('.html'));
    expect(htmlUrls).toEqual(portal.reports.map((r) => portal.url(r.path)));
    // The PDF attachment is read as a PDF.
    const pdf = pages.find((p) => p.url?.endsWith('.pdf'));
    expect(pdf?.detected && pdf.report.source).toBe('pdf');
    expect(pages.every((p) => p.detected)).toBe(true);
    // Each list page read once: index, index_1 (下一页), index_2 (the TRS pager script), index_3 (›, titled
    // 下一页), whose links are Hanweb datastore records.
    const lists = portal.requests.filter((r) => r.path.includes('/index'));
    expect(lists.map((r) => r.path)).toEqual([
      '/xxgk/nb/index.html',
      '/xxgk/nb/index_1.html',
      '/xxgk/nb/index_2.html',
      '/xxgk/nb/index_3.html',
    ]);
  });

  it('finds what auditing each fixture file finds (GBK included), as its golden says', () => {
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    for (const r of portal.reports) {
      const golden = JSON.parse(
        readFileSync(join(FIXTURES, r.fixture.replace(/\.html$/, '.expected.json')), 'utf8'),
      ) as PageResult;
      const page = byUrl.get(portal.url(r.path))!;
      expect({ fixture: r.fixture, rules: rules(page) }).toEqual({
        fixture: r.fixture,
        rules: rules(golden),
      });
      if (golden.detected && page.detected) expect(page.report.agency).toBe(golden.report.agency);
    }
  });

  it('names each dead or refused link on stderr with its reason, and fetches no other host', () => {
    const line = (path: string) => out.stderr.split('\n').find((l) => l.includes(path)) ?? '';
    expect(line('gone-2019.html')).toMatch(/HTTP 404/);
    expect(line('loop-2018.html')).toMatch(/重定向过多 \/ too many redirects/);
    expect(line('slow-2017.html')).toMatch(/超时 \/ timed out/);
    expect(line('notice.html')).toMatch(/跳过 \/ skipped: 不是年报 \/ not a report/);
    expect(line(`${OTHER_HOST}:${portal.port}/nb/2023.html`)).toMatch(/跳过 \/ skipped: 其他网站，未访问/);
    expect(portal.requests.some((r) => r.path === '/nb/2023.html' || !r.host.startsWith('127.0.0.1'))).toBe(
      false,
    );
    // Navigation (首页, 政府信息公开指南, 机构概况) is neither fetched nor named.
    expect(portal.requests.some((r) => r.path === '/xxgk/zn.html' || r.path === '/jgsz/')).toBe(false);
    expect(out.stderr).not.toMatch(/zn\.html|jgsz|gov\.cn\/ /);
    // Dead links are unreadable inputs: exit 2, as before.
    expect(out.code).toBe(2);
    expect(portal.maxInFlight()).toBeLessThanOrEqual(2);
  });

  it('checks consecutive years of one agency across the batch', () => {
    const later = pages.find((p) => p.url?.endsWith('carryover-mismatch-2022.html'));
    const cross = later?.detected ? later.findings.filter((f) => f.other) : [];
    expect(cross.map((f) => f.rule)).toContain('carry-over-mismatch');
    expect(cross[0]?.other?.url).toBe(portal.url('/xxgk/nb/carryover-mismatch-2021.html'));
  });
});

describe('--follow limits', () => {
  it('stops at --max-pages, naming the links it left', async () => {
    portal.requests.length = 0;
    const r = await run(['--follow', '--csv', '--delay', '0', '--max-pages', '5', portal.url()]);
    expect(portal.requests.length).toBe(5);
    expect(r.stderr).toMatch(/跳过 \/ skipped: 超出页数上限/);
    expect(r.stdout.replace(/^\ufeff/, '').split('\n')[0]).toMatch(/^source,agency,year/);
  });

  it('waits --delay between requests', async () => {
    // The gaps themselves are tested on the sweep (lib/sweep/crawl.test.ts); here, that the CLI passes
    // --delay on: four requests cannot start within less than three delays.
    portal.requests.length = 0;
    const t0 = performance.now();
    await run(['--follow', '--json', '--delay', '150', '--max-pages', '4', portal.url()]);
    expect(portal.requests.length).toBe(4);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(440);
  });

  it('audits a start page that is a report, exits 0 when clean, 1 with errors; links left at the cap are not errors', async () => {
    const one = ['--follow', '--json', '--delay', '0', '--max-pages', '1'];
    const clean = await run([...one, portal.url('/xxgk/nb/seed001-cms.html')]);
    expect((JSON.parse(clean.stdout) as PageResult[]).map((p) => p.url)).toEqual([
      portal.url('/xxgk/nb/seed001-cms.html'),
    ]);
    expect(clean.code).toBe(0);
    const bad = await run([...one, portal.url('/xxgk/nb/seed002-cms.html')]);
    expect(bad.code).toBe(1);
  });

  it('takes URLs only, and --max-pages / --delay only with --follow', () => {
    expect(parseCommand(['--follow', 'a.html'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['--delay', '0', 'https://a.gov.cn/'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCommand(['--follow', '--max-pages', '0', 'https://a.gov.cn/'])).toMatchObject({
      kind: 'usage-error',
    });
    expect(parseCommand(['--follow', 'https://a.gov.cn/'])).toMatchObject({
      follow: { maxPages: 200, delayMs: 500 },
    });
  });
});
