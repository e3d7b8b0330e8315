/**
 * The sweep of a portal's report column, for the CLI (`--follow`) and the extension's background alike:
 * read each start page, follow its 下一页 pages (up to `maxListPages`), fetch and audit every same-host
 * page they link to that looks like a report (one level, never further), at most `concurrency` requests
 * at once with `delayMs` between the starts of two requests, until `maxPages` pages have been fetched.
 * Links to other hosts are named and never fetched. How a page is fetched and audited is the caller's
 * (Node's fetch with the CLI's limits; the service worker's fetch and the htmlparser2 adapter): the
 * order of the results, the refusals and their reasons are this file's, so both give the same answer.
 */
import { decodeHtml } from '../decode';
import type { PageResult } from '../model';
import { listLinks } from './links';

/** Why a link gave no report. */
export type FailKind =
  | 'http' // the server answered 404, 500 …
  | 'timeout'
  | 'redirects' // a redirect loop, or too long a chain
  | 'network' // refused, reset, DNS …
  | 'too-big'
  | 'not-report' // read and audited: not a report
  | 'attachment' // a PDF or Word file this sweep cannot audit
  | 'other-host' // on (or redirected to) another host: never fetched
  | 'cap' // past --max-pages or the list-page cap
  | 'cancelled'
  | 'other';

/** A failure with its kind and the reason to show (Chinese / English). */
export class SweepError extends Error {
  override name = 'SweepError';
  constructor(
    readonly kind: FailKind,
    message: string,
  ) {
    super(message);
  }
}

/** A page's bytes as fetched. */
export interface SweepFetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** Where it finally came from, after redirects. */
  finalUrl: string;
}

/** What the sweep needs from its surroundings. */
export interface SweepDeps {
  /** GETs a page; throws SweepError (any other error is `other`). */
  fetch(url: string, signal: AbortSignal): Promise<SweepFetched>;
  /** Audits a page fetched from `url`; throws SweepError (an attachment it cannot read …). */
  audit(page: SweepFetched, url: string): PageResult | Promise<PageResult>;
}

export interface SweepOptions {
  /** Pages fetched at most, list pages included (the CLI's --max-pages). */
  maxPages: number;
  /** List pages read per start page, the first included. */
  maxListPages: number;
  /** Milliseconds between the starts of two requests. */
  delayMs: number;
  /** Requests in flight at most. */
  concurrency: number;
  signal?: AbortSignal;
  /** Keep each HTML report's text (the extension's desk snapshot); the CLI does not need it. */
  keepHtml?: boolean;
  onEvent?: (e: SweepEvent) => void;
}

export const SWEEP_DEFAULTS: SweepOptions = { maxPages: 200, maxListPages: 20, delayMs: 500, concurrency: 2 };

/** A report read, with where it sits in the column (for a stable order) and the text it decoded to. */
export interface SweptReport {
  url: string;
  /** The link's text on the list page (the start page's own address for a start page). */
  text: string;
  result: PageResult;
  /** The page as text (HTML pages only), for the desk's snapshot. */
  html: string | null;
}

/** A link that gave no report. */
export interface SweepFailure {
  url: string;
  text: string;
  kind: FailKind;
  reason: string;
}

/** What the sweep saw, as it happens. */
export type SweepEvent =
  | { type: 'list'; url: string; page: number; found: number; queued: number }
  | { type: 'report'; order: number[]; report: SweptReport }
  | { type: 'failed'; order: number[]; failure: SweepFailure }
  | { type: 'done'; run: SweepRun };

/** The sweep's outcome: reports and failures in column order (start, list page, link), whatever finished first. */
export interface SweepRun {
  reports: SweptReport[];
  failed: SweepFailure[];
  /** The list pages read. */
  lists: string[];
  /** Requests made. */
  fetched: number;
  cancelled: boolean;
}

