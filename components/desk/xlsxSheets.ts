/**
 * The workbook's sheets as plain rows (no Excel library here, so Node tests can check them): 表二,
 * 表三, 表四 in the tidy layout, then 发现 (findings) and 标记 (flags), every saved report stacked.
 */
import { tidyRows } from '../../lib/export/rows';
import type { PageResult } from '../../lib/model';

/** A cell: numbers stay numbers so a spreadsheet can sum them; null is an empty cell. */
export type SheetCell = string | number | null;

/** One sheet: its tab name and rows, the first row being the header. */
export interface SheetRows {
  name: string;
  rows: SheetCell[][];
}

type Detected = Extract<PageResult, { detected: true }>;

const TIDY = ['source', 'agency', 'year', 'address', 'label', 'value', 'raw', 'findings'] as const;
const TABLES = [
  ['t2', '表二'],
  ['t3', '表三'],
  ['t4', '表四'],
] as const;

const source = (r: Detected) => r.file ?? r.url ?? '';

/** The five sheets for these results (pages that are not reports add no rows). */
export function xlsxSheets(results: PageResult[]): SheetRows[] {
  const reports = results.filter((r): r is Detected => r.detected);
  const tidy = tidyRows(reports);
  const sheets: SheetRows[] = TABLES.map(([id, name]) => ({
    name,
    rows: [[...TIDY], ...tidy.filter((r) => r.table === id).map((r) => TIDY.map((c) => r[c] ?? null))],
  }));
  // A cross-year finding's other report: where it was read and its year (empty for the others).
  const findings: SheetCell[][] = [
    ['source', 'agency', 'year', 'rule', 'severity', 'message', 'cells', 'other_source', 'other_year'],
  ];
  const flags: SheetCell[][] = [['source', 'agency', 'year', 'address', 'quote', 'note', 'created']];
  for (const r of reports) {
    const base = [source(r), r.report.agency, r.report.year];
    for (const f of r.findings) {
      const other = f.other ? [f.other.file ?? f.other.url ?? '', f.other.year] : [null, null];
      findings.push([...base, f.rule, f.severity, f.message, f.cells.join(' '), ...other]);
    }
    for (const f of r.flags ?? []) flags.push([...base, f.address, f.quote, f.note, f.created]);
  }
  sheets.push({ name: '发现', rows: findings }, { name: '标记', rows: flags });
  return sheets;
}
