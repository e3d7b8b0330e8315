/**
 * Audits the inputs, in this process or also on worker threads (`--jobs N`: this thread and N - 1
 * workers), and returns the outcomes in input order whatever finishes first, so the output and the
 * stderr lines never depend on timing.
 *
 * Workers read, decode and audit, and write each page's JSON entry; this thread hands out inputs,
 * collects results (the cross-report pairing and the output stay with it) and audits inputs itself,
 * one at a time, going back to the event loop after each so that the workers' results are taken in
 * and more inputs handed out while it works. A worker that dies (out of memory, say) costs the
 * inputs it held, each named with the error; the rest go on without it.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { warmUpParser } from '../lib/adapters/linear-parser';
import { beside, fileThere } from './document';
import type { FetchLimits } from './fetch';
import type { Input } from './inputs';
import { auditInput, internal, type Outcome } from './task';
import type { Reply, Task, WorkerSetup } from './worker';

// URLs wait on the network; a few at once keeps a long list moving without hammering one portal.
const CONCURRENCY = 4;
/** Inputs each worker holds at once: the next one is read while the last is audited. */
export const DEPTH = 4;
/**
 * Fewer inputs than this are audited in this process unless `--jobs` asks for workers: they finish
 * before the workers would have loaded (a page takes about a millisecond, a worker tens).
 */
export const AUTO_MIN_INPUTS = 24;

/**
 * Each worker's young generation, in MB: a page's garbage is short-lived, and a larger nursery
 * scavenges less often (user CPU 6.9 s → 5.8 s, median of three runs over the bench's folder on a
 * heavily loaded machine: a rough figure).
 */
const YOUNG_MB = 96;

/** The worker bundle, built beside the command's bundle; absent when running from source (tests). */
export const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

/** Where a worker starts from: the loader's URL and the worker script's path, both beside the bundle. */
export interface WorkerBoot {
  loader: string;
  script: string;
}

/**
 * The same worker as a script (dist/cli-worker.cjs), and the loader beside it (dist/load.js:
 * cli/code-cache.ts), which runs it with the code cache the build made for it, as the command's own
 * bundle runs: each worker then starts without compiling the audit afresh. Null where the package
 * lacks either (running from source).
 */
export function workerBoot(): WorkerBoot | null {
  const script = beside('cli-worker.cjs');
  const loader = beside('load.js');
  return script && loader ? { loader, script: fileURLToPath(script) } : null;
}

/**
 * A worker's first code: the loader, then the worker script through it; it then says whether the
 * cache was taken (`{ boot: 'used' }`), which the pool passes over (it has no `i`). Imports only, so
 * that it runs as CommonJS or as an ES module (a worker takes `--input-type` from its process).
 */
const BOOT = `import('node:worker_threads').then(({ parentPort, workerData }) =>
  import(workerData.boot.loader).then((m) => parentPort.postMessage({ boot: m.loadScript(workerData.boot.script).cache })));`;

/** How a worker is started: through `boot` where there is one, else from `url`. */
export function startWorker(url: URL, setup: WorkerSetup, boot: WorkerBoot | null): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB };
  if (!boot) return new Worker(url, { workerData: setup, resourceLimits });
  return new Worker(BOOT, { eval: true, workerData: { ...setup, boot }, resourceLimits });
}

/**
 * The default number of threads auditing: one core short of all. One thread auditing already keeps
 * about 1.7 cores busy: V8 compiles optimised code on helper threads, some 1.3 s of CPU for the
 * bench's 441 pages against 1.6 s on the thread itself, and each worker is a V8 isolate of its own
 * that compiles the same code again. On 2 cores a second thread auditing half the pages was no
 * faster than one thread auditing all of them (README, Speed), so there the default is this thread
 * alone.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * The threads `--jobs N` gets: at most one per core. A thread more than the cores audits nothing
 * sooner, and each worker is an isolate with its own YOUNG_MB nursery and its own cold code: `--jobs
 * 1000` over 67 pages on 2 cores started 66 workers, took 1.5 GB and 10.6 s against 0.26 GB and 3.9 s
 * on one thread, and over a large folder would run the machine out of memory.
 */
export function jobsFor(jobs: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(jobs, cores));
}

