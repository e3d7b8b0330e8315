/**
 * The background's sweep (核查本页列出的全部年报): the sweep page opens a port and names a *.gov.cn
 * column; this fetches the column, its 下一页 pages and the same-host reports it links to (lib/sweep:
 * ≤ 2 requests at a time, a pause between them, cancelled when the page asks or closes), audits each
 * with the core through the htmlparser2 adapter (a service worker has no DOMParser), saves each report
 * to the desk as it comes, and, once done, runs the cross-year checks over the batch as the CLI does
 * (cli/cross.ts, pure). Only *.gov.cn is ever fetched: the start page must be one, every page must stay
 * on the start page's host, and a redirect off it is refused. A PDF or Word (.docx) report is fetched
 * here like a page and handed to the sweep page to read (the service worker has no PDF reader; the
 * page starts pdf.js's worker, lib/pdf/attachment.ts reads it as the CLI does); other attachments
 * (.doc, spreadsheets, archives) are named, not fetched.
 */
import { browser } from 'wxt/browser';
import { crossCheck } from '../cli/cross';
import { sourceFromHtml } from '../lib/adapters/htmlparser2';
import { audit, toPageResult } from '../lib/audit';
import { decodeHtml } from '../lib/decode';
import type { PageResult } from '../lib/model';
import type { ReadAttachment } from '../lib/pdf/attachment';
import { readCapped } from '../lib/read-capped';
import { PAIR_RULES } from '../lib/rules/index';
import { misnamedPageReason, opensAsMarkup } from '../lib/sniff';
import { FAIL_WORDS, SweepError, type SweepFetched, type SweptReport, sweep } from '../lib/sweep/crawl';
import { kindOf, nameOf, sweepReadsUrl } from '../lib/sweep/kind';
import { assertRoom } from './desk-budget';
import { openDesk } from './desk-db';
import { loadFlags } from './flags';
import {
  MAX_SWEEP_DELAY_MS,
  SWEEP_DELAY_MS,
  SWEEP_PORT,
  type SweepFailedLink,
  type SweepReadResult,
  type SweepRequest,
  type SweepRow,
  type SweepUpdate,
  sweepable,
  toBase64,
} from './sweep-protocol';

/** A page's time limit and size cap, as the CLI's. */
export const SWEEP_TIMEOUT_MS = 15_000;
const MAX_BYTES = 50 * 1024 * 1024;
const tooBig = () => new SweepError('too-big', `${FAIL_WORDS['too-big']} (> 50 MB)`);

const ATTACHMENT_WORDS =
  '附件（旧版 Word、表格、压缩包等），批量核查不读取 / an attachment (old Word, spreadsheet, archive …): not read by the sweep';

/** The largest PDF or .docx handed to the sweep page (the review view's cap; base64 must fit a message). */
export const SWEEP_ATTACHMENT_MAX_BYTES = 30 * 1024 * 1024;
/** How long the page may take to read one attachment (pdf.js's page cap bounds it well below). */
export const SWEEP_READ_TIMEOUT_MS = 120_000;

/** Reads a PDF or .docx fetched from `url` (the sweep page does, over the port). */
export type AttachmentReader = (
  kind: 'pdf' | 'docx',
  bytes: Uint8Array,
  url: string,
) => Promise<ReadAttachment>;

/**
 * GETs a page on a *.gov.cn host, without cookies. The browser follows redirects itself and only says
 * "failed" when a chain loops; a second, redirect-free request then tells a loop from a dead host.
 */
