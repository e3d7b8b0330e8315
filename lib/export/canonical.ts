/**
 * A page result as `PageResultSchema.parse` returns it, without zod: every value checked against
 * the schema, the keys put in the schema's order, and the result itself returned where it already
 * is in shape (most of an audit's result is), so the export stringifies it without a copy (zod's
 * parse of the export's few megabytes was a tenth of the command's time).
 *
 * A strict mirror of lib/model.ts: anything unusual (a key zod would drop, a key present but
 * undefined, an object that is not plain data, a value the schema refuses) gets null, and the caller
 * hands it to zod, which stays the authority. So it may refuse what zod accepts, never accept what
 * zod would refuse or copy differently; canonical.test.ts holds it to that on every fixture's
 * result and on broken ones.
 */

/**
 * A check of one value: the value itself when it is already in shape, a copy in shape (the keys in
 * the schema's order), or NO when zod must decide.
 */
type Check = (v: unknown) => unknown;
/** A key of an object schema, with its check; `opt` keys may be absent. */
interface Field {
  key: string;
  check: Check;
  opt: boolean;
}

const NO: unique symbol = Symbol('not in shape');

const req = (key: string, check: Check): Field => ({ key, check, opt: false });
const opt = (key: string, check: Check): Field => ({ key, check, opt: true });

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * An object whose own keys are some of `fields`, each value passing its check: itself when its keys
 * come in the fields' order and no value needed a copy, else a copy with the keys in that order (as
 * zod builds its output, key by key of the schema).
 */
function object(fields: readonly Field[]): Check {
  const index = new Map(fields.map((f, i) => [f.key, i]));
  return (v) => {
    if (!isPlain(v)) return NO;
    let last = -1;
    let same = true;
    for (const k in v) {
      const i = index.get(k);
      // A key zod would drop (or an inherited one): zod decides.
      if (i === undefined || !Object.hasOwn(v, k)) return NO;
      if (i < last) same = false;
      last = i;
    }
    for (const f of fields) {
      if (!Object.hasOwn(v, f.key)) {
        if (!f.opt) return NO;
        continue;
      }
      const value = v[f.key];
      // Present but undefined: zod may keep or drop it; let zod decide.
      if (value === undefined) return NO;
      const got = f.check(value);
      if (got === NO) return NO;
      if (got !== value) same = false;
    }
    if (same) return v;
    // The copy, rare enough that its values are checked again (the checks are pure).
    const out: Record<string, unknown> = {};
    for (const f of fields) if (Object.hasOwn(v, f.key)) out[f.key] = f.check(v[f.key]);
    return out;
  };
}

/** A check that only accepts or refuses (a leaf: strings, numbers, enums). */
const leaf =
  (ok: (v: unknown) => boolean): Check =>
  (v) =>
    ok(v) ? v : NO;
const str = leaf((v) => typeof v === 'string');
// z.number() refuses NaN and ±Infinity; z.int() anything but a safe integer.
const num = leaf((v) => typeof v === 'number' && Number.isFinite(v));
const int = leaf((v) => Number.isSafeInteger(v));
const bool = leaf((v) => typeof v === 'boolean');
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null ? v : c(v);
const oneOf = (...values: string[]): Check => {
  const set = new Set(values);
  return leaf((v) => typeof v === 'string' && set.has(v));
};
const array =
  (c: Check): Check =>
  (v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return NO;
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const got = c(v[i]);
      if (got === NO) return NO;
      if (got !== v[i]) out ??= v.slice(0, i);
      out?.push(got);
    }
    return out ?? v;
  };
/** A record keeps its keys in their own order, in zod's copy too. */
const record =
  (c: Check): Check =>
  (v) => {
    if (!isPlain(v)) return NO;
    let out: Record<string, unknown> | null = null;
    for (const k in v) {
      if (!Object.hasOwn(v, k)) return NO;
      const got = c(v[k]);
      if (got === NO) return NO;
      if (got !== v[k] && out === null) {
        out = {};
        for (const j in v) {
          if (j === k) break;
          out[j] = v[j];
        }
      }
      if (out !== null) out[k] = got;
    }
    return out ?? v;
  };
const intFrom = (min: number) => leaf((v) => Number.isSafeInteger(v) && (v as number) >= min);
const yes = leaf((v) => v === true);
const no = leaf((v) => v === false);
const template = oneOf('2019', '2021');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const cellValue = object([req('value', nullable(num)), req('raw', str), opt('page', int)]);
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
  req('published', nullable(leaf((v) => typeof v === 'string' && DATE.test(v)))),
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
// the first that passes and drops the others' keys. An object is taken here only as the one option
// its keys make it (a label has `label`, a message `id`, a list neither), which is then also the
// first option that passes.
const msgLabel = object([
  req('label', oneOf('table', 'row', 'col', 'cell', 'leaf')),
  req('key', str),
  opt('tpl', template),
]);
const param: Check = (v) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NO;
  if (!isPlain(v)) return NO;
  if ('label' in v) return msgLabel(v);
  if ('id' in v) return msg(v);
  return list(v);
};
const msg: Check = object([req('id', str), opt('params', record(param))]);
const list: Check = object([
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

const notDetected = object([opt('file', str), opt('url', str), req('detected', no), opt('reason', str)]);
const detected = object([
  opt('file', str),
  opt('url', str),
  req('detected', yes),
  req('report', report),
  req('findings', array(finding)),
  opt('checks', array(check)),
  opt('flags', array(flag)),
]);

/**
 * The result as `PageResultSchema.parse` would return it (itself when already in shape, which every
 * audit's result nearly is), or null when zod must decide: something it would drop or refuse.
 */
export function exportShape<T>(v: T): T | null {
  if (!isPlain(v)) return null;
  const got = v.detected === true ? detected(v) : notDetected(v);
  return got === NO ? null : (got as T);
}
