/**
 * The extension's speed in Chromium, as the README reports it: the whole main-thread cost of the
 * extension while a page loads (Chromium's CPU profiler over CDP, 100 µs samples: every sample with
 * a chrome-extension:// frame on its stack, so the DOM calls our code makes count too; plus the
 * compiling of our scripts, which the profiler files under "(program)", from the trace's v8.compile
 * events) on non-report pages (the detector alone) and on the seed reports (detector, page script,
 * reading, marks, panel), beside the page script's own timers (gra:read + gra:apply + gra:marks,
 * wall clock, and the CPU time our samples inside those windows used)
 * and, on a line of its own, the background's audit of the page (gra:background: the core runs in
 * the service worker, off the page's main thread, so it is not in the page's figure; the user
 * waits for it, but the page does not); the longest main-thread task on a 50-table / 20,000-cell
 * page, the two scripts' sizes (the detector every *.gov.cn page loads, the page script loaded only
 * where the detector finds a report's words), and the main-thread cost of a live page (the 20,000-cell page
 * rewriting one 表三 cell every 500 ms, over 20 s: Chromium's CPU profiler over CDP, and
 * Performance.getMetrics TaskDuration with and without the extension). Reads the content
 * script's own `gra:*` performance measures, which only its timings build writes (the sizes are that
 * build's too: the build users get is a few bytes smaller). The budget of a page that is not a report
 * is judged on the build users get, exactly: the trace's thread time of the detector's evaluation
 * (its compiling included) and of any call into it (usersBuildNonReports: on such a page the
 * detector's work is all there, and 100 µs samples of a ~1 ms script miss much of it).
 *
 *   npm run bench:ext            (builds the timings build first: `WXT_GRA_TIMINGS=1 wxt build`)
 *   GRA_BENCH_RUNS=10 npm run bench:ext
 *   GRA_BENCH_ONLY=live npm run bench:ext     (the live page alone)
 *   GRA_BENCH_ONLY=pages npm run bench:ext    (non-report and seed pages, and the scripts' sizes)
 *   GRA_BENCH_ONLY=pays npm run bench:ext     (what the user pays alone: with and without, whole)
 *   GRA_BENCH_MATCH=word GRA_BENCH_VERBOSE=1 … (only the seeds whose name matches; where the time goes)
 *   GRA_EXTENSION_DIR=/tmp/ext … (that build, made beforehand: no `wxt build`)
 *   GRA_USER_EXTENSION_DIR=/tmp/ext-users … (with it: the build users get, made beforehand)
 *   GRA_BENCH_FLOOR=1 GRA_BENCH_ONLY=pays …  (the floor: the build with its content script one line that
 *                                           only writes the measures waited for, what any content script
 *                                           costs the page; the extension's own cost is what it pays above it)
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildDir, buildExtension, CHROMIUM, chromiumArgs } from '../scripts/browser.mjs';
import { longPage, syntheticReport } from './synthetic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** GRA_EXTENSION_DIR: a build made beforehand (a copy no other build overwrites); no build then. */
const BUILT = process.env.GRA_EXTENSION_DIR || buildDir('chrome', { timings: true });
const FIXTURES = join(ROOT, 'test/fixtures');
const RUNS = Number(process.env.GRA_BENCH_RUNS ?? 5);
const ONLY = process.env.GRA_BENCH_ONLY ?? '';
/** GRA_BENCH_VERBOSE=1: where our main-thread CPU goes (self time by function, all report pages). */
const VERBOSE = Boolean(process.env.GRA_BENCH_VERBOSE);
const selfTimes = new Map();
/** GRA_BENCH_VERBOSE: how often each of our scripts was compiled on the report pages. */
const compiles = new Map();
/** How long the live page is measured, and how often it rewrites its cell. */
const LIVE_MS = 20_000;
const LIVE_EVERY_MS = 500;

if (!existsSync(CHROMIUM)) {
  console.error('bench:ext needs /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk)');
  process.exit(2);
}
// The timings build: the page script's timers on the page's timeline, which the build users get omits.
if (!process.env.GRA_EXTENSION_DIR) buildExtension('chrome', { timings: true, stdio: 'ignore' });
/**
 * The build users get (no timers), for the non-report pages' budget: built here unless
 * GRA_USER_EXTENSION_DIR names one; with GRA_EXTENSION_DIR alone there is none (that figure is left out).
 */