export async function sweepFetch(
  url: string,
  signal: AbortSignal,
  timeoutMs = SWEEP_TIMEOUT_MS,
): Promise<SweepFetched> {
  if (!sweepable(url)) throw new SweepError('other-host', FAIL_WORDS['other-host']);
  if (!sweepReadsUrl(url)) throw new SweepError('attachment', ATTACHMENT_WORDS);
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  const init: RequestInit = { credentials: 'omit', cache: 'no-store', signal: both };
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'follow' });
  } catch (e) {
    if (timeout.aborted) throw new SweepError('timeout', `${FAIL_WORDS.timeout} (${timeoutMs / 1000} s)`);
    if (signal.aborted) throw new SweepError('cancelled', FAIL_WORDS.cancelled);
    const probe = await fetch(url, { ...init, redirect: 'manual' }).catch(() => null);
    if (probe?.type === 'opaqueredirect') throw new SweepError('redirects', FAIL_WORDS.redirects);
    throw new SweepError('network', `${FAIL_WORDS.network}: ${(e as Error).message}`);
  }
  if (!sweepable(res.url || url)) {
    await res.body?.cancel();
    throw new SweepError('other-host', `重定向到其他网站 / redirected to another host: ${res.url}`);
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new SweepError('http', `HTTP ${res.status} ${res.statusText}`.trim());
  }
  const contentType = res.headers.get('content-type');
  // Served as an old Word file or a spreadsheet: not read. (A PDF or .docx is, and so is
  // application/octet-stream: the audit tells a PDF or a Word file by its first bytes.)
  if (
    /application\/(?:msword|vnd\.ms-|vnd\.openxmlformats)/i.test(contentType ?? '') &&
    !/wordprocessingml/i.test(contentType ?? '')
  ) {
    await res.body?.cancel();
    throw new SweepError('attachment', ATTACHMENT_WORDS);
  }
  try {
    return { bytes: await readCapped(res, MAX_BYTES, tooBig), contentType, finalUrl: res.url || url };
  } catch (e) {
    if (e instanceof SweepError) throw e;
    if (timeout.aborted) throw new SweepError('timeout', `${FAIL_WORDS.timeout} (${timeoutMs / 1000} s)`);
    throw new SweepError('network', `${FAIL_WORDS.network}: ${(e as Error).message}`);
  }
}

/**
 * Audits an HTML page with the core, as the CLI does (the same decoder, the same adapter); a PDF or ZIP
 * throws. A page under a document's name (…/年报.pdf) that is no report says what it likely is (the
 * site's error or login page), as the CLI says of such a file.
 */
export function sweepAudit(page: SweepFetched, url: string): PageResult {
  const head = String.fromCharCode(...page.bytes.subarray(0, 1024));
  if (head.includes('%PDF-') || (page.bytes[0] === 0x50 && page.bytes[1] === 0x4b))
    throw new SweepError('attachment', ATTACHMENT_WORDS);
  const { text } = decodeHtml(page.bytes, page.contentType);
  const result = toPageResult(audit(sourceFromHtml(text)), { url });
  if (result.detected || !opensAsMarkup(page.bytes)) return result;
  const why = misnamedPageReason(nameOf({ url }));
  return why ? { ...result, reason: why } : result;
}

/** The row of a report's result (after the cross checks, when they ran). */
export function rowOf(
  report: Pick<SweptReport, 'url' | 'text'>,
  result: PageResult,
  saved: boolean,
  saveError?: string,
): SweepRow {
  const findings = result.detected ? result.findings : [];
  return {
    url: report.url,
    text: report.text,
    title: result.detected ? result.report.title : '',
    agency: result.detected ? result.report.agency : null,
    year: result.detected ? result.report.year : null,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    rules: [...new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].sort(),
    ...(findings.some((f) => f.rule === 'unchecked-report') ? { unchecked: true } : {}),
    saved,
    ...(saveError ? { saveError } : {}),
  };
}

