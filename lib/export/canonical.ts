/**
 * A page result's entry of the JSON export written without zod: what
 * `JSON.stringify(PageResultSchema.parse(result), null, 2)` prints, by a serializer that follows the
 * schema (its keys in its order, keys it does not know left out, as zod's parse leaves them out) and
 * checks every value as it writes it. zod's parse, a copy of the export's few megabytes made only to
 * be stringified, was a tenth of the command's time.
 *
 * A strict mirror of lib/model.ts: anything the schema refuses, and anything unusual (an object that
 * is not plain data), gets null, and the caller hands the result to zod, which stays the authority:
 * it prints zod's copy or throws zod's error. So this may refuse what zod accepts, never print what
 * zod would refuse or print differently; canonical.test.ts holds it to that on every fixture's result
 * and on broken ones.
 */

/** One indentation step of `JSON.stringify(…, null, 2)`. */
const STEP = '  ';

/**
 * One level of indentation and the fixed pieces written at it, each made once per level: a page's
 * text is a few thousand pieces joined once, and joining costs by the piece more than by the
 * character, so a line's opening (`,\n` + indentation + `"key": `) goes out as one piece, not three.
 */
class Indent {
  /** The indentation itself: the line the value starts on is indented so. */
  readonly s: string;
  /** The fields' lines at this level, by field (`Field.id`), made as they are first written. */
  readonly fieldLines: string[] = [];
  /** The next element's line inside an object or array at this level: `,\n` and the next indentation. */
  readonly next: string;
  /** The first line inside an object (`{\n` and the next indentation), or inside an array. */
  readonly openObject: string;
  readonly openArray: string;
  /** The closing line of an object or array at this level. */
  readonly closeObject: string;
  readonly closeArray: string;
  /** A cell's fixed pieces: `{\n  "value": `, `,\n  "raw": `, `,\n  "page": `. */
  readonly cellValue: string;
  readonly cellRaw: string;
  readonly cellPage: string;
  /** The text of a cell whose raw is its value as written (`"0"` read as 0), by its raw. */
  readonly plainCells = new Map<string, string>();
  #inner: Indent | undefined;

  constructor(s: string) {
    this.s = s;
    const inner = s + STEP;
    this.next = `,\n${inner}`;
    this.openObject = `{\n${inner}`;
    this.openArray = `[\n${inner}`;
    this.closeObject = `\n${s}}`;
    this.closeArray = `\n${s}]`;
    this.cellValue = `{\n${inner}"value": `;
    this.cellRaw = `,\n${inner}"raw": `;
    this.cellPage = `,\n${inner}"page": `;
  }

  /** The level one step deeper. */
  get inner(): Indent {
    this.#inner ??= new Indent(this.s + STEP);
    return this.#inner;
  }
}

/** The levels a page starts at, by their indentation. */
const STARTS = new Map<string, Indent>();

/**
 * Writes a value's text at indentation `ind` (the indentation of the line it starts on) into `out`,
 * or returns false (having written part of it: the caller drops `out` back to where it was). The
 * text goes out in pieces joined once per page: a page's text built by concatenation is a deep rope
 * that joining the export then has to flatten.
 */
type Writer = (v: unknown, ind: Indent, out: string[]) => boolean;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** A leaf: the value as JSON.stringify writes it, when `ok` takes it. */
const leaf =
  (ok: (v: unknown) => boolean): Writer =>
  (v, _ind, out) => {
    if (!ok(v)) return false;
    out.push(JSON.stringify(v));
    return true;
  };
// z.number() refuses NaN and ±Infinity; z.int() anything but a safe integer.
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const str = leaf((v) => typeof v === 'string');
const num = leaf(isNum);
const int = leaf((v) => Number.isSafeInteger(v));
const intFrom = (min: number) => leaf((v) => Number.isSafeInteger(v) && (v as number) >= min);
const bool = leaf((v) => typeof v === 'boolean');
const literal = (value: boolean) => leaf((v) => v === value);
const oneOf = (...values: string[]): Writer => {
  const set = new Set(values);
  return leaf((v) => typeof v === 'string' && set.has(v));
};
const nullable =
  (w: Writer): Writer =>
  (v, ind, out) => {
    if (v !== null) return w(v, ind, out);
    out.push('null');
    return true;
  };

