/**
 * Renders a finding's message (`Finding.msg`) in the UI's language: the templates of locales/*.yml
 * (via messages.gen.ts) and the template's labels, Chinese from lib/keys.ts (the template's own
 * words, as every export writes them), English from en.yml's `label:`.
 */
import { addressLabel, splitAddress } from '../keys';
import type { Template } from '../model';
import { cellLabel, columnLabel, rowLabel, TABLE_NAMES } from '../rules/helpers';
import { type Catalogue, format, type Label, type Lang, type Msg } from './format';
import { EN_LABELS, MESSAGES } from './messages.gen';

/** `denied.state_secret` → `denied_state_secret`, as locale keys are written. */
const keyOf = (s: string) => s.replace(/\./g, '_');

/** An English label by its key in en.yml (`t3row.new`), or the key itself when it has none. */
function en(key: string): string {
  return EN_LABELS[key] ?? key;
}

/** A table row's English label (`New applications`, `Withheld · state secret`). */
export function enRowLabel(table: string, row: string): string {
  return en(`${table}row.${keyOf(row)}`);
}

/** A column's English label; 表二's depend on the row and template (`Decisions this year`). */
export function enColumnLabel(table: string, row: string, column: string, tpl?: Template | null): string {
  if (table !== 't2') return en(`${table}col.${keyOf(column)}`);
  for (const k of [`t2col.${keyOf(row)}_${column}`, tpl ? `t2col.${column}_${tpl}` : '', `t2col.${column}`])
    if (k && EN_LABELS[k] !== undefined) return EN_LABELS[k];
  return column;
}

/** A label in one language. */
export function labelText(l: Label, lang: Lang): string {
  const tpl = l.tpl ?? null;
  if (l.label === 'table')
    return lang === 'zh' ? (TABLE_NAMES[l.key as 't2' | 't3' | 't4'] ?? l.key) : en(`table.${l.key}`);
  if (l.label === 'row' || l.label === 'leaf') {
    const dot = l.key.indexOf('.');
    const table = l.key.slice(0, dot);
    const row = l.key.slice(dot + 1);
    const text = lang === 'zh' ? rowLabel(table, row, tpl) : enRowLabel(table, row);
    if (l.label === 'row') return text;
    return (lang === 'zh' ? text.split('·').pop() : text.split(' · ').pop()) ?? text;
  }
  const { table, row, column } = splitAddress(l.key);
  if (l.label === 'col')
    return lang === 'zh' ? columnLabel(table, row, column, tpl) : enColumnLabel(table, row, column, tpl);
  return lang === 'zh'
    ? cellLabel(l.key, tpl)
    : `${enRowLabel(table, row)} · ${enColumnLabel(table, row, column, tpl)}`;
}

/** A cell's name with its table: `表三 本年新收 · 总计`, `Table 3 New applications · Total`. */
export function addressName(addr: string, template: Template | null, lang: Lang): string {
  if (lang === 'zh') return addressLabel(addr, template);
  const { table, row, column } = splitAddress(addr);
  if (table !== 't2' && table !== 't3' && table !== 't4') return addr;
  return `${en(`table.${table}`)} ${enRowLabel(table, row)} · ${enColumnLabel(table, row, column, template)}`;
}

const CATALOGUES: Record<Lang, Catalogue> = {
  zh: { templates: MESSAGES.zh, label: (l) => labelText(l, 'zh') },
  en: { templates: MESSAGES.en, label: (l) => labelText(l, 'en') },
};

/** A message in Chinese or English. */
export function render(m: Msg, lang: Lang): string {
  return format(m, lang, CATALOGUES[lang]);
}
