import { describe, expect, it } from 'vitest';
import type { SavedReport } from '../../lib/desk/model';
import { makeReport } from '../../lib/rules/testing';
import { copyLabels } from './compare-label';

const saved = (id: string, year: number, url: string, extra: Partial<SavedReport> = {}): SavedReport => ({
  id,
  url,
  title: 't',
  accessedAt: '2026-01-01T08:30:00Z',
  savedAt: '2026-01-01T08:30:00Z',
  source: 'page',
  result: { detected: true, report: makeReport({ year }), findings: [] },
  flags: [],
  snapshot: '',
  ...extra,
});

describe('copyLabels', () => {
  it('leaves a year with one report unlabelled', () => {
    const m = copyLabels([
      saved('a', 2021, 'http://x.gov.cn/a.html'),
      saved('b', 2022, 'http://x.gov.cn/b.html'),
    ]);
    expect([...m]).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('tells two copies of one year apart by file name or address, then by when they were read', () => {
    const m = copyLabels([
      saved('a', 2021, 'http://x.gov.cn/art/2022/1/26/art_1_%E5%B9%B4%E6%8A%A5.html'),
      saved('b', 2021, 'file', { source: 'file', fileName: '2021年报-修订.html' }),
      saved('c', 2022, 'http://x.gov.cn/c.html'),
    ]);
    expect(m.get('a')).toBe('art_1_年报.html');
    expect(m.get('b')).toBe('2021年报-修订.html');
    expect(m.get('c')).toBeNull();
    const twice = copyLabels([
      saved('a', 2021, 'http://x.gov.cn/a.html?x=1'),
      saved('b', 2021, 'http://y.gov.cn/a.html', { accessedAt: '2026-02-03T10:00:00Z' }),
    ]);
    expect(twice.get('a')).toBe('a.html · 2026-01-01 08:30');
    expect(twice.get('b')).toBe('a.html · 2026-02-03 10:00');
  });
});