/** A key of an object schema with its writer; an `opt` key may be absent (or undefined: not printed). */
interface Field {
  key: string;
  /** The key as printed after its line's indentation: `"key": `. */
  head: string;
  write: Writer;
  opt: boolean;
  /** Its number among all fields: its lines at a level are that level's `fieldLines[2 * id]` and `[2 * id + 1]`. */
  id: number;
}
let fieldCount = 0;
const field = (key: string, write: Writer, opt: boolean): Field => ({
  key,
  head: `${JSON.stringify(key)}: `,
  write,
  opt,
  id: fieldCount++,
});
/** The opening of a field's line in an object at `ind`: `{\n` or `,\n`, indentation, `"key": `. */
function fieldLine(f: Field, ind: Indent, first: boolean): string {
  const at = first ? 2 * f.id : 2 * f.id + 1;
  let line = ind.fieldLines[at];
  if (line === undefined) {
    line = (first ? ind.openObject : ind.next) + f.head;
    ind.fieldLines[at] = line;
  }
  return line;
}

/** A record's key as printed, `"t3.new.total": `, kept for the keys that recur page after page. */
const KEY_HEADS = new Map<string, string>();
const MAX_KEY_HEADS = 4096;
function keyHead(k: string): string {
  let head = KEY_HEADS.get(k);
  if (head === undefined) {
    head = `${JSON.stringify(k)}: `;
    if (KEY_HEADS.size < MAX_KEY_HEADS) KEY_HEADS.set(k, head);
  }
  return head;
}
const req = (key: string, write: Writer) => field(key, write, false);
const opt = (key: string, write: Writer) => field(key, write, true);

/** An object of the schema: its fields in the schema's order, whatever order the value has them in. */
function object(fields: readonly Field[]): Writer {
  return (v, ind, out) => {
    if (!isPlain(v)) return false;
    const inner = ind.inner;
    let first = true;
    for (const f of fields) {
      const value = v[f.key];
      if (value === undefined) {
        // Absent, or present but undefined, which zod accepts for an optional key and
        // JSON.stringify leaves out; a required key must be there.
        if (f.opt) continue;
        return false;
      }
      out.push(fieldLine(f, ind, first));
      first = false;
      if (!f.write(value, inner, out)) return false;
    }
    out.push(first ? '{}' : ind.closeObject);
    return true;
  };
}

const array =
  (w: Writer): Writer =>
  (v, ind, out) => {
    if (!Array.isArray(v)) return false;
    if (v.length === 0) {
      out.push('[]');
      return true;
    }
    const inner = ind.inner;
    for (let i = 0; i < v.length; i++) {
      out.push(i ? ind.next : ind.openArray);
      if (!w(v[i], inner, out)) return false;
    }
    out.push(ind.closeArray);
    return true;
  };

/** A record: its own keys in their own order (zod's copy keeps them so; so does JSON.stringify). */
const record =
  (w: Writer): Writer =>
  (v, ind, out) => {
    if (!isPlain(v)) return false;
    const keys = Object.keys(v);
    if (keys.length === 0) {
      out.push('{}');
      return true;
    }
    const inner = ind.inner;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const value = v[k];
      // JSON.stringify leaves an undefined value out; zod's record would refuse it: let zod decide.
      if (value === undefined) return false;
      out.push(i ? ind.next : ind.openObject, keyHead(k));
      if (!w(value, inner, out)) return false;
    }
    out.push(ind.closeObject);
    return true;
  };

const template = oneOf('2019', '2021');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = leaf((v) => typeof v === 'string' && DATE.test(v));

const MAX_PLAIN_CELLS = 4096;

/**
 * A cell (most of an export's objects), written by hand as one piece: the generic writers, shared by
 * every kind of object, take twice as long. Null when the schema refuses it.
 */
function cellText(v: unknown, ind: Indent): string | null {
  if (!isPlain(v)) return null;
  const { value, raw, page } = v;
  if ((value !== null && !isNum(value)) || typeof raw !== 'string') return null;
  const shown = value === null ? 'null' : String(value);
  // Most cells are a count as written (raw "0", value 0) or empty: their text, the raw alone decides,
  // is made once, not again for each of a page's few hundred cells.
  const plain = page === undefined && (value === null ? raw === '' : shown === raw);
  if (plain) {
    const known = ind.plainCells.get(raw);
    if (known !== undefined) return known;
  }
  let text = `${ind.cellValue}${shown}${ind.cellRaw}${JSON.stringify(raw)}`;
  if (page !== undefined) {
    if (!Number.isSafeInteger(page)) return null;
    text += `${ind.cellPage}${page}`;
  }
  text += ind.closeObject;
  if (plain && ind.plainCells.size < MAX_PLAIN_CELLS) ind.plainCells.set(raw, text);
  return text;
}

