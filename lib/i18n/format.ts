/**
 * Finding messages in any UI language: a message is an id of `locales/*.yml` (under `msg:`) with
 * named parameters, and a parameter is page text (a string, kept as written), a number, a label of
 * the template (table, row, column, cell), another message, or a list of those. Pure: no browser,
 * no WXT; the templates come as data from messages.gen.ts (generated from the locale files).
 *
 * A template writes a parameter `{name}`; a plural template is an object of forms (`1`, `n`, and
 * optionally `0`) chosen by the parameter `n`, as @wxt-dev/i18n writes plurals.
 */
import type { Template } from '../model';

/** The UI languages. */
export type Lang = 'zh' | 'en';

/** A label of the template: `table` t3; `row` t3.new; `col`/`cell` an address; `leaf` the last part of a 表三 row. */
export interface Label {
  label: 'table' | 'row' | 'col' | 'cell' | 'leaf';
  key: string;
  tpl?: Template;
}

/** Separators of a list, per language. */
export type Sep = 'list' | 'plus' | 'semi' | 'tight' | 'space' | 'comma';

/** Parameters joined by a separator. */
export interface List {
  list: Param[];
  sep: Sep;
}

/** A message id (without the `msg.` prefix) and its parameters. */
export interface Msg {
  id: string;
  params?: Record<string, Param>;
}

/** What a message's parameter may be: page text, a number, a label, a message or a list. */
export type Param = string | number | Label | Msg | List;

/** A template: one string, or plural forms chosen by the parameter `n`. */
export type MsgTemplate = string | Record<string, string>;

const SEPS: Record<Lang, Record<Sep, string>> = {
  zh: { list: '、', plus: ' + ', semi: '；', tight: '', space: ' ', comma: '，' },
  en: { list: ', ', plus: ' + ', semi: '; ', tight: ', ', space: ' ', comma: ', ' },
};

/** A number as messages write it: no floating-point noise (0.1 + 0.2 → 0.3), no -0. */
export function fmtNumber(n: number): string {
  const r = Math.round(n * 1e6) / 1e6;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Builds a message (parameters left out when there are none). */
export function msg(id: string, params?: Record<string, Param>): Msg {
  return params ? { id, params } : { id };
}

/** A label of the template. */
export function label(kind: Label['label'], key: string, tpl?: Template | null): Label {
  return tpl ? { label: kind, key, tpl } : { label: kind, key };
}

/** A list of parameters. */
export function list(items: Param[], sep: Sep = 'list'): List {
  return { list: items, sep };
}

/** What the formatter needs beside a message: its templates and the template's labels. */
export interface Catalogue {
  templates: Record<string, MsgTemplate>;
  label(l: Label): string;
}

/** Picks a plural form: `0` for 0 when given, `1` for 1, else `n`. */
export function pluralForm(forms: Record<string, string>, n: number): string {
  return (n === 0 ? forms['0'] : undefined) ?? (n === 1 ? forms['1'] : undefined) ?? forms.n ?? '';
}

/** Renders one parameter. */
function param(p: Param, lang: Lang, cat: Catalogue): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return fmtNumber(p);
  if ('list' in p) return p.list.map((x) => param(x, lang, cat)).join(SEPS[lang][p.sep]);
  if ('label' in p) return cat.label(p);
  return format(p, lang, cat);
}

/** Renders a message in one language; an unknown id renders as itself (the tests keep ids known). */
export function format(m: Msg, lang: Lang, cat: Catalogue): string {
  const t = cat.templates[m.id];
  if (t === undefined) return m.id;
  const params = m.params ?? {};
  const n = params.n;
  const text = typeof t === 'string' ? t : pluralForm(t, typeof n === 'number' ? n : Number.NaN);
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const p = params[name];
    return p === undefined ? whole : param(p, lang, cat);
  });
}

/** The named parameters a template uses (every plural form's), sorted. */
export function templateParams(t: MsgTemplate): string[] {
  const texts = typeof t === 'string' ? [t] : Object.values(t);
  const names = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/\{([A-Za-z0-9_]+)\}/g)) names.add(m[1]!);
  if (typeof t !== 'string') names.add('n');
  return [...names].sort();
}
