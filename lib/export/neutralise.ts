/**
 * Spreadsheet-safe text: a cell that starts like a formula is prefixed with `'` so Excel, LibreOffice
 * and Google Sheets show it as text instead of running it (CSV injection).
 */

/** A plain decimal number, which a spreadsheet reads as a number and never runs. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * `=`, `+`, `@`, tab and CR always start a formula; `-` does too unless the whole text is a plain
 * number (`-4` stays `-4`, but `-1+cmd|…` is the classic injection, so it is neutralised).
 */
const TRIGGER = /^[=+@\t\r-]/;

/** Prefixes `'` to text a spreadsheet would run as a formula; numbers and other text pass through. */
export function neutralise(text: string): string {
  if (!TRIGGER.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** True when a field as written would be taken for a formula (used by the tests' invariant). */
export function looksLikeFormula(text: string): boolean {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text);
}
