/**
 * The worker thread behind `--jobs N` (bundled on its own as dist/cli-worker.js, without the export
 * schemas the main thread needs): takes `{ i, input }` messages, reads and audits each input, and
 * answers `{ i, result, json }` (json: the page's entry of the JSON export as pageJson writes it,
 * when the schema's own writer takes it; else the main thread has zod decide) or `{ i, bad }`. It
 * says `{ ready: true }` once loaded.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { warmUpParser } from '../lib/adapters/linear-parser';
import { pageText } from '../lib/export/canonical';
import type { CacheUse } from './code-cache';
import type { FetchLimits } from './fetch';
import type { Input } from './inputs';
import { auditInput, internal, type Outcome } from './task';

/** What the main thread sends a worker. */
export interface Task {
  i: number;
  input: Input;
}

/** What a worker sends back. */
export type Reply = { ready: true } | { boot: CacheUse } | ({ i: number; json?: string } & Outcome);

/** What a worker is started with. */
export interface WorkerSetup {
  limits: Partial<FetchLimits>;
}

/**
 * A task's answer: its outcome, and the page's JSON entry, written here, off the thread that collects
 * every worker's pages. (The build calls it too, to warm the worker bundle for its code cache.)
 */
export async function answer({ i, input }: Task, limits: Partial<FetchLimits>): Promise<Reply> {
  const outcome = await auditInput(input, limits);
  const json = 'result' in outcome ? pageText(outcome.result, '  ') : null;
  return { i, ...outcome, ...(json === null ? {} : { json }) };
}

const port = parentPort;
if (port) {
  const { limits } = workerData as WorkerSetup;
  port.on('message', async (task: Task) => {
    try {
      port.postMessage(await answer(task, limits));
    } catch (e) {
      // A result that cannot be cloned (or written) is a bug in the core: named like any other
      // internal error.
      port.postMessage({ i: task.i, bad: internal(e) } satisfies Reply);
    }
  });
  // A worker is started for many pages only.
  warmUpParser();
  port.postMessage({ ready: true } satisfies Reply);
}
