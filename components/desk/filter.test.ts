import { describe, expect, it } from 'vitest';
import { type DeskRow, filterIndexed, index, sortIndexed } from './filter';

const row = (id: string, agency: string | null, year: number | null, errors = 0): DeskRow => ({
  id,
  url: `http://x.gov.cn/${id}`,
  title: `${agency ?? ''}${year ?? ''}年报`,
  agency,
  agencyKey: agency,
  year,
  template: '2021',
  errors,
  warnings: 0,
  flags: 0,
  savedAt: `2026-01-0${id}T00:00:00Z`,
  source: 'page',
  cross: null,
});
const list = index([
  row('1', '卫滨区住建局', 2021, 2),
  row('2', '卫滨区住建局', 2022),
  row('3', null, null, 5),
]);

describe('desk list filter and sort', () => {
  it('keeps rows where every term occurs, case-insensitive', () => {
    expect(filterIndexed(list, '卫滨 2022').map((x) => x.s.id)).toEqual(['2']);
    expect(filterIndexed(list, 'HTTP://X.GOV.CN/3').map((x) => x.s.id)).toEqual(['3']);
    expect(filterIndexed(list, '  ')).toBe(list);
  });
  it('sorts numbers as numbers and unknowns last either way', () => {
    expect(sortIndexed(list, { key: 'year', dir: 1 }).map((x) => x.s.id)).toEqual(['1', '2', '3']);
    expect(sortIndexed(list, { key: 'year', dir: -1 }).map((x) => x.s.id)).toEqual(['2', '1', '3']);
    expect(sortIndexed(list, { key: 'errors', dir: -1 }).map((x) => x.s.id)).toEqual(['3', '1', '2']);
  });
  it('filters 5,000 rows well inside a frame', () => {
    const many = index(Array.from({ length: 5000 }, (_, i) => row(String(i), `机关${i}`, 2019 + (i % 6))));
    const t = performance.now();
    for (const q of ['机', '机关', '机关4', '机关42', '机关421']) filterIndexed(many, q);
    expect((performance.now() - t) / 5).toBeLessThan(20);
  });
});