/** Saves one report to the desk (replacing its earlier save of that page and year); the reason when refused. */
async function save(
  desk: Awaited<ReturnType<typeof openDesk>>,
  report: SweptReport,
  snapshot?: string,
): Promise<string | null> {
  const { result } = report;
  if (!result.detected) return null;
  const html = report.html ?? snapshot ?? '';
  try {
    await assertRoom(html.length);
    await desk.save({
      url: report.url,
      title: result.report.title,
      accessedAt: new Date().toISOString(),
      source: 'page',
      result: { ...result, url: report.url },
      flags: await loadFlags(report.url),
      snapshot: html,
    });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Runs one sweep for a port, posting its updates until done or cancelled. */
export async function runSweep(
  start: string,
  delayMs: number,
  post: (u: SweepUpdate) => void,
  signal: AbortSignal,
  fetchPage: (url: string, signal: AbortSignal) => Promise<SweepFetched> = sweepFetch,
  read?: AttachmentReader,
): Promise<void> {
  const desk = await openDesk().catch(() => null);
  const saved = new Map<string, string | null>();
  // The desk's snapshot of each attachment read (an HTML report's is its page).
  const snapshots = new Map<string, string>();
  let saving = Promise.resolve();
  const auditAny = async (page: SweepFetched, url: string): Promise<PageResult> => {
    const kind = kindOf(page.bytes, nameOf({ url }), page.contentType);
    if (kind === 'html') return sweepAudit(page, url);
    if (!read) throw new SweepError('attachment', FAIL_WORDS.attachment);
    if (page.bytes.byteLength > SWEEP_ATTACHMENT_MAX_BYTES)
      throw new SweepError('too-big', `${FAIL_WORDS['too-big']} (> ${SWEEP_ATTACHMENT_MAX_BYTES >> 20} MB)`);
    const got = await read(kind, page.bytes, url);
    if (got.result.detected) snapshots.set(url, got.html);
    return got.result;
  };
  const run = await sweep(
    [start],
    { fetch: fetchPage, audit: auditAny },
    {
      delayMs,
      signal,
      keepHtml: true,
      onEvent: (e) => {
        if (e.type === 'list') post({ type: 'list', url: e.url, page: e.page, queued: e.queued });
        else if (e.type === 'failed') post({ type: 'failed', order: e.order, failed: e.failure });
        else if (e.type === 'report') {
          // Saved one after another, each as it comes, so a cancelled sweep keeps what it read.
          saving = saving.then(async () => {
            const why = desk
              ? await save(desk, e.report, snapshots.get(e.report.url))
              : '审核台无法打开 / the desk cannot be opened';
            saved.set(e.report.url, why);
            post({
              type: 'row',
              order: e.order,
              row: rowOf(e.report, e.report.result, why === null, why ?? undefined),
            });
          });
        }
      },
    },
  );
  await saving;
  desk?.close();
  // The batch's cross-year checks, as the CLI runs them: findings go to the later year's report.
  const crossed = crossCheck(
    run.reports.map((r) => r.result),
    PAIR_RULES,
  );
  const rows = run.reports.map((r, i) => {
    const why = saved.get(r.url) ?? null;
    return rowOf(r, crossed[i]!, why === null, why ?? undefined);
  });
  const failed: SweepFailedLink[] = run.failed.map(({ url, text, kind, reason }) => ({
    url,
    text,
    kind,
    reason,
  }));
  post({ type: 'done', rows, failed, cancelled: run.cancelled });
}

/** Listens for sweep pages; call once from the background. */
export function registerSweep(): void {
  const own = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SWEEP_PORT) return;
    // Only our own pages (the sweep page) may ask: never a content script, never a web page.
    if (port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(own)) return port.disconnect();
    const ctrl = new AbortController();
    let started = false;
    // Attachments handed to the page, awaiting its answer.
    const pending = new Map<number, (r: SweepReadResult | SweepError) => void>();
    let nextRead = 0;
    ctrl.signal.addEventListener('abort', () => {
      for (const settle of pending.values()) settle(new SweepError('cancelled', FAIL_WORDS.cancelled));
      pending.clear();
    });
    const read: AttachmentReader = (kind, bytes, url) =>
      new Promise((resolve, reject) => {
        if (ctrl.signal.aborted) return reject(new SweepError('cancelled', FAIL_WORDS.cancelled));
        const id = ++nextRead;
        const timer = setTimeout(
          () =>
            pending.get(id)?.(
              new SweepError('timeout', `${FAIL_WORDS.timeout} (${SWEEP_READ_TIMEOUT_MS / 1000} s)`),
            ),
          SWEEP_READ_TIMEOUT_MS,
        );
        pending.set(id, (r) => {
          clearTimeout(timer);
          pending.delete(id);
          if (r instanceof SweepError) reject(r);
          else if (r.ok) resolve({ result: r.result, html: typeof r.html === 'string' ? r.html : '' });
          else reject(new SweepError(r.kind, String(r.reason)));
        });
        post({ type: 'read', id, url, kind, data: toBase64(bytes) });
      });
    const post = (u: SweepUpdate) => {
      try {
        port.postMessage(u);
      } catch {
        ctrl.abort();
      }
    };
    port.onDisconnect.addListener(() => ctrl.abort());
    port.onMessage.addListener((m: unknown) => {
      const req = m as SweepRequest;
      if (req?.type === 'cancel') return ctrl.abort();
      if (req?.type === 'read-result') return pending.get(req.id)?.(req);
      if (req?.type !== 'start' || started) return;
      if (typeof req.url !== 'string' || !sweepable(req.url)) {
        post({
          type: 'refused',
          reason: '只能核查 *.gov.cn 网站的页面 / only pages on *.gov.cn hosts can be swept',
        });
        return;
      }
      started = true;
      const delay =
        typeof req.delayMs === 'number' && Number.isFinite(req.delayMs)
          ? Math.min(MAX_SWEEP_DELAY_MS, Math.max(0, Math.round(req.delayMs)))
          : SWEEP_DELAY_MS;
      void runSweep(req.url, delay, post, ctrl.signal, sweepFetch, read).catch((e: unknown) =>
        post({ type: 'refused', reason: e instanceof Error ? e.message : String(e) }),
      );
    });
  });
}
