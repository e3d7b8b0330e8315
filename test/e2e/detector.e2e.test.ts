/**
 * Almost free where not needed: every *.gov.cn page runs only the detector (detector.js, a few KB);
 * the audit (page.js) is loaded into a frame only when the detector finds a
 * report's words there, and not into a portal's list of reports (the popup loads it there when
 * opened). Which scripts the page parsed is read from the DevTools protocol.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activeTabId, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR } from './paths';

const { ext, server } = useExtension();

/** Opens `path` and collects the extension scripts parsed in the page (any frame, any world). */
async function openWatched(
  path: string,
): Promise<{ page: Page; cdp: CDPSession; scripts: string[]; modules: string[] }> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const scripts: string[] = [];
  const modules: string[] = [];
  cdp.on('Debugger.scriptParsed', (e) => {
    if (!e.url.startsWith('chrome-extension://')) return;
    scripts.push(new URL(e.url).pathname);
    if (e.isModule) modules.push(new URL(e.url).pathname);
  });
  await cdp.send('Debugger.enable');
  await page.goto(server.url(path));
  return { page, cdp, scripts, modules };
}

/** seed001-cms's report: its <body>'s markup, for a page to write in later. */
function reportBody(): string {
  const report = readFileSync(join(FIXTURES_DIR, 'seed001-cms.html'), 'utf8');
  return /<body[^>]*>([\s\S]*)<\/body>/i.exec(report)?.[1] ?? '';
}

const measures = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('measure').map((e) => e.name));

describe('the detector', () => {
  it('leaves a gov.cn page that is not a report with the detector alone: the audit never loads', async () => {
    const { page, scripts } = await openWatched('nonreport-data-table.html');
    await waitForAudit(page, 'detect');
    // Time for a (wrong) request to the background to have loaded the audit.
    await page.waitForTimeout(1500);
    expect(scripts).toContain('/detector.js');
    expect(scripts).not.toContain('/page.js');
    const names = await measures(page);
    expect(names).toContain('gra:detect');
    expect(names).not.toContain('gra:read');
    expect(names).not.toContain('gra:audit');
    await page.close();
  });

  it('loads the audit into a report page, which is then audited and marked', async () => {
    const { page, scripts, modules } = await openWatched('seed001-cms.html');
    await waitForAudit(page, 'marks');
    expect(scripts).toContain('/detector.js');
    expect(scripts).toContain('/page.js');
    // Imported by the detector as a module (compiled off the page's main thread), not injected.
    expect(modules).toEqual(['/page.js']);
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('lets the page script it loads skip a second quick check: one gra:detect, the detector’s', async () => {
    const { page } = await openWatched('seed002-cms.html');
    await waitForAudit(page, 'marks');
    const names = await measures(page);
    expect(names.filter((n) => n === 'gra:detect')).toHaveLength(1);
    expect(names).toContain('gra:read');
    await page.close();
  });

  it('loads the audit once a page adds its report after load', async () => {
    const body = reportBody();
    server.add(
      'late-report.html',
      // The report arrives from the head's script (a body script's text would count as page text).
      `<!doctype html><html><head><meta charset="utf-8"><title>详情</title>
<script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(body)}; }, 1500);</script>
</head><body><div id="app">加载中</div></body></html>`,
    );
    const { page, scripts } = await openWatched('late-report.html');
    await waitForAudit(page, 'detect');
    expect(scripts).not.toContain('/page.js');
    await waitForAudit(page, 'marks', 15_000);
    expect(scripts).toContain('/page.js');
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(10);
    await page.close();
  });

  it('looks at a page that keeps adding nodes (a news ticker) once per check, and still finds the report it adds', async () => {
    const body = reportBody();
    server.add(
      'ticker-report.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>首页</title>
<script>let n = 0;
addEventListener('DOMContentLoaded', () => setInterval(() => {
  const li = document.createElement('li');
  li.textContent = '滚动新闻 ' + (++n);
  document.getElementById('ticker').append(li);
}, 50));
setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(body)}; }, 4000);</script>
</head><body><ul id="ticker"></ul><div id="app">加载中</div></body></html>`,
    );
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const events: { name: string; ph: string; args?: { data?: { url?: string } } }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(server.url('ticker-report.html'));
    await page.waitForTimeout(3000);
    await cdp.send('Tracing.end');
    await traced;
    // 3 s of a node every 50 ms: some 60 additions. Checks at about 0.5, 1.5 and 3.5 s; each
    // addition that starts a wait calls the detector once, and each check once.
    const calls = events.filter(
      (e) => e.ph === 'X' && e.name === 'FunctionCall' && /\/detector\.js$/.test(e.args?.data?.url ?? ''),
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThanOrEqual(8);
    // The report the page adds at 4 s is found at the next check (the wait there is 4 s).
    await waitForAudit(page, 'marks', 20_000);
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(10);
    await page.close();
  });

  it.each(['nonreport-list.html', 'nonreport-list-county.html'])(
    '%s, a list of reports: the detector alone; the popup opened there loads the audit and offers the sweep',
    async (path) => {
      const { page, scripts } = await openWatched(path);
      await waitForAudit(page, 'detect');
      await page.waitForTimeout(1500);
      expect(scripts).toContain('/detector.js');
      expect(scripts).not.toContain('/page.js');
      expect(await measures(page)).not.toContain('gra:audit');
      const tab = await activeTabId(ext);
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
      // "Not a report" (the audit, loaded by the popup, found none), not "does not run here".
      await popup.locator('.not-report[data-state="notReport"]').waitFor();
      expect(scripts).toContain('/page.js');
      const sweep = popup.locator('[data-action="sweep"]');
      await sweep.waitFor();
      expect(Number(await sweep.getAttribute('data-links'))).toBeGreaterThanOrEqual(12);
      await popup.close();
      await page.close();
    },
  );

  it('loads the audit into a page whose title names a year’s report, however many reports it lists', async () => {
    const links = Array.from(
      { length: 8 },
      (_, i) => `<li><a href="/nb/${2023 - i}.html">某某局${2023 - i}年政府信息公开工作年度报告</a></li>`,
    ).join('');
    // The report as pictures under its heading, other years' reports in a sidebar.
    const page = (title: string) =>
      `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><ul class="side">${links}</ul><h1>某某局2022年政府信息公开工作年度报告</h1>
<p><img src="/u/nb-1.jpg" alt=""><img src="/u/nb-2.jpg" alt=""></p></body></html>`;
    server.add('titled.html', page('某某局2022年政府信息公开工作年度报告_某某区人民政府'));
    server.add('column.html', page('政府信息公开年报_某某区人民政府'));
    const titled = await openWatched('titled.html');
    const column = await openWatched('column.html');
    await Promise.all([waitForAudit(titled.page, 'detect'), waitForAudit(column.page, 'detect')]);
    await titled.page.waitForTimeout(1500);
    expect(titled.scripts).toContain('/page.js');
    expect(column.scripts).not.toContain('/page.js');
    await titled.page.close();
    await column.page.close();
  });
});
