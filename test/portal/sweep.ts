/**
 * The sweep tests' shared set-up (Chromium's test/e2e/sweep.e2e.test.ts and Firefox's
 * test/firefox/sweep.firefox.test.ts): the fake portal, started for the file, with the CLI's own
 * requests resolved to 127.0.0.1 as the browsers resolve *.gov.cn; the rows the sweep page shows;
 * and the rows the CLI's `--follow` gives over the same column, which the sweep must equal.
 */
import { Agent, type Dispatcher, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll } from 'vitest';
import { main } from '../../cli/main';
import { captureIo } from '../../cli/testing';
import type { PageResult } from '../../lib/model';
import { LIST_PATH, type Portal, startPortal } from './portal.mjs';

/** The host the browsers open the portal under (the CLI too, so both see the same portal). */
export const SWEEP_HOST = 'www.example.gov.cn';

/** One report as the sweep page lists it (and as the CLI's findings count it). */
export interface SweepRow {
  url: string;
  errors: number;
  warnings: number;
  rules: string;
}

/**
 * Starts the portal before the file's tests and closes it after them. Its slow page outlasts the
 * sweep's 15 s limit (and the CLI's, lowered to 5 s in cliRows). Node's requests (undici's global
 * dispatcher: the CLI's fetch) go to 127.0.0.1 meanwhile. The portal's fields are filled in by the
 * hook: read them in hooks and tests.
 */
export function usePortal(): Portal {
  const portal = {} as Portal;
  let started: Portal | undefined;
  let previous: Dispatcher | undefined;
  beforeAll(async () => {
    started = await startPortal({ slowMs: 40_000 });
    Object.assign(portal, started);
    previous = getGlobalDispatcher();
    setGlobalDispatcher(
      new Agent({
        connect: {
          lookup: (_host, opts, cb) =>
            (opts as { all?: boolean }).all
              ? (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [
                  { address: '127.0.0.1', family: 4 },
                ])
              : cb(null, '127.0.0.1', 4),
        },
      }),
    );
  });
  afterAll(async () => {
    if (previous) setGlobalDispatcher(previous);
    await started?.close();
  });
  return portal;
}

/** The sweep page's table: its rows, its failed links and its summary line. Runs in the page. */
export function sweepTableInPage(): {
  rows: SweepRow[];
  failed: { url: string; kind: string; text: string }[];
  summary: string;
} {
  return {
    rows: [...document.querySelectorAll<HTMLElement>('tr[data-url]')].map((tr) => ({
      url: tr.dataset.url!,
      errors: Number(tr.dataset.errors),
      warnings: Number(tr.dataset.warnings),
      rules: tr.dataset.rules ?? '',
    })),
    failed: [...document.querySelectorAll<HTMLElement>('.failed li[data-url]')].map((li) => ({
      url: li.dataset.url!,
      kind: li.dataset.kind!,
      text: li.textContent ?? '',
    })),
    summary: document.querySelector('.summary-line')?.textContent ?? '',
  };
}

/** The CLI's rows for the same column: counts and rules of each report after the cross-year checks. */
export async function cliRows(portal: Portal): Promise<{ rows: SweepRow[]; stderr: string }> {
  const c = captureIo();
  await main(['--follow', '--json', '--delay', '0', portal.url(LIST_PATH, SWEEP_HOST)], {
    ...c.io,
    limits: { timeoutMs: 5000 },
  });
  const pages = JSON.parse(c.stdout()) as PageResult[];
  const rows = pages.map((p) => {
    const f = p.detected ? p.findings : [];
    return {
      url: p.url!,
      errors: f.filter((x) => x.severity === 'error').length,
      warnings: f.filter((x) => x.severity === 'warning').length,
      rules: [...new Set(f.filter((x) => x.severity !== 'info').map((x) => x.rule))].sort().join(' '),
    };
  });
  return { rows, stderr: c.stderr() };
}
