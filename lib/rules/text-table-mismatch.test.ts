import { describe, expect, it } from 'vitest';
import type { Fact, Report } from '../model';
import { cells, fact, makeCtx, makeReport } from './testing';
import { textTableMismatch } from './text-table-mismatch';

const run = (facts: Fact[], c: Record<string, number | null>, over: Partial<Report> = {}) =>
  textTableMismatch.run(makeReport({ facts, cells: cells(c), ...over }), makeCtx());

describe('text-table-mismatch', () => {
  it('compares normative documents with 本年新制作数量 under the 2019 template', () => {
    const found = run([fact('f.normative_made', 9, '2020年制作规范性文件9篇')], { 't2.normative.made': 7 });
    expect(found).toEqual([
      {
        rule: 'text-table-mismatch',
        severity: 'error',
        message: '正文称「2020年制作规范性文件9篇」，表二 规范性文件·本年新制作数量 为 7',
        cells: ['f.normative_made', 't2.normative.made'],
      },
    ]);
  });

  it('uses 本年制发件数 under the 2021 template, and whichever exists without one', () => {
    const facts = [fact('f.normative_made', 9, '制发规范性文件9件')];
    const c = { 't2.normative.issued': 8, 't2.normative.made': 9 };
    expect(run(facts, c, { template: '2021' })[0]?.message).toBe(
      '正文称「制发规范性文件9件」，表二 行政规范性文件·本年制发件数 为 8',
    );
    expect(run(facts, { 't2.normative.issued': 8 }, { template: null })[0]?.cells).toEqual([
      'f.normative_made',
      't2.normative.issued',
    ]);
    expect(run(facts, c, { template: null })).toEqual([]);
  });

  it('compares applications received and closed with 表三', () => {
    const found = run(
      [fact('f.applications_received', 31, '新收到申请31件'), fact('f.applications_closed', 30, '办结30件')],
      { 't3.new.total': 41, 't3.outcome_total.total': 40 },
    );
    expect(found.map((f) => [f.message, f.cells])).toEqual([
      ['正文称「新收到申请31件」，表三 本年新收·总计 为 41', ['f.applications_received', 't3.new.total']],
      [
        '正文称「办结30件」，表三 办理结果总计·总计 为 40',
        ['f.applications_closed', 't3.outcome_total.total'],
      ],
    ]);
  });

  it('compares reviews with 表四, including a text that says there were none', () => {
    const [f] = run([fact('f.reviews', 0, '未发生行政复议')], { 't4.review.total': 2 });
    expect(f?.message).toBe('正文称「未发生行政复议」，表四 行政复议·总计 为 2');
    expect(f?.cells).toEqual(['f.reviews', 't4.review.total']);
  });

  it('compares suits with both kinds of 行政诉讼 together', () => {
    const c = { 't4.suit_direct.total': 2, 't4.suit_after_review.total': 1 };
    const [f] = run([fact('f.suits', 2, '行政诉讼2件')], c);
    expect(f).toEqual({
      rule: 'text-table-mismatch',
      severity: 'error',
      message:
        '正文称「行政诉讼2件」，表四 行政诉讼·未经复议直接起诉·总计 2 + 行政诉讼·复议后起诉·总计 1 = 3',
      cells: ['f.suits', 't4.suit_direct.total', 't4.suit_after_review.total'],
    });
    expect(run([fact('f.suits', 3)], c)).toEqual([]);
    expect(
      run([fact('f.suits', 2)], { 't4.suit_direct.total': 2, 't4.suit_after_review.total': null }),
    ).toEqual([]);
  });

  it('is silent when either side is missing or they agree', () => {
    expect(run([fact('f.reviews', null, '行政复议共件')], { 't4.review.total': 2 })).toEqual([]);
    expect(run([fact('f.reviews', 2)], { 't4.review.total': null })).toEqual([]);
    expect(run([fact('f.reviews', 2)], {})).toEqual([]);
    expect(run([], { 't4.review.total': 2 })).toEqual([]);
    expect(run([fact('f.applications_received', 41)], { 't3.new.total': 41 })).toEqual([]);
  });
});
