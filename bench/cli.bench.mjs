#!/usr/bin/env node
/**
 * How fast is the CLI next to merely parsing the same pages with cheerio's default parser (parse5)?
 *
 * (a) the audit path in one process (read, decode, parse, audit, JSON);
 * (c) and (d) the whole command as a user runs it over a folder of those pages,
 *     `node bin/gov-report-audit.js --json DIR > /dev/null`, process and worker start-up included:
 *     with `--jobs 1` (in process), the default jobs (one thread fewer than the cores: this one and
 *     cores - 2 workers) and (e) `--jobs <cores>` (a thread per core: this one and cores - 1 workers).
 * Target (issue 9) for (a) and (d): ≤ 0.5× cheerio's load of the same pages (b), which itself pays
 * for no process start and gets its pages decoded beforehand.
 *
 *   npm run bench                 build, then every phase, a table, and .bench/<time>.json
 *   node bench/cli.bench.mjs --phase ours|cheerio|deep   one phase, JSON on stdout (used internally)
 * (f) is cheerio as a whole command too: a fresh process that reads the same folder, decodes each page
 *     as we do and loads it with cheerio. It pays the same start-up and cold code as (c)–(e); d/f is
 *     printed beside the target's d/b, for information (the target stays d/b).
 * (g) is a floor, for information: a fresh process that reads and decodes the folder as (f) does and
 *     runs each page through htmlparser2's Parser with no handlers (its tokenizer and open-element
 *     bookkeeping: no tree, no audit, no output). A command that parses every page with htmlparser2
 *     on one thread takes at least that; g/b says where the target lies against it.
 *
 * Then one hostile page: a fixture report under 200,000 nested elements, audited well within
 * DEEP_TARGET_MS (the parser and the walk are linear in depth; it took 45 s when they were not).
 *
 * Each phase runs in its own process so its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = join(root, 'test/fixtures');
const MIN_PAGES = 400;
const WARMUP = 2;
const RUNS = 5;
const ROUNDS = 3;
const CLI_RUNS = 5;
const CLI_TARGET = 0.5;
const DEEP_LEVELS = 200_000;
const DEEP_TARGET_MS = 2000;

const { values } = parseArgs({ options: { phase: { type: 'string' }, dir: { type: 'string' } } });

/** The fixture pages repeated until there are at least MIN_PAGES. */
function corpus() {
  const files = readdirSync(FIXTURES)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(FIXTURES, f));
  if (files.length === 0) throw new Error(`no pages in ${FIXTURES}`);
  const copies = Math.ceil(MIN_PAGES / files.length);
  return { files: Array.from({ length: copies }, () => files).flat(), distinct: files.length };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Times `once` WARMUP + RUNS times, collecting garbage between runs when allowed to. */
function time(once) {
  const ms = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    once();
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= WARMUP) ms.push(t);
  }
  return ms;
}

/** The audit path on one fixture page whose body sits DEEP_LEVELS elements deep. */
async function deepPhase() {
  const { auditBytes } = await import(join(root, 'dist/cli.js'));
  const html = readFileSync(join(FIXTURES, 'seed001-cms.html'), 'utf8');
  const open = html.indexOf('>', html.search(/<body\b/i)) + 1;
  const close = html.search(/<\/body>/i);
  const deep = Buffer.from(
    `${html.slice(0, open)}${'<div>'.repeat(DEEP_LEVELS)}${html.slice(open, close)}${'</div>'.repeat(DEEP_LEVELS)}${html.slice(close)}`,
  );
  const ms = [];
  let detected = false;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    detected = auditBytes(deep, { file: 'deep.html' }).detected;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return {
    phase: 'deep',
    levels: DEEP_LEVELS,
    megabytes: deep.length / 1e6,
    detected,
    runs: ms,
    medianMs: median(ms),
  };
}

/** (f): cheerio over the folder in one cold process, as a script a reader would write; prints the table count. */
async function cheerioFolder(dir) {
  const { load } = await import('cheerio');
  const { decodeHtml } = await import(join(root, 'dist/cli.js'));
  let n = 0;
  for (const sub of readdirSync(dir).sort())
    for (const f of readdirSync(join(dir, sub)).sort())
      n += load(decodeHtml(readFileSync(join(dir, sub, f))).text)('table').length;
  return { phase: 'cheerio-folder', tables: n };
}

/** (g): htmlparser2's Parser, no handlers, over the folder in one cold process; prints the bytes read. */
async function tokenizeFolder(dir) {
  const { Parser } = await import('htmlparser2');
  const { decodeHtml } = await import(join(root, 'dist/cli.js'));
  let n = 0;
  for (const sub of readdirSync(dir).sort())
    for (const f of readdirSync(join(dir, sub)).sort()) {
      const parser = new Parser({});
      const text = decodeHtml(readFileSync(join(dir, sub, f))).text;
      parser.end(text);
      n += text.length;
    }
  return { phase: 'tokenize-folder', chars: n };
}

