/**
 * `--follow`: each URL is a portal's report column; the sweep (lib/sweep/crawl.ts) reads it, its 下一页
 * pages and every same-host page it links to that looks like a report, with the CLI's fetch (size cap,
 * time limit, redirects, encodings) and its audit (HTML, PDF, Word). A redirect to another host is
 * refused before it is fetched. Dead links (404, timeout, redirect loop, no connection) are bad inputs,
 * as an unreadable URL always was; links refused on purpose (another host, not a report, past the
 * caps) are named as skipped, as a folder walk's skipped links are.
 */
import type { PageResult } from '../lib/model';
import { type FailKind, SweepError, type SweepFetched, sweep } from '../lib/sweep/crawl';
import { auditDocument } from './document';
import { type FetchLimits, fetchPage, InputError } from './fetch';
import type { BadInput } from './inputs';
import type { ProgressStream } from './progress';
import { sanitise } from './sanitise';
import { internal } from './task';

export interface FollowOptions {
  limits: Partial<FetchLimits>;
  maxPages: number;
  delayMs: number;
  /** Progress on stderr when it is a terminal. */
  stderr?: ProgressStream;
}

/** What a sweep gave: the reports in column order, the dead links, the links left alone on purpose. */
export interface Followed {
  results: PageResult[];
  bad: BadInput[];
  skipped: BadInput[];
}

/** Refusals that are the sweep's choice, not a failure of the portal. */
const SKIPPED = new Set<FailKind>(['other-host', 'not-report', 'cap', 'attachment', 'cancelled']);

/** The kind of a fetch failure, from the CLI's own message (cli/fetch.ts). */
export function kindOf(message: string): FailKind {
  if (message.startsWith('超时')) return 'timeout';
  if (message.startsWith('重定向过多')) return 'redirects';
  if (message.startsWith('重定向到其他网站')) return 'other-host';
  if (/^HTTP \d/.test(message)) return 'http';
  if (message.startsWith('超过 ')) return 'too-big';
  if (/^(?:无法连接|服务器发来)/.test(message)) return 'network';
  return 'other';
}

async function get(url: string, limits: Partial<FetchLimits>): Promise<SweepFetched> {
  const host = new URL(url).host;
  try {
    return await fetchPage(url, limits, (next) =>
      next.host === host
        ? null
        : `重定向到其他网站，未访问 / redirected to another host, not fetched: ${next.href}`,
    );
  } catch (e) {
    if (e instanceof InputError) throw new SweepError(kindOf(e.message), e.message);
    throw new SweepError('other', internal(e));
  }
}

async function auditPage(page: SweepFetched, url: string): Promise<PageResult> {
  try {
    return await auditDocument(page.bytes, { url }, page.contentType);
  } catch (e) {
    throw new SweepError('other', e instanceof InputError ? e.message : internal(e));
  }
}

/** Sweeps the columns at `urls`. */
export async function followUrls(urls: string[], opts: FollowOptions): Promise<Followed> {
  const tty = opts.stderr?.isTTY === true ? opts.stderr : null;
  let done = 0;
  let queued = 0;
  const run = await sweep(
    urls,
    { fetch: (url) => get(url, opts.limits), audit: auditPage },
    {
      maxPages: opts.maxPages,
      delayMs: opts.delayMs,
      onEvent: tty
        ? (e) => {
            if (e.type === 'list') queued = e.queued;
            else if (e.type === 'report' || e.type === 'failed') done++;
            else return;
            tty.write(`\r\x1b[K核查 / auditing ${done}/${Math.max(done, queued)}`);
          }
        : undefined,
    },
  );
  if (tty) tty.write('\r\x1b[K');
  const out: Followed = { results: run.reports.map((r) => r.result), bad: [], skipped: [] };
  for (const f of run.failed) {
    const named = { input: f.url, reason: sanitise(f.reason) };
    if (SKIPPED.has(f.kind)) out.skipped.push(named);
    else out.bad.push(named);
  }
  return out;
}
