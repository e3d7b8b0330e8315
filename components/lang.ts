/**
 * The UI in one language: a finding's message from its `msg` (Chinese `message` for a record saved
 * before messages had one), rule titles and explanations, and the template's table, row and column
 * names, all in the UI's language; rule ids are left to tooltips and exports.
 */
import { half } from '../lib/checks';
import type { Lang, Msg, Param } from '../lib/i18n/format';
import { EN_LABELS, EN_RULE_EXPLAIN } from '../lib/i18n/messages.gen';
import { addressName, enColumnLabel, enRowLabel, render } from '../lib/i18n/render';
import { TABLE_LABELS } from '../lib/keys';
import type { Finding, TableId, Template } from '../lib/model';
import { PAIR_RULES, RULES } from '../lib/rules/index';
import { i18n } from './popup/i18n';

export type { Lang };

/** The UI's language (the browser's, through the extension's locales): Chinese or English. */
export function uiLang(): Lang {
  return i18n.t('app.lang').startsWith('zh') ? 'zh' : 'en';
}

/** What went wrong, in `lang` only: our errors are written `中文 / English` (see half). */
export function errorText(e: unknown, lang: Lang = uiLang()): string {
  return half(e instanceof Error ? e.message : String(e), lang);
}

/** A finding's message in `lang`; without `msg` (saved before there was one) its Chinese message. */
export function findingText(f: Pick<Finding, 'message' | 'msg'>, lang: Lang = uiLang()): string {
  return f.msg ? render(f.msg, lang) : f.message;
}

const RULE_BY_ID = new Map<string, { title: string; explain: string }>(
  [...RULES, ...PAIR_RULES].map((r) => [r.id, r]),
);

/** `t3-balance` → `t3Balance`, as en.yml's ruleExplain names it. */
const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A rule's title and what it checks in `lang`; an unknown id is its own title. */
export function ruleText(id: string, lang: Lang = uiLang()): { title: string; explain: string } {
  const rule = RULE_BY_ID.get(id);
  if (!rule) return { title: id, explain: '' };
  return {
    title: half(rule.title, lang),
    explain: lang === 'zh' ? rule.explain : (EN_RULE_EXPLAIN[camel(id)] ?? ''),
  };
}

/** A table's title: `表三 收到和处理…` or `Table 3 Applications…`. */
export function tableTitle(table: TableId, lang: Lang = uiLang()): string {
  return lang === 'zh' ? TABLE_LABELS[table] : (EN_LABELS[`tableTitle.${table}`] ?? table);
}

/** A row's name as the template prints it (Chinese) or in English. */
export function rowName(table: TableId, row: string, zh: string, lang: Lang = uiLang()): string {
  return lang === 'zh' ? zh : enRowLabel(table, row);
}

/** A column's name as the template prints it (Chinese) or in English (表二's depend on row and template). */
export function columnName(
  table: TableId,
  row: string,
  column: string,
  zh: string,
  template: Template | null,
  lang: Lang = uiLang(),
): string {
  return lang === 'zh' ? zh : enColumnLabel(table, row, column, template);
}

/** A cell's name: `表三 本年新收 · 总计`, `Table 3 New applications · Total`. */
export function cellName(addr: string, template: Template | null, lang: Lang = uiLang()): string {
  return addressName(addr, template, lang);
}

/** A UI sentence with counts (`msg.ui.*` of the locales: plural forms by `n`), e.g. `1 report`. */
export function say(id: string, params: Record<string, Param>, lang: Lang = uiLang()): string {
  return render({ id: `ui.${id}`, params }, lang);
}

/** `3 reports` / `3 份年报`: a counted noun of `msg.ui.*`. */
export function counted(noun: string, n: number): Msg {
  return { id: `ui.${noun}`, params: { n } };
}
