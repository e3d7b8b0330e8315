/**
 * The workbook's sheets as plain rows (no Excel library here, so Node tests can check them), made
 * for a reporter: Chinese headers; 报告 (one line per report); 表二, 表三, 表四 laid out as printed,
 * one block per report (the template's rows down the side, its columns across); 发现 with the
 * messages; 数据, the CSV's tidy rows; 标记, the user's flags. Used by the popup and the desk alike.
 */

import { factPlace, tidyRows } from '../../lib/export/rows';
import { addressLabel, T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROWS } from '../../lib/keys';
import type { Finding, PageResult, Report, Template } from '../../lib/model';
import { ruleInfo } from '../popup/ruleInfo';

/** A value: numbers stay numbers, dates are real dates, null is an empty cell. */
export type Plain = string | number | Date | null;

/** A value with the look it needs. */
export interface Styled {
  value: Plain;
  /** head: a column header; title: a report's block title; error / warning: a cell a finding names. */
  tone?: 'head' | 'title' | 'error' | 'warning';
  /** Dates: `date` (yyyy-mm-dd, the default) or `time` (yyyy-mm-dd hh:mm). */
  format?: 'date' | 'time';
  /** Text that may run over several lines (messages, cell lists). */
  wrap?: boolean;
  /** Merge this cell with the next n − 1 in its row. */
  span?: number;
}

/** A cell of a sheet. */
export type SheetCell = Plain | Styled;

/** One sheet: its tab name, rows, column widths in characters, frozen panes and an autofilter. */
export interface SheetRows {
  name: string;
  rows: SheetCell[][];
  widths: number[];
  /** Rows frozen at the top (the header). */
  frozenRows: number;
  /** Columns frozen at the left (the row labels of a printed table). */
  frozenColumns: number;
  /** An autofilter over the whole sheet, its header being the first row. */
  filter: boolean;
}

type Detected = Extract<PageResult, { detected: true }>;

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

const head = (value: string): Styled => ({ value, tone: 'head', wrap: true });
const source = (r: Detected) => r.file ?? r.url ?? '';

/** `2022-03-15` as a date at midnight UTC (the writer stores its calendar day); anything else null. */
export function isoDate(iso: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A stored ISO time as Beijing wall-clock time (the clock the desk shows), for a date-time cell. */
export function beijingTime(iso: string): Date | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t + 8 * 3600_000);
}

/**
 * What a finding names, as a reader cites it: `表三 一、本年新收… · 总计`, or where a fact was read
 * (`正文 主动公开政府信息总数`, `统计表 受理依申请公开信息总数`), by the report's own facts' labels.
 */
function cellNames(f: Finding, report: Report): string {
  return f.cells
    .map((a) => {
      if (!a.startsWith('f.')) return addressLabel(a, report.template);
      const place = factPlace(report.facts.find((x) => x.key === a) ?? { key: a });
      return `${place.table} ${place.row}`;
    })
    .join('\n');
}

/** The tone of each address a finding names: error wins over warning. */
function tones(findings: Finding[]): Map<string, 'error' | 'warning'> {
  const map = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    for (const a of f.cells) if (map.get(a) !== 'error') map.set(a, f.severity);
  }
  return map;
}

/** The template a report's tables are laid out by: its own, or the one whose rows it has more of. */
function layoutOf(report: Report): Template {
  if (report.template) return report.template;
  const has = (rows: string[]) => rows.filter((k) => `t3.${k}.total` in report.cells).length;
  return has(T3_ROWS['2019'].map((r) => r.key)) > has(T3_ROWS['2021'].map((r) => r.key)) ? '2019' : '2021';
}

/** A report's block title: what it is and where it was read. */
function blockTitle(r: Detected, span: number): Styled {
  const { agency, year, title } = r.report;
  const name = [agency ?? '未知机关', year ? `${year}年` : '年度未知'].join(' ');
  return { value: `${name} · ${title} · ${source(r)}`, tone: 'title', span };
}

/** A table cell as printed: its figure, or its raw text when it has none (`—`, `=1+1` stays text). */
function figure(report: Report, addr: string, tone: Map<string, 'error' | 'warning'>): SheetCell {
  const c = report.cells[addr];
  const value: Plain = c ? (c.value ?? (c.raw.trim() === '' ? null : c.raw)) : null;
  const t = tone.get(addr);
  return t ? { value, tone: t } : value;
}

/** 表二: its row groups as printed, each under its own column headers (they differ by group). */
function t2Block(r: Detected): SheetCell[][] {
  const tpl = layoutOf(r.report);
  const tone = tones(r.findings);
  const rows: SheetCell[][] = [[blockTitle(r, 4)]];
  let last = '';
  for (const def of T2_ROWS[tpl]) {
    const cols = def.columns.map((c) => c.label).join('|');
    if (cols !== last) {
      rows.push([head('信息内容'), ...def.columns.map((c) => head(c.label))]);
      last = cols;
    }
    rows.push([def.label, ...def.columns.map((c) => figure(r.report, `t2.${def.key}.${c.key}`, tone))]);
  }
  return rows;
}

/** 表三: the template's rows down the side, the seven applicant columns across. */
function t3Block(r: Detected): SheetCell[][] {
  const tone = tones(r.findings);
  const rows: SheetCell[][] = [[blockTitle(r, T3_COLUMNS.length + 1)]];
  for (const def of T3_ROWS[layoutOf(r.report)]) {
    rows.push([def.label, ...T3_COLUMNS.map((c) => figure(r.report, `t3.${def.key}.${c.key}`, tone))]);
  }
  return rows;
}

