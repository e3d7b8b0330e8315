/**
 * 核查本页列出的全部年报 end to end: the fake portal (test/portal/portal.mjs: every fixture report (48) over
 * four list pages, and a dead link, a redirect loop, a slow page, a notice, a PDF and an off-host link)
 * served as www.example.gov.cn. The popup offers the sweep with the first page's link count; the sweep
 * page shows every report, the PDF included (the background fetches it, the sweep page reads it with
 * pdf.js), with the counts the CLI's `--follow` gives over the same column (the same host, so the same
 * portal and the same cross-year pairs), names each failed link with its reason, and every report
 * lands on the desk. Screenshot (Chinese UI): test-results/sweep.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_PATH, OTHER_HOST } from '../portal/portal.mjs';
import { cliRows, SWEEP_HOST as HOST, sweepTableInPage, usePortal } from '../portal/sweep';
import { activeTabId, useExtension } from './harness';
import { EXTENSION_DIR, RESULTS_DIR } from './paths';

const portal = usePortal();
// Chromium's UI in Chinese, as most users have it: the screenshot shows what they see.
const { ext } = useExtension({ language: 'zh_CN' });

describe('sweep a portal column', () => {
  it('the popup offers it on the list page, with the first page’s report links', async () => {
    const page = await ext.context.newPage();
    await page.goto(portal.url(LIST_PATH, HOST));
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    const button = popup.locator('[data-action="sweep"]');
    await button.waitFor({ timeout: 15_000 });
    // Same-host links (a PDF or .docx counts: the sweep reads it).
    const sameHost = portal.lists[0]!.filter((l) => l.host === null).length;
    expect(Number(await button.getAttribute('data-links'))).toBe(sameHost);
    // The count is in the words, whatever the UI's language (核查本页列出的全部年报（14 个链接）).
    expect(await button.textContent()).toMatch(new RegExp(`\\b${sameHost}\\b`));
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), button.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(
      `chrome-extension://${ext.extensionId}/sweep.html?url=${encodeURIComponent(portal.url(LIST_PATH, HOST))}`,
    );
    // Closing the page cancels that sweep (politely paced at 500 ms); the next test runs one without a pause.
    await opened.close();
    await popup.close();
    await page.close();
  });

  it('取消 stops the sweep at once; what was read is kept', async () => {
    const sweepPage = await ext.context.newPage();
    await sweepPage.goto(
      `chrome-extension://${ext.extensionId}/sweep.html?url=${encodeURIComponent(portal.url(LIST_PATH, HOST))}&delay=300`,
    );
    await sweepPage.locator('tr[data-url]').nth(2).waitFor({ timeout: 30_000 });
    await sweepPage.locator('[data-action="cancel"]').click();
    await sweepPage.locator('main[data-phase="cancelled"]').waitFor({ timeout: 5_000 });
    const stopped = Date.now();
    const rows = await sweepPage.locator('tr[data-url]').count();
    expect(rows).toBeGreaterThanOrEqual(3);
    expect(rows).toBeLessThan(portal.reports.length);
    // The links never read are named as cancelled.
    expect(await sweepPage.locator('.failed li[data-kind="cancelled"]').count()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1500));
    const late = portal.requests.filter((r) => r.at > stopped && !r.agent.includes('gov-report-audit'));
    expect(late).toEqual([]);
    await sweepPage.close();
  });

  it("sweeps the column's pages and the PDF with the same results as the CLI, names the failed links, saves the batch", async () => {
    const started = performance.now();
    const sweepPage = await ext.context.newPage();
    await sweepPage.goto(
      `chrome-extension://${ext.extensionId}/sweep.html?url=${encodeURIComponent(portal.url(LIST_PATH, HOST))}&delay=0`,
    );
    await sweepPage.locator('main[data-phase="done"]').waitFor({ timeout: 90_000 });
    const seconds = (performance.now() - started) / 1000;
    const got = await sweepPage.evaluate(sweepTableInPage);
    await sweepPage.screenshot({ path: join(RESULTS_DIR, 'sweep.png'), fullPage: true });

    const pdf = portal.url(portal.traps.find((t) => t.path.endsWith('.pdf'))!.path, HOST);
    const want = [...portal.reports.map((r) => portal.url(r.path, HOST)), pdf];
    expect([...got.rows.map((r) => r.url)].sort()).toEqual([...want].sort());
    const cli = await cliRows(portal);
    // The PDF too: read on the sweep page with pdf.js, as the CLI reads it.
    expect(got.rows).toEqual(cli.rows);
    const withErrors = got.rows.filter((r) => r.errors > 0).length;
    expect(withErrors).toBeGreaterThan(5);
    // The summary line in the UI's language; in Chinese it reads 49 份年报：10 份有错误 (the column's
    // reports and the PDF).
    const reports = portal.reports.length + 1;
    expect(got.summary).toMatch(new RegExp(`\\b${reports}\\b.*\\b${withErrors}\\b`));
    const zh = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales/zh_CN/messages.json'), 'utf8'));
    expect(zh.sweep_summary.message.replace('$1', String(reports)).replace('$2', String(withErrors))).toBe(
      `${reports} 份年报：${withErrors} 份有错误`,
    );
    // A page holding a second report says it was not checked, under its row's 0 · 0.
    const two = sweepPage.locator('tr[data-url$="/two-reports.html"]');
    expect(await two.locator('.unchecked').textContent()).toMatch(/未核查|not checked/);
    expect(await sweepPage.locator('.unchecked').count()).toBe(1);
    // The cross-year pair across the batch, as in the CLI.
    expect(got.rows.find((r) => r.url.endsWith('carryover-mismatch-2022.html'))?.rules).toMatch(
      /carry-over-mismatch/,
    );

    const kind = (path: string) => got.failed.find((f) => f.url.includes(path))?.kind;
    expect(kind('gone-2019.html')).toBe('http');
    expect(kind('loop-2018.html')).toBe('redirects');
    expect(kind('slow-2017.html')).toBe('timeout');
    expect(kind('notice.html')).toBe('not-report');
    expect(kind(`${OTHER_HOST}:${portal.port}/nb/2023.html`)).toBe('other-host');
    expect(got.failed).toHaveLength(5);
    // The CLI names the same dead links.
    for (const p of ['gone-2019.html', 'loop-2018.html', 'slow-2017.html', 'notice.html', '/nb/2023.html'])
      expect(cli.stderr).toContain(p);
    // Nothing on another host was requested; never more than two requests at once.
    expect(portal.requests.some((r) => r.path === '/nb/2023.html')).toBe(false);
    expect(portal.maxInFlight()).toBeLessThanOrEqual(2);

    // The batch is on the desk.
    const saved = await ext.serviceWorker.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('gov-report-audit-desk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('summaries').objectStore('summaries').getAll();
            req.onsuccess = () => resolve((req.result as { url: string }[]).map((s) => s.url));
            req.onerror = () => reject(req.error);
          };
        }),
    );
    for (const u of want) expect(saved).toContain(u);
    console.log(
      `sweep e2e: ${got.rows.length} reports in ${seconds.toFixed(1)} s (the slow page's 15 s included)`,
    );
  }, 150_000);
});
