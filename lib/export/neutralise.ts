/**
 * Spreadsheet-safe text (OWASP CSV injection): a cell that a spreadsheet could run as a formula is
 * prefixed with `'` so Excel, LibreOffice and Google Sheets show it as text instead of running it.
 *
 * A formula can start at the start of the field, or after any separator inside it: a `;`-separator
 * locale (most of Europe) opens `12;=1+1` as two cells, `12` and `=1+1`, and a reader set to split
 * on commas does the same with `12,=1+1`. So a field is neutralised when it, or any piece of it
 * after a `,`, `;`, tab or line break, starts like a formula. The writer also quotes every field
 * holding a separator (csv.ts), which keeps such a field in one cell wherever quotes are honoured.
 */

/** A plain decimal number, which a spreadsheet reads as a number and never runs. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * `=`, `+`, `@`, tab and CR always start a formula; `-` does too unless the whole text is a plain
 * number (`-4` stays `-4`, but `-1+cmd|…` is the classic injection, so it is neutralised).
 */
const TRIGGER = /^[=+@\t\r-]/;

/** Where a spreadsheet in some locale may start a new cell (or a new row) inside a field. */
const SEPARATOR = /[,;\t\r\n]/;

/**
 * Leading spaces and double quotes: some importers trim spaces ("Trim spaces") or strip the quotes
 * of a piece split out of a quoted field, which would expose what follows.
 */
const LEADING_PADDING = /^[ "]+/;

function startsFormula(piece: string): boolean {
  const text = piece.replace(LEADING_PADDING, '');
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * True when a spreadsheet could take the field, or any piece of it after a separator, for a
 * formula: `=1+1`, `-x`, `12;=1+1`, `a,@SUM(A1)`; never `-4`, `-4.5`, `12;-4` or `a=b`.
 */
export function looksLikeFormula(text: string): boolean {
  if (startsFormula(text)) return true;
  return text.split(SEPARATOR).slice(1).some(startsFormula);
}

/** Prefixes `'` to text a spreadsheet would run as a formula; numbers and other text pass through. */
export function neutralise(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** True when a field holds a separator of some locale, so the writer must quote it. */
export function holdsSeparator(text: string): boolean {
  return SEPARATOR.test(text);
}
