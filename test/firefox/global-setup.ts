/**
 * Runs once before the Firefox files: checks firefox-esr is there, then builds the Firefox add-on
 * with `wxt build -b firefox` so every file tests the same production bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from '../e2e/paths';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from './harness';

export default function setup(): void {
  if (!existsSync(FIREFOX))
    throw new Error(
      `firefox: ${FIREFOX} is missing. Install it with: apt-get install -y firefox-esr (npm test does so as root)`,
    );
  if (process.env.GRA_E2E_NO_BUILD === '1' && existsSync(FIREFOX_EXTENSION_DIR)) return;
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', '-b', 'firefox'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`))
    throw new Error(`firefox: wxt build -b firefox left no ${FIREFOX_EXTENSION_DIR}`);
}
