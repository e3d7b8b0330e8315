/**
 * 核查本页列出的全部年报 in firefox-esr (the Firefox build, MV2: a background page, not a service
 * worker): the sweep page sweeps the fake portal (test/portal/portal.mjs) served as
 * www.example.gov.cn, reads its PDF with pdf.js in the page's module Worker, and lists every report
 * with the counts and rules the CLI's `--follow` gives over the same column.
 */
import type { Page } from 'puppeteer-core';
import { Agent, type Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { captureIo } from '../../cli/testing';
import type { PageResult } from '../../lib/model';
import { LIST_PATH, type Portal, startPortal } from '../portal/portal.mjs';
import { FIREFOX_EXTENSION_DIR, type FirefoxExtension, launchFirefox } from './harness';

const HOST = 'www.example.gov.cn';
let ff: FirefoxExtension;
let portal: Portal;
let previous: Dispatcher;

beforeAll(async () => {
  portal = await startPortal({ slowMs: 40_000 });
  // GRA_FIREFOX_EXTENSION_DIR: a private copy of the build, out of reach of a rebuild under way.
  ff = await launchFirefox(process.env.GRA_FIREFOX_EXTENSION_DIR || FIREFOX_EXTENSION_DIR);
  // The CLI reaches www.example.gov.cn on 127.0.0.1 too, as Firefox's forced resolution does.
  previous = getGlobalDispatcher();
  setGlobalDispatcher(
    new Agent({
      connect: {
        lookup: (_host, opts, cb) =>
          (opts as { all?: boolean }).all
            ? (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [
                { address: '127.0.0.1', family: 4 },
              ])
            : cb(null, '127.0.0.1', 4),
      },
    }),
  );
});
afterAll(async () => {
  setGlobalDispatcher(previous);
  await ff?.close();
  await portal?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function done(page: Page): Promise<void> {
  const end = Date.now() + 90_000;
  while (Date.now() < end) {
    if (await page.$('main[data-phase="done"], main[data-phase="refused"]')) return;
    await sleep(250);
  }
  throw new Error('firefox: the sweep did not finish');
}

describe('sweep a portal column (Firefox)', () => {
  it('reads the pages and the PDF with the same results as the CLI', async () => {
    const page = await ff.openExtensionPage(
      `sweep.html?url=${encodeURIComponent(portal.url(LIST_PATH, HOST))}&delay=0`,
    );
    await done(page);
    expect(await page.$eval('main', (m) => m.getAttribute('data-phase'))).toBe('done');
    const got = await page.$$eval('tr[data-url]', (trs) =>
      trs.map((tr) => ({
        url: (tr as HTMLElement).dataset.url!,
        errors: Number((tr as HTMLElement).dataset.errors),
        warnings: Number((tr as HTMLElement).dataset.warnings),
        rules: (tr as HTMLElement).dataset.rules ?? '',
      })),
    );
    const c = captureIo();
    await main(['--follow', '--json', '--delay', '0', portal.url(LIST_PATH, HOST)], {
      ...c.io,
      limits: { timeoutMs: 5000 },
    });
    const cli = (JSON.parse(c.stdout()) as PageResult[]).map((p) => {
      const f = p.detected ? p.findings : [];
      return {
        url: p.url!,
        errors: f.filter((x) => x.severity === 'error').length,
        warnings: f.filter((x) => x.severity === 'warning').length,
        rules: [...new Set(f.filter((x) => x.severity !== 'info').map((x) => x.rule))].sort().join(' '),
      };
    });
    expect(got.some((r) => r.url.endsWith('.pdf'))).toBe(true);
    expect(got).toEqual(cli);
  }, 150_000);
});
