/**
 * One input through the audit, the same in this process and in a worker thread: read (or fetch),
 * decode (HTML, PDF or .docx), audit; any failure becomes the one-line reason printed after the input's name.
 */
import type { PageResult } from '../lib/model';
import { auditDocument } from './document';
import { type FetchLimits, InputError } from './fetch';
import { type Input, loadInput } from './inputs';
import { sanitise } from './sanitise';

/** A page's result, or why the input could not be audited. */
export type Outcome = { result: PageResult } | { bad: string };

/** An unexpected error on one line: its name and message, never a stack trace. */
export function internal(e: unknown): string {
  const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `内部错误 / internal error: ${sanitise(err.replace(/\s+/g, ' '))}`;
}

/** Reads and audits one input; never throws. */
export async function auditInput(input: Input, limits: Partial<FetchLimits>): Promise<Outcome> {
  try {
    const page = await loadInput(input, limits);
    return { result: await auditDocument(page.bytes, page.where, page.contentType) };
  } catch (e) {
    // A crash on one page must not lose the others; it is reported like an unreadable input.
    return { bad: e instanceof InputError ? e.message : internal(e) };
  }
}
