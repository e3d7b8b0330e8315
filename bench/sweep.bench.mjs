#!/usr/bin/env node
/**
 * How fast does a sweep go when the network costs nothing? The fake portal (test/portal/portal.mjs)
 * with every report fixture four times over (188 reports on 4 list pages, no dead or slow links) on
 * 127.0.0.1, politeness delay off. Targets (issue 12): ≥ 50 reports/s for the CLI, ≥ 10 for the
 * extension.
 *
 *   npm run bench:sweep      build the CLI and the extension, then both, a table, .bench/sweep-<time>.json
 *
 * CLI: `node bin/gov-report-audit.js --follow --json --delay 0 --max-pages 1000 URL > /dev/null`, the
 * whole command, process start included (median of GRA_BENCH_RUNS, 3 by default).
 * Extension: Chromium with the built extension (GRA_EXTENSION_DIR, or .output/chrome-mv3 built here),
 * sweep.html?url=<column>&delay=0 from opening the page to its 'done', the portal as
 * www.example.gov.cn (host-resolver rules). Its sweep stops at 200 pages, as the CLI's default does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension, CHROMIUM, launchExtension } from '../scripts/browser.mjs';
import { LIST_PATH, startPortal } from '../test/portal/portal.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.GRA_BENCH_RUNS ?? 3);
const COPIES = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Runs a command, collecting its output, without blocking this process. */
function run(cmd, args) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) =>
      ok({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }),
    );
  });
}

const portal = await startPortal({ copies: COPIES, perPage: 50, traps: false });
const reports = portal.reports.length;
const out = { reports, listPages: portal.pages, loadBefore: load() };
console.log(`portal: ${reports} reports on ${portal.pages} list pages; load ${out.loadBefore}`);

// The CLI, as a user runs it.
const cliTimes = [];
const cliCpu = [];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  // Spawned, not spawnSync: the portal answers from this process's event loop.
  const args = [
    join(ROOT, 'bin/gov-report-audit.js'),
    '--follow',
    '--json',
    '--delay',
    '0',
    '--max-pages',
    '1000',
    portal.url(),
  ];
  // Under /usr/bin/time when there is one: CPU seconds say what the sweep costs whatever the load.
  const r = TIME
    ? await run(TIME, ['-f', 'cpu %U %S', process.execPath, ...args])
    : await run(process.execPath, args);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (cpu) cliCpu.push((Number(cpu[1]) + Number(cpu[2])) * 1000);
  const ms = performance.now() - t0;
  const pages = JSON.parse(r.stdout);
  if (pages.length !== reports) throw new Error(`CLI audited ${pages.length} of ${reports}: ${r.stderr}`);
  cliTimes.push(ms);
}
out.cli = {
  ms: median(cliTimes),
  runs: cliTimes,
  perSecond: reports / (median(cliTimes) / 1000),
  ...(cliCpu.length ? { cpuMs: median(cliCpu), perCpuSecond: reports / (median(cliCpu) / 1000) } : {}),
};
const cpuNote = out.cli.cpuMs
  ? ` (CPU ${(out.cli.cpuMs / 1000).toFixed(2)} s → ${out.cli.perCpuSecond.toFixed(0)} reports per CPU second)`
  : '';
console.log(
  `CLI: ${reports} reports in ${(out.cli.ms / 1000).toFixed(2)} s → ${out.cli.perSecond.toFixed(0)} reports/s${cpuNote}`,
);

// The extension.
if (!existsSync(CHROMIUM)) {
  console.error('the extension half needs /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk)');
} else {
  let ext = process.env.GRA_EXTENSION_DIR;
  if (!ext) ext = buildExtension('chrome', { stdio: 'ignore' });
  const { context, extensionId: id } = await launchExtension(ext);
  const column = encodeURIComponent(portal.url(LIST_PATH, 'www.example.gov.cn'));
  const extTimes = [];
  let swept = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`chrome-extension://${id}/sweep.html?url=${column}&delay=0`);
    await page.locator('main[data-phase="done"]').waitFor({ timeout: 300_000 });
    extTimes.push(performance.now() - t0);
    swept = await page.locator('tr[data-url]').count();
    await page.close();
  }
  await context.close();
  const capped = Math.min(reports, 200 - portal.pages);
  if (swept !== capped) throw new Error(`the extension swept ${swept} of ${capped}`);
  out.extension = {
    reports: swept,
    ms: median(extTimes),
    runs: extTimes,
    perSecond: swept / (median(extTimes) / 1000),
  };
  console.log(
    `extension: ${swept} reports in ${(out.extension.ms / 1000).toFixed(2)} s → ${out.extension.perSecond.toFixed(0)} reports/s`,
  );
}
await portal.close();
out.loadAfter = load();
console.log(`load after: ${out.loadAfter}`);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(
  join(ROOT, `.bench/sweep-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
  JSON.stringify(out, null, 2),
);
const fail = [];
if (out.cli.perSecond < 50) fail.push(`CLI ${out.cli.perSecond.toFixed(0)} < 50 reports/s`);
if (out.extension && out.extension.perSecond < 10)
  fail.push(`extension ${out.extension.perSecond.toFixed(0)} < 10 reports/s`);
if (fail.length) console.log(`below target: ${fail.join('; ')}`);
