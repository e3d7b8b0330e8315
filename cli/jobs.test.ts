/**
 * `--jobs N`: the built command with worker threads prints exactly what it prints in one thread,
 * in input order; workers read and audit for real (the pool says how many outcomes they gave), and
 * one that meets an unreadable file, or dies, is reported in the same one-line way.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackagedCli } from '../test/unit/packaged-cli';
import { tooBigMessage } from './fetch';
import type { Input } from './inputs';
import { AUTO_MIN_INPUTS, auditInputs, DEPTH, jobsFor, workerCount } from './pool';
import { NEWS_HTML, reportHtml } from './testing';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(root, 'test/fixtures');
let dir = '';
let bin = '';
let workerUrl: URL;

beforeAll(async () => {
  ({ dir, bin } = await buildPackagedCli('gra-jobs-'));
  workerUrl = pathToFileURL(join(dir, 'dist/cli-worker.js'));
  await mkdir(join(dir, 'pages'));
  // Sorted first, so it is among the inputs handed to a worker before anything else runs.
  await writeFile(join(dir, 'pages/0-big.html'), reportHtml('某某区统计局', 2021));
  for (let i = 1; i <= 6; i++)
    await writeFile(join(dir, `pages/${i}.html`), reportHtml('某某区统计局', 2022));
  await writeFile(join(dir, 'pages/7-news.html'), NEWS_HTML);
  // The fixture pages, copied: a folder no one else writes to while the test runs.
  await mkdir(join(dir, 'fixtures'));
  for (const f of await readdir(FIXTURES))
    if (f.endsWith('.html')) await copyFile(join(FIXTURES, f), join(dir, 'fixtures', f));
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** stderr without the line that says --jobs asked for more threads than the machine has cores. */
const capped = (err: string) => err.replace(/^gov-report-audit: --jobs \d+: .*\n/, '');