const USERS_BUILD =
  process.env.GRA_USER_EXTENSION_DIR ||
  (process.env.GRA_EXTENSION_DIR ? '' : buildExtension('chrome', { stdio: 'ignore' }));
/**
 * GRA_BENCH_FLOOR=1: a copy of the build whose content script only writes the measures the bench waits
 * for (gra:detect, gra:marks). Chromium still makes its isolated world and runs a script on every page:
 * the floor under any extension that has a content script.
 */
function floorOf(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'gra-floor-'));
  cpSync(dir, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  for (const cs of manifest.content_scripts ?? [])
    for (const js of cs.js ?? [])
      writeFileSync(join(copy, js), 'performance.measure("gra:detect");performance.measure("gra:marks");\n');
  return copy;
}
const EXT = process.env.GRA_BENCH_FLOOR ? floorOf(BUILT) : BUILT;
if (process.env.GRA_BENCH_FLOOR)
  console.log(`The floor: ${EXT}, its content script one line (GRA_BENCH_FLOOR).`);

const synthetic = syntheticReport();
/** A long page that is not a report (a law's full text): the detector reads all of its text. */
const long = longPage();
/** The pages that are not reports: the fixtures, and the long page made here. */
const NON_REPORT_PAGES = [
  ...readdirSync(FIXTURES).filter((f) => f.startsWith('nonreport') && f.endsWith('.html')),
  'nonreport-long-law.html',
];
// The same page rewriting 表三's （一）予以公开 / 自然人 cell (its first table, row 3) every 500 ms.
const live = synthetic.html.replace(
  '</body>',
  `<script>addEventListener('load', () => { const td = document.querySelector('table').rows[3].cells[1];
let n = 0; setInterval(() => { td.textContent = String(9 + (++n % 2)); }, ${LIVE_EVERY_MS}); });</script></body>`,
);
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
  const made = { 'synthetic.html': synthetic.html, 'live.html': live, 'nonreport-long-law.html': long.html };
  if (Object.hasOwn(made, path)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(made[path]);
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
/** The extension runs on *.gov.cn; BARE_HOST matches none of it (the same page as the user has it without us). */
const BARE_HOST = 'www.example.com';
const url = (p, host = 'www.example.gov.cn') => `http://${host}:${server.address().port}/${p}`;

/** Debian's Chromium, headless, at the bench's window size, with `args`. */
const launch = (args) =>
  chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
const context = await launch(chromiumArgs(EXT, [BARE_HOST]));
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

/** Starts a trace of `categories` over `cdp`; returns a function that ends it and gives its events. */
async function startTrace(cdp, categories) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await cdp.send('Tracing.end');
    await traced;
    return events;
  };
}

/**
 * Loads `path` in a fresh tab under the CPU profiler (100 µs samples) and a v8 trace, waits for the
 * measure `wait` and `settle` ms more, and returns the extension's main-thread time: `run`, the
 * samples with a chrome-extension:// frame anywhere on their stack (our code and the DOM work it
 * calls), and `compile`, the v8.compile events of our scripts (top-level compiling, which the
 * profiler files under "(program)"); and the content script's own measures.
 */
