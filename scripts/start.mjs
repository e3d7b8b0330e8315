#!/usr/bin/env node
/**
 * `npm start`, the product demo: builds the extension and opens Chromium with it on a bundled
 * sample report served as a *.gov.cn page, so the marks and the panel show at once. Where there is
 * no display (a server, CI) it says so and runs the CLI on the same sample instead.
 *
 *   npm start                      the sample with a 表三 that does not balance
 *   npm start -- seed001-cms       any page of test/fixtures by name
 *   CHROMIUM=/path/to/chrome npm start
 *   GRA_START_SCREENSHOT=docs/x.png npm start   headless: save a screenshot of the marked page, exit
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures');
const name = (process.argv[2] ?? 'seed000-word-balance-error').replace(/\.html$/, '');
const sample = join(FIXTURES, `${name}.html`);
const HOST = 'www.example.gov.cn';

if (!existsSync(sample)) {
  console.error(`没有这个样例 / no such sample: ${sample}`);
  process.exit(2);
}

/** A display we can open a window on (X11, Wayland, or a desktop OS). */
function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

function runCli(why) {
  console.log(`${why}\n→ 改为用命令行核查样例 / running the CLI on the sample instead:\n`);
  if (!existsSync(join(ROOT, 'dist/cli.cjs')))
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/gov-report-audit.js'), sample], {
    stdio: 'inherit',
  });
  // Exit 1 only means "the sample has errors", which is what the sample is for.
  process.exit(r.status === 2 ? 2 : 0);
}

const shot = process.env.GRA_START_SCREENSHOT;
const browserPath = findChromium();
if (!hasDisplay() && !shot)
  runCli('没有图形界面（未设置 DISPLAY）/ No display (DISPLAY is not set): cannot open a browser window.');
if (!browserPath) runCli('找不到 Chromium / Chrome (set CHROMIUM=/path/to/browser).');

console.log('构建扩展 / building the extension (wxt build)…');
const ext = buildExtension('chrome', { stdio: 'inherit' });

// Fixtures only, as real portals serve them: no charset header, the page's own <meta> decides.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1) || `${name}.html`;
  const file = join(FIXTURES, path);
  if (!file.startsWith(FIXTURES) || extname(file) !== '.html' || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://${HOST}:${server.address().port}/${name}.html`;

const { chromium } = await import('playwright-core');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gra-start-')), {
  executablePath: browserPath,
  headless: Boolean(shot),
  viewport: shot ? { width: 1280, height: 860 } : null,
  args: [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    // The sample is served locally under a gov.cn name, so the content script's real match applies.
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
    '--no-first-run',
    '--disable-background-networking',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
if (shot) {
  // The build users get writes no timings to wait on (entrypoints/content/measure.ts): wait for the
  // panel's host, put up with the audit's answer, and the first marked cell; show the first error cell.
  await page.waitForFunction(
    () => [...document.body.children].some((e) => e.tagName.startsWith('GRA-AUDIT-PANEL-')),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-audit-severity]', { timeout: 5_000 }).catch(() => undefined);
  const cell = page.locator('[data-audit-severity="error"]').first();
  if (await cell.count()) {
    await cell.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await cell.hover();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(shot) });
  console.log(`screenshot: ${shot}`);
  await context.close();
  server.close();
  process.exit(0);
}
console.log(
  `\n已打开 / opened ${url}\n其他样例 / other samples: ${url.replace(/[^/]+$/, '')}<name>.html (test/fixtures)`,
);
console.log('关闭浏览器窗口即退出 / close the browser window to quit.');
await new Promise((r) => context.on('close', r));
server.close();
