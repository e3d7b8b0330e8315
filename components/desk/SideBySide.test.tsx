import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedReport } from '../../lib/desk/model';
import type { Report } from '../../lib/model';
import { cells, makeReport } from '../../lib/rules/testing';
import { deltaText, SideBySide } from './SideBySide';

vi.mock('../popup/i18n', () => ({
  i18n: { t: (key: string, args?: string[]) => (args ? `${key}:${args.join(',')}` : key) },
}));

const saved = (report: Report): SavedReport => ({
  id: String(report.year),
  url: `http://www.a.gov.cn/${report.year}.html`,
  title: report.title,
  accessedAt: '2026-01-01T00:00:00Z',
  savedAt: '2026-01-01T00:00:00Z',
  source: 'page',
  result: { detected: true, report, findings: [] },
  flags: [],
  snapshot: '',
});

const a = saved(
  makeReport({
    year: 2021,
    template: '2021',
    cells: cells({
      't3.new.total': 12,
      't3.carried_out.natural': 3,
      't3.carried_out.total': 4,
      't4.review.total': 1,
    }),
  }),
);
const b = saved(
  makeReport({
    year: 2022,
    template: '2021',
    cells: cells({
      't3.new.total': 15,
      't3.carried_in.natural': 3,
      't3.carried_in.total': 2,
      't4.review.total': 1,
    }),
  }),
);

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('SideBySide', () => {
  it('shows both years and Δ per column, the carry-over marks, and folds the unchanged rows', async () => {
    render(<SideBySide a={a} b={b} onClose={() => undefined} />, root);
    const t3 = root.querySelector('table[data-table="t3"]')!;
    expect(t3.querySelectorAll('thead tr')[1]!.textContent).toContain('20212022desk.delta');
    const row = t3.querySelector('tr[data-row="new"]')!;
    const total = [...row.querySelectorAll('td')].slice(18).map((td) => td.textContent);
    expect(total).toEqual(['12', '15', '+3']);
    const carried = t3.querySelector('tr[data-row="carried_in"]')!;
    expect(carried.querySelector('td[data-address="t3.carried_in.natural"] .carry-equal')!.textContent).toBe(
      '✓',
    );
    expect(carried.querySelector('td[data-address="t3.carried_in.total"] .carry-differ')!.textContent).toBe(
      '✗',
    );
    const marks = [...root.querySelectorAll('table[data-table="carry"] tr.marks td')].map(
      (td) => td.textContent,
    );
    expect(marks).toEqual(['✓', '', '', '', '', '', '✗']);
    // 表四 行政复议 is the same both years: folded until asked for.
    expect(root.querySelector('tr[data-row="review"]')).toBeNull();
    const fold = root.querySelector<HTMLButtonElement>('button.fold')!;
    expect(fold.textContent).toBe('Show the 1 unchanged row');
    await act(() => fold.click());
    expect(root.querySelector('tr[data-row="review"]')).not.toBeNull();
    expect(root.querySelector('button.fold')!.textContent).toBe('desk.hideUnchanged');
  });

  it('writes Δ with a sign and a real minus', () => {
    expect([deltaText(3), deltaText(-2), deltaText(0), deltaText(null)]).toEqual(['+3', '−2', '0', '']);
  });
});