async function profiled(path, wait, settle, timing = false, host = undefined, blind = false) {
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  // v8.compile is in devtools.timeline too; the whole `v8` category's events slow the page's code.
  // toplevel: every task the main thread runs, with its thread (CPU) time.
  // timing: blink.user_timing too, our performance.measure windows on the trace's clock (the page's
  // own CPU); while it is traced each measure() costs the page ~0.3 ms, so those loads give that
  // figure only, never the whole page's.
  const endTrace = await startTrace(cdp, [
    'devtools.timeline',
    'toplevel',
    ...(timing ? ['blink.user_timing'] : []),
  ]);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(url(path, host));
  // Without our measure to wait for (BARE_HOST): the load's end, waited for the same way, so both
  // loads pay for Playwright's injected script alike (evaluating it costs the page ~10 ms). `blind`:
  // no wait in the page at all, only `settle` (waitForFunction polls on every animation frame, and
  // the page renders a frame for each poll: the load that polls longer pays more).
  if (blind) {
    // The measure is looked for once the profile is taken (below).
  } else if (wait)
    await p.waitForFunction((n) => performance.getEntriesByName(n).length > 0, wait, { timeout: 30_000 });
  else await p.waitForFunction(() => document.readyState === 'complete', null, { timeout: 30_000 });
  await p.waitForTimeout(settle);
  const { profile } = await cdp.send('Profiler.stop');
  const events = await endTrace();
  const m = await p.evaluate(() => {
    const out = {};
    for (const e of performance.getEntriesByType('measure'))
      if (e.name.startsWith('gra:')) out[e.name] = (out[e.name] ?? 0) + e.duration;
    return out;
  });
  await p.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const mine = new Map();
  const isOurs = (id) => {
    if (!mine.has(id))
      mine.set(
        id,
        byId.get(id).callFrame.url.startsWith('chrome-extension://') ||
          (parent.has(id) && isOurs(parent.get(id))),
      );
    return mine.get(id);
  };
  const cpu = threadTime(profile, events, isOurs);
  let run = 0;
  profile.samples.forEach((id, i) => {
    if (!isOurs(id)) return;
    run += profile.timeDeltas[i] / 1000;
    // Only from the loads not traced for the measure windows, whose measure() calls each cost more.
    if (VERBOSE && !timing) {
      // A native leaf (a DOM call) is named with the script function that called it.
      const label = (nid) => {
        const f = byId.get(nid).callFrame;
        return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      };
      let name = label(id);
      for (let p = id; !byId.get(p).callFrame.url && parent.has(p); ) {
        p = parent.get(p);
        name = `${name} < ${label(p)}`;
        if (byId.get(p).callFrame.url) break;
      }
      // CPU time (as threadTime shares it out), not the wall-clock interval.
      selfTimes.set(name, (selfTimes.get(name) ?? 0) + (profile.timeDeltas[i] * cpu.scale[i]) / 1000);
    }
  });
  let compile = 0;
  for (const e of events)
    if (e.name === 'v8.compile' && e.ph === 'X' && /^chrome-extension:/.test(e.args?.data?.url ?? '')) {
      compile += e.dur / 1000;
      if (VERBOSE && !timing) {
        const name = `compile ${e.args.data.url.split('/').pop()}`;
        compiles.set(name, (compiles.get(name) ?? 0) + 1);
      }
    }
  return {
    run,
    compile,
    total: run + compile,
    cpu: cpu.run + cpu.compile,
    cpuRun: cpu.run,
    cpuCompile: cpu.compile,
    mainAll: cpu.mainAll,
    byName: cpu.byName,
    own: ownCpu(events, cpu),
    m,
  };
}

/**
 * The page script's own work in CPU time: our samples inside its gra:read, gra:apply and gra:marks
 * windows (performance.measure, in the trace as blink.user_timing), each its share of its task's
 * thread time as threadTime reckons it. The timers themselves are wall clock, which a busy machine
 * stretches two or three times over (the thread waits, the clock runs).
 */
