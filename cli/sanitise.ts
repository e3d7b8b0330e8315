/**
 * Text from a page (its title, quotes in findings) and file names are printed to a terminal, where
 * `\x1b]0;…\x07` retitles the window, `\x1b[2J` clears it and U+202E reverses what follows. The
 * text summary and stderr strip them; the JSON export keeps the data (JSON escapes it).
 */

// An escape sequence as a whole: CSI (ESC [ … final byte), OSC/DCS/PM/APC/SOS (… up to BEL or ST),
// or ESC and one more character; then the C1 forms of CSI and of the string controls.
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?/g;
// What is left: C0 but \t and \n, DEL, C1, and the bidi embeddings, overrides and isolates.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `s` without terminal escape sequences, control characters (but \n and \t) and bidi overrides. */
export function sanitise(s: string): string {
  // Most strings hold none of these: test before building a new string.
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(s)) return s;
  return s.replace(ESCAPES, '').replace(CONTROLS, '');
}

/** A copy of a JSON-like value with every string sanitised (results are a few levels deep). */
export function sanitiseDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitise(value) as T;
  if (Array.isArray(value)) return value.map(sanitiseDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[sanitise(k)] = sanitiseDeep(v);
    return out as T;
  }
  return value;
}
