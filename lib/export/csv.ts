/**
 * The tidy CSV (UTF-8 with BOM, CRLF, RFC 4180) and its TSV twin for the clipboard. Pure: the CLI
 * and the extension's popup both call these.
 */
import type { PageResult } from '../model';
import { holdsSeparator, neutralise } from './neutralise';
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

/**
 * Quotes a field when it holds a quote, a line break (RFC 4180 §2.6–2.7) or any locale's separator
 * (`,`, `;`, tab), not only this file's: a `;`-separator spreadsheet then keeps `12;=1+1` in one cell.
 */
function quote(text: string): string {
  if (!holdsSeparator(text) && !text.includes('"')) return text;
  return `"${text.replaceAll('"', '""')}"`;
}

function write(results: PageResult[], opts: TidyOptions, sep: string): string {
  const columns: string[] = [...TIDY_COLUMNS, ...(opts.flags ? ['flags'] : [])];
  const line = (fields: (string | number | null | undefined)[]) =>
    fields.map((f) => quote(fieldText(f))).join(sep);
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