function ownCpu(events, cpu) {
  const open = new Map();
  const windows = [];
  for (const e of events) {
    if (!/^gra:(read|apply|marks)$/.test(e.name) || !String(e.cat).includes('blink.user_timing')) continue;
    const key = `${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      windows.push([open.get(key), e.ts]);
      open.delete(key);
    }
  }
  let own = 0;
  cpu.at.forEach((a, i) => {
    // A sample stands for the interval before it: it is inside a window when that interval ends there.
    if (a.ours && windows.some(([from, to]) => a.t > from && a.t <= to)) own += (a.w * cpu.scale[i]) / 1000;
  });
  return windows.length ? own : Number.NaN;
}

/**
 * Our main-thread CPU time, robust to a busy machine: the profiler's samples are wall-clock spaced,
 * so a page thread the OS set aside for a while charges that wait to whatever stack it resumes in.
 * The trace gives each task the main thread ran its thread time (`tdur`, CPU actually used); each
 * task's thread time is shared out in the proportion of its samples that are ours. Compiling our
 * scripts is counted by its own thread time (its samples read "(program)").
 */
function threadTime(profile, events, isOurs) {
  const compiles = events.filter(
    (e) => e.name === 'v8.compile' && e.ph === 'X' && /^chrome-extension:/.test(e.args?.data?.url ?? ''),
  );
  // The page's renderer: where its HTML is parsed (our compiles are there too; on BARE_HOST there are none).
  const pid = events.find((e) => e.name === 'ParseHTML')?.pid ?? compiles[0]?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const compile = compiles.reduce((sum, e) => sum + (e.tdur ?? e.dur) / 1000, 0);
  const tasks = events
    .filter(
      (e) => e.ph === 'X' && e.pid === pid && e.tid === main && e.cat === 'toplevel' && e.tdur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  // Sample i is taken at startTime + the deltas up to i, and stands for the time since sample i-1.
  let t = profile.startTime;
  const at = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i];
    return { t, w: profile.timeDeltas[i], ours: isOurs(id) };
  });
  let run = 0;
  let k = 0;
  // Each sample's CPU share of its interval (its task's thread time over the task's sampled time).
  const scale = new Float64Array(at.length);
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (k < at.length && at[k].t < task.ts) k++;
    let all = 0;
    let ours = 0;
    let j = k;
    for (; j < at.length && at[j].t <= end; j++) {
      all += at[j].w;
      if (at[j].ours) ours += at[j].w;
    }
    if (all === 0) continue;
    run += ((task.tdur / 1000) * ours) / all;
    for (let q = k; q < j; q++) scale[q] = task.tdur / all;
  }
  // Every task of the page's main thread, ours or not (the flag store's cost hides outside our frames).
  const mainAll = tasks.reduce((sum, t) => sum + t.tdur / 1000, 0);
  // GRA_BENCH_VERBOSE: the main thread's CPU by trace event name (nested events counted in each).
  const byName = {};
  if (VERBOSE)
    for (const e of events)
      if (e.ph === 'X' && e.pid === pid && e.tid === main && e.tdur !== undefined)
        byName[e.name] = (byName[e.name] ?? 0) + e.tdur / 1000;
  return { run, compile, scale, at, mainAll, byName };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What the user pays, measured without attributing anything: the page's whole main thread (every
 * task's CPU) loaded where the extension runs and where it does not (BARE_HOST), alternated. The
 * difference also holds what no frame of ours shows: the style, layout and paint our marks and tab
 * cause, the browser's side of our messages and storage, the isolated world our scripts run in.
 * Noisier than the attributed figure (each load's ~50-90 ms of its own work varies by a few ms).
 * Both loads are measured alike, blind: the load, then PAYS_SETTLE ms with nothing asked of the page
 * (polling for our measure, as the other figures do, made the page render a frame per poll, ~10 ms
 * more on the load with the extension); our measure is looked for afterwards, and a load that had not
 * reached it is taken again with a longer wait.
 */
const PAYS_SETTLE = 1500;
async function userPays(seeds) {
  const pages = [...NON_REPORT_PAGES, ...seeds];
  console.log(
    `\nWhat the user pays: the page's whole main thread (CPU, every task) with the extension, and the same page on ${BARE_HOST} where it does not run:`,
  );
  const diffs = { report: [], other: [] };
  // GRA_BENCH_VERBOSE: each trace event name's difference on each report page, for where it goes.
  const byName = new Map();
  for (const f of pages) {
    const wait = f.startsWith('nonreport') ? 'gra:detect' : 'gra:marks';
    const w = [];
    const wo = [];
    const names = new Map();
    for (let i = 0; i < RUNS; i++) {
      let a = await profiled(f, wait, PAYS_SETTLE, false, undefined, true);
      if (a.m[wait] === undefined) a = await profiled(f, wait, 4 * PAYS_SETTLE, false, undefined, true);
      if (a.m[wait] === undefined)
        throw new Error(`${f}: no ${wait} within ${4 * PAYS_SETTLE} ms of the load`);
      const b = await profiled(f, null, PAYS_SETTLE, false, BARE_HOST, true);
      w.push(a.mainAll);
      wo.push(b.mainAll);
      for (const n of new Set([...Object.keys(a.byName), ...Object.keys(b.byName)]))
        names.set(n, [...(names.get(n) ?? []), (a.byName[n] ?? 0) - (b.byName[n] ?? 0)]);
    }
    if (wait === 'gra:marks')
      for (const [n, ds] of names) byName.set(n, [...(byName.get(n) ?? []), median(ds)]);
    const d = median(w) - median(wo);
    diffs[wait === 'gra:marks' ? 'report' : 'other'].push(d);
    console.log(`  ${f.padEnd(34)} with ${ms(median(w))}, without ${ms(median(wo))}: ${ms(d)}`);
  }
  const line = (xs, budget) =>
    `median ${ms(median(xs))}, ${over(xs, budget)} (budget ${budget} ms; run-to-run spread a few ms)`;
  if (diffs.other.length) console.log(`  non-report pages: ${line(diffs.other, 2)}`);
  if (diffs.report.length) console.log(`  report pages: ${line(diffs.report, 20)}`);
  if (VERBOSE)
    for (const [n, ds] of [...byName].sort((x, y) => median(y[1]) - median(x[1])).slice(0, 14))
      console.log(
        `    ${median(ds).toFixed(2).padStart(7)} ms  ${n} (median over the report pages; nested events in each)`,
      );
}

