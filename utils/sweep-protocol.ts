/**
 * What the sweep page (entrypoints/sweep/) and the background's sweep (utils/sweep.ts) say to each
 * other over one runtime port: the page asks for a sweep and may cancel it; the background answers
 * with each list page, each report and each failed link as they come, then the batch after the
 * cross-year checks. Closing the page cancels the sweep. The background has no PDF reader: it hands
 * each PDF or .docx it fetched to the page (`read`, the bytes in base64: Chrome's runtime messages
 * are JSON), which reads and audits it with pdf.js or mammoth and answers (`read-result`).
 */
import type { PageResult } from '../lib/model';
import type { FailKind } from '../lib/sweep/crawl';

/** The port's name. */
export const SWEEP_PORT = 'gra:sweep';

/** Page → background. */
export type SweepRequest =
  | { type: 'start'; url: string; delayMs?: number }
  | { type: 'cancel' }
  | SweepReadResult;

/** Page → background: an attachment read (`html` is the desk's snapshot), or why it could not be. */
export type SweepReadResult =
  | { type: 'read-result'; id: number; ok: true; result: PageResult; html: string }
  | { type: 'read-result'; id: number; ok: false; kind: FailKind; reason: string };

/** Background → page: a PDF or .docx to read and audit, its bytes in base64. */
export interface SweepRead {
  type: 'read';
  id: number;
  url: string;
  kind: 'pdf' | 'docx';
  data: string;
}

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
  /** The page holds another report after this one, not checked (unchecked-report): its row says so. */
  unchecked?: boolean;
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
  | { type: 'refused'; reason: string }
  | SweepRead;

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

/** Bytes as base64 (btoa in slices: a report's PDF is megabytes). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 0x8000)));
  return btoa(bin);
}

/** The bytes of a base64 string. */
export function fromBase64(data: string): Uint8Array {
  const bin = atob(data);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
