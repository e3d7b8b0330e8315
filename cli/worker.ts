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
import type { FetchLimits } from './fetch';
import type { Input } from './inputs';
import { auditInput, internal, type Outcome } from './task';

/** What the main thread sends a worker. */
export interface Task {
  i: number;
  input: Input;
}

/** What a worker sends back. */
export type Reply = { ready: true } | ({ i: number; json?: string } & Outcome);

/** What a worker is started with. */
export interface WorkerSetup {
  limits: Partial<FetchLimits>;
}

const port = parentPort;
if (port) {
  const { limits } = workerData as WorkerSetup;
  port.on('message', async ({ i, input }: Task) => {
    const outcome = await auditInput(input, limits);
    try {
      // The JSON entry is written here, off the thread that collects every worker's pages.
      const json = 'result' in outcome ? pageText(outcome.result, '  ') : null;
      port.postMessage({ i, ...outcome, ...(json === null ? {} : { json }) } satisfies Reply);
    } catch (e) {
      // A result that cannot be cloned is a bug in the core: named like any other internal error.
      port.postMessage({ i, bad: internal(e) } satisfies Reply);
    }
  });
  // A worker is started for many pages only.
  warmUpParser();
  port.postMessage({ ready: true } satisfies Reply);
}
