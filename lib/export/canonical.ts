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

/** A value's text at indentation `ind` (the indentation of the line it starts on), or null. */
type Writer = (v: unknown, ind: string) => string | null;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

// Leaves. z.number() refuses NaN and ±Infinity; z.int() anything but a safe integer.
const str: Writer = (v) => (typeof v === 'string' ? JSON.stringify(v) : null);
const num: Writer = (v) => (typeof v === 'number' && Number.isFinite(v) ? JSON.stringify(v) : null);
const int: Writer = (v) => (Number.isSafeInteger(v) ? JSON.stringify(v) : null);
const intFrom =
  (min: number): Writer =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min ? JSON.stringify(v) : null;
const bool: Writer = (v) => (typeof v === 'boolean' ? JSON.stringify(v) : null);
const literal =
  (value: boolean): Writer =>
  (v) =>
    v === value ? JSON.stringify(v) : null;
const oneOf = (...values: string[]): Writer => {
  const set = new Set(values);
  return (v) => (typeof v === 'string' && set.has(v) ? JSON.stringify(v) : null);
};
const nullable =
  (w: Writer): Writer =>
  (v, ind) =>
    v === null ? 'null' : w(v, ind);

/** A key of an object schema with its writer; an `opt` key may be absent (or undefined: not printed). */
interface Field {
  key: string;
  /** The key as printed: `"key": `. */
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
  return (v, ind) => {
    if (!isPlain(v)) return null;
    const inner = ind + STEP;
    let out = '';
    for (const f of fields) {
      const value = v[f.key];
      if (value === undefined) {
        // Absent, or present but undefined, which zod accepts for an optional key and
        // JSON.stringify leaves out; a required key must be there.
        if (f.opt) continue;
        return null;
      }
      const text = f.write(value, inner);
      if (text === null) return null;
      out += `${out ? ',\n' : '\n'}${inner}${f.head}${text}`;
    }
    return out ? `{${out}\n${ind}}` : '{}';
  };
}

const array =
  (w: Writer): Writer =>
  (v, ind) => {
    if (!Array.isArray(v)) return null;
    if (v.length === 0) return '[]';
    const inner = ind + STEP;
    let out = '';
    for (let i = 0; i < v.length; i++) {
      const text = w(v[i], inner);
      if (text === null) return null;
      out += `${i ? ',\n' : '\n'}${inner}${text}`;
    }
    return `[${out}\n${ind}]`;
  };

/** A record: its own keys in their own order (zod's copy keeps them so; so does JSON.stringify). */
const record =
  (w: Writer): Writer =>
  (v, ind) => {
    if (!isPlain(v)) return null;
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    const inner = ind + STEP;
    let out = '';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const value = v[k];
      // JSON.stringify leaves an undefined value out; zod's record would refuse it: let zod decide.
      if (value === undefined) return null;
      const text = w(value, inner);
      if (text === null) return null;
      out += `${i ? ',\n' : '\n'}${inner}${JSON.stringify(k)}: ${text}`;
    }
    return `{${out}\n${ind}}`;
  };

const template = oneOf('2019', '2021');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date: Writer = (v) => (typeof v === 'string' && DATE.test(v) ? JSON.stringify(v) : null);

/**
 * A cell (most of an export's objects), written by hand: the generic writers, shared by every kind
 * of object, take twice as long.
 */
const cellValue: Writer = (v, ind) => {
  if (!isPlain(v)) return null;
  const { value, raw, page } = v;
  if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) return null;
  if (typeof raw !== 'string') return null;
  const inner = ind + STEP;
  const head = `{\n${inner}"value": ${value === null ? 'null' : String(value)},\n${inner}"raw": ${JSON.stringify(raw)}`;
  if (page === undefined) return `${head}\n${ind}}`;
  if (!Number.isSafeInteger(page)) return null;
  return `${head},\n${inner}"page": ${String(page)}\n${ind}}`;
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
const param: Writer = (v, ind) => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return num(v, ind);
  return msgLabel(v, ind) ?? msg(v, ind) ?? list(v, ind);
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
  // The discriminated union picks its option by `detected`.
  if (v.detected === true) return detected(v, ind);
  if (v.detected === false) return notDetected(v, ind);
  return null;
}