/** 表四: 行政复议 and the two kinds of 行政诉讼 down the side, the results across. */
function t4Block(r: Detected): SheetCell[][] {
  const tone = tones(r.findings);
  const rows: SheetCell[][] = [[blockTitle(r, T4_COLUMNS.length + 1)]];
  for (const def of T4_ROWS) {
    rows.push([def.label, ...T4_COLUMNS.map((c) => figure(r.report, `t4.${def.key}.${c.key}`, tone))]);
  }
  return rows;
}

/** Blocks one under another with an empty row between. */
function stack(blocks: SheetCell[][][]): SheetCell[][] {
  return blocks.flatMap((b, i) => (i === 0 ? b : [[], ...b]));
}

/** The tidy data sheet's headers, in the CSV's order (README names the CSV's keys). */
const DATA_HEAD = [
  ['source', '来源', 36],
  ['agency', '机关', 24],
  ['year', '年度', 7],
  ['template', '模板', 7],
  ['table', '表', 5],
  ['row', '行', 18],
  ['column', '列', 10],
  ['address', '地址', 24],
  ['label', '标签', 40],
  ['value', '数值', 10],
  ['raw', '原文', 14],
  ['findings', '规则', 18],
  ['table_label', '表名', 6],
  ['row_label', '行名', 36],
  ['column_label', '列名', 14],
  ['messages', '说明', 60],
] as const;

/** The sheets for these results (pages that are not reports add nothing). */
export function xlsxSheets(results: PageResult[]): SheetRows[] {
  const reports = results.filter((r): r is Detected => r.detected);
  const count = (r: Detected, s: string) => r.findings.filter((f) => f.severity === s).length;

  const overview: SheetCell[][] = [
    ['标题', '机关', '门户', '年度', '模板', '发布日期', '错误', '警告', '标记', '来源'].map(head),
    ...reports.map((r) => [
      r.report.title,
      r.report.agency,
      r.report.portal ?? null,
      r.report.year,
      r.report.template,
      isoDate(r.report.published),
      count(r, 'error'),
      count(r, 'warning'),
      r.flags?.length ?? 0,
      source(r),
    ]),
  ];

  const t3Head: SheetCell[] = [head('申请人情况'), ...T3_COLUMNS.map((c) => head(c.label))];
  const t4Head: SheetCell[] = [head('行政复议、行政诉讼'), ...T4_COLUMNS.map((c) => head(c.label))];

  const findings: SheetCell[][] = [
    [
      '来源',
      '机关',
      '年度',
      '严重程度',
      '规则',
      '规则名称',
      '说明',
      '涉及单元格',
      '另一份报告',
      '另一份年度',
      '另一份发布日期',
      '另一份来源',
    ].map(head),
  ];
  const flags: SheetCell[][] = [
    ['来源', '机关', '年度', '单元格', '地址', '引文', '备注', '创建时间（北京时间）'].map(head),
  ];
  for (const r of reports) {
    const base = [source(r), r.report.agency, r.report.year];
    for (const f of r.findings) {
      const o = f.other;
      findings.push([
        ...base,
        SEVERITY[f.severity] ?? f.severity,
        f.rule,
        ruleInfo(f.rule).title,
        { value: f.message, wrap: true },
        { value: cellNames(f, r.report), wrap: true },
        o?.title ?? null,
        o?.year ?? null,
        isoDate(o?.published),
        o ? (o.file ?? o.url ?? null) : null,
      ]);
    }
    for (const f of r.flags ?? []) {
      const where = f.address ? addressLabel(f.address, r.report.template) : '正文';
      const created = beijingTime(f.created);
      flags.push([
        ...base,
        where,
        f.address,
        f.quote,
        { value: f.note, wrap: true },
        created ? { value: created, format: 'time' } : f.created,
      ]);
    }
  }

  const data: SheetCell[][] = [
    DATA_HEAD.map(([, name]) => head(name)),
    ...tidyRows(reports).map((row) =>
      DATA_HEAD.map(([key]) => {
        const v = row[key];
        // The publication date fact reads as ISO text in the CSV: here it is a real date.
        if (key === 'value' && row.table === 'f' && typeof v === 'string') return isoDate(v) ?? v;
        if (key === 'messages' && v) return { value: v, wrap: true };
        return v ?? null;
      }),
    ),
  ];

  // Widths are in characters; a Chinese character takes about two, so 表三's longest row label
  // (（五）不予处理 5.要求行政机关确认或重新出具已获取信息) needs about 60.
  const table = (name: string, header: SheetCell[], blocks: SheetCell[][][], label: number) => ({
    name,
    rows: header.length ? [header, ...stack(blocks)] : stack(blocks),
    widths: [label, ...Array<number>(Math.max(0, header.length - 1) || 3).fill(12)],
    frozenRows: header.length ? 1 : 0,
    frozenColumns: 1,
    filter: false,
  });

  return [
    {
      name: '报告',
      rows: overview,
      widths: [48, 24, 18, 7, 7, 12, 7, 7, 7, 40],
      frozenRows: 1,
      frozenColumns: 0,
      filter: true,
    },
    table('表二', [], reports.map(t2Block), 30),
    table('表三', t3Head, reports.map(t3Block), 60),
    table('表四', t4Head, reports.map(t4Block), 30),
    {
      name: '发现',
      rows: findings,
      widths: [36, 24, 7, 9, 20, 28, 60, 40, 40, 10, 14, 36],
      frozenRows: 1,
      frozenColumns: 0,
      filter: true,
    },
    {
      name: '数据',
      rows: data,
      widths: DATA_HEAD.map(([, , w]) => w),
      frozenRows: 1,
      frozenColumns: 0,
      filter: true,
    },
    {
      name: '标记',
      rows: flags,
      widths: [36, 24, 7, 40, 24, 30, 40, 18],
      frozenRows: 1,
      frozenColumns: 0,
      filter: true,
    },
  ];
}
