/**
 * The tidy table behind the CSV and TSV exports: one row per keyed cell and one per text fact, so
 * reports from many agencies stack into one sheet with the same columns.
 */
import { addressLabel, addressParts, PRIOR_YEAR_LEAD, requiredAddresses, splitAddress } from '../keys';
import type { Fact, Finding, Flag, PageResult, Report, TableId, Template } from '../model';
import { isStatFact, statRow } from '../recognise/stat-table';

/** The export's columns, in report-model.md's order. */
export const TIDY_COLUMNS = [
  'source',
  'agency',
  'year',
  'template',
  'table',
  'row',
  'column',
  'address',
  'label',
  'value',
  'raw',
  'findings',
  'table_label',
  'row_label',
  'column_label',
  'messages',
] as const;

/** One row of the tidy export; numbers stay numbers so the writer can leave them unquoted. */
export type TidyRow = Record<(typeof TIDY_COLUMNS)[number], string | number | null> & {
  flags?: string;
};

const TABLES: TableId[] = ['t2', 't3', 't4'];

/** The template's addresses table by table; with no template, both templates' (2019 first). */
function canonicalOrder(template: Template | null): string[] {
  const templates: Template[] = template ? [template] : ['2019', '2021'];
  const byTemplate = templates.map(requiredAddresses);
  return [...new Set(TABLES.flatMap((t) => byTemplate.flatMap((r) => r[t])))];
}

/** Keyed addresses in export order: the template's order, then any other cells as the report has them. */
export function cellOrder(report: Report): string[] {
  const present = new Set(Object.keys(report.cells));
  const ordered = canonicalOrder(report.template).filter((a) => present.has(a));
  const seen = new Set(ordered);
  return [...ordered, ...Object.keys(report.cells).filter((a) => !seen.has(a))];
}

/** Rule ids per address, each once, in the order the findings come. */
function rulesByAddress(findings: Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    for (const a of f.cells) {
      const ids = map.get(a) ?? [];
      if (!ids.includes(f.rule)) ids.push(f.rule);
      map.set(a, ids);
    }
  }
  return map;
}

/** The findings' messages per address, each once, in the order the findings come. */
function messagesByAddress(findings: Finding[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of findings) {
    for (const a of f.cells) {
      const list = map.get(a) ?? [];
      if (!list.includes(f.message)) list.push(f.message);
      map.set(a, list);
    }
  }
  return map;
}

/** Facts whose value is a date, kept in the JSON as the number yyyymmdd (report-model.md). */
const DATE_FACTS = new Set(['f.published', 'f.signed']);

/** `20220315` → `2022-03-15`; anything that is not such a date is null. */
export function isoFromYmd(v: number | null): string | null {
  if (v === null || !Number.isInteger(v) || v < 10000101 || v > 99991231) return null;
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  const d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Names for the facts the recogniser gives no label of their own. */
const FACT_NAMES: Record<string, string> = {
  'f.published': '发布日期',
  'f.signed': '落款日期',
  'f.period_year': '统计年度',
  'f.proactive_total': '主动公开政府信息总数',
};

/**
 * A fact's human name: its own label, a known name, or its key without `f.`. A count the prose puts in
 * the year before under this year's heading is named as such, with its heading (its label).
 */
export function factName(key: string, label?: string): string {
  if (key === PRIOR_YEAR_LEAD) return `写在上一年名下的数字（${label ?? ''}）`;
  return label ?? FACT_NAMES[key] ?? key.replace(/^f\./, '');
}

/**
 * Where a fact was read, as exports name it: the 2008 form's statistics table and its row as the page
 * words it (`统计表` · `受理依申请公开信息总数`), or the text (`正文`) and the fact's name.
 */
export function factPlace(fact: Pick<Fact, 'key' | 'label'>): { table: string; row: string } {
  return isStatFact(fact.key)
    ? { table: '统计表', row: statRow(fact as Fact) }
    : { table: '正文', row: factName(fact.key, fact.label) };
}

/** A fact's value as exports show it: dates as ISO text (`2022-03-15`), other figures as they are. */
export function factValue(key: string, value: number | null): string | number | null {
  return DATE_FACTS.has(key) ? (isoFromYmd(value) ?? value) : value;
}

/** The user's flag notes per address (text-only flags have no address and no row). */
function notesByAddress(flags: Flag[] | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const f of flags ?? []) {
    if (f.address === null) continue;
    map.set(f.address, [...(map.get(f.address) ?? []), f.note]);
  }
  return map;
}

/** The tidy rows of every detected page, stacked; pages that are not reports add none. */
export function tidyRows(results: PageResult[], opts: { flags?: boolean } = {}): TidyRow[] {
  const rows: TidyRow[] = [];
  for (const page of results) {
    if (!page.detected) continue;
    const { report } = page;
    const rules = rulesByAddress(page.findings);
    const messages = messagesByAddress(page.findings);
    // Several messages in one field, one per line: a spreadsheet shows them stacked in the cell.
    const said = (addr: string) => (messages.get(addr) ?? []).join('\n');
    const notes = notesByAddress(page.flags);
    const base = {
      source: page.file ?? page.url ?? '',
      agency: report.agency,
      year: report.year,
      template: report.template,
    };
    const extra = (addr: string) => (opts.flags ? { flags: (notes.get(addr) ?? []).join(' | ') } : {});
    for (const addr of cellOrder(report)) {
      const cell = report.cells[addr]!;
      const { table, row, column } = splitAddress(addr);
      const parts = addressParts(addr, report.template);
      rows.push({
        ...base,
        table,
        row,
        column,
        address: addr,
        label: addressLabel(addr, report.template),
        value: cell.value,
        raw: cell.raw,
        findings: (rules.get(addr) ?? []).join(' '),
        table_label: parts?.table ?? table,
        row_label: parts?.row ?? row,
        column_label: parts?.column ?? column,
        messages: said(addr),
        ...extra(addr),
      });
    }
    for (const fact of report.facts) {
      const place = factPlace(fact);
      rows.push({
        ...base,
        table: 'f',
        row: fact.key.replace(/^f\./, ''),
        column: '',
        address: fact.key,
        label: fact.label ?? fact.quote,
        value: factValue(fact.key, fact.value),
        raw: fact.quote,
        findings: (rules.get(fact.key) ?? []).join(' '),
        table_label: place.table,
        row_label: place.row,
        // A figure the text gives as an estimate (1200余条, 50件以上): said where a cell names its column.
        column_label: fact.rough ? '约数 / estimate' : '',
        messages: said(fact.key),
        ...extra(fact.key),
      });
    }
  }
  return rows;
}
