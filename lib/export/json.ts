/** The JSON export: the array of page results, validated against the contract before it leaves. */
import { ExportSchema, type PageResult, PageResultSchema } from '../model';
import { conforms, pageText } from './canonical';

/**
 * One page's entry of the export, validated, exactly as toJson prints it inside its array (every
 * line after the first indented one level): the CLI prepares these as pages finish.
 */
export function pageJson(result: PageResult): string {
  // Checked without zod and printed as it is, where zod's copy would print the same; anything else
  // (what the schema refuses, data that is not plain, keys zod would drop or reorder) goes through
  // zod, which copies it or throws.
  const text = pageText(result, '  ');
  if (text !== null) return text;
  // Stringified as the only element of an array, the entry comes out indented one level, as it
  // sits in the export; the bracket's line ("[\n  ") and the closing "\n]" are cut off (cheaper than
  // indenting each line of the page's text again).
  return JSON.stringify([PageResultSchema.parse(result)], null, 2).slice(4, -2);
}

/**
 * Validates with ExportSchema (throws on a broken result) and pretty-prints with a final newline:
 * `JSON.stringify(ExportSchema.parse(results), null, 2)`, page by page, taking the entries already
 * made by pageJson from `ready` (keyed by the very result object).
 */
export function toJson(results: PageResult[], ready?: ReadonlyMap<PageResult, string>): string {
  // Every page as zod's copy would print it: one native stringify, not pages joined (half the time).
  if (!ready && results.every(conforms)) return `${JSON.stringify(results, null, 2)}\n`;
  return jsonPieces(results, ready).join('');
}

/**
 * toJson's text in the pieces it is joined from (the brackets, each page's entry, the commas
 * between them), every page validated before it returns: the CLI writes them one by one rather than
 * join a folder's export (tens of megabytes of UTF-16) only to encode it again as it writes it.
 */
export function jsonPieces(results: PageResult[], ready?: ReadonlyMap<PageResult, string>): string[] {
  if (results.length === 0) return ['[]\n'];
  const pieces: string[] = ['[\n  '];
  try {
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (i > 0) pieces.push(',\n  ');
      pieces.push(ready?.get(r) ?? pageJson(r));
    }
  } catch (e) {
    // The whole array's error names the page's index in its path.
    ExportSchema.parse(results);
    throw e;
  }
  pieces.push('\n]\n');
  return pieces;
}
