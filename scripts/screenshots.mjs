/**
 * `npm run screenshots`: the README's screenshots of the extension's surfaces, taken in Chromium with
 * its UI in Chinese (the users' language) into assets/readme/: the popup on a seed report with errors,
 * the desk's list, its two-year view of a broken carry-over, its charts, the PDF review view of 洪泽区
 * 2023 (表四 totals printed as 0), the portal sweep over test/portal/portal.mjs, and one popup in
 * English. It loads the timings build (.output/chrome-mv3-timings, as `npm test` leaves it, built here
 * only where there is none; or $GRA_EXTENSION_DIR), whose timings on the page's timeline it waits on.
 * Each shot is cropped to its element at deviceScaleFactor 1, so the PNGs stay small. Not part of
 * `npm test`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { LIST_PATH, startPortal } from '../test/portal/portal.mjs';
import { buildDir, buildExtension, CHROMIUM, chromiumArgs } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = process.env.GRA_EXTENSION_DIR || buildDir('chrome', { timings: true });
if (!process.env.GRA_EXTENSION_DIR && !existsSync(join(EXT, 'manifest.json'))) {
  console.log('building the timings build (WXT_GRA_TIMINGS=1 wxt build)…');
  buildExtension('chrome', { timings: true });
}
const FIXTURES = join(ROOT, 'test/fixtures');
const OUT = join(ROOT, 'assets/readme');
const HOST = 'www.example.gov.cn';

const TYPES = { '.html': 'text/html', '.pdf': 'application/pdf' };

/** A static server over test/fixtures on 127.0.0.1 (the browser reaches it as *.gov.cn). */
async function serveFixtures() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: (path) => `http://${HOST}:${port}/${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** Chromium with the extension, its UI in `language` (Chromium on Linux takes it from LANGUAGE). */
async function launch(language) {
  const profile = mkdtempSync(join(tmpdir(), 'gra-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: language },
    locale: language.replace('_', '-'),
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    args: chromiumArgs(EXT),
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  return {
    context,
    sw,
    id,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script on a *.gov.cn page has decided (its performance mark). */
function settled(page) {
  return page.waitForFunction(() => performance.getEntriesByName('gra:detect').length > 0, null, {
    timeout: 15_000,
  });
}

/** Opens `href` in a tab, then the popup as a page told (?tab=) which tab it inspects. */
async function withPopup(b, href, width = 640) {
  const page = await b.context.newPage();
  await page.goto(href);
  if (href.endsWith('.html')) await settled(page);
  const tab = await b.sw.evaluate(async () => {
    // Evaluated in the service worker, where `chrome` is the extension API.
    const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return t.id;
  });
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width, height: 900 });
  await popup.goto(`chrome-extension://${b.id}/popup.html?tab=${tab}`);
  return { page, popup };
}

