/** Where the e2e tests find the browser, the built extension, the fixtures and put artifacts. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDir } from '../../scripts/browser.mjs';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Debian's Chromium (a wrapper script that execs /usr/lib/chromium/chromium), or $CHROMIUM. */
export { CHROMIUM } from '../../scripts/browser.mjs';

/**
 * The unpacked Chrome MV3 timings build, which the tests wait on through its timings on the page's
 * timeline (scripts/browser.mjs buildDir; $GRA_EXTENSION_DIR: a copy of it, out of reach of
 * a rebuild under way).
 */
export const EXTENSION_DIR = process.env.GRA_EXTENSION_DIR || buildDir('chrome', { timings: true });
/** The build users get (`wxt build`: no timings), for what a page can learn of it ($GRA_USER_BUILD_DIR). */
export const USER_BUILD_DIR = process.env.GRA_USER_BUILD_DIR || buildDir('chrome');
/** Report pages and their expectations (manifest.json). */
export const FIXTURES_DIR = resolve(ROOT, 'test/fixtures');
/** Screenshots and other artifacts. */
export const RESULTS_DIR = resolve(ROOT, 'test-results');
