/**
 * Audits the inputs, in this process or on worker threads (`--jobs N`), and returns the outcomes in
 * input order whatever finishes first, so the output and the stderr lines never depend on timing.
 *
 * Workers read, decode and audit; the main thread only hands out inputs and collects results (the
 * cross-report pairing and the output stay with it). While the workers load, the main thread audits
 * inputs itself, so starting them never leaves the cores idle. A worker that dies (out of memory,
 * say) costs the inputs it held, each named with the error; the rest go on without it.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/** The worker bundle, built beside dist/cli.js; absent when running from source (tests). */
export const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

/**
 * The default number of workers: one core short of all. One thread auditing already keeps about
 * 1.7 cores busy (V8 collects garbage and compiles on helper threads): on 2 cores, two workers were
 * slower than one thread (441 pages: 4.7 s against 2.3 s, 5.8 s against 3.4 s), so there the default
 * is to audit in this process.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** How many workers to start (at most one per input); 0 means audit in this process. */
export function workerCount(inputs: number, jobs: number | null, cores = availableParallelism()): number {
  if (jobs === null && inputs < AUTO_MIN_INPUTS) return 0;
  // One worker is one thread doing what this one would, after a wait: never worth it.
  const n = Math.min(jobs ?? defaultJobs(cores), inputs);
  return n >= 2 ? n : 0;
}

export interface PoolOptions {
  limits: Partial<FetchLimits>;
  /** `--jobs`; null for the default (defaultJobs). */
  jobs: number | null;
  /** The worker script; null (or a missing file) audits in this process. */
  workerUrl?: URL | null;
  /** Called as each input finishes, in finishing order (the progress bar, the JSON entries). */
  tick?: (i: number, o: Outcome) => void;
}

/** What a run did: the outcomes in input order, and how many workers ran and audited. */
export interface PoolRun {
  outcomes: Outcome[];
  workers: number;
  /** Inputs whose outcome came from a worker. */
  inWorkers: number;
}

/** Audits every input. */
export async function auditInputs(inputs: Input[], opts: PoolOptions): Promise<PoolRun> {
  const out: Outcome[] = new Array(inputs.length);
  let inWorkers = 0;
  const url = opts.workerUrl === undefined ? WORKER_URL : opts.workerUrl;
  const n = url && existsSync(fileURLToPath(url)) ? workerCount(inputs.length, opts.jobs) : 0;
  let next = 0;
  let left = inputs.length;
  let done = () => {};
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const finish = (i: number, o: Outcome) => {
    out[i] = o;
    opts.tick?.(i, o);
    if (--left === 0) done();
  };
  /** Audits unclaimed inputs in this process, a few at once, while `go()` says so. */
  const here = (lanes: number, go: () => boolean) =>
    Promise.all(
      Array.from({ length: lanes }, async () => {
        while (go() && next < inputs.length) {
          const i = next++;
          finish(i, await auditInput(inputs[i]!, opts.limits));
        }
      }),
    );
  if (n === 0 || !url) {
    await here(Math.min(CONCURRENCY, inputs.length), () => true);
    return { outcomes: out, workers: 0, inWorkers };
  }

  let ready = false;
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
    // The last worker gone: whatever is left is audited here.
    if (pool.every((p) => p.gone)) {
      ready = true;
      void here(CONCURRENCY, () => true);
    }
  };
  const setup: WorkerSetup = { limits: opts.limits };
  for (let k = 0; k < n; k++) {
    const worker = new Worker(url, {
      workerData: setup,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
    });
    const s: Slot = { worker, held: new Set(), gone: false };
    pool.push(s);
    s.worker.on('message', (m: Reply) => {
      if ('ready' in m) {
        ready = true;
        return;
      }
      if (!s.held.delete(m.i)) return;
      const { i, ...o } = m;
      inWorkers++;
      finish(i, o);
      give(s);
    });
    s.worker.on('error', (e) => lose(s, e));
    s.worker.on('exit', (code) => lose(s, new Error(`worker stopped (exit ${code})`)));
    for (let d = 0; d < DEPTH; d++) give(s);
  }
  // Until the first worker has loaded, this thread audits what the workers have not been given.
  await here(1, () => !ready);
  if (left > 0) await all;
  for (const s of pool) {
    s.gone = true;
    void s.worker.terminate();
  }
  return { outcomes: out, workers: n, inWorkers };
}
