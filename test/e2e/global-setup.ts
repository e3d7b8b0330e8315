/**
 * Runs once before the e2e files: checks the browser is there, then builds the extension with
 * `wxt build` so every file tests the same production bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR, ROOT } from './paths';

export default function setup(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `e2e: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium fonts-noto-cjk (as .ci/run does)`,
    );
  // GRA_EXTENSION_DIR names a build made beforehand (a copy no other build overwrites): test that one.
  if ((process.env.GRA_E2E_NO_BUILD === '1' || process.env.GRA_EXTENSION_DIR) && existsSync(EXTENSION_DIR))
    return;
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(`e2e: wxt build left no ${EXTENSION_DIR}`);
}