/** The report's cells: a record of cells, each line (its opening, key and cell) one piece. */
const cells: Writer = (v, ind, out) => {
  if (!isPlain(v)) return false;
  const keys = Object.keys(v);
  if (keys.length === 0) {
    out.push('{}');
    return true;
  }
  const inner = ind.inner;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const value = v[k];
    // As in record: an undefined value is zod's to decide.
    if (value === undefined) return false;
    const text = cellText(value, inner);
    if (text === null) return false;
    out.push((i ? ind.next : ind.openObject) + keyHead(k) + text);
  }
  out.push(ind.closeObject);
  return true;
};
const fact = object([
  req('key', str),
  req('value', nullable(num)),
  req('quote', str),
  opt('label', str),
  opt('share', num),
  opt('claim', str),
  opt('pos', object([req('block', int), req('start', int), req('end', int)])),
]);
const report = object([
  req('title', str),
  req('agency', nullable(str)),
  opt('portal', nullable(str)),
  req('year', nullable(int)),
  req('template', nullable(template)),
  req('published', nullable(date)),
  req('cells', cells),
  req('facts', array(fact)),
  opt('source', oneOf('html', 'pdf', 'docx')),
]);
const otherReport = object([
  req('title', str),
  opt('url', str),
  opt('file', str),
  req('year', int),
  req('published', nullable(str)),
]);

// A message parameter is a union tried in order (string, number, label, message, list): zod keeps
// the first option that passes, with that option's keys only.
const msgLabel = object([
  req('label', oneOf('table', 'row', 'col', 'cell', 'leaf')),
  req('key', str),
  opt('tpl', template),
]);
const param: Writer = (v, ind, out) => {
  if (typeof v === 'string') return str(v, ind, out);
  if (typeof v === 'number') return num(v, ind, out);
  const mark = out.length;
  for (const option of PARAM_OBJECTS) {
    if (option(v, ind, out)) return true;
    out.length = mark;
  }
  return false;
};
const msg: Writer = object([req('id', str), opt('params', record(param))]);
const list: Writer = object([
  req('list', array(param)),
  req('sep', oneOf('list', 'plus', 'semi', 'tight', 'space', 'comma')),
]);
const PARAM_OBJECTS = [msgLabel, msg, list];

const finding = object([
  req('rule', str),
  req('severity', oneOf('error', 'warning', 'info')),
  req('message', str),
  req('cells', array(str)),
  opt('other', otherReport),
  opt('msg', msg),
]);
const check = object([
  req('rule', str),
  req('status', oneOf('passed', 'failed', 'skipped')),
  opt('reason', str),
]);
const flag = object([
  req('id', str),
  req('address', nullable(str)),
  req('quote', str),
  opt('at', intFrom(0)),
  opt('page', intFrom(1)),
  req('note', str),
  req('created', str),
  opt('orphan', bool),
]);

const notDetected = object([
  opt('file', str),
  opt('url', str),
  req('detected', literal(false)),
  opt('reason', str),
]);
const detected = object([
  opt('file', str),
  opt('url', str),
  req('detected', literal(true)),
  req('report', report),
  req('findings', array(finding)),
  opt('checks', array(check)),
  opt('flags', array(flag)),
]);

/**
 * `JSON.stringify(PageResultSchema.parse(v), null, 2)` with every line after the first indented by
 * `ind`, or null when zod must decide (a value it refuses, or data that is not plain).
 */
export function pageText(v: unknown, ind = ''): string | null {
  if (!isPlain(v)) return null;
  const out: string[] = [];
  // The discriminated union picks its option by `detected`.
  const write = v.detected === true ? detected : v.detected === false ? notDetected : null;
  let start = STARTS.get(ind);
  if (start === undefined) {
    start = new Indent(ind);
    if (STARTS.size < 8) STARTS.set(ind, start);
  }
  return write?.(v, start, out) ? out.join('') : null;
}