async function phase(name) {
  if (name === 'deep') return deepPhase();
  if (name === 'cheerio-folder') return cheerioFolder(values.dir);
  if (name === 'tokenize-folder') return tokenizeFolder(values.dir);
  const { files, distinct } = corpus();
  const rssBefore = process.memoryUsage().rss;
  let once;
  let bytes = 0;
  if (name === 'ours') {
    const { auditBytes, toJson } = await import(join(root, 'dist/cli.js'));
    // The whole CLI path: read bytes → decode → sourceFromHtml → audit → toPageResult → JSON.
    once = () => {
      bytes = 0;
      const results = files.map((f) => {
        const b = readFileSync(f);
        bytes += b.length;
        return auditBytes(b, { file: f });
      });
      return toJson(results).length;
    };
  } else if (name === 'cheerio') {
    const { load } = await import('cheerio');
    const { decodeHtml } = await import(join(root, 'dist/cli.js'));
    // Decoded beforehand: cheerio gets strings, so this side pays for parsing only.
    const texts = files.map((f) => decodeHtml(readFileSync(f)).text);
    bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
    once = () => {
      let n = 0;
      for (const t of texts) n += load(t)('table').length;
      return n;
    };
  } else throw new Error(`unknown phase ${name}`);
  const ms = time(once);
  const med = median(ms);
  return {
    phase: name,
    pages: files.length,
    distinct,
    megabytes: bytes / 1e6,
    runs: ms,
    medianMs: med,
    pagesPerSecond: (files.length / med) * 1000,
    rssBeforeMB: rssBefore / 1e6,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
  };
}

