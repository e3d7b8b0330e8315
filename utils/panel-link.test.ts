import { describe, expect, it } from 'vitest';
import { panelAction } from './panel-link';

describe('panelAction: what the page script accepts from its panel frame', () => {
  it('takes every kind of action with exactly its fields', () => {
    const good = [
      { kind: 'focus', index: 0 },
      { kind: 'focus', index: 100_000 },
      { kind: 'locate', address: 't3.new.total' },
      { kind: 'marks', on: false },
      { kind: 'expand', on: true },
      { kind: 'save' },
      { kind: 'closeEditor' },
    ];
    for (const a of good) expect(panelAction(a)).toEqual(a);
  });

  it('refuses anything else: unknown kinds, missing, extra or ill-typed fields', () => {
    const bad: unknown[] = [
      null,
      'save',
      [],
      { kind: 'delete' },
      { kind: 'focus' },
      { kind: 'focus', index: -1 },
      { kind: 'focus', index: 1.5 },
      { kind: 'focus', index: 100_001 },
      { kind: 'focus', index: '1' },
      { kind: 'locate', address: 'x'.repeat(201) },
      { kind: 'marks', on: 'yes' },
      { kind: 'save', note: 'secret' },
      { kind: 'expand', on: true, extra: 1 },
      Object.assign(Object.create({ on: true }), { kind: 'marks' }),
    ];
    for (const a of bad) expect(panelAction(a), JSON.stringify(a)).toBeNull();
  });
});