/** Writes a screenshot and says its size; warns past 150 KB. */
async function shot(target, name, options = {}) {
  const path = join(OUT, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled', ...options });
  const kb = Math.round(statSync(path).size / 1024);
  console.log(`${kb > 150 ? '! ' : '  '}assets/readme/${name}.png ${kb} KB`);
}

/** The popup from its top down to the end of `until` (its findings, say), not the tables below. */
async function popupShot(popup, name, until) {
  const main = await popup.locator('main').boundingBox();
  const end = await popup.locator(until).last().boundingBox();
  const height = Math.ceil((end ? end.y + end.height : main.y + main.height) + 8);
  await shot(popup, name, { clip: { x: 0, y: 0, width: Math.ceil(main.x * 2 + main.width), height } });
}

/** Folds the legend of mark colours (remembered per profile). */
async function foldLegend(popup) {
  const legend = popup.locator('details[data-gra="legend"]');
  await legend.waitFor();
  if (await legend.evaluate((d) => d.open)) await legend.locator('summary').click();
}

/** Saves the report in `href` to the desk from the popup. */
async function saveToDesk(b, href) {
  const { page, popup } = await withPopup(b, href);
  await popup.locator('[data-action="save-desk"]').click();
  await popup.waitForFunction(() => {
    const s = document.querySelector('.save-desk .status')?.textContent ?? '';
    return /审核台|desk/i.test(s);
  });
  await popup.close();
  await page.close();
}

const DESK = [
  'carryover-mismatch-2021.html',
  'carryover-mismatch-2022.html',
  'desk-weibin-2023.html',
  'carryover-ok-2021.html',
  'carryover-ok-2022.html',
  'seed000-word-balance-error.html',
  'district-gov-2020-late.html',
  'guangzhou-guoziwei-2020.html',
];

async function chinese(fixtures) {
  const b = await launch('zh_CN');
  try {
    // The popup: a seed report with errors, the legend folded, the findings (errors first) below.
    const { page, popup } = await withPopup(b, fixtures.url('seed000-word-balance-error.html'));
    await popup.locator('.summary').waitFor();
    await foldLegend(popup);
    await popupShot(popup, 'popup', 'ol.findings');
    await popup.close();
    await page.close();

    // The review view of a real PDF: 洪泽区 2023, whose 表四 prints two totals as 0.
    const pdf = await withPopup(b, fixtures.url('pdf/hongze-district-gov-2023.pdf'));
    await pdf.popup.locator('[data-action="open-review"]').waitFor({ timeout: 20_000 });
    const [review] = await Promise.all([
      b.context.waitForEvent('page'),
      pdf.popup.locator('[data-action="open-review"]').first().click(),
    ]);
    await review.setViewportSize({ width: 1160, height: 760 });
    await review.locator('main[data-audit-ms]').waitFor({ timeout: 60_000 });
    await review.locator('li.finding[data-rule="t4-sum"] .finding-go').first().click();
    await review.locator('[data-audit-pulse]').first().waitFor();
    await review.locator('.pdf-page[data-painted=""]').first().waitFor();
    await review.waitForTimeout(1500);
    await review.locator('[data-audit-address~="t4.review.total"]').first().hover();
    await review.locator('.review-tip .tip').waitFor();
    // The page with the marked 表四 and the panel's summary and findings; the tables below are cut.
    await shot(review, 'review-pdf', { clip: { x: 0, y: 0, width: 1160, height: 540 } });
    await review.close();
    await pdf.popup.close();
    await pdf.page.close();

    // The desk: several reports saved from the popup.
    for (const f of DESK) await saveToDesk(b, fixtures.url(f));
    const desk = await b.context.newPage();
    await desk.setViewportSize({ width: 1200, height: 900 });
    await desk.goto(`chrome-extension://${b.id}/desk.html`);
    await desk.waitForFunction((n) => document.querySelectorAll('.desk-row').length === n, DESK.length);
    await desk.locator('.desk-list[data-cross="ready"]').waitFor();
    await shot(desk.locator('main'), 'desk-list');

    // Two years side by side: the 2022 report whose 上年结转 breaks 2021's 结转下年度.
    await desk
      .locator('.desk-row', { hasText: '2022' })
      .filter({ has: desk.locator('.col-errors', { hasNotText: /^0$/ }) })
      .first()
      .click();
    await desk.locator('.report-view').waitFor();
    await desk.locator('.compare button').first().click();
    await desk.locator('.side-by-side').waitFor();
    await shot(desk.locator('.side-by-side'), 'desk-two-years');
    await desk.locator('.side-by-side h2 button').click();
    await desk.locator('.report-view .actions button').first().click();

    // The charts of the agency with three years.
    await desk.locator('[data-action="charts"]').click();
    await desk.locator('figure.chart[data-chart="trend"] svg[data-chart]').waitFor({ timeout: 30_000 });
    await desk.waitForTimeout(500);
    // The agency's picker and its first two charts (the whole page is five charts, 3500 px).
    const top = await desk.locator('main').boundingBox();
    const shares = await desk.locator('figure.chart[data-chart="shares"]').boundingBox();
    await shot(desk, 'desk-charts', {
      fullPage: true,
      clip: { x: top.x, y: top.y, width: top.width, height: shares.y + shares.height + 8 - top.y },
    });
    await desk.close();
  } finally {
    await b.close();
  }
}

async function sweep() {
  const portal = await startPortal({ slowMs: 20_000 });
  const b = await launch('zh_CN');
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const list = portal.url(LIST_PATH, HOST);
    await page.goto(`chrome-extension://${b.id}/sweep.html?url=${encodeURIComponent(list)}&delay=0`);
    await page.locator('main[data-phase="done"]').waitFor({ timeout: 120_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The summary and the first rows; the failed links' list is at the foot of 48 rows.
    await shot(page, 'sweep', { clip: { x: 40, y: 0, width: 1120, height: 560 } });
    const failed = page.locator('.failed');
    await failed.scrollIntoViewIfNeeded();
    await shot(failed, 'sweep-failed');
  } finally {
    await b.close();
    await portal.close();
  }
}

async function english(fixtures) {
  const b = await launch('en_US');
  try {
    const { popup } = await withPopup(b, fixtures.url('seed002-cms.html'));
    await popup.locator('.summary').waitFor();
    await foldLegend(popup);
    await popupShot(popup, 'popup-en', 'ol.findings');
  } finally {
    await b.close();
  }
}

mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const fixtures = await serveFixtures();
try {
  if (want('zh')) await chinese(fixtures);
  if (want('sweep')) await sweep();
  if (want('en')) await english(fixtures);
} finally {
  await fixtures.close();
}
