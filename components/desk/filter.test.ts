import { describe, expect, it } from 'vitest';
import {
  choices,
  type DeskRow,
  filterBy,
  filterIndexed,
  index,
  NO_FILTERS,
  nextSort,
  sortIndexed,
} from './filter';

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
  portal: agency ? 'weibin.gov.cn' : null,
  published: year ? `${year + 1}-01-20` : null,
  deadline: year ? 'on-time' : 'unknown',
  rules: errors > 0 ? ['t3-balance'] : [],
});
const list = index([
  row('1', '卫滨区住房和城乡建设局', 2021, 2),
  row('2', '卫滨区住房和城乡建设局', 2022),
  row('3', null, null, 5),
]);

describe('desk list filter and sort', () => {
  it('keeps rows where every term occurs, case-insensitive', () => {
    expect(filterIndexed(list, '卫滨 2022').map((x) => x.s.id)).toEqual(['2']);
    expect(filterIndexed(list, 'HTTP://X.GOV.CN/3').map((x) => x.s.id)).toEqual(['3']);
    expect(filterIndexed(list, '  ')).toBe(list);
  });
  it('loosens to characters in order only when the exact text finds nothing', () => {
    const many = index([row('1', '第49区住房和城乡建设局', 2021), row('2', '第149区住房和城乡建设局', 2021)]);
    expect(filterIndexed(many, '第49区住房和城乡建设局').map((x) => x.s.id)).toEqual(['1']);
    expect(filterIndexed(many, '第49住建').map((x) => x.s.id)).toEqual(['1', '2']);
  });
  it('matches a short name against the long one (卫滨区住建局)', () => {
    expect(filterIndexed(list, '卫滨区住建局 2022').map((x) => x.s.id)).toEqual(['2']);
    expect(filterIndexed(list, 'weibin.gov').map((x) => x.s.id)).toEqual(['1', '2']);
  });
  it('filters by errors, rule, year, template and portal', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) => filterBy(list, { ...NO_FILTERS, ...f }).map((x) => x.s.id);
    expect(filterBy(list, NO_FILTERS)).toBe(list);
    expect(ids({ errorsOnly: true })).toEqual(['1', '3']);
    expect(ids({ rule: 't3-balance', year: '2021' })).toEqual(['1']);
    expect(ids({ portal: 'weibin.gov.cn' })).toEqual(['1', '2']);
    expect(ids({ template: '2019' })).toEqual([]);
    expect(choices(list.map((x) => x.s))).toEqual({
      rules: ['t3-balance'],
      years: ['2022', '2021'],
      templates: ['2021'],
      portals: ['weibin.gov.cn'],
    });
  });
  it('a first click sorts numbers and dates descending, text ascending; a second turns round', () => {
    const s = { key: 'savedAt' as const, dir: -1 as const };
    expect(nextSort(s, 'errors')).toEqual({ key: 'errors', dir: -1 });
    expect(nextSort(s, 'year')).toEqual({ key: 'year', dir: -1 });
    expect(nextSort(s, 'published')).toEqual({ key: 'published', dir: -1 });
    expect(nextSort(s, 'title')).toEqual({ key: 'title', dir: 1 });
    expect(nextSort({ key: 'errors', dir: -1 }, 'errors')).toEqual({ key: 'errors', dir: 1 });
  });
  it('sorts the deadline column with the late reports first', () => {
    const rows = [row('1', 'a', 2021), row('2', 'b', 2021), row('3', 'c', null)];
    rows[1]!.deadline = 'late';
    const sorted = sortIndexed(index(rows), { key: 'deadline', dir: 1 }).map((x) => x.s.id);
    expect(sorted).toEqual(['2', '3', '1']);
  });
  it('sorts numbers as numbers and unknowns last either way', () => {
    expect(sortIndexed(list, { key: 'year', dir: 1 }).map((x) => x.s.id)).toEqual(['1', '2', '3']);
    expect(sortIndexed(list, { key: 'year', dir: -1 }).map((x) => x.s.id)).toEqual(['2', '1', '3']);
    expect(sortIndexed(list, { key: 'errors', dir: -1 }).map((x) => x.s.id)).toEqual(['3', '1', '2']);
  });
  // How fast a keystroke filters 5,000 saved reports is bench/desk.bench.mjs's to measure, not a unit test's.
  it('filters 5,000 rows to those that match, in their order', () => {
    const many = index(Array.from({ length: 5000 }, (_, i) => row(String(i), `机关${i}`, 2019 + (i % 6))));
    expect(filterIndexed(many, '机').length).toBe(5000);
    expect(filterIndexed(many, '机关421').map((x) => x.s.id)).toEqual([
      '421',
      ...Array.from({ length: 10 }, (_, k) => `421${k}`),
    ]);
  });
});
