/**
 * The XLSX workbook. write-excel-file is imported only here, and this module only by the desk page
 * and the popup, each with a dynamic import on the first Excel export, so the writer never enters
 * the content script and the popup opens without it.
 */
import writeXlsxFile, { type Feature } from 'write-excel-file/browser';
import {
  getCellAddress,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
} from 'write-excel-file/utility';
import type { PageResult } from '../../lib/model';

/** What the browser build writes to (its Feature type is generic over it). */
type FileContent = File | Blob | ArrayBuffer;

import { type SheetCell, type SheetRows, type Styled, xlsxSheets } from './xlsxSheets';

const FILL: Record<NonNullable<Styled['tone']>, string> = {
  head: '#E8EEF7',
  title: '#F3F3F3',
  error: '#FDE2E1',
  warning: '#FFF4CC',
};

/** Strings are written as string cells (never formulas), so `=1+1` from a page stays text. */
function cell(c: SheetCell) {
  const s: Styled = c !== null && typeof c === 'object' && !(c instanceof Date) ? c : { value: c };
  const { value } = s;
  if (value === null && !s.tone) return null;
  const look = {
    ...(s.tone ? { backgroundColor: FILL[s.tone] } : {}),
    ...(s.tone === 'head' || s.tone === 'title' ? { fontWeight: 'bold' as const } : {}),
    ...(s.wrap ? { wrap: true } : {}),
    ...(s.span && s.span > 1 ? { columnSpan: s.span } : {}),
  };
  if (value === null) return { value: '', type: String, ...look };
  if (typeof value === 'number') return { value, type: Number, ...look };
  if (value instanceof Date)
    return { value, type: Date, format: s.format === 'time' ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd', ...look };
  return { value, type: String, ...look };
}

/** The autofilter over a sheet's used range: Excel's filter arrows on its header row. */
function autoFilter(sheets: SheetRows[]): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml: string, _options: unknown, { sheetIndex }: { sheetIndex: number }) {
            const s = sheets[sheetIndex];
            if (!s?.filter || s.rows.length === 0) return xml;
            const width = Math.max(...s.rows.map((r) => r.length));
            const ref = `A1:${getCellAddress(Math.max(s.rows.length - 1, 1), width - 1)}`;
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            return insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              getSelfClosingTagMarkup('autoFilter', { ref }),
              order,
              'worksheet',
            );
          },
        },
      },
    },
  } as Feature<FileContent>;
}

/** The workbook (报告, 表二, 表三, 表四, 发现, 数据, 标记) as a Blob. */
export async function toXlsxBlob(results: PageResult[]): Promise<Blob> {
  const sheets = xlsxSheets(results);
  const data = sheets.map((s) => ({
    sheet: s.name,
    data: s.rows.map((row) => row.map(cell)),
    columns: s.widths.map((width) => ({ width })),
    ...(s.frozenRows ? { stickyRowsCount: s.frozenRows } : {}),
    ...(s.frozenColumns ? { stickyColumnsCount: s.frozenColumns } : {}),
  }));
  return writeXlsxFile(data as Parameters<typeof writeXlsxFile>[0], {
    fontFamily: 'Microsoft YaHei',
    fontSize: 11,
    features: [autoFilter(sheets)],
  }).toBlob();
}
