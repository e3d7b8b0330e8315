/**
 * The tidy table behind the CSV and TSV exports: one row per keyed cell and one per text fact, so
 * reports from many agencies stack into one sheet with the same columns.
 */
import { addressLabel, requiredAddresses, splitAddress } from '../keys';
import type { Finding, Flag, PageResult, Report, TableId, Template } from '../model';

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
        ...extra(addr),
      });
    }
    for (const fact of report.facts) {
      rows.push({
        ...base,
        table: 'f',
        row: fact.key.replace(/^f\./, ''),
        column: '',
        address: fact.key,
        label: fact.label ?? fact.quote,
        value: fact.value,
        raw: fact.quote,
        findings: (rules.get(fact.key) ?? []).join(' '),
        ...extra(fact.key),
      });
    }
  }
  return rows;
}