/** How many workers to start beside this thread (at most one per input left to it); 0: none. */
export function workerCount(inputs: number, jobs: number | null, cores = availableParallelism()): number {
  if (jobs === null && inputs < AUTO_MIN_INPUTS) return 0;
  return Math.max(0, Math.min(jobsFor(jobs ?? defaultJobs(cores), cores) - 1, inputs - 1));
}

export interface PoolOptions {
  limits: Partial<FetchLimits>;
  /** `--jobs`; null for the default (defaultJobs). */
  jobs: number | null;
  /** The cores to count on (jobsFor); availableParallelism() unless given. */
  cores?: number;
  /** The worker script; null (or a missing file) audits in this process. */
  workerUrl?: URL | null;
  /**
   * Called as each input finishes, in finishing order (the progress bar, the JSON entries), with
   * the page's JSON entry when a worker wrote it (pageJson's text).
   */
  tick?: (i: number, o: Outcome, json?: string) => void;
}

/** What a run did: the outcomes in input order, and how many workers ran and audited. */
export interface PoolRun {
  outcomes: Outcome[];
  workers: number;
  /** Inputs whose outcome came from a worker. */
  inWorkers: number;
}

/** Hands the event loop a turn: worker messages waiting are taken in before the next input. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Audits every input. */
export async function auditInputs(inputs: Input[], opts: PoolOptions): Promise<PoolRun> {
  const out: Outcome[] = new Array(inputs.length);
  let inWorkers = 0;
  const url = opts.workerUrl === undefined ? WORKER_URL : opts.workerUrl;
  // A worker URL given (the tests) is used as it is; by default the script and its loader, if there.
  const boot = opts.workerUrl === undefined ? workerBoot() : null;
  const n = boot || (url && fileThere(url)) ? workerCount(inputs.length, opts.jobs, opts.cores) : 0;
  let next = 0;
  let left = inputs.length;
  let done = () => {};
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const finish = (i: number, o: Outcome, json?: string) => {
    out[i] = o;
    opts.tick?.(i, o, json);
    if (--left === 0) done();
  };
  // Many pages: the parser's warm-up pays for itself (linear-parser.ts).
  if (inputs.length >= AUTO_MIN_INPUTS) warmUpParser();
  if (n === 0) {
    // URLs wait on the network: a few at once.
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, inputs.length) }, async () => {
        while (next < inputs.length) {
          const i = next++;
          finish(i, await auditInput(inputs[i]!, opts.limits));
        }
      }),
    );
    return { outcomes: out, workers: 0, inWorkers };
  }

  interface Slot {
    worker: Worker;
    held: Set<number>;
    gone: boolean;
  }
  const pool: Slot[] = [];
  const give = (s: Slot) => {
    if (s.gone || next >= inputs.length) return;
    const i = next++;
    s.held.add(i);
    s.worker.postMessage({ i, input: inputs[i]! } satisfies Task);
  };
  const lose = (s: Slot, e: unknown) => {
    if (s.gone) return;
    s.gone = true;
    const reason = internal(e);
    for (const i of s.held) finish(i, { bad: reason });
    s.held.clear();
  };
  const setup: WorkerSetup = { limits: opts.limits };
  for (let k = 0; k < n; k++) {
    const worker = startWorker(url ?? WORKER_URL, setup, boot);
    const s: Slot = { worker, held: new Set(), gone: false };
    pool.push(s);
    s.worker.on('message', (m: Reply) => {
      if ('ready' in m || 'boot' in m || !s.held.delete(m.i)) return;
      const { i, json, ...o } = m;
      inWorkers++;
      finish(i, o, json);
      give(s);
    });
    s.worker.on('error', (e) => lose(s, e));
    s.worker.on('exit', (code) => lose(s, new Error(`worker stopped (exit ${code})`)));
    for (let d = 0; d < DEPTH; d++) give(s);
  }
  // This thread audits what is left unclaimed, one input a turn of the event loop (a local page is
  // read and audited without ever waiting: without the turn no worker would be heard from).
  while (next < inputs.length) {
    const i = next++;
    finish(i, await auditInput(inputs[i]!, opts.limits));
    await turn();
  }
  if (left > 0) await all;
  for (const s of pool) {
    s.gone = true;
    void s.worker.terminate();
  }
  return { outcomes: out, workers: n, inWorkers };
}
