/**
 * The popup on the built extension in Chromium: the report at a glance, the tables, the CSV bytes,
 * TSV to the clipboard, a flag that survives a reload and a restart, flag import errors, and the
 * plain answer on a page that is not a report. Screenshots go to test-results/popup-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../scripts/browser.mjs';
import { type FixtureServer, serveFixtures, waitForAudit } from './harness';
import { CHROMIUM, EXTENSION_DIR as EXT, RESULTS_DIR as RESULTS } from './paths';

/** The one extension API used inside the service worker's evaluate (typed here: this file runs in Node). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/** Debian ships Chromium's UI languages apart (chromium-l10n); without it the UI is en-US only. */
const HAS_ZH = existsSync('/usr/lib/chromium/locales/zh-CN.pak');

let fixtures: FixtureServer;
let ctx: BrowserContext;
let extId = '';
let profile = '';

/**
 * Like the harness's launchWithExtension, but with a profile directory that outlives a restart
 * (flags must survive one) and the UI language set: on Linux Chromium takes it from LANGUAGE.
 */
async function launch(dir: string, language: string): Promise<{ ctx: BrowserContext; extId: string }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: language },
    viewport: { width: 680, height: 900 },
    args: chromiumArgs(EXT),
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { ctx: context, extId: new URL(sw.url()).host };
}

beforeAll(async () => {
  fixtures = await serveFixtures();
  profile = mkdtempSync(join(tmpdir(), 'gra-popup-'));
  mkdirSync(RESULTS, { recursive: true });
  ({ ctx, extId } = await launch(profile, HAS_ZH ? 'zh_CN' : 'en_US'));
});

afterAll(async () => {
  await ctx?.close();
  await fixtures?.close();
});

const url = (name: string, host?: string) => fixtures.url(name, host);

/** The built messages of the UI language the browser runs in, so assertions read real text. */
function msg(key: string): string {
  const lang = HAS_ZH ? 'zh_CN' : 'en';
  const messages = JSON.parse(readFileSync(join(EXT, '_locales', lang, 'messages.json'), 'utf8'));
  return messages[key.replaceAll('.', '_')].message;
}

/** Opens a page, then the popup as a tab told (?tab=) which tab it inspects. */
async function openWithPopup(href: string, context = ctx, id = extId): Promise<{ page: Page; popup: Page }> {
  const page = await context.newPage();
  await page.goto(href);
  // On *.gov.cn the content script runs by itself: let it decide before the popup asks.
  if (new URL(href).hostname.endsWith('.gov.cn')) await waitForAudit(page, 'detect');
  const sw = context.serviceWorkers()[0]!;
  const tabId = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  return { page, popup };
}

