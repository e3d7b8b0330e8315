/**
 * The extension's speed in Chromium, as the README reports it: detection on non-report pages,
 * audit + marks on the seed reports, the longest main-thread task on a 50-table / 20,000-cell page,
 * and the content script's gzip size. Reads the content script's own `gra:*` performance measures.
 *
 *   npm run bench:ext            (builds with `wxt build` first)
 *   GRA_BENCH_RUNS=10 npm run bench:ext
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../scripts/browser.mjs';
import { syntheticReport } from './synthetic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, 'test/fixtures');
const RUNS = Number(process.env.GRA_BENCH_RUNS ?? 5);

if (!existsSync(CHROMIUM)) {
  console.error('bench:ext needs /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk)');
  process.exit(2);
}
execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: ROOT,
  stdio: 'ignore',
});

const synthetic = syntheticReport();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  if (path === 'synthetic.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(synthetic.html);
    return;
  }
  const file = join(FIXTURES, path);
  if (!file.startsWith(FIXTURES) || !existsSync(file) || extname(file) !== '.html') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = (p) => `http://www.example.gov.cn:${server.address().port}/${p}`;

const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: chromiumArgs(EXT),
});
if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker');
// Long tasks from the start of the document; entries are kept in the page for us to read.
await context.addInitScript(() => {
  window.__gra_longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__gra_longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();

/** Loads a page and returns the content script's measures once it has decided. */
async function load(path, wait) {
  await page.goto(url(path));
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, wait, { timeout: 30_000 });
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const m = {};
    for (const e of performance.getEntriesByType('measure'))
      if (e.name.startsWith('gra:')) m[e.name] = { start: e.startTime, duration: e.duration };
    return { m, longtasks: window.__gra_longtasks };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

console.log(
  `Chromium ${context.browser()?.version() ?? ''}, ${RUNS} loads per page (median; first load in brackets)\n`,
);

console.log('Detection on non-report pages (gra:detect):');
for (const f of readdirSync(FIXTURES).filter((f) => f.startsWith('nonreport') && f.endsWith('.html'))) {
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push((await load(f, 'gra:detect')).m['gra:detect'].duration);
  console.log(`  ${f.padEnd(40)} ${ms(median(xs))}  [${ms(xs[0])}]`);
}

console.log('\nAudit + marks on the seed reports (gra:audit + gra:marks):');
const seeds = readdirSync(FIXTURES).filter((f) => /^seed\d{3}-/.test(f) && f.endsWith('.html'));
for (const f of seeds) {
  const xs = [];
  const parts = { read: [], check: [], marks: [] };
  for (let i = 0; i < RUNS; i++) {
    const { m } = await load(f, 'gra:marks');
    xs.push(m['gra:audit'].duration + m['gra:marks'].duration);
    for (const k of Object.keys(parts)) parts[k].push(m[`gra:${k}`].duration);
  }
  const split = Object.entries(parts)
    .map(([k, v]) => `${k} ${median(v).toFixed(1)}`)
    .join(' · ');
  console.log(`  ${f.padEnd(40)} ${ms(median(xs))}  [${ms(xs[0])}]   ${split}`);
}

console.log(`\nSynthetic page: ${synthetic.tables} tables, ${synthetic.cells} cells`);
{
  const worst = [];
  for (let i = 0; i < RUNS; i++) {
    const { m, longtasks } = await load('synthetic.html', 'gra:marks');
    const from = m['gra:detect'].start;
    const to = m['gra:marks'].start + m['gra:marks'].duration;
    // Only tasks that overlap our work: the page's own HTML parsing is not ours to split.
    const ours = longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
    worst.push(Math.max(0, ...ours.map((t) => t.duration)));
    if (i === 0 && process.env.GRA_BENCH_VERBOSE)
      console.log(
        '  long tasks (start, ms):',
        longtasks.map((t) => `${t.start.toFixed(0)}:${t.duration.toFixed(0)}`).join(' '),
        `ours from ${from.toFixed(0)} to ${to.toFixed(0)}`,
      );
    if (i === 0)
      console.log(
        `  read ${ms(m['gra:read'].duration)}, check ${ms(m['gra:check'].duration)}, marks ${ms(m['gra:marks'].duration)} (sliced)`,
      );
  }
  console.log(
    `  longest task during detect → marks: ${ms(median(worst))}  [${ms(worst[0])}]  (budget 50 ms)`,
  );
}

const js = readFileSync(join(EXT, 'content-scripts/content.js'));
console.log(
  `\nContent script: ${(js.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(js, { level: 9 }).length / 1024).toFixed(1)} KB (budget 60 KB)`,
);

await context.close();
server.close();