/** Flags stored on other pages for the full-store run: a busy desk's worth (3 on each of 2,000 pages). */
const STORE_FLAGS = 6000;

/**
 * A report page with a full flag store: every task of the page's main thread, ours or not, in CPU
 * (the store's cost, when the page script read it, was the browser turning it into the page's
 * objects, outside any frame of ours), with the store empty and with STORE_FLAGS flags of other
 * pages stored, alternated; then the store is emptied again.
 */
async function fullFlagStore() {
  const worker = context.serviceWorkers()[0];
  const fill = (n) =>
    worker.evaluate(async (count) => {
      const local = globalThis.chrome.storage.local;
      if (count === 0) return local.remove('flags').then(() => 0);
      const flags = {};
      for (let p = 0; p < count / 3; p++)
        flags[`http://www.other${p}.gov.cn/col/art/2024/${p}.html`] = [0, 1, 2].map((k) => ({
          id: crypto.randomUUID(),
          address: k === 2 ? null : 't3.new.total',
          quote: '本年新收政府信息公开申请数量为一百二十三件',
          note: '与上年报告对照：本年新收数字与表三合计不符，需向该局核实并索取原始登记台账。',
          created: new Date().toISOString(),
        }));
      await local.set({ flags });
      return JSON.stringify(flags).length;
    }, n);
  const page = 'seed001-cms.html';
  const runs = { empty: [], full: [] };
  let bytes = 0;
  for (let i = 0; i < RUNS; i++)
    for (const k of ['empty', 'full']) {
      const b = await fill(k === 'full' ? STORE_FLAGS : 0);
      if (b) bytes = b;
      runs[k].push((await profiled(page, 'gra:marks', 300)).mainAll);
    }
  await fill(0);
  const empty = median(runs.empty);
  const full = median(runs.full);
  console.log(
    `\nA full flag store (${STORE_FLAGS.toLocaleString('en')} flags of other pages, ${(bytes / 1e6).toFixed(1)} MB as JSON), ${page}: the page's whole main thread (CPU, all tasks)\n  empty store ${ms(empty)}, full store ${ms(full)}: the store costs the page ${ms(full - empty)}`,
  );
}
/**
 * The build users get at `dir`, on each page that is not a report, RUNS loads: the main thread's CPU
 * in our scripts, exactly: the trace's thread time (tdur) of the outermost events that name one of
 * them (EvaluateScript, which holds the detector's compiling and its whole check; v8.compile and
 * FunctionCall outside it: a later call, a timer, an observer). On such a page that is all the
 * detector does. The profile's 100 µs samples, the other figures' source, catch a script this short
 * only now and then (a median of 0 ms on some pages): this is the figure the budget is judged on.
 */
