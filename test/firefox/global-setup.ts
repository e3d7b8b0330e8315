/**
 * Runs once before the Firefox files: checks firefox-esr is there, then builds the Firefox add-on's
 * timings build (`wxt build -b firefox` with its timings on the page's timeline to wait on:
 * scripts/browser.mjs buildExtension) so every file tests the same bundle.
 */
import { existsSync } from 'node:fs';
import { buildExtension } from '../../scripts/browser.mjs';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from './harness';

export default function setup(): void {
  if (!existsSync(FIREFOX))
    throw new Error(
      `firefox: ${FIREFOX} is missing. Install it with: apt-get install -y firefox-esr (npm test does so as root)`,
    );
  if (process.env.GRA_E2E_NO_BUILD === '1' && existsSync(FIREFOX_EXTENSION_DIR)) return;
  buildExtension('firefox', { timings: true });
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`))
    throw new Error(`firefox: wxt build -b firefox left no ${FIREFOX_EXTENSION_DIR}`);
}
