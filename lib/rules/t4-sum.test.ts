import { describe, expect, it } from 'vitest';
import type { CellValue } from '../model';
import { t4Sum } from './t4-sum';
import { cells, makeCtx, makeReport, sampleT4 } from './testing';

const run = (c: Record<string, CellValue>) => t4Sum.run(makeReport({ cells: c }), makeCtx());

describe('t4-sum', () => {
  it('fires per row with the four results and the total', () => {
    const c = sampleT4();
    c['t4.suit_direct.total'] = { value: 3, raw: '3' };
    expect(run(c)).toMatchObject([
      {
        rule: 't4-sum',
        severity: 'error',
        message:
          '表四「行政诉讼·未经复议直接起诉」行：结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 1 = 1，但 总计 为 3',
        cells: [
          't4.suit_direct.upheld',
          't4.suit_direct.corrected',
          't4.suit_direct.other',
          't4.suit_direct.pending',
          't4.suit_direct.total',
        ],
      },
    ]);
  });

  it('is silent on a consistent table and on blanks', () => {
    expect(run(sampleT4())).toEqual([]);
    const c = sampleT4();
    c['t4.review.total'] = { value: 9, raw: '9' };
    c['t4.review.pending'] = { value: null, raw: '' };
    expect(run(c)).toEqual([]);
    expect(run({})).toEqual([]);
  });

  it('compares decimals with a tolerance', () => {
    const c = cells({
      't4.review.upheld': 0.1,
      't4.review.corrected': 0.2,
      't4.review.other': 0,
      't4.review.pending': 0,
      't4.review.total': 0.3,
    });
    expect(run(c)).toEqual([]);
    c['t4.review.total'] = { value: 0.31, raw: '0.31' };
    expect(run(c)[0]?.message).toContain('= 0.3，但 总计 为 0.31');
  });
});