async function usersBuildNonReports(dir) {
  const ctx = await launch(chromiumArgs(dir));
  if (!ctx.serviceWorkers()[0]) await ctx.waitForEvent('serviceworker');
  const exact = async (path) => {
    const p = await ctx.newPage();
    const cdp = await ctx.newCDPSession(p);
    const endTrace = await startTrace(cdp, ['devtools.timeline', 'toplevel']);
    await p.goto(url(path));
    // No measure to wait for in this build: the detector runs at document_idle, long before this.
    await p.waitForTimeout(600);
    const events = await endTrace();
    await p.close();
    const ours = events
      .filter(
        (e) =>
          e.ph === 'X' &&
          ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(e.name) &&
          /^chrome-extension:/.test(e.args?.data?.url ?? ''),
      )
      .sort((a, b) => a.ts - b.ts);
    let cpu = 0;
    let evaluations = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const e of ours) {
      if (e.ts < end) continue; // nested in the one before (a compile inside its evaluation)
      end = e.ts + e.dur;
      cpu += (e.tdur ?? e.dur) / 1000;
      if (e.name === 'EvaluateScript') evaluations++;
    }
    return { cpu, evaluations };
  };
  for (let i = 0; i < 2; i++) await exact(NON_REPORT_PAGES[0]);
  const runs = new Map(NON_REPORT_PAGES.map((f) => [f, []]));
  // Pages alternated, so a slow spell of the machine falls on all of them.
  for (let i = 0; i < RUNS; i++) for (const f of NON_REPORT_PAGES) runs.get(f).push(await exact(f));
  await ctx.close();
  const worst = [];
  console.log(
    "\nNon-report pages, the build users get: the detector's main-thread CPU, exact (the trace's thread time of its\nevaluation, compiling included, and of any call into it):",
  );
  for (const [f, rs] of runs) {
    const cpus = rs.map((r) => r.cpu);
    worst.push(median(cpus));
    const missing = rs.filter((r) => r.evaluations === 0).length;
    console.log(
      `  ${f.padEnd(32)} CPU ${ms(median(cpus))} (least ${ms(Math.min(...cpus))}, most ${ms(Math.max(...cpus))})${missing ? `  (${missing} loads without the detector's evaluation in the trace)` : ''}`,
    );
  }
  console.log(`  non-report pages, the build users get: ${over(worst, 2)} (budget 2 ms)`);
}
const ms = (x) => `${x.toFixed(2)} ms`;
const over = (xs, budget) =>
  `worst ${ms(Math.max(...xs))}, ${xs.filter((x) => x > budget).length} of ${xs.length} over ${budget} ms`;

console.log(
  `Chromium ${context.browser()?.version() ?? ''}, ${RUNS} loads per page (median; first load in brackets)\n`,
);

/** The seed reports, or (GRA_BENCH_MATCH=regex) those it matches: a quicker look while working. */
async function seedPages() {
  const match = new RegExp(process.env.GRA_BENCH_MATCH ?? '');
  const seeds = readdirSync(FIXTURES).filter(
    (f) => /^seed\d{3}-/.test(f) && f.endsWith('.html') && match.test(f),
  );
  if (seeds.length === 0) {
    console.error(`No seed report matches GRA_BENCH_MATCH=${process.env.GRA_BENCH_MATCH}`);
    await context.close();
    process.exit(2);
  }
  return seeds;
}