async function shoot(popup: Page, name: string): Promise<void> {
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: join(RESULTS, `popup-${name}.png`), fullPage: true });
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(popup: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('popup', () => {
  it('shows the report at a glance and its three tables', async () => {
    const { page, popup } = await openWithPopup(url('seed001-cms.html'));
    await popup.locator('.summary').waitFor();
    const summary = await popup.locator('.summary').textContent();
    expect(summary).toContain('2023');
    expect(summary).toContain('2021');
    expect(await popup.locator('[data-count="error"]').textContent()).toMatch(/\d+/);
    for (const t of ['t2', 't3', 't4'])
      expect(await popup.locator(`[data-table="${t}"] td.v`).count()).toBeGreaterThan(0);
    expect(await popup.locator('td[data-address="t3.new.total"]').textContent()).toMatch(/^\d+$/);
    await shoot(popup, 'report');
    await page.close();
    await popup.close();
  });

  it('keeps hostile page text as text and downloads CSV bytes right', async () => {
    const { page, popup } = await openWithPopup(url('hostile-markup.html'));
    await popup.locator('.summary').waitFor();
    expect(await popup.locator('img, script:not([src])').count()).toBe(0);
    // The page runs its own markup; what matters is that nothing of it runs in the popup.
    expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
    // __pwned=3 sits in the page only as escaped text: if it ever ran, something of ours made it markup.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).not.toBe(3);
    expect(await popup.locator('td[data-address="t2.permit.decisions"]').textContent()).toBe(
      '=HYPERLINK("http://x","y")',
    );
    const { name, bytes } = await download(popup, 'button[data-export="csv"]');
    expect(name).toMatch(/^年报核查-.+-2020\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'source,agency,year,template,table,row,column,address,label,value,raw,findings,table_label,row_label,column_label,messages,flags',
    );
    expect(lines.find((l) => l.includes(',t2.permit.change,'))).toMatch(/,-4,-4,/);
    expect(lines.find((l) => l.includes(',t2.other_services.decisions,'))).toContain(",'=1+1,");
    expect(lines.some((l) => /(^|,)"?[=+@]/.test(l))).toBe(false);
    await shoot(popup, 'hostile');
    await page.close();
    await popup.close();
  });

  it('downloads the JSON export: the report with its cells as numbers, and its findings', async () => {
    const { page, popup } = await openWithPopup(url('seed000-word-balance-error.html'));
    await popup.locator('.summary').waitFor();
    const { name, bytes } = await download(popup, 'button[data-export="json"]');
    expect(name).toMatch(/^年报核查-.+-2020\.json$/);
    const data = JSON.parse(bytes.toString('utf8'));
    const one = Array.isArray(data) ? data[0] : data;
    expect(one.report.year).toBe(2020);
    expect(one.report.cells['t3.new.total'].value).toBe(41);
    expect(one.findings.filter((f: { rule: string }) => f.rule === 't3-balance')).toHaveLength(2);
    await page.close();
    await popup.close();
  });

  it('copies the tidy table as TSV to the clipboard', async () => {
    const { page, popup } = await openWithPopup(url('hostile-markup.html'));
    await popup.locator('.summary').waitFor();
    // Keep what the popup writes (reading the clipboard back needs a permission we do not ask for).
    await popup.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (globalThis as { copied?: string }).copied = text;
        return write(text);
      };
    });
    await popup.locator('button[data-export="tsv"]').click();
    await popup
      .locator('.exports [role="status"]')
      .filter({ hasText: msg('exports.copied') })
      .waitFor();
    const tsv = await popup.evaluate(() => (globalThis as { copied?: string }).copied ?? '');
    const lines = tsv.split('\r\n');
    expect(lines[0]!.split('\t').slice(0, 3)).toEqual(['source', 'agency', 'year']);
    expect(lines.find((l) => l.includes('\tt2.permit.change\t'))).toMatch(/\t-4\t-4\t/);
    await page.close();
    await popup.close();
  });

  it('adds a flag with Alt-click that survives a reload and a browser restart', async () => {
    const { page, popup } = await openWithPopup(url('hostile-markup.html'));
    await popup.locator('.summary').waitFor();
    // hostile-markup's only findings are blank cells: marked quietly (data-audit-quiet), not by severity.
    const marked = page.locator('[data-audit-severity],[data-audit-quiet]').first();
    await marked.waitFor();
    await marked.click({ modifiers: ['Alt'] });
    // The editor opens in the panel's extension-origin frame and takes focus: type as the user would.
    await page.waitForTimeout(300);
    await page.keyboard.type('=HYPERLINK("http://evil.example","核实")');
    await page.keyboard.press('Control+Enter');
    await popup.locator('.flags .note-text').waitFor();
    expect(await popup.locator('.flags .note-text').textContent()).toBe(
      '=HYPERLINK("http://evil.example","核实")',
    );
    expect(await popup.locator('td.flagged').count()).toBe(1);

    const csv = (await download(popup, 'button[data-export="csv"]')).bytes.toString('utf8');
    const flagged = csv.split('\r\n').find((l) => l.endsWith('"'));
    expect(flagged).toContain(`,"'=HYPERLINK(""http://evil.example"",""核实"")"`);

    await page.reload();
    await page.locator('.gra-audit-flagged').first().waitFor();
    await popup.reload();
    await popup.locator('.flags .note-text').waitFor();
    expect(await popup.locator('td.flagged').count()).toBe(1);

    await ctx.close();
    ({ ctx, extId } = await launch(profile, HAS_ZH ? 'zh_CN' : 'en_US'));
    const again = await openWithPopup(url('hostile-markup.html'));
    await again.popup.locator('.flags .note-text').waitFor();
    expect(await again.popup.locator('.flags li.flag:not(.orphan)').count()).toBe(1);
    await shoot(again.popup, 'flag');
  });

  it('rejects a corrupt flags file with a clear error, and shows an imported orphan', async () => {
    const { popup } = await openWithPopup(url('hostile-markup.html'));
    await popup.locator('.flags .note-text').waitFor();
    const before = JSON.parse((await download(popup, 'button[data-flags="export"]')).bytes.toString('utf8'));
    expect(Object.values(before.pages).flat()).toHaveLength(1);
    const input = popup.locator('input[data-flags="import"]');
    const bad = '{"format":"gov-report-audit/flags","version":1,"pages":{"x":[{"id":1}]}}';
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = popup.locator('.transfer [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(msg('flags.importFailed'));
    const after = JSON.parse((await download(popup, 'button[data-flags="export"]')).bytes.toString('utf8'));
    expect(after.pages).toEqual(before.pages);

    // A valid file whose flag names a cell this report lacks: imported, kept, shown as an orphan.
    const orphan = {
      id: 'o1',
      address: 't4.review.gone',
      quote: '9',
      note: '旧版的格子',
      created: '2024-01-01',
    };
    const file = {
      format: 'gov-report-audit/flags',
      version: 1,
      pages: { [url('hostile-markup.html')]: [orphan] },
    };
    const buffer = Buffer.from(JSON.stringify(file));
    await input.setInputFiles({ name: 'ok.json', mimeType: 'application/json', buffer });
    await popup.locator('.flags li.flag.orphan').waitFor();
    expect(await popup.locator('.flags li.flag').count()).toBe(2);
    await shoot(popup, 'orphan');
  });

  it('says plainly when the page is not a report and offers 审核此页', async () => {
    const { popup } = await openWithPopup(url('nonreport-list.html'));
    const section = popup.locator('.not-report');
    await section.waitFor();
    expect(await section.locator('.plain').textContent()).toBe(msg('notReport.message'));
    expect(await popup.locator('button[data-action="audit"]').textContent()).toBe(msg('notReport.audit'));
    await shoot(popup, 'not-report');
  });

  it('off *.gov.cn says it has not run, and 审核此页 explains when the browser refuses', async () => {
    const { popup } = await openWithPopup(url('seed001-cms.html', '127.0.0.1'));
    await popup.locator('.not-report[data-state="unreachable"]').waitFor();
    expect(await popup.locator('.not-report .plain').textContent()).toBe(msg('notReport.unreachable'));
    // A popup opened as a tab has no activeTab grant (only a click on our toolbar icon gives one),
    // so injecting is refused here: the popup must say so rather than hang or pretend.
    await popup.locator('button[data-action="audit"]').click();
    const alert = popup.locator('.not-report [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(msg('app.cannotRun'));
    await shoot(popup, 'other-site');
  });

  it.skipIf(!HAS_ZH)('speaks Chinese by default and English in an English browser', async () => {
    expect(msg('notReport.audit')).toBe('审核此页');
    const en = await launch('', 'en_US');
    try {
      const { popup } = await openWithPopup(url('nonreport-list.html'), en.ctx, en.extId);
      await popup.locator('.not-report').waitFor();
      expect(await popup.locator('button[data-action="audit"]').textContent()).toBe('Audit this page');
      await shoot(popup, 'not-report-en');
      // A report in the English UI: the popup's own words are English (the template's terms stay Chinese).
      const report = await openWithPopup(url('seed000-word-balance-error.html'), en.ctx, en.extId);
      await report.popup.locator('.summary').waitFor();
      expect(await report.popup.locator('h2').first().textContent()).toBe('Findings');
      expect(await report.popup.locator('button[data-export="csv"]').textContent()).toBe('Download CSV');
      expect(await report.popup.locator('.finding .rule-title').first().textContent()).toContain(
        'Table 3 does not balance',
      );
      await shoot(report.popup, 'report-en');
    } finally {
      await en.ctx.close();
    }
  });
});