/** Plain words for each kind, used when a failure has no message of its own. */
export const FAIL_WORDS: Record<FailKind, string> = {
  http: 'HTTP 错误 / HTTP error',
  timeout: '超时 / timed out',
  redirects: '重定向过多 / too many redirects',
  network: '无法连接 / cannot connect',
  'too-big': '页面过大 / page too large',
  'not-report': '不是年报 / not a report',
  attachment: '附件，本次未核查 / an attachment, not audited here',
  'other-host': '其他网站，未访问 / another host, not fetched',
  cap: '超出页数上限，未访问 / past the page limit, not fetched',
  cancelled: '已取消 / cancelled',
  other: '出错 / failed',
};

const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|wps|zip|rar)$/i;

/** Whether an address names an attachment (a PDF, a Word file …) by its path. */
export function isAttachmentUrl(url: string): boolean {
  try {
    return ATTACHMENT.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

const byOrder = (a: { order: number[] }, b: { order: number[] }) => {
  for (let i = 0; i < Math.max(a.order.length, b.order.length); i++) {
    const d = (a.order[i] ?? -1) - (b.order[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

type Task =
  | { kind: 'list'; url: string; start: number; page: number; order: number[] }
  | { kind: 'report'; url: string; text: string; order: number[] };

/** Sweeps the columns at `starts`. Never throws: every failure is a SweepFailure in the run. */
export async function sweep(
  starts: string[],
  deps: SweepDeps,
  options: Partial<SweepOptions> = {},
): Promise<SweepRun> {
  const opts = { ...SWEEP_DEFAULTS, ...options };
  const signal = opts.signal ?? new AbortController().signal;
  const reports: (SweptReport & { order: number[] })[] = [];
  const failed: (SweepFailure & { order: number[] })[] = [];
  const lists: string[] = [];
  const seen = new Set<string>();
  const queue: Task[] = [];
  let fetched = 0;
  let queued = 0;
  let gate = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;

  const fail = (order: number[], url: string, text: string, kind: FailKind, reason?: string) => {
    const failure: SweepFailure = { url, text, kind, reason: reason ?? FAIL_WORDS[kind] };
    failed.push({ ...failure, order });
    opts.onEvent?.({ type: 'failed', order, failure });
  };
  const reasonOf = (e: unknown): { kind: FailKind; reason: string } =>
    e instanceof SweepError
      ? { kind: e.kind, reason: e.message }
      : { kind: 'other', reason: String((e as Error)?.message ?? e).replace(/\s+/g, ' ') };

  /** Waits for this request's turn: `delayMs` after the previous request actually started. */
  const turn = () => {
    const mine = gate.then(async () => {
      await sleep(lastStart + opts.delayMs - performance.now(), signal);
      lastStart = performance.now();
    });
    gate = mine;
    return mine;
  };
  /** Fetches within the caps and on the host; null (and the failure recorded) when it cannot. */
  const get = async (
    url: string,
    text: string,
    order: number[],
    host: string,
  ): Promise<SweepFetched | null> => {
    if (fetched >= opts.maxPages) {
      fail(order, url, text, 'cap');
      return null;
    }
    fetched++;
    await turn();
    if (signal.aborted) return null;
    try {
      const page = await deps.fetch(url, signal);
      if (new URL(page.finalUrl).host !== host) {
        fail(
          order,
          url,
          text,
          'other-host',
          `重定向到其他网站 / redirected to another host: ${page.finalUrl}`,
        );
        return null;
      }
      return page;
    } catch (e) {
      if (signal.aborted) return null;
      const { kind, reason } = reasonOf(e);
      fail(order, url, text, kind, reason);
      return null;
    }
  };

  const runList = async (t: Extract<Task, { kind: 'list' }>) => {
    const host = new URL(t.url).host;
    const page = await get(t.url, t.url, t.order, host);
    if (!page) return;
    lists.push(page.finalUrl);
    let html: string;
    try {
      html = decodeHtml(page.bytes, page.contentType).text;
    } catch (e) {
      fail(t.order, t.url, t.url, 'other', reasonOf(e).reason);
      return;
    }
    // A start page that is itself a report is one of the batch.
    if (t.page === 0) {
      try {
        const result = await deps.audit(page, t.url);
        if (result.detected) {
          const report = { url: t.url, text: t.url, result, html: opts.keepHtml ? html : null };
          reports.push({ ...report, order: t.order });
          opts.onEvent?.({ type: 'report', order: t.order, report });
        }
      } catch {
        // A start page that cannot be audited is still a list page.
      }
    }
    const links = listLinks(html, page.finalUrl);
    let k = 0;
    for (const link of links.otherHost) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      fail([...t.order, ++k], link.url, link.text, 'other-host');
    }
    const found: Task[] = [];
    for (const link of links.reports) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      found.push({ kind: 'report', url: link.url, text: link.text, order: [...t.order, ++k] });
    }
    queued += found.length;
    if (links.next && !seen.has(links.next)) {
      seen.add(links.next);
      const order = [t.order[0]!, t.page + 1];
      if (t.page + 1 < opts.maxListPages) {
        // The next list page goes first: it finds more work while this page's reports are read.
        queue.unshift({ kind: 'list', url: links.next, start: t.start, page: t.page + 1, order });
      } else {
        fail(
          order,
          links.next,
          '下一页',
          'cap',
          `超过 ${opts.maxListPages} 个列表页，未访问 / past ${opts.maxListPages} list pages, not fetched`,
        );
      }
    }
    queue.push(...found);
    opts.onEvent?.({ type: 'list', url: page.finalUrl, page: t.page, found: found.length, queued });
  };

  const runReport = async (t: Extract<Task, { kind: 'report' }>, host: string) => {
    const page = await get(t.url, t.text, t.order, host);
    if (!page) return;
    try {
      const result = await deps.audit(page, t.url);
      if (!result.detected) {
        fail(
          t.order,
          t.url,
          t.text,
          'not-report',
          result.reason ? `${FAIL_WORDS['not-report']}: ${result.reason}` : undefined,
        );
        return;
      }
      const html =
        opts.keepHtml && (result.report.source ?? 'html') === 'html'
          ? decodeHtml(page.bytes, page.contentType).text
          : null;
      const report = { url: t.url, text: t.text, result, html };
      reports.push({ ...report, order: t.order });
      opts.onEvent?.({ type: 'report', order: t.order, report });
    } catch (e) {
      const { kind, reason } = reasonOf(e);
      fail(t.order, t.url, t.text, kind, reason);
    }
  };

  const hosts = new Map<number, string>();
  starts.forEach((url, i) => {
    let u: URL;
    try {
      u = new URL(url);
      u.hash = '';
    } catch {
      fail([i, 0], url, url, 'other', `网址无效 / invalid address: ${url}`);
      return;
    }
    if (seen.has(u.href)) return;
    seen.add(u.href);
    hosts.set(i, u.host);
    queue.push({ kind: 'list', url: u.href, start: i, page: 0, order: [i, 0] });
  });

  await new Promise<void>((resolve) => {
    let active = 0;
    const pump = () => {
      while (active < opts.concurrency && queue.length > 0 && !signal.aborted) {
        const t = queue.shift()!;
        active++;
        const host = hosts.get(t.kind === 'list' ? t.start : t.order[0]!)!;
        const job = t.kind === 'list' ? runList(t) : runReport(t, host);
        void job.finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0 && (queue.length === 0 || signal.aborted)) resolve();
    };
    pump();
  });
  const cancelled = signal.aborted;
  if (cancelled) for (const t of queue) if (t.kind === 'report') fail(t.order, t.url, t.text, 'cancelled');
  const run: SweepRun = {
    reports: reports.sort(byOrder).map(({ order: _, ...r }) => r),
    failed: failed.sort(byOrder).map(({ order: _, ...f }) => f),
    lists,
    fetched,
    cancelled,
  };
  opts.onEvent?.({ type: 'done', run });
  return run;
}