if (ONLY === 'pays') {
  // What the user pays alone, after a few pages unmeasured (the browser's own first-load work).
  for (let i = 0; i < 2; i++) await profiled('nonreport-data-table.html', 'gra:detect', 0);
  await userPays(await seedPages());
}
if (ONLY !== 'live' && ONLY !== 'pays') {
  // A few pages first, unmeasured: the browser's own first-load work is not the extension's.
  for (let i = 0; i < 2; i++) await profiled('nonreport-data-table.html', 'gra:detect', 0);
  selfTimes.clear();
  // The budgets are main-thread CPU (thread time); the profile's wall-clock samples beside it also
  // count whatever time the OS gave other threads while ours was in our code.
  const med = (rs, k) => median(rs.map((r) => r[k]));
  const cost = (rs) =>
    `CPU ${ms(med(rs, 'cpu'))} (run ${med(rs, 'cpuRun').toFixed(2)} + compile ${med(rs, 'cpuCompile').toFixed(2)}; wall ${med(rs, 'total').toFixed(2)})`;

  console.log(
    'Non-report pages: the extension on the main thread, whole (CPU: thread time of our samples and compiles;\nwall: the same samples as the profiler spaced them), and gra:detect:',
  );
  const nonReports = [];
  console.log(
    `  (nonreport-long-law.html: ${long.chars.toLocaleString('en')} characters of a law's articles)`,
  );
  for (const f of NON_REPORT_PAGES) {
    const rs = [];
    for (let i = 0; i < RUNS; i++) rs.push(await profiled(f, 'gra:detect', 1000));
    const audited = rs.some((r) => r.m['gra:audit'] !== undefined)
      ? `  (page script loaded: the detector took it for a report; background ${ms(median(rs.map((r) => r.m['gra:background'] ?? 0)))})`
      : '';
    nonReports.push(med(rs, 'cpu'));
    console.log(
      `  ${f.padEnd(32)} ${cost(rs)}   detect ${ms(median(rs.map((r) => r.m['gra:detect'])))}${audited}`,
    );
    // GRA_BENCH_VERBOSE: where this page's time goes (self time by function, a load's mean).
    if (VERBOSE)
      for (const [name, t] of [...selfTimes].sort((x, y) => y[1] - x[1]).slice(0, 5))
        console.log(`      ${ms(t / RUNS)}  ${name}`);
    selfTimes.clear();
  }
  console.log(
    `  non-report pages, the timings build, profiled: ${over(nonReports, 2)} (the budget is judged on the build users get, below)`,
  );
  if (USERS_BUILD) await usersBuildNonReports(USERS_BUILD);
  else console.log('  (the build users get: not measured, GRA_EXTENSION_DIR without GRA_USER_EXTENSION_DIR)');

  console.log(
    "\nSeed reports: the extension on the page's main thread, whole (CPU profile: detector, page script, reading, marks,\npanel); the page script's own timers (read + apply + marks); and, not page time, the background's audit\n(gra:background, in the service worker) and the wait for its answer (gra:check):",
  );
  const seeds = await seedPages();
  const totals = [];
  const cpus = [];
  const owns = [];
  const ownCpus = [];
  const backgrounds = [];
  selfTimes.clear();
  compiles.clear();
  for (const f of seeds) {
    const rs = [];
    const parts = { read: [], apply: [], marks: [], check: [], background: [] };
    for (let i = 0; i < RUNS; i++) {
      const r = await profiled(f, 'gra:marks', 300);
      // The page's own CPU from a load of its own, with our measure windows traced.
      r.own = (await profiled(f, 'gra:marks', 300, true)).own;
      rs.push(r);
      for (const k of Object.keys(parts)) parts[k].push(r.m[`gra:${k}`] ?? Number.NaN);
    }
    const own = rs.map((r) => r.m['gra:read'] + r.m['gra:apply'] + r.m['gra:marks']);
    ownCpus.push(median(rs.map((r) => r.own)));
    totals.push(median(rs.map((r) => r.total)));
    cpus.push(median(rs.map((r) => r.cpu)));
    owns.push(median(own));
    backgrounds.push(median(parts.background));
    const split = ['read', 'apply', 'marks'].map((k) => `${k} ${median(parts[k]).toFixed(1)}`).join(' · ');
    console.log(
      `  ${f.padEnd(34)} ${cost(rs)}   page's own ${ms(median(own))} (${split}; CPU ${ms(median(rs.map((r) => r.own)))})   background ${ms(median(parts.background))} (wait ${median(parts.check).toFixed(1)})`,
    );
  }
  console.log(
    `  over the seeds, the whole extension: CPU median ${ms(median(cpus))}, ${over(cpus, 20)} (budget 20 ms); wall median ${ms(median(totals))}`,
  );
  console.log(
    `  over the seeds, the page's own read+apply+marks: CPU median ${ms(median(ownCpus))}, ${over(ownCpus, 5)} (budget 5 ms); wall median ${ms(median(owns))}`,
  );
  console.log(
    `  background's audit (service worker, not the page's thread): median ${ms(median(backgrounds))} over the seeds`,
  );
  if (VERBOSE) console.log('  ', Object.fromEntries(compiles), 'over', seeds.length * RUNS, 'loads');
  if (VERBOSE)
    for (const [name, t] of [...selfTimes].sort((x, y) => y[1] - x[1]).slice(0, 25))
      console.log(`    ${t.toFixed(1).padStart(7)} ms  ${name}`);

  await userPays(seeds);
  await fullFlagStore();

  if (ONLY !== 'pages') {
    console.log(`\nSynthetic page: ${synthetic.tables} tables, ${synthetic.cells} cells`);
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
          `  read ${ms(m['gra:read'].duration)}, apply ${ms(m['gra:apply'].duration)}, marks ${ms(m['gra:marks'].duration)} (sliced); background's audit ${ms(m['gra:background'].duration)} (its own thread)`,
        );
    }
    console.log(
      `  longest task during detect → marks: ${ms(median(worst))}  [${ms(worst[0])}]  (budget 50 ms)`,
    );
  }

  const size = (file) => {
    const js = readFileSync(join(EXT, file));
    return `${(js.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(js, { level: 9 }).length / 1024).toFixed(1)} KB`;
  };
  console.log(`\nContent scripts: detector.js (every *.gov.cn frame) ${size('detector.js')};`);
  console.log(
    `  page.js (the page script, only where the detector finds a report's words) ${size('page.js')} (budget 60 KB gzip)`,
  );
}

