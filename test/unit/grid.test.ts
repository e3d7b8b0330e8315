import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '../../lib/grid';
import type { SourceCell, SourceTable } from '../../lib/source';

const cell = (text: string, rowspan = 1, colspan = 1): SourceCell<string> => ({
  text,
  rowspan,
  colspan,
  node: text,
});

describe('buildGrid', () => {
  it('expands rowspan and colspan and marks copies', () => {
    const t: SourceTable<string> = {
      node: 't',
      rows: [
        [cell('a', 2), cell('b', 1, 2)],
        [cell('c'), cell('d')],
      ],
    };
    const g = buildGrid(t);
    expect(g.width).toBe(3);
    expect(g.rows.map((r) => r.map((c) => c && `${c.src.text}${c.copy ? '*' : ''}`))).toEqual([
      ['a', 'b', 'b*'],
      ['a*', 'c', 'd'],
    ]);
  });

  it('clamps an absurd rowspan to the table', () => {
    const g = buildGrid({ node: 't', rows: [[cell('x', 5000)], [cell('y')]] });
    expect(g.rows.length).toBe(2);
    expect(g.rows[1]![0]!.src.text).toBe('x');
    expect(g.rows[1]![1]!.src.text).toBe('y');
  });

  it('pads short rows with null', () => {
    const g = buildGrid({ node: 't', rows: [[cell('a'), cell('b')], [cell('c')]] });
    expect(g.rows[1]).toEqual([expect.objectContaining({ col: 0 }), null]);
  });

  it('never throws and stays rectangular and bounded for random spans', () => {
    const spanArb = fc.oneof(
      fc.integer({ min: -3, max: 6 }),
      fc.constant(0),
      fc.integer({ min: 1, max: 100000 }),
    );
    const tableArb = fc.array(fc.array(fc.record({ r: spanArb, c: spanArb }), { maxLength: 12 }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(tableArb, (rows) => {
        const t: SourceTable<number> = {
          node: 0,
          rows: rows.map((r) => r.map((s, i) => ({ text: String(i), rowspan: s.r, colspan: s.c, node: i }))),
        };
        const g = buildGrid(t);
        const cells = rows.reduce((n, r) => n + r.length, 0);
        expect(g.rows.length).toBe(rows.length);
        for (const r of g.rows) expect(r.length).toBe(g.width);
        expect(g.width).toBeLessThanOrEqual(64);
        // Every source cell that fits is placed exactly once as an original.
        const originals = g.rows.flat().filter((c) => c && !c.copy).length;
        expect(originals).toBeLessThanOrEqual(cells);
      }),
      { numRuns: 300 },
    );
  });

  it('does linear work for a table of junk spans', () => {
    // 2,000 rows each with 40 cells of rowspan 100000 × colspan 100000: a quadratic grid would
    // be billions of slots; the clamped one is at most rows × 64.
    const rows = Array.from({ length: 2000 }, () =>
      Array.from({ length: 40 }, () => cell('x', 100000, 100000)),
    );
    const g = buildGrid({ node: 't', rows });
    expect(g.rows.length * g.width).toBeLessThanOrEqual(2000 * 64);
  });
});
