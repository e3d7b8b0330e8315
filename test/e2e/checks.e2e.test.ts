/**
 * "Passed" only where something was checked, on the built extension in Chromium: a page that is not
 * a report gets no badge and no ✓; a report whose publication date is unknown lists the check that
 * did not run, with its reason, in the popup and the page panel (and gets no ✓ badge); blank cells
 * get a quiet dotted outline, not the warning fill; clicking a short-row or a text finding brings
 * its cells or sentence into view. Screenshots go to test-results/checks-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../scripts/browser.mjs';
import { type FixtureServer, serveFixtures, waitForAudit } from './harness';
import { CHROMIUM, EXTENSION_DIR, FIXTURES_DIR, RESULTS_DIR } from './paths';
import { openPanel, panelClick, panelCount, panelText, waitPanelFrame } from './shadow';

/** The extension APIs used inside the service worker's evaluate (typed here: this file runs in Node). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let fixtures: FixtureServer;
let ctx: BrowserContext;
let sw: Worker;
let extId = '';

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, name), 'utf8');

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  fixtures = await serveFixtures();
  // seed001-cms with its publication date taken out (the PubDate meta and the 发布时间 line).
  fixtures.add(
    'nodate.html',
    fixture('seed001-cms.html')
      .replace(/<meta name="PubDate"[^>]*>/, '')
      .replace(/发布时间：\s*2024-01-19 10:05/, '来源：'),
  );
  // seed001-cms with one 表三 row a figure short: its figures cannot be placed under the columns.
  fixtures.add(
    'shortrow.html',
    fixture('seed001-cms.html').replace(/(2\. 其他法律行政法规禁止公开<\/td>)<td>0<\/td>/, '$1'),
  );
  // district-gov-2020 with 表三's 本年新收·总计 left blank while its row sums to 56.
  fixtures.add(
    'blanktotal.html',
    fixture('district-gov-2020.html').replace(
      /(一、本年新收政府信息公开申请数量<\/td>(?:<td>\d+<\/td>){6})<td>56<\/td>/,
      '$1<td></td>',
    ),
  );
  // The UI in Chinese: on Linux Chromium takes its UI language from LANGUAGE.
  ctx = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  extId = new URL(sw.url()).host;
});

afterAll(async () => {
  await ctx?.close();
  await fixtures?.close();
});

/** The tab the test just opened (the newest active one). */
async function tabOf(): Promise<number> {
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

const badge = (tabId: number) => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** Opens a fixture page and lets the content script finish; returns the page and its tab id. */
async function open(name: string, what: 'marks' | 'detect' = 'marks'): Promise<{ page: Page; tab: number }> {
  const page = await ctx.newPage();
  await page.goto(fixtures.url(name));
  await waitForAudit(page, what);
  return { page, tab: await tabOf() };
}

/** The popup as a tab, told which tab it inspects. */
async function popupFor(tab: number): Promise<Page> {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 640, height: 800 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tab=${tab}`);
  return popup;
}

describe('nothing says "passed" where nothing was checked', () => {
  it('a 年报 list page that is not a report: no badge at all, and no ✓ in the popup', async () => {
    const { page, tab } = await open('nonreport-list.html', 'detect');
    // The detector passes the list over (no audit, so no badge); time for a wrong load to have shown.
    await page.waitForTimeout(1500);
    expect(await badge(tab)).toBe('');
    const popup = await popupFor(tab);
    await popup.locator('.not-report').waitFor();
    expect(await popup.locator('body').textContent()).not.toContain('✓');
    expect(await popup.locator('.checklist').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('a report without a publication date: the popup names the check that did not run and why; no ✓ badge', async () => {
    const { page, tab } = await open('nodate.html');
    const popup = await popupFor(tab);
    const line = popup.locator('.checklist .checks-line');
    await line.waitFor();
    expect(await line.textContent()).toMatch(/\d+ 项检查：\d+ 通过，0 未通过，\d+ 未运行（.*发布日期未识别/);
    await line.click();
    const late = popup.locator('li.check[data-rule="late-publication"]');
    expect(await late.getAttribute('data-status')).toBe('skipped');
    expect(await late.locator('.mark').textContent()).toBe('–');
    expect(await late.locator('.reason').textContent()).toBe('发布日期未识别');
    expect(await popup.locator('li.check[data-rule="t3-balance"] .mark').textContent()).toBe('✓');
    // No findings, but not every check ran: the wording says what ran, and carries no ✓.
    const none = popup.locator('[data-gra="no-findings"]');
    expect(await none.textContent()).toMatch(
      /^未发现问题（已运行 \d+ 项检查；\d+ 项未运行：.*发布日期未识别/,
    );
    expect(await popup.locator('body').textContent()).not.toContain('✓ 未发现问题');
    // The badge claims no clean pass either: a neutral mark, not ✓.
    expect(await badge(tab)).toBe('–');
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.screenshot({ path: join(RESULTS_DIR, 'checks-popup.png'), fullPage: true });

    // The page panel: the same checklist, and its "no findings" line says what ran. (By keyboard:
    // popupFor's viewport override keeps headless Chromium's mouse out of the panel's frame.)
    await openPanel(page, 'keyboard');
    expect(await panelText(page)).toMatch(/\d+ 项检查：.*发布日期未识别/);
    expect(await panelText(page)).toMatch(/未发现问题（已运行 \d+ 项检查/);
    await page.screenshot({ path: join(RESULTS_DIR, 'checks-panel-line.png') });
    await panelClick(page, '[data-gra="checks-toggle"]', 0, 'keyboard');
    await expect.poll(() => panelCount(page, 'li.check[data-rule="late-publication"] .reason')).toBe(1);
    // Opened, the checklist shares one scroller with the findings: the "no findings" line is still reached.
    expect(await panelCount(page, '.body [data-gra="no-findings"]')).toBe(1);
    await page.screenshot({ path: join(RESULTS_DIR, 'checks-panel.png') });
    await popup.close();
    await page.close();
  });
});

describe('marks', () => {
  it('blank cells get a dotted outline and no amber fill; real defects keep theirs', async () => {
    const { page, tab } = await open('jiaxian-xizhen-2022.html');
    const quiet = page.locator('[data-audit-quiet]');
    expect(await quiet.count()).toBeGreaterThan(100);
    expect(
      await page.locator('[data-audit-rules~="blank-cell"][data-audit-severity="warning"]').count(),
    ).toBe(0);
    const style = await quiet.first().evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        outline: s.outlineStyle,
        width: s.outlineWidth,
        shadow: s.boxShadow,
        tabindex: el.getAttribute('tabindex'),
      };
    });
    expect(style).toEqual({ outline: 'dotted', width: '1px', shadow: 'none', tabindex: null });
    // The one warning of this report that is not about blanks comes before them, in popup and panel.
    const popup = await popupFor(tab);
    await popup.locator('.findings').waitFor();
    expect(await popup.locator('.finding').first().getAttribute('data-rule')).toBe('template-mismatch');
    // It names no cell or sentence: clicking it says so instead of doing nothing.
    await popup.locator('.finding[data-rule="template-mismatch"] .finding-go').click();
    expect(await popup.locator('p.note[role="status"]').textContent()).toBe(
      '此问题在页面上没有可定位的单元格或文字。',
    );
    await popup.close();
    await openPanel(page, 'keyboard');
    // The panel's order, by the findings' rules (ids are on the items, not in their text).
    const panel = await (await waitPanelFrame(page))
      .locator('[data-gra="finding"]')
      .evaluateAll((items) => items.map((b) => b.getAttribute('data-rule') ?? ''));
    expect(panel.indexOf('template-mismatch')).toBeGreaterThan(-1);
    expect(panel.indexOf('template-mismatch')).toBeLessThan(panel.indexOf('blank-cell'));
    await quiet.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, 'checks-blank-cells.png') });
    await page.close();
  });

  it('a row a figure short: its cells are marked amber, and clicking its finding scrolls to them and pulses them', async () => {
    const { page } = await open('shortrow.html');
    const row = page.locator('[data-audit-rules~="short-row"]');
    expect(await row.count()).toBeGreaterThan(0);
    expect(await row.first().getAttribute('data-audit-severity')).toBe('warning');
    const shadow = await row.first().evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).toContain('rgb(227, 116, 0)');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await openPanel(page);
    await panelClick(page, '[data-gra="finding"][data-rule="short-row"]');
    await expect.poll(() => row.first().getAttribute('data-audit-pulse')).toBe('');
    await expect
      .poll(async () => {
        const box = await row.first().boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, 'checks-short-row.png') });
    await page.close();
  });

  it('a blank total that hides a figure is marked red, and clicking its finding pulses it', async () => {
    const { page } = await open('blanktotal.html');
    const total = page.locator('[data-audit-address~="t3.new.total"]');
    expect(await total.getAttribute('data-audit-rules')).toContain('blank-total');
    expect(await total.getAttribute('data-audit-severity')).toBe('error');
    expect(await total.getAttribute('data-audit-quiet')).toBeNull();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await openPanel(page);
    await panelClick(page, '[data-gra="finding"][data-rule="blank-total"]');
    await expect.poll(() => total.getAttribute('data-audit-pulse')).toBe('');
    await expect
      .poll(async () => {
        const box = await total.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    await page.close();
  });

  it('clicking a text finding scrolls to its sentence and pulses it', async () => {
    const { page } = await open('district-gov-2020-text-mismatch.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await openPanel(page);
    await panelClick(page, '[data-gra="finding"][data-rule="text-table-mismatch"]');
    const pulsed = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('gra-pulse');
        const range = h ? ([...h][0] as Range | undefined) : undefined;
        if (!range) return null;
        const r = range.getBoundingClientRect();
        return { text: range.toString(), inView: r.top >= 0 && r.bottom <= window.innerHeight };
      });
    await expect.poll(async () => (await pulsed())?.inView ?? false).toBe(true);
    expect((await pulsed())?.text).toContain('58');
    await page.close();
  });
});