/**
 * The live page in `ctx` for LIVE_MS once its first audit is done: TaskDuration (all main-thread
 * work) from Performance.getMetrics, and, with `profile`, the time of CPU-profile samples whose
 * stack holds a frame from chrome-extension:// (our content script, and the DOM calls it makes).
 */
async function measureLive(ctx, profile) {
  const p = await ctx.newPage();
  await p.goto(url('live.html'));
  if (profile)
    await p.waitForFunction(() => performance.getEntriesByName('gra:marks').length > 0, null, {
      timeout: 60_000,
    });
  else await p.waitForLoadState('load');
  await p.waitForTimeout(2000);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const audits = () => p.evaluate(() => performance.getEntriesByName('gra:audit').length);
  const a0 = profile ? await audits() : 0;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const t0 = await task();
  const w0 = Date.now();
  await p.waitForTimeout(LIVE_MS);
  const t1 = await task();
  const wall = Date.now() - w0;
  let ours = 0;
  if (profile) {
    const { profile: prof } = await cdp.send('Profiler.stop');
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const mine = new Map();
    const isOurs = (id) => {
      if (mine.has(id)) return mine.get(id);
      const n = byId.get(id);
      const v =
        n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isOurs(parent.get(id)));
      mine.set(id, v);
      return v;
    };
    // timeDeltas[i] is the time since the previous sample: charge it to sample i.
    const self = new Map();
    prof.samples.forEach((id, i) => {
      if (!isOurs(id)) return;
      ours += prof.timeDeltas[i] / 1000;
      const f = byId.get(id).callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
      self.set(name, (self.get(name) ?? 0) + prof.timeDeltas[i] / 1000);
    });
    if (process.env.GRA_BENCH_VERBOSE)
      for (const [name, t] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 12))
        console.log(`    ${t.toFixed(1).padStart(7)} ms  ${name}`);
  }
  const result = { task: (t1 - t0) * 1000, wall, ours, audits: profile ? (await audits()) - a0 : 0 };
  await p.close();
  return result;
}

if (ONLY !== 'pages' && ONLY !== 'pays') {
  console.log(
    `\nLive page: ${synthetic.cells} cells, one 表三 cell rewritten every ${LIVE_EVERY_MS} ms, ${LIVE_MS / 1000} s measured`,
  );
  const pct = (x, wall) => `${((100 * x) / wall).toFixed(1)}%`;
  const withExt = await measureLive(context, true);
  const bare = await launch(chromiumArgs(EXT).filter((a) => !/extension/.test(a)));
  const without = await measureLive(bare, false);
  await bare.close();
  console.log(
    `  content script (CPU profile, samples from chrome-extension://): ${ms(withExt.ours)} = ${pct(withExt.ours, withExt.wall)} of the main thread (budget 5%); ${withExt.audits} re-audits`,
  );
  console.log(
    `  main-thread task time: ${pct(withExt.task, withExt.wall)} with the extension, ${pct(without.task, without.wall)} without`,
  );
}

await context.close();
server.close();