describe('--jobs', () => {
  // --jobs 3 on 2 cores runs on 2 threads (one worker), and says so on stderr first.
  it('prints the same JSON, byte for byte, with --jobs 1, --jobs 3 and the default', () => {
    const fixtures = join(dir, 'fixtures');
    const one = cli('--json', '--jobs', '1', fixtures);
    expect(one.err).toBe('');
    expect(JSON.parse(one.out).length).toBeGreaterThanOrEqual(AUTO_MIN_INPUTS);
    for (const args of [['--jobs', '3'], []]) {
      const many = cli('--json', ...args, fixtures);
      expect(capped(many.err), args.join(' ')).toBe('');
      expect(many.code, args.join(' ')).toBe(one.code);
      expect(many.out === one.out, args.join(' ')).toBe(true);
    }
  }, 300_000);

  it('runs --jobs 9999 on as many threads as there are cores, says so on one line, prints the same', () => {
    const fixtures = join(dir, 'fixtures');
    const one = cli('--json', '--jobs', '1', fixtures);
    const huge = cli('--json', '--jobs', '9999', fixtures);
    const n = availableParallelism();
    expect(huge.err).toBe(
      `gov-report-audit: --jobs 9999: 本机 ${n} 核，用 ${n} 个线程 / this machine has ${n} cores: ${n} threads\n`,
    );
    expect(huge.code).toBe(one.code);
    expect(huge.out === one.out).toBe(true);
  }, 300_000);

  it('names a file a worker cannot read on one line, in input order, exit 2, like one thread does', () => {
    const cap = ['--max-size', '2KB'];
    const big = Buffer.byteLength(reportHtml('某某区统计局', 2021));
    expect(big).toBeGreaterThan(2 * 1024);
    const one = cli('--json', ...cap, '-j', '1', join(dir, 'pages'));
    const three = cli('--json', ...cap, '-j', '3', join(dir, 'pages'));
    expect(one.code).toBe(2);
    expect(three.code).toBe(2);
    expect(capped(three.err)).toBe(one.err);
    expect(three.out).toBe(one.out);
    const lines = one.err.trim().split('\n');
    // Every page but the news is over the cap; each named once, in the folder's order.
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      `gov-report-audit: ${join(dir, 'pages/0-big.html')}: ${tooBigMessage(big, 2 * 1024)}`,
    );
    expect(lines.map((l) => l.split(': ')[1])).toEqual([
      join(dir, 'pages/0-big.html'),
      ...[1, 2, 3, 4, 5, 6].map((i) => join(dir, `pages/${i}.html`)),
    ]);
  }, 60_000);

  it('audits in a worker and in this thread at once, with results in input order', async () => {
    const names = (await readdir(FIXTURES)).filter((f) => f.endsWith('.html')).sort();
    // The fixtures ten times over: far more than this thread audits while the worker loads, even on
    // a loaded machine (some 1.5 s of auditing here against a worker's start of 0.1-0.5 s).
    const inputs: Input[] = Array.from({ length: 10 }).flatMap(() =>
      names.map((f): Input => ({ kind: 'file', path: join(FIXTURES, f) })),
    );
    const order: number[] = [];
    const run = await auditInputs(inputs, {
      limits: {},
      jobs: 2,
      cores: 2,
      workerUrl,
      tick: (i) => order.push(i),
    });
    expect(run.workers).toBe(1);
    // The worker was heard from and handed more than the inputs it started with while this thread
    // audited (a thread that never went back to the event loop kept all but those for itself).
    expect(run.inWorkers).toBeGreaterThan(DEPTH);
    expect(run.inWorkers).toBeLessThan(inputs.length);
    const here = await auditInputs(inputs, { limits: {}, jobs: 1, workerUrl });
    expect(here.workers).toBe(0);
    expect(here.inWorkers).toBe(0);
    expect(JSON.stringify(run.outcomes)).toBe(JSON.stringify(here.outcomes));
    expect(run.outcomes.map((o) => ('result' in o ? o.result.file : null))).toEqual(
      inputs.map((i) => i.kind === 'file' && i.path),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
  }, 60_000);

  it('gives a worker the first inputs; one it cannot read comes back as the same reason', async () => {
    const inputs: Input[] = [0, 1, 2, 3, 4, 5, 6].map((i) => ({
      kind: 'file',
      path: join(dir, `pages/${i === 0 ? '0-big' : i}.html`),
    }));
    inputs.push({ kind: 'file', path: join(dir, 'pages/gone.html') });
    const limits = { maxBytes: 2 * 1024 };
    const run = await auditInputs(inputs, { limits, jobs: 2, cores: 2, workerUrl });
    const here = await auditInputs(inputs, { limits, jobs: 1, workerUrl });
    expect(run.inWorkers).toBeGreaterThanOrEqual(2);
    expect(run.outcomes).toEqual(here.outcomes);
    expect(run.outcomes[0]).toEqual({
      bad: tooBigMessage(Buffer.byteLength(reportHtml('某某区统计局', 2021)), 2 * 1024),
    });
    expect(run.outcomes[7]).toEqual({ bad: '找不到 / no such file or directory' });
  }, 60_000);

  it('names the inputs a dying worker held, on one line each, and audits the rest in this thread', async () => {
    const dying = join(dir, 'dying-worker.js');
    await writeFile(
      dying,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom\\nat line 2'); });\n",
    );
    const held = 2 * DEPTH;
    const inputs: Input[] = Array.from({ length: held + 3 }, (_, i) => ({
      kind: 'file',
      path: join(dir, `pages/${(i % 6) + 1}.html`),
    }));
    // Two workers beside this thread.
    const run = await auditInputs(inputs, {
      limits: {},
      jobs: 3,
      cores: 3,
      workerUrl: pathToFileURL(dying),
    });
    expect(run.inWorkers).toBe(0);
    // Each worker was handed DEPTH inputs before anything ran; both died on their first.
    const reason = '内部错误 / internal error: Error: boom at line 2';
    expect(run.outcomes.slice(0, held)).toEqual(Array.from({ length: held }, () => ({ bad: reason })));
    for (const o of run.outcomes.slice(held)) expect('result' in o && o.result.detected).toBe(true);
  }, 60_000);

  it('starts no worker for --jobs 1, for one input, for a few inputs unless asked, or by default on 2 cores', () => {
    expect(workerCount(100, 1, 8)).toBe(0);
    expect(workerCount(1, 4, 8)).toBe(0);
    expect(workerCount(AUTO_MIN_INPUTS - 1, null, 8)).toBe(0);
    // By default one core is left to V8's helpers: this thread and cores - 2 workers audit; on 2
    // cores, no workers.
    expect(workerCount(AUTO_MIN_INPUTS, null, 8)).toBe(6);
    expect(workerCount(AUTO_MIN_INPUTS, null, 4)).toBe(2);
    expect(workerCount(1000, null, 2)).toBe(0);
    expect(workerCount(AUTO_MIN_INPUTS, null, 1)).toBe(0);
    // --jobs N: this thread and N - 1 workers, never more workers than inputs left to them.
    expect(workerCount(3, 2, 8)).toBe(1);
    expect(workerCount(3, 16, 8)).toBe(2);
    expect(workerCount(1000, 4, 8)).toBe(3);
  });

  it('never starts more threads than the cores, however large --jobs is', () => {
    expect(workerCount(1000, 1000, 2)).toBe(1);
    expect(workerCount(1000, 9999, 8)).toBe(7);
    expect(workerCount(1000, 8, 8)).toBe(7);
    expect(workerCount(1000, 5, 1)).toBe(0);
    expect(jobsFor(1000, 2)).toBe(2);
    expect(jobsFor(3, 8)).toBe(3);
  });
});
