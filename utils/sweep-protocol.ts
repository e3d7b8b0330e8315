/**
 * What the sweep page (entrypoints/sweep/) and the background's sweep (utils/sweep.ts) say to each
 * other over one runtime port: the page asks for a sweep and may cancel it; the background answers
 * with each list page, each report and each failed link as they come, then the batch after the
 * cross-year checks. Closing the page cancels the sweep.
 */
import type { FailKind } from '../lib/sweep/crawl';

/** The port's name. */
export const SWEEP_PORT = 'gra:sweep';

/** Page → background. */
export type SweepRequest = { type: 'start'; url: string; delayMs?: number } | { type: 'cancel' };

/** One report of the batch, as the table shows it. */
export interface SweepRow {
  url: string;
  /** The link's words on the list page. */
  text: string;
  title: string;
  agency: string | null;
  year: number | null;
  errors: number;
  warnings: number;
  /** Rules with an error or warning finding, each once, sorted (tests compare them with the CLI's). */
  rules: string[];
  /** Whether it is on the desk (false: the desk refused it, `saveError` says why). */
  saved: boolean;
  saveError?: string;
}

/** A link that gave no report. */
export interface SweepFailedLink {
  url: string;
  text: string;
  kind: FailKind;
  reason: string;
}

/** Background → page. */
export type SweepUpdate =
  | { type: 'list'; url: string; page: number; queued: number }
  | { type: 'row'; order: number[]; row: SweepRow }
  | { type: 'failed'; order: number[]; failed: SweepFailedLink }
  | { type: 'done'; rows: SweepRow[]; failed: SweepFailedLink[]; cancelled: boolean }
  | { type: 'refused'; reason: string };

/** Whether a page may be swept: http(s) on a *.gov.cn host (the extension's only host permission). */
export function sweepable(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && /(?:^|\.)gov\.cn$/i.test(u.hostname);
  } catch {
    return false;
  }
}

/** The politeness delay a sweep takes unless asked otherwise (ms), and its bounds. */
export const SWEEP_DELAY_MS = 500;
export const MAX_SWEEP_DELAY_MS = 10_000;
