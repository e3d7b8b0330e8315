/**
 * The review view in firefox-esr (the Firefox build, MV2): a picked PDF is read with pdf.js's modern
 * build in an extension-origin module Worker, drawn, and 洪泽区 2023's 表四 totals printed as 0 are
 * marked, as in Chromium; on a *.gov.cn tab showing a PDF (Firefox's own viewer) the popup offers
 * 在审核视图中打开 and the background fetches and stores the PDF for the review page (opened here by
 * the stored file's id: Firefox lists no tab the harness did not open itself).
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../e2e/paths';
import { useFirefox } from './harness';

const { ff, server } = useFirefox();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The file the background stored for the review page, read from the extension's IndexedDB (the
 * harness cannot find the tab it opened: Firefox lists no extension tab it did not open itself).
 */
async function storedFile(from: Page): Promise<{ id: string; name: string }> {
  const end = Date.now() + 45_000;
  while (Date.now() < end) {
    const got = await from.evaluate(
      () =>
        new Promise<{ id: string; name: string } | null>((resolve) => {
          const open = indexedDB.open('gov-report-audit-review');
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('files')) return resolve(null);
            const req = db.transaction('files').objectStore('files').getAll();
            req.onsuccess = () => {
              const all = req.result as { id: string; name: string; at: string }[];
              all.sort((a, b) => b.at.localeCompare(a.at));
              resolve(all[0] ? { id: all[0].id, name: all[0].name } : null);
            };
            req.onerror = () => resolve(null);
          };
        }),
    );
    if (got) return got;
    await sleep(200);
  }
  const said = await from.evaluate(() => (document.body.textContent ?? '').slice(0, 600));
  throw new Error(`firefox: the background stored no file; the popup says: ${said}`);
}

describe('review view (Firefox)', () => {
  it('reads a picked PDF with pdf.js in its worker and marks 表四 totals printed as 0', async () => {
    const review = await ff.openExtensionPage('review.html');
    const input = await review.waitForSelector('input[data-input="review-file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(
      join(FIXTURES_DIR, 'pdf/hongze-district-gov-2023.pdf'),
    );
    await review.waitForSelector('main[data-audit-ms], [data-state="failed"]', { timeout: 30_000 });
    const failed = await review.$eval(
      'body',
      (b) => b.querySelector('[data-state="failed"]')?.textContent ?? null,
    );
    expect(failed).toBeNull();
    expect(await review.$eval('main', (m) => m.getAttribute('data-kind'))).toBe('pdf');
    const errors = await review.$$eval('[data-audit-severity="error"]', (els) =>
      els.map((e) => e.getAttribute('data-audit-address') ?? '').join(' '),
    );
    expect(errors).toContain('t4.review.total');
    expect(errors).toContain('t4.suit_after_review.total');
    // The pages are drawn: the one in view is painted by pdf.js.
    await review.waitForSelector('.pdf-page[data-painted=""]', { timeout: 15_000 });
  });

  it('offers the review view on a PDF tab, and the background fetches the PDF for it', async () => {
    const { tabId } = await ff.openTab(server.url('pdf/hongze-district-gov-2023.pdf'));
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    const button = await popup.waitForSelector('[data-action="open-review"]', { timeout: 15_000 });
    await button!.click();
    const file = await storedFile(popup);
    expect(file.name).toBe('hongze-district-gov-2023.pdf');
    const review = await ff.openExtensionPage(`review.html?file=${file.id}`);
    await review.waitForSelector('main[data-audit-ms]', { timeout: 30_000 });
    const errors = await review.$$eval('[data-audit-severity="error"]', (els) =>
      els.map((e) => e.getAttribute('data-audit-address') ?? '').join(' '),
    );
    expect(errors).toContain('t4.review.total');
  });
});
