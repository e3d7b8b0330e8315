/**
 * A page result's entry of the JSON export without zod's copy: a check that the result is what the
 * schema takes and that zod's copy of it would print the same — every value valid, every object's
 * keys the schema's own and in the schema's order (zod copies an object's keys in that order and
 * leaves out the ones it does not know) — and then the result itself stringified. zod's parse, a
 * copy of the export's few megabytes made only to be stringified, was a tenth of the command's time;
 * a serializer of our own that followed the schema took twice as long as JSON.stringify.
 *
 * A strict mirror of lib/model.ts: anything the schema refuses, anything unusual (an object that
 * is not plain data) and any object zod's copy would change (a key it drops, keys in another
 * order) gets null, and the caller hands the result to zod, which stays the authority: it prints
 * zod's copy or throws zod's error. So this may refuse what zod accepts, never print what zod
 * would refuse or print differently; canonical.test.ts holds it to that on every fixture's result
 * and on broken ones.
 */

/** Whether a value is what the schema takes and zod's copy of it would print the same. */
type Check = (v: unknown) => boolean;

const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

// z.number() refuses NaN and ±Infinity; z.int() anything but a safe integer.
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const str: Check = (v) => typeof v === 'string';
const num: Check = isNum;
const int: Check = (v) => Number.isSafeInteger(v);
const intFrom =
  (min: number): Check =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min;
const bool: Check = (v) => typeof v === 'boolean';
const literal =
  (value: boolean): Check =>
  (v) =>
    v === value;
const oneOf = (...values: string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);

/** A key of an object schema with its check; an `opt` key may be absent (or undefined: not printed). */
interface Field {
  key: string;
  check: Check;
  opt: boolean;
}
const req = (key: string, check: Check): Field => ({ key, check, opt: false });
const opt = (key: string, check: Check): Field => ({ key, check, opt: true });

/**
 * An object of the schema whose own keys are the schema's, in the schema's order (zod's copy has
 * its keys in that order and only those): JSON.stringify prints the object as it prints the copy.
 * An object with a key the schema lacks, or its keys in another order, is zod's to copy.
 */
function object(fields: readonly Field[]): Check {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  return (v) => {
    if (!isPlain(v)) return false;
    let at = 0;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) return false;
      const value = v[k];
      // Printed by neither JSON.stringify nor zod's copy (which takes it for an optional key and
      // drops an unknown one), wherever it stands; a required key must have a value.
      if (value === undefined) {
        if (byKey.get(k)?.opt === false) return false;
        continue;
      }
      while (at < fields.length && fields[at]!.key !== k) {
        if (!fields[at]!.opt) return false;
        at++;
      }
      if (at === fields.length || !fields[at++]!.check(value)) return false;
    }
    for (; at < fields.length; at++) if (!fields[at]!.opt) return false;
    return true;
  };
}

const array =
  (c: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!c(v[i])) return false;
    return true;
  };

/** A record: its own keys in their own order (zod's copy keeps them so; so does JSON.stringify). */
const record =
  (c: Check): Check =>
  (v) => {
    if (!isPlain(v)) return false;
    for (const k in v) {
      // JSON.stringify leaves an undefined value out; zod's record would refuse it: let zod decide.
      if (!Object.hasOwn(v, k) || v[k] === undefined || !c(v[k])) return false;
    }
    return true;
  };

const template = oneOf('2019', '2021');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date: Check = (v) => typeof v === 'string' && DATE.test(v);

const cell = object([req('value', nullable(num)), req('raw', str), opt('page', int)]);
const fact = object([
  req('key', str),
  req('value', nullable(num)),
  req('quote', str),
  opt('label', str),
  opt('partial', bool),
  opt('rough', bool),
  opt('share', num),
  opt('reason', str),
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
  req('cells', record(cell)),
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
const param: Check = (v) => {
  if (typeof v === 'string') return true;
  if (typeof v === 'number') return isNum(v);
  // The first object option that takes it is the one zod keeps, with its keys only.
  for (const option of PARAM_OBJECTS) if (option(v)) return true;
  return false;
};
const msg: Check = object([req('id', str), opt('params', record(param))]);
const list: Check = object([
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
 * Whether zod takes `v` as a page result and its copy prints as `v` itself does: JSON.stringify(v)
 * is then what the export prints for it.
 */
export function conforms(v: unknown): boolean {
  if (!isPlain(v)) return false;
  // The discriminated union picks its option by `detected`.
  const check = v.detected === true ? detected : v.detected === false ? notDetected : null;
  return check?.(v) === true;
}

/**
 * `JSON.stringify(PageResultSchema.parse(v), null, 2)` with every line after the first indented by
 * `ind`, or null when zod must decide (a value it refuses, data that is not plain, or keys zod's
 * copy would drop or reorder).
 */
export function pageText(v: unknown, ind = ''): string | null {
  if (!conforms(v)) return null;
  // Stringified as an array's only element, the entry comes out indented one level.
  if (ind === '  ') return JSON.stringify([v], null, 2).slice(4, -2);
  const text = JSON.stringify(v, null, 2);
  return ind === '' ? text : text.replaceAll('\n', `\n${ind}`);
}