/** The corpus as a folder, as a user would point the CLI at it: each repetition in its own subfolder. */
function folder(files) {
  const dir = mkdtempSync(join(tmpdir(), 'gra-bench-'));
  const seen = new Map();
  for (const f of files) {
    const copy = seen.get(f) ?? 0;
    seen.set(f, copy + 1);
    const sub = join(dir, `copy-${String(copy).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(f, join(sub, basename(f)));
  }
  return dir;
}

/** The whole command, start to exit, its JSON thrown away as `> /dev/null` would; in ms. */
function timeCli(bin, dir, args) {
  const devNull = openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, '--json', ...args, dir], {
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(devNull);
  // 1 only says some page has an error finding; 2 is a failure.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`gov-report-audit ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return ms;
}

/** (f) or (g): the cheerio (or tokenizer) folder script, start to exit; in ms. */
function timeCheerioCommand(dir, phase = 'cheerio-folder') {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', phase, '--dir', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${phase} over the folder failed (exit ${r.status}): ${r.stderr}`);
  return ms;
}

function runPhase(name) {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--phase', name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`phase ${name} failed (exit ${r.status})`);
  return JSON.parse(r.stdout);
}

if (values.phase) {
  process.stdout.write(`${JSON.stringify(await phase(values.phase))}\n`);
} else {
  const { files } = corpus();
  const dir = folder(files);
  const bin = join(root, 'bin/gov-report-audit.js');
  const load = [loadavg()[0]];
  // Alternate the phases a few times so a busy moment on the machine falls on all alike, then take
  // the median over every run of each.
  const rounds = { ours: [], cheerio: [] };
  const cli = { one: [], jobs: [], cores: [], cheerio: [], tokenize: [] };
  const perCore = ['--jobs', String(availableParallelism())];
  for (let i = 0; i < ROUNDS; i++) {
    for (const name of ['ours', 'cheerio']) rounds[name].push(runPhase(name));
    // One untimed run each first: the folder in the page cache, the bundles compiled once.
    if (i === 0) {
      for (const j of [['--jobs', '1'], [], perCore]) timeCli(bin, dir, j);
      timeCheerioCommand(dir);
      timeCheerioCommand(dir, 'tokenize-folder');
    }
    for (let k = 0; k < CLI_RUNS; k++) {
      cli.one.push(timeCli(bin, dir, ['--jobs', '1']));
      cli.jobs.push(timeCli(bin, dir, []));
      cli.cores.push(timeCli(bin, dir, perCore));
      cli.cheerio.push(timeCheerioCommand(dir));
      cli.tokenize.push(timeCheerioCommand(dir, 'tokenize-folder'));
    }
    load.push(loadavg()[0]);
  }
  rmSync(dir, { recursive: true, force: true });
  const merge = (rs) => {
    const runs = rs.flatMap((r) => r.runs);
    const medianMs = median(runs);
    return {
      ...rs[0],
      runs,
      medianMs,
      pagesPerSecond: (rs[0].pages / medianMs) * 1000,
      peakRssMB: Math.max(...rs.map((r) => r.peakRssMB)),
    };
  };
  const ours = merge(rounds.ours);
  const cheerio = merge(rounds.cheerio);
  const cliOne = { runs: cli.one, medianMs: median(cli.one) };
  // The CLI's default (cli/pool.ts defaultJobs): one thread fewer than the cores; 1 is in process.
  const defaultJobs = Math.max(1, availableParallelism() - 1);
  const cliJobs = { runs: cli.jobs, medianMs: median(cli.jobs), jobs: defaultJobs };
  const cliCores = { runs: cli.cores, medianMs: median(cli.cores), jobs: availableParallelism() };
  const cheerioCommand = { runs: cli.cheerio, medianMs: median(cli.cheerio) };
  const tokenizeCommand = { runs: cli.tokenize, medianMs: median(cli.tokenize) };
  const ratioFloor = tokenizeCommand.medianMs / cheerio.medianMs;
  const ratio = ours.medianMs / cheerio.medianMs;
  const ratioCommands = cliJobs.medianMs / cheerioCommand.medianMs;
  const ratioCores = cliCores.medianMs / cheerio.medianMs;
  const ratioOne = cliOne.medianMs / cheerio.medianMs;
  const ratioJobs = cliJobs.medianMs / cheerio.medianMs;
  const pps = (ms) => ((ours.pages / ms) * 1000).toFixed(0).padStart(9);
  const row = (label, r) =>
    `${label.padEnd(44)} ${r.medianMs.toFixed(1).padStart(9)} ${pps(r.medianMs)} ${r.peakRssMB ? r.peakRssMB.toFixed(0).padStart(9) : '        –'}`;
  const loads = load.map((l) => l.toFixed(1)).join(' → ');
  console.log(
    `${ours.pages} pages (${ours.distinct} fixtures repeated, ${ours.megabytes.toFixed(1)} MB); ${cpus().length} cores, load average ${loads}`,
  );
  console.log(
    `(a), (b): median of ${ROUNDS}×${RUNS} runs in their own processes (${WARMUP} warm-up each); (c)–(e): ${ROUNDS}×${CLI_RUNS} runs of the command; phases alternated`,
  );
  console.log(
    `${'phase'.padEnd(44)} ${'median ms'.padStart(9)} ${'pages/s'.padStart(9)} ${'peak MB'.padStart(9)}`,
  );
  console.log(row('(a) CLI audit path → JSON, in process', ours));
  console.log(row('(b) cheerio load() (parse5)', cheerio));
  console.log(row('(c) gov-report-audit --json --jobs 1 DIR', cliOne));
  console.log(
    row(
      `(d) gov-report-audit --json DIR (default: ${cliJobs.jobs > 1 ? `${cliJobs.jobs} threads` : 'in process'})`,
      cliJobs,
    ),
  );
  console.log(row(`(e) gov-report-audit --json --jobs ${cliCores.jobs} DIR`, cliCores));
  console.log(row('(f) cheerio over DIR, a whole command (decode + load)', cheerioCommand));
  console.log(row('(g) htmlparser2 Parser, no handlers, over DIR', tokenizeCommand));
  console.log(
    `ratio a/b = ${ratio.toFixed(2)} (target ≤ ${CLI_TARGET.toFixed(2)}) ${ratio <= CLI_TARGET ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(`ratio c/b = ${ratioOne.toFixed(2)} (one thread, the whole command)`);
  console.log(
    `ratio d/b = ${ratioJobs.toFixed(2)} (target ≤ ${CLI_TARGET.toFixed(2)}) ${ratioJobs <= CLI_TARGET ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(`ratio e/b = ${ratioCores.toFixed(2)} (a thread per core)`);
  console.log(
    `ratio d/f = ${ratioCommands.toFixed(2)} (whole command against cheerio's whole command; information)`,
  );
  console.log(
    `ratio g/b = ${ratioFloor.toFixed(2)} (read, decode and parse with no handlers, one thread: a floor under (c); information)`,
  );
  const deep = runPhase('deep');
  const deepOk = deep.detected && deep.medianMs <= DEEP_TARGET_MS;
  console.log(
    `deep nesting: a report under ${deep.levels.toLocaleString('en')} elements (${deep.megabytes.toFixed(1)} MB) audited in ${deep.medianMs.toFixed(0)} ms, ${deep.detected ? 'detected' : 'NOT DETECTED'} (target ≤ ${DEEP_TARGET_MS} ms) ${deepOk ? 'OK' : 'OVER TARGET'}`,
  );
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    cores: cpus().length,
    loadAverage: load,
    ratio,
    target: CLI_TARGET,
    ratioCliOne: ratioOne,
    ratioCliJobs: ratioJobs,
    ratioCliCores: ratioCores,
    ratioCommands,
    ratioFloor,
    cliTarget: CLI_TARGET,
    ours,
    cheerio,
    cliOne,
    cliJobs,
    cliCores,
    cheerioCommand,
    tokenizeCommand,
    deep,
  };
  mkdirSync(join(root, '.bench'), { recursive: true });
  const name = `cli-${result.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(join(root, '.bench', name), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(root, '.bench/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written .bench/${name}`);
}
