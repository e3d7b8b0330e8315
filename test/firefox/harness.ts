/**
 * The Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
 * Firefox timings build (`.output/firefox-mv2-timings`) installed as a temporary add-on, every host name resolved
 * to 127.0.0.1 (so fixtures served as `*.gov.cn` meet the production content-script match), and
 * downloads saved without asking into a directory the tests read back. It builds nothing
 * (global-setup.ts does, once).
 *
 * Two things Firefox's remote agent does not do by itself, and how this harness gets round them:
 * - It refuses to navigate a tab to `moz-extension://` (Firefox ≥ 153 allows only http(s), file,
 *   blob and about:blank) unless started with `--remote-allow-system-access`, which we pass.
 * - Even then it never reports the load of an extension page, so `page.goto` would wait for ever:
 *   `openExtensionPage` starts the navigation and polls the page's own `location` instead.
 * The add-on's internal UUID is fixed through the `extensions.webextensions.uuids` pref (keyed by
 * the gecko id in the built manifest), so the tests know the `moz-extension://<uuid>/` origin.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { buildDir, FIREFOX } from '../../scripts/browser.mjs';
import { type FixtureServer, serveFixtures } from '../e2e/harness';

export { FIREFOX };
/**
 * The unpacked Firefox MV2 timings build (scripts/browser.mjs buildDir; $GRA_FIREFOX_EXTENSION_DIR:
 * a copy of it, out of reach of a rebuild under way).
 */
export const FIREFOX_EXTENSION_DIR =
  process.env.GRA_FIREFOX_EXTENSION_DIR || buildDir('firefox', { timings: true });

/** The extension API the helper tab calls (evaluated in the extension page, not here). */
declare const browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/** A Firefox with the extension installed. */
export interface FirefoxExtension {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id) and its moz-extension UUID. */
  addonId: string;
  uuid: string;
  /** Where downloads land. */
  downloads: string;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Opens a new tab on `url` (a web page) and returns it with its WebExtension tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens an extension page (popup.html?tab=…) in a new tab, once its document has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Waits for a download named by `match` to finish, and returns its name and bytes. */
  download(match: RegExp, timeout?: number): Promise<{ name: string; bytes: Buffer }>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` (which may throw while a page changes documents) until it returns true. */
async function until(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`firefox: timed out waiting for ${what}`);
}

/** Navigates `page` to an extension URL without waiting on the load event BiDi never sends. */
async function gotoExtension(page: Page, url: string): Promise<void> {
  // The navigation itself happens; only its completion is never reported, so the promise is left
  // to time out (or to end with the tab) and its rejection dropped.
  page.goto(url, { timeout: 60_000 }).catch(() => {});
  await until(url, () =>
    page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
  );
}

/**
 * Launches firefox-esr (headless, a fresh profile) and installs the Firefox build. The first
 * launch on a machine sets up a profile and can take a minute.
 */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxExtension> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string | undefined = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`firefox: ${extensionDir}/manifest.json names no gecko id`);
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'gra-firefox-dl-'));
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    timeout: 120_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host name to 127.0.0.1: www.example.gov.cn reaches the fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Save `<a download>` files straight into `downloads`, no dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  try {
    const installed = await ff.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`firefox: installed ${installed}, expected ${addonId}`);
  } catch (e) {
    await ff.close();
    throw e;
  }
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  // One extension page kept open to ask the tabs API for tab ids. Without the `tabs` permission
  // (by design) the extension sees no URLs, so a page's tab is the id that appeared when it opened.
  const helper = (await ff.pages())[0] ?? (await ff.newPage());
  await gotoExtension(helper, extensionUrl('desk.html'));
  const tabIds = () =>
    helper.evaluate(async () =>
      (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    );

  return {
    browser: ff,
    addonId,
    uuid,
    downloads,
    extensionUrl,
    async openTab(url) {
      const before = new Set(await tabIds());
      const page = await ff.newPage();
      await page.goto(url);
      const fresh = (await tabIds()).filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`firefox: expected one new tab, saw ${fresh.join(', ')}`);
      return { page, tabId: fresh[0]! };
    },
    async openExtensionPage(path) {
      const page = await ff.newPage();
      await gotoExtension(page, extensionUrl(path));
      return page;
    },
    async download(match, timeout = 10_000) {
      let name = '';
      let size = -1;
      await until(
        `a download matching ${match}`,
        async () => {
          const files = readdirSync(downloads);
          // Firefox writes `<name>.part` beside the file until the download is complete; it may put
          // an empty `<name>` there first, before the `.part` (a test once read it, empty): the file
          // counts once it has bytes and kept its size from one look to the next.
          const found = files.find((f) => match.test(f) && !files.includes(`${f}.part`)) ?? '';
          const now = found ? statSync(join(downloads, found)).size : -1;
          const done = found !== '' && found === name && now > 0 && now === size;
          name = found;
          size = now;
          return done;
        },
        timeout,
      );
      return { name, bytes: readFileSync(join(downloads, name)) };
    },
    async close() {
      await ff.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/**
 * The set-up the Firefox files share: before the file's tests the fixtures are served and Firefox
 * starts with the build; after them both close. Its hooks run before the caller's own. `ff` and
 * `server` are filled in by the hook, so read their fields in hooks and tests.
 */
export function useFirefox(): { ff: FirefoxExtension; server: FixtureServer } {
  const ff = {} as FirefoxExtension;
  const server = {} as FixtureServer;
  let launched: FirefoxExtension | undefined;
  let served: FixtureServer | undefined;
  beforeAll(async () => {
    served = await serveFixtures();
    Object.assign(server, served);
    launched = await launchFirefox();
    Object.assign(ff, launched);
  });
  afterAll(async () => {
    await launched?.close();
    await served?.close();
  });
  return { ff, server };
}

/** Waits until the content script has finished marking (or only decided, on a non-report page). */
export async function waitForAudit(page: Page, what: 'marks' | 'detect' = 'marks', timeout = 15_000) {
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    { timeout },
    `gra:${what}`,
  );
}
