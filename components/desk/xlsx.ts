/**
 * The XLSX workbook. write-excel-file is imported only here, and this module only by the desk page
 * (dynamically, on the first Excel export), so it never enters the popup or content-script bundles.
 */
import writeXlsxFile from 'write-excel-file/browser';
import type { PageResult } from '../../lib/model';
import { type SheetCell, xlsxSheets } from './xlsxSheets';

/** Strings are written as string cells (never formulas), so `=1+1` from a page stays text. */
function cell(v: SheetCell) {
  if (v === null) return null;
  if (typeof v === 'number') return { type: Number, value: v };
  return { type: String, value: v };
}

/** The workbook (表二, 表三, 表四, 发现, 标记) as a Blob. */
export async function toXlsxBlob(results: PageResult[]): Promise<Blob> {
  const sheets = xlsxSheets(results).map((s) => ({
    sheet: s.name,
    data: s.rows.map((row, i) =>
      i === 0 ? row.map((h) => ({ value: String(h), fontWeight: 'bold' as const })) : row.map(cell),
    ),
  }));
  return writeXlsxFile(sheets).toBlob();
}
