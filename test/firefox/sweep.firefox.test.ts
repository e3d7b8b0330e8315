/**
 * 核查本页列出的全部年报 in firefox-esr (the Firefox build, MV2: a background page, not a service
 * worker): the sweep page sweeps the fake portal (test/portal/portal.mjs) served as
 * www.example.gov.cn, reads its PDF with pdf.js in the page's module Worker, and lists every report
 * with the counts and rules the CLI's `--follow` gives over the same column.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { LIST_PATH } from '../portal/portal.mjs';
import { cliRows, SWEEP_HOST as HOST, sweepTableInPage, usePortal } from '../portal/sweep';
import { useFirefox } from './harness';

const portal = usePortal();
const { ff } = useFirefox();

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
    const got = (await page.evaluate(sweepTableInPage)).rows;
    const cli = (await cliRows(portal)).rows;
    expect(got.some((r) => r.url.endsWith('.pdf'))).toBe(true);
    expect(got).toEqual(cli);
  }, 150_000);
});
