import { describe, expect, it } from 'vitest';
import type { Run } from './layout';
import { tabular } from './read';

/** A run of `n` 10-point characters at (x, y). */
const R = (x: number, y: number, n = 1): Run => ({ text: '字'.repeat(n), x, y, w: n * 10, h: 10 });

describe('tabular', () => {
  it('takes rows of figures in columns for a table', () => {
    // 表三 rows: a label, then figures in narrow columns 25 points apart.
    const rows = [100, 130, 160].flatMap((y) => [R(50, y, 8), R(200, y), R(225, y), R(250, y)]);
    expect(tabular(rows)).toBe(true);
  });

  it('takes justified prose, its runs a hair apart, for no table', () => {
    const prose = [100, 116, 132, 148].flatMap((y) => [R(50, y, 10), R(151, y, 6), R(212, y, 14)]);
    expect(tabular(prose)).toBe(false);
  });

  it('needs two lines with columns: one signature line with a wide gap is not a table', () => {
    expect(tabular([R(50, 100, 10), R(300, 100, 8), R(50, 120, 20)])).toBe(false);
  });
});
