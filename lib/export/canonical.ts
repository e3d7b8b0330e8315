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
 * Writes a value's text at indentation `ind` (the indentation of the line it starts on) into `out`,
 * or returns false (having written part of it: the caller drops `out` back to where it was). The
 * text goes out in pieces joined once per page: a page's text built by concatenation is a deep rope
 * that joining the export then has to flatten.
 */
type Writer = (v: unknown, ind: string, out: string[]) => boolean;

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
}
const field = (key: string, write: Writer, opt: boolean): Field => ({
  key,
  head: `${JSON.stringify(key)}: `,
  write,
  opt,
});
const req = (key: string, write: Writer) => field(key, write, false);
const opt = (key: string, write: Writer) => field(key, write, true);

/** An object of the schema: its fields in the schema's order, whatever order the value has them in. */
function object(fields: readonly Field[]): Writer {
  return (v, ind, out) => {
    if (!isPlain(v)) return false;
    const inner = ind + STEP;
    let first = true;
    for (const f of fields) {
      const value = v[f.key];
      if (value === undefined) {
        // Absent, or present but undefined, which zod accepts for an optional key and
        // JSON.stringify leaves out; a required key must be there.
        if (f.opt) continue;
        return false;
      }
      out.push(first ? '{\n' : ',\n', inner, f.head);
      first = false;
      if (!f.write(value, inner, out)) return false;
    }
    out.push(first ? '{}' : `\n${ind}}`);
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
    const inner = ind + STEP;
    for (let i = 0; i < v.length; i++) {
      out.push(i ? ',\n' : '[\n', inner);
      if (!w(v[i], inner, out)) return false;
    }
    out.push(`\n${ind}]`);
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
    const inner = ind + STEP;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const value = v[k];
      // JSON.stringify leaves an undefined value out; zod's record would refuse it: let zod decide.
      if (value === undefined) return false;
      out.push(i ? ',\n' : '{\n', inner, JSON.stringify(k), ': ');
      if (!w(value, inner, out)) return false;
    }
    out.push(`\n${ind}}`);
    return true;
  };

const template = oneOf('2019', '2021');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = leaf((v) => typeof v === 'string' && DATE.test(v));

/**
 * A cell (most of an export's objects), written by hand: the generic writers, shared by every kind
 * of object, take twice as long.
 */
const cellValue: Writer = (v, ind, out) => {
  if (!isPlain(v)) return false;
  const { value, raw, page } = v;
  if ((value !== null && !isNum(value)) || typeof raw !== 'string') return false;
  const inner = ind + STEP;
  out.push('{\n', inner, '"value": ', value === null ? 'null' : String(value), ',\n', inner, '"raw": ');
  out.push(JSON.stringify(raw));
  if (page !== undefined) {
    if (!Number.isSafeInteger(page)) return false;
    out.push(',\n', inner, '"page": ', String(page));
  }
  out.push('\n', ind, '}');
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
  req('cells', record(cellValue)),
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
  for (const option of [msgLabel, msg, list]) {
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
  return write?.(v, ind, out) ? out.join('') : null;
}
