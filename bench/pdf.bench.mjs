#!/usr/bin/env node
/**
 * How fast is a report published as PDF? test/fixtures/pdf/long-report.pdf (a report over eleven
 * pages, its tables broken over several, printed by Chromium: a Type 3 font per few glyphs, the
 * slow case) through the whole command as a user runs it,
 * `node bin/gov-report-audit.js --json FILE > /dev/null`, start-up and pdfjs's loading included.
 * Target: ≤ 1 s. Also the same file in one process once pdfjs is loaded (what each further PDF
 * of a folder costs), and the real 6-page WPS report huaian-city-gov-2024.pdf the same two ways.
 *
 *   npm run bench        (after bench/cli.bench.mjs)
 *   node bench/pdf.bench.mjs   after `npm run build:cli`
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FILE = join(root, 'test/fixtures/pdf/long-report.pdf');
const WPS = join(root, 'test/fixtures/pdf/huaian-city-gov-2024.pdf');
const RUNS = 7;
const TARGET_MS = 1000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// The command as bin/gov-report-audit.js runs it, saying on exit the CPU time it used (on a busy
// machine the wall clock says more about the neighbours than about the command).
const CPU_PRINTING = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu ' + (u.user + u.system) / 1000 + '\\n'); });
process.argv.splice(1, 1);
await import(${JSON.stringify(pathToFileURL(join(root, 'bin/gov-report-audit.js')).href)});`;

/** The whole command, start to exit, its JSON thrown away: wall and CPU ms. */
function timeCli(file = FILE) {
  const devNull = openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CPU_PRINTING, 'bin', '--json', file], {
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(devNull);
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`gov-report-audit failed (exit ${r.status}): ${r.stderr}`);
  const cpu = Number(/\ncpu ([\d.]+)\n/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, cpu };
}

/** The same PDF audited in this process, pdfjs already loaded: ms per run. */
async function inProcess(file = FILE) {
  const { auditDocument } = await import(pathToFileURL(join(root, 'dist/cli.js')).href);
  const bytes = new Uint8Array(readFileSync(file));
  const runs = [];
  let pages = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const r = await auditDocument(bytes, { file });
    const ms = performance.now() - t0;
    if (!r.detected) throw new Error(`${file} not detected as a report`);
    pages = Math.max(...Object.values(r.report.cells).map((c) => c.page ?? 0));
    if (i > 0) runs.push(ms);
  }
  return { runs, medianMs: median(runs), pages };
}

const load = [loadavg()[0]];
timeCli(); // Untimed: the file and the bundles in the page cache.
const cli = [];
const wps = [];
// Alternated, so a change in the machine's load falls on both alike.
for (let i = 0; i < RUNS; i++) {
  cli.push(timeCli());
  wps.push(timeCli(WPS));
}
load.push(loadavg()[0]);
const warm = await inProcess();
const warmWps = await inProcess(WPS);
const cliMs = median(cli.map((c) => c.ms));
const cliCpu = median(cli.map((c) => c.cpu));
const pdfPages = (readFileSync(FILE, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
console.log(
  `PDF: ${FILE.slice(root.length + 1)}, ${pdfPages} pages; ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')}`,
);
console.log(
  `gov-report-audit --json FILE (whole command, median of ${RUNS}): ${cliMs.toFixed(0)} ms (target ≤ ${TARGET_MS} ms) ${cliMs <= TARGET_MS ? 'OK' : 'OVER TARGET'}; CPU ${cliCpu.toFixed(0)} ms`,
);
console.log(`in process, pdfjs loaded (each further PDF): ${warm.medianMs.toFixed(0)} ms`);
console.log(
  `${WPS.slice(root.length + 1)} (6 pages, WPS): whole command ${median(wps.map((c) => c.ms)).toFixed(0)} ms, CPU ${median(wps.map((c) => c.cpu)).toFixed(0)} ms; in process ${warmWps.medianMs.toFixed(0)} ms`,
);
