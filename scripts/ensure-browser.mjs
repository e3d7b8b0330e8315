/**
 * The first step of `npm test`: make sure the real-browser tests have their browsers (Chromium,
 * and Firefox ESR for the Firefox build). On Debian as
 * root it installs what is missing with apt (as CI does); anywhere else it stops with one line that
 * says what to install, instead of a wall of failed launches.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_PACKAGES, CHROMIUM, FIREFOX, missingBrowserParts } from './browser.mjs';

const missing = missingBrowserParts();
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.error(
    `安装浏览器测试所需的软件包 / installing browser-test packages: ${missing.join(' ')} (apt-get)…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  } catch {
    // Fall through to the check below, which says what is still missing.
  }
  const still = missingBrowserParts();
  if (still.length === 0) process.exit(0);
  console.error(`apt-get 未能安装 / apt-get could not install: ${still.join(' ')}`);
  process.exit(1);
}
const how = existsSync('/usr/bin/apt-get')
  ? `sudo apt-get install -y ${BROWSER_PACKAGES.join(' ')}`
  : `install Chromium, Firefox ESR and a CJK font, then set CHROMIUM=/path/to/chromium and FIREFOX=/path/to/firefox (looked for ${CHROMIUM}, ${FIREFOX})`;
console.error(`浏览器测试需要 Chromium 和 Firefox / the browser tests need Chromium and Firefox: ${how}`);
process.exit(1);
