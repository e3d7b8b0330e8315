/**
 * 自动保存 across a stopped service worker. A page that changes within a minute of its auto-save is
 * saved again when the minute is up (auto-save's per-page limit); MV3 stops an idle worker after half
 * a minute, so a timer in its memory would be gone by then. Here the worker is stopped outright
 * (DevTools' Target.closeTarget on its target) right after the save is held back, and the page's new
 * state must still reach the desk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inDesk, turnOnAutoSave, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR } from './paths';

/** The extension API this file reads in the service worker (evaluated there, not here). */
declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };

const { ext, server } = useExtension();

beforeAll(() => {
  server.add('held.html', readFileSync(join(FIXTURES_DIR, 'district-gov-2020.html'), 'utf8'));
});

/** The desk's records of `url`: when each was saved and the cells it holds. */
const saved = (url: string) =>
  inDesk<{ accessedAt: string; cells: string }[]>(
    ext,
    `(db) => new Promise((ok, fail) => {
    const req = db.transaction('reports').objectStore('reports').getAll();
    req.onsuccess = () => ok(req.result.filter((r) => r.url === ${JSON.stringify(url)})
      .map((r) => ({ accessedAt: r.accessedAt, cells: JSON.stringify(r.result.report.cells) })));
    req.onerror = () => fail(req.error);
  })`,
  );

/** Stops the extension's service worker (its memory and timers go with it). */
async function stopWorker(): Promise<void> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
    );
    if (!worker) throw new Error('no service worker target');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await page.close();
  }
}

describe('a held-back auto-save', () => {
  it('is made when due although the service worker was stopped before', async () => {
    await turnOnAutoSave(ext);
    const page = await ext.context.newPage();
    const url = server.url('held.html');
    await page.goto(url);
    await waitForAudit(page, 'marks');
    await expect.poll(async () => (await saved(url)).length, { timeout: 10_000 }).toBe(1);
    const [first] = await saved(url);

    // The page changes a figure of 表三: re-audited, it reads differently, and the save is held
    // back until a minute after the first.
    await page.evaluate(() => {
      const cell = document.querySelector('[data-audit-address^="t3."]')!;
      cell.textContent = String(Number(cell.textContent) + 7);
    });
    const heldSaves = (w: Worker) =>
      w.evaluate(async () =>
        Object.keys((await chrome.storage.session.get('autoSave:held'))['autoSave:held'] ?? {}),
      );
    await expect.poll(() => heldSaves(ext.serviceWorker), { timeout: 10_000 }).toEqual([url]);
    expect(await saved(url)).toEqual([first]);

    await stopWorker();
    // The minute runs out with the worker stopped, and nothing in the test wakes it before then:
    // the page's new state reaches the desk all the same, in the page's one record.
    await page.waitForTimeout(Math.max(0, Date.parse(first!.accessedAt) + 62_000 - Date.now()));
    await expect
      .poll(async () => (await saved(url)).map((r) => r.cells !== first!.cells), {
        timeout: 40_000,
        interval: 3000,
      })
      .toEqual([true]);
    const [second] = await saved(url);
    expect(Date.parse(second!.accessedAt) - Date.parse(first!.accessedAt)).toBeGreaterThanOrEqual(59_000);
    await page.close();
  }, 150_000);
});
