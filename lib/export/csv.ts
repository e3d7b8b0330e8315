/**
 * The tidy CSV (UTF-8 with BOM, CRLF, RFC 4180) and its TSV twin for the clipboard. Pure: the CLI
 * and the extension's popup both call these.
 */
import type { PageResult } from '../model';
import { neutralise } from './neutralise';
import { TIDY_COLUMNS, type TidyRow, tidyRows } from './rows';

/** Options shared by both writers. */
export interface TidyOptions {
  /** Add a trailing `flags` column with the user's flag notes for each address. */
  flags?: boolean;
}

/** Numbers are written as numbers; text is neutralised; `null` is an empty field. */
function fieldText(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return neutralise(v);
}

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180 §2.6–2.7). */
function quote(text: string, sep: string): string {
  if (!text.includes(sep) && !/["\r\n]/.test(text)) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

function write(results: PageResult[], opts: TidyOptions, sep: string): string {
  const columns: string[] = [...TIDY_COLUMNS, ...(opts.flags ? ['flags'] : [])];
  const line = (fields: (string | number | null | undefined)[]) =>
    fields.map((f) => quote(fieldText(f), sep)).join(sep);
  const rows = tidyRows(results, opts).map((r: TidyRow) => line(columns.map((c) => r[c as keyof TidyRow])));
  return [line(columns), ...rows].map((l) => `${l}\r\n`).join('');
}

/** The tidy CSV of report-model.md: BOM, header, one CRLF-terminated line per row. */
export function toCsv(results: PageResult[], opts: TidyOptions = {}): string {
  return `\uFEFF${write(results, opts, ',')}`;
}

/** The same table tab-separated for pasting into a spreadsheet: no BOM, same neutralisation. */
export function toTsv(results: PageResult[], opts: TidyOptions = {}): string {
  return write(results, opts, '\t');
}
