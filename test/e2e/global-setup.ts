/**
 * Runs once before the e2e files: checks the browser is there, then builds the extension twice with
 * `wxt build`: the timings build every file tests (the same code, with its timings on the page's
 * timeline to wait on: scripts/browser.mjs buildExtension), and the build users get, for the test of
 * what a page can learn of it (timeline.e2e.test.ts).
 */
import { existsSync } from 'node:fs';
import { buildExtension } from '../../scripts/browser.mjs';
import { CHROMIUM, EXTENSION_DIR, USER_BUILD_DIR } from './paths';

export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `e2e: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium fonts-noto-cjk (as .ci/run does)`,
    );
  // GRA_EXTENSION_DIR and GRA_USER_BUILD_DIR name builds made beforehand (copies no other build
  // overwrites), GRA_E2E_NO_BUILD=1 the last ones: test those.
  const keep = process.env.GRA_E2E_NO_BUILD === '1';
  if (!((keep || process.env.GRA_EXTENSION_DIR) && existsSync(EXTENSION_DIR)))
    buildExtension('chrome', { timings: true });
  if (!((keep || process.env.GRA_USER_BUILD_DIR) && existsSync(USER_BUILD_DIR))) buildExtension('chrome');
  for (const dir of [EXTENSION_DIR, USER_BUILD_DIR])
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`e2e: wxt build left no ${dir}`);
}
