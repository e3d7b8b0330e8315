/**
 * The one place that knows how this project runs Chromium: where Debian puts it, which packages the
 * real-browser tests need, and the launch flags (shared/docs/toolchain.md). The e2e harness, the
 * benches and `npm start` all take their flags from here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian's Chromium (a wrapper script that execs /usr/lib/chromium/chromium). */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Debian's Firefox ESR, which drives the Firefox build (`.output/firefox-mv2`) over WebDriver BiDi. */
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

/**
 * Debian packages the browser tests need: Chromium, its UI strings, CJK fonts for screenshots, and
 * Firefox ESR for the Firefox build.
 */
export const BROWSER_PACKAGES = ['chromium', 'chromium-l10n', 'fonts-noto-cjk', 'firefox-esr'];

/**
 * Where `wxt build` puts the extension for `browser` (`chrome` or `firefox`): the build users get, or
 * with `timings` the timings build the tests, the benches and the screenshots load. Its content
 * scripts put `gra:detect`, `gra:read`, `gra:marks` … on the page's performance timeline, which the
 * build users get never does (entrypoints/content/measure.ts: a page could read them there). The same
 * code otherwise.
 */
export function buildDir(browser = 'chrome', { timings = false } = {}) {
  return join(
    ROOT,
    '.output',
    `${browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3'}${timings ? '-timings' : ''}`,
  );
}

/**
 * Builds the extension for `browser` (`wxt build`; with `timings`, WXT_GRA_TIMINGS=1 as well, else
 * without it whatever the environment says); returns its folder (buildDir).
 */
export function buildExtension(
  browser = 'chrome',
  { timings = false, stdio = ['ignore', 'ignore', 'inherit'] } = {},
) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', browser], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, WXT_GRA_TIMINGS: timings ? '1' : '' },
  });
  return buildDir(browser, { timings });
}

/**
 * Flags for a headless test or bench run with the unpacked extension at `extensionDir`, every
 * `*.gov.cn` host (and `extraHosts`) resolved to 127.0.0.1 so local fixtures meet the real match.
 */
export function chromiumArgs(extensionDir, extraHosts = []) {
  const map = ['MAP *.gov.cn 127.0.0.1', ...extraHosts.map((h) => `MAP ${h} 127.0.0.1`)].join(', ');
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${map}`,
  ];
}

/**
 * Launches headless Chromium (a fresh profile) with the unpacked extension at `extensionDir` and
 * waits for its service worker. `extraHosts` as for chromiumArgs; the other options (viewport,
 * locale …) go to Playwright's launchPersistentContext. Returns the context, the worker and the
 * extension's id (its chrome-extension:// host).
 */
export async function launchExtension(extensionDir, { extraHosts = [], ...options } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: chromiumArgs(extensionDir, extraHosts),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
}

/** What of the browser set-up is missing on this machine (package names), empty when none. */
export function missingBrowserParts() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!existsSync(FIREFOX)) missing.push('firefox-esr');
  if (process.platform === 'linux' && existsSync('/usr/bin/dpkg')) {
    for (const pkg of ['chromium-l10n', 'fonts-noto-cjk']) {
      try {
        execFileSync('dpkg', ['-s', pkg], { stdio: 'ignore' });
      } catch {
        missing.push(pkg);
      }
    }
  }
  return missing;
}
