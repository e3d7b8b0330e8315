/**
 * The command line front end: reads the inputs, audits every page, checks consecutive years of one
 * agency against each other, and prints the summary, the JSON export or the tidy CSV.
 */
import { writeFile } from 'node:fs/promises';
import { toCsv } from '../lib/export/csv';
import { jsonPieces, pageJson } from '../lib/export/json';
import type { PageResult } from '../lib/model';
import { PAIR_RULES } from '../lib/rules/index';
import type { PairRule } from '../lib/rules/types';
import pkg from '../package.json';
import { HELP, parseCommand } from './args';
import { crossCheck } from './cross';
import type { FetchLimits } from './fetch';
import { followUrls } from './follow';
import { countFindings, formatText, makeStyle, wantColor } from './format-text';
import { type BadInput, expandInputs, fsReason, type Input, inputName, outputClobbers } from './inputs';
import { auditInputs, jobsFor } from './pool';
import { makeProgress, type ProgressStream } from './progress';
import { sanitise, sanitiseDeep } from './sanitise';
import { internal } from './task';

export { toJson } from '../lib/export/json';
export { cacheUse as codeCacheUse } from './code-cache';
export { decodeHtml } from './decode';
export { auditDocument, writePdfjsCodeCache } from './document';
export { auditBytes } from './page';
export { startWorker, workerBoot } from './pool';

/** Where the CLI writes and what it knows about its surroundings; tests pass their own. */
export interface Io {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
  limits?: Partial<FetchLimits>;
  pairRules?: PairRule[];
  /** The worker script for `--jobs` (null: audit in this process); dist/cli-worker.js by default. */
  workerUrl?: URL | null;
}

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

async function auditAll(
  inputs: Input[],
  io: Io,
  opts: { limits: Partial<FetchLimits>; jobs: number | null; json: Map<PageResult, string> | null },
): Promise<{ results: PageResult[]; bad: BadInput[] }> {
  const progress = makeProgress(io.stderr, inputs.length);
  const { json, ...rest } = opts;
  const { outcomes } = await auditInputs(inputs, {
    ...rest,
    ...(io.workerUrl !== undefined ? { workerUrl: io.workerUrl } : {}),
    tick: (i, o, text) => {
      progress.tick(sanitise(inputName(inputs[i]!)));
      // Each page's JSON entry as it finishes (a worker's comes written).
      if (json && 'result' in o) {
        try {
          json.set(o.result, text ?? pageJson(o.result));
        } catch {
          // toJson names the broken result at the end.
        }
      }
    },
  });
  progress.done();
  // In input order, whatever finished first.
  const results: PageResult[] = [];
  const bad: BadInput[] = [];
  outcomes.forEach((o, i) => {
    if ('result' in o) results.push(o.result);
    else bad.push({ input: inputName(inputs[i]!), reason: o.bad });
  });
  return { results, bad };
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (e) {
    // Whatever went wrong, one line and exit 2, never a stack trace.
    io.stderr.write(`gov-report-audit: ${internal(e)}\n`);
    return EXIT.usage;
  }
}

async function runCommand(argv: string[], io: Io): Promise<number> {
  const cmd = parseCommand(argv);
  if (cmd.kind === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (cmd.kind === 'version') {
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (cmd.kind === 'usage-error') {
    io.stderr.write(
      `gov-report-audit: ${sanitise(cmd.message)}\n${HELP.split('\n')[0]}\n(--help 查看帮助 / for help)\n`,
    );
    return EXIT.usage;
  }
  if (cmd.jobs !== null) {
    // More threads than the cores asked for: as many as the cores run (jobsFor), and the user is told.
    const n = jobsFor(cmd.jobs);
    if (n < cmd.jobs)
      io.stderr.write(
        `gov-report-audit: --jobs ${cmd.jobs}: 本机 ${n} 核，用 ${n} 个线程 / this machine has ${n} cores: ${n} threads\n`,
      );
  }
  // Before anything is read: an output that would replace a page or document the journalist keeps
  // (a mistyped `-o report.html`) is refused, and nothing is written.
  if (cmd.out !== null) {
    const clobbers = outputClobbers(cmd.out, cmd.inputs);
    if (clobbers !== null) {
      io.stderr.write(`gov-report-audit: --out ${sanitise(cmd.out)}: ${clobbers}\n`);
      return EXIT.usage;
    }
  }
  const limits = { maxBytes: cmd.maxBytes, ...io.limits };
  const expanded = cmd.follow
    ? await followUrls(cmd.inputs, { limits, ...cmd.follow, stderr: io.stderr })
    : await expandInputs(cmd.inputs);
  // Links a folder walk (or a sweep) did not follow are named, but are not errors.
  for (const s of expanded.skipped) {
    io.stderr.write(`gov-report-audit: ${sanitise(s.input)}: 跳过 / skipped: ${sanitise(s.reason)}\n`);
  }
  const json = cmd.format === 'json' ? new Map<PageResult, string>() : null;
  const audited =
    'results' in expanded
      ? { results: expanded.results, bad: [] }
      : await auditAll(expanded.inputs, io, { limits, jobs: cmd.jobs, json });
  const bad = [...expanded.bad, ...audited.bad];
  for (const b of bad) io.stderr.write(`gov-report-audit: ${sanitise(b.input)}: ${sanitise(b.reason)}\n`);
  const results = crossCheck(audited.results, io.pairRules ?? PAIR_RULES);

  const color = cmd.out === null && wantColor(io.stdout.isTTY, io.env);
  // The JSON export in pieces (see jsonPieces), written one by one; the other formats in one.
  let output: string | string[];
  try {
    output =
      cmd.format === 'json'
        ? jsonPieces(results, json ?? undefined)
        : cmd.format === 'csv'
          ? toCsv(results)
          : // Page text reaches a terminal here: no escape sequences, controls or bidi overrides.
            formatText(sanitiseDeep(results), bad.length, makeStyle(color));
  } catch (e) {
    // jsonPieces refuses results that break the contract: a bug in the core, never half-written output.
    io.stderr.write(`gov-report-audit: ${internal(e)}\n`);
    return EXIT.usage;
  }
  if (cmd.out === null) {
    if (typeof output === 'string') io.stdout.write(output);
    else for (const piece of output) io.stdout.write(piece);
  } else {
    try {
      await writeFile(cmd.out, typeof output === 'string' ? output : output.join(''));
    } catch (e) {
      io.stderr.write(`gov-report-audit: ${sanitise(cmd.out)}: 无法写入 / cannot write: ${fsReason(e)}\n`);
      return EXIT.usage;
    }
  }
  if (bad.length) return EXIT.usage;
  return countFindings(results).error > 0 ? EXIT.findings : EXIT.ok;
}

/** The entry point of bin/gov-report-audit.js: real streams, real environment, real exit code. */
export async function run(): Promise<void> {
  // `gov-report-audit … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    });
  } catch (e) {
    // Whatever went wrong, one line and exit 2, never a stack trace.
    process.stderr.write(`gov-report-audit: ${internal(e)}\n`);
    process.exitCode = EXIT.usage;
  }
}
