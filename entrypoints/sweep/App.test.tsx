import { describe, expect, it } from 'vitest';
import type { SweepRow } from '../../utils/sweep-protocol';
import { reduce } from './App';

const row = (url: string, errors = 0): SweepRow => ({
  url,
  text: url,
  title: url,
  agency: '某局',
  year: 2023,
  errors,
  warnings: 0,
  rules: [],
  saved: true,
});
const START = { phase: 'running' as const, rows: [], failed: [], queued: 0, lists: 0, reason: '' };

describe('the sweep page state', () => {
  it('keeps rows in column order whatever order they come in, then takes the checked batch', () => {
    let s = reduce(START, { type: 'list', url: 'l', page: 0, queued: 3 });
    s = reduce(s, { type: 'row', order: [0, 0, 2], row: row('b') });
    s = reduce(s, { type: 'row', order: [0, 0, 1], row: row('a') });
    s = reduce(s, {
      type: 'failed',
      order: [0, 0, 3],
      failed: { url: 'c', text: 'c', kind: 'http', reason: 'HTTP 404' },
    });
    expect(s.rows.map((r) => r.item.url)).toEqual(['a', 'b']);
    expect(s).toMatchObject({ queued: 3, lists: 1, phase: 'running' });
    // After the cross-year checks 'b' has an error the live row did not.
    s = reduce(s, {
      type: 'done',
      rows: [row('a'), row('b', 1)],
      failed: s.failed.map((f) => f.item),
      cancelled: false,
    });
    expect(s.phase).toBe('done');
    expect(s.rows.map((r) => r.item.errors)).toEqual([0, 1]);
  });

  it('says why a sweep was refused', () => {
    expect(reduce(START, { type: 'refused', reason: '只能核查 *.gov.cn' })).toMatchObject({
      phase: 'refused',
      reason: '只能核查 *.gov.cn',
    });
  });
});
