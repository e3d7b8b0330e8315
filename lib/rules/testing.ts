/** Small hand-made reports and contexts for the rule tests, so they do not depend on the recogniser. */
import { address, T3_PART_COLUMNS, T3_ROWS } from '../keys';
import type { CellValue, Fact, Report, Template } from '../model';
import type { AuditContext } from './types';

/** Cells from plain values: a number keeps its digits as raw text, null stands for a blank. */
export function cells(values: Record<string, number | null>): Record<string, CellValue> {
  return Object.fromEntries(
    Object.entries(values).map(([addr, value]) => [
      addr,
      { value, raw: value === null ? '' : String(value) },
    ]),
  );
}

/** A 2019-template department report of 2020, published in time, with no cells or facts. */
export function makeReport(over: Partial<Report> = {}): Report {
  return {
    title: '某某区统计局2020年政府信息公开工作年度报告',
    agency: '某某区统计局',
    year: 2020,
    template: '2019',
    published: '2021-01-20',
    cells: {},
    facts: [],
    ...over,
  };
}

/** A context in which every table was found, with no media and no unmapped rows. */
export function makeCtx(over: Partial<AuditContext> = {}): AuditContext {
  return {
    found: { t2: true, t3: true, t4: true },
    media: { images: 0, attachments: 0 },
    unmapped: [],
    ...over,
  };
}

/** A fact as the recogniser would give it. */
export function fact(key: string, value: number | null, quote = `…${value ?? ''}…`, label?: string): Fact {
  return label === undefined ? { key, value, quote } : { key, value, quote, label };
}

const DERIVED = new Set(['new', 'outcome_total']);

/**
 * A consistent 表三: `pick(row, column)` gives each outcome row, 上年结转 and 结转下年度 of the six
 * part columns; 本年新收, (七) 总计 and the 总计 column are derived so every 勾稽关系 holds.
 */
export function balancedT3(
  template: Template,
  pick: (row: string, column: string) => number,
): Record<string, number> {
  const rows = T3_ROWS[template].map((r) => r.key);
  const outcomes = rows.filter((r) => !DERIVED.has(r) && r !== 'carried_in' && r !== 'carried_out');
  const out: Record<string, number> = {};
  for (const c of T3_PART_COLUMNS) {
    for (const r of rows) if (!DERIVED.has(r)) out[address('t3', r, c)] = pick(r, c);
    const closed = outcomes.reduce((s, r) => s + (out[address('t3', r, c)] ?? 0), 0);
    out[address('t3', 'outcome_total', c)] = closed;
    out[address('t3', 'new', c)] =
      closed + (out[address('t3', 'carried_out', c)] ?? 0) - (out[address('t3', 'carried_in', c)] ?? 0);
  }
  for (const r of rows)
    out[address('t3', r, 'total')] = T3_PART_COLUMNS.reduce((s, c) => s + (out[address('t3', r, c)] ?? 0), 0);
  return out;
}

/** A small consistent 表三 (some applications from 自然人 and 商业企业) as report cells. */
export function sampleT3(template: Template = '2019'): Record<string, CellValue> {
  return cells(
    balancedT3(template, (row, col) => {
      if (col === 'natural')
        return row === 'granted' ? 3 : row === 'partial' ? 17 : row === 'carried_out' ? 2 : 0;
      if (col === 'commercial') return row === 'granted' ? 1 : row === 'carried_in' ? 1 : 0;
      return 0;
    }),
  );
}

/** A 表三 of `template` with every cell 0 (a total line left 0 is built on it). */
export function zeroT3(template: Template): Record<string, CellValue> {
  return Object.fromEntries(Object.keys(sampleT3(template)).map((k) => [k, { value: 0, raw: '0' }]));
}

/** A consistent 表四: one review upheld, one suit pending. */
export function sampleT4(): Record<string, CellValue> {
  return cells({
    't4.review.upheld': 1,
    't4.review.corrected': 0,
    't4.review.other': 0,
    't4.review.pending': 0,
    't4.review.total': 1,
    't4.suit_direct.upheld': 0,
    't4.suit_direct.corrected': 0,
    't4.suit_direct.other': 0,
    't4.suit_direct.pending': 1,
    't4.suit_direct.total': 1,
    't4.suit_after_review.upheld': 0,
    't4.suit_after_review.corrected': 0,
    't4.suit_after_review.other': 0,
    't4.suit_after_review.pending': 0,
    't4.suit_after_review.total': 0,
  });
}
