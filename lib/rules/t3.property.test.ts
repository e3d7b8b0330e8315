import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Template } from '../model';
import { t3Balance } from './t3-balance';
import { t3ColumnSum } from './t3-column-sum';
import { t3OutcomeSum } from './t3-outcome-sum';
import { balancedT3, cells, makeCtx, makeReport } from './testing';

const T3_RULES = [t3Balance, t3OutcomeSum, t3ColumnSum];

/** A random consistent 表三 under a random template (or none), as plain numbers. */
const table = fc
  .record({
    template: fc.constantFrom<Template>('2019', '2021'),
    unknown: fc.boolean(),
    values: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ template, unknown, values }) => {
    let i = 0;
    const t3 = balancedT3(template, () => values[i++ % values.length] ?? 0);
    return { template: unknown ? null : template, t3 };
  });

const audit = (template: Template | null, t3: Record<string, number>) =>
  T3_RULES.flatMap((r) => r.run(makeReport({ template, cells: cells(t3) }), makeCtx()));

describe('表三 arithmetic rules on random tables', () => {
  it('are silent on every consistent table', () => {
    fc.assert(
      fc.property(table, ({ template, t3 }) => {
        expect(audit(template, t3)).toEqual([]);
      }),
    );
  });

  it('fire, naming the changed cell, when any one cell is changed', () => {
    fc.assert(
      fc.property(
        table,
        fc.nat(),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        ({ template, t3 }, pick, delta) => {
          const addrs = Object.keys(t3);
          const addr = addrs[pick % addrs.length]!;
          const found = audit(template, { ...t3, [addr]: (t3[addr] ?? 0) + delta });
          expect(found.length).toBeGreaterThan(0);
          expect(found.some((f) => f.cells.includes(addr))).toBe(true);
        },
      ),
    );
  });

  it('stay silent when the changed cell is blanked instead', () => {
    fc.assert(
      fc.property(table, fc.nat(), ({ template, t3 }, pick) => {
        const addrs = Object.keys(t3);
        const addr = addrs[pick % addrs.length]!;
        const c = cells(t3);
        c[addr] = { value: null, raw: '—' };
        const found = T3_RULES.flatMap((r) => r.run(makeReport({ template, cells: c }), makeCtx()));
        expect(found).toEqual([]);
      }),
    );
  });
});
