import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskRow } from './filter';
import { beijing, ReportList } from './ReportList';

vi.mock('../popup/i18n', () => ({ i18n: { t: (key: string) => key } }));

const HOSTILE = '<img src=x onerror="globalThis.pwned=1">';

function rows(n: number): DeskRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    url: `http://x${i}.gov.cn/`,
    title: i === 0 ? HOSTILE : `报告${i}`,
    agency: i === 0 ? HOSTILE : `第${i}局`,
    agencyKey: `第${i}局`,
    year: 2014 + (i % 10),
    template: '2021',
    errors: i % 3,
    warnings: 0,
    flags: 0,
    savedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    source: 'page',
    cross: i % 7 === 0 ? 1 : 0,
    portal: `x${i % 4}.gov.cn`,
    published: `${2015 + (i % 10)}-0${1 + (i % 5)}-15`,
    deadline: i % 5 === 0 ? 'late' : 'on-time',
    rules: i % 3 ? ['t3-balance'] : [],
  }));
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('ReportList', () => {
  it('renders only a window of 5,000 rows, and the filter narrows them', async () => {
    const opened: string[] = [];
    render(<ReportList list={rows(5000)} ready onOpen={(id) => opened.push(id)} />, root);
    const count = () => root.querySelectorAll('.desk-row').length;
    expect(count()).toBeGreaterThan(10);
    expect(count()).toBeLessThan(120);
    const box = root.querySelector<HTMLInputElement>('.desk-filter')!;
    await act(() => {
      box.value = '第4999局';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(count()).toBe(1);
    root.querySelector<HTMLButtonElement>('.desk-row')!.click();
    expect(opened).toEqual(['r4999']);
  });

  it('shows page text as text, never as markup', () => {
    render(<ReportList list={rows(3)} ready onOpen={() => undefined} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
  });

  it('sorts a numeric column descending on the first click, ascending on the second', async () => {
    render(<ReportList list={rows(30)} ready onOpen={() => undefined} />, root);
    const head = () => root.querySelector<HTMLButtonElement>('[data-sort="errors"]')!;
    const first = () => root.querySelector('.desk-row .col-errors')!.textContent;
    await act(() => head().click());
    expect(first()).toBe('2');
    expect(head().getAttribute('data-dir')).toBe('descending');
    await act(() => head().click());
    expect(first()).toBe('0');
  });

  it('shows title, portal, year, template, published date and deadline status', () => {
    render(<ReportList list={rows(2)} ready onOpen={() => undefined} />, root);
    const heads = [...root.querySelectorAll('.desk-head button')].map((b) => b.getAttribute('data-sort'));
    expect(heads.slice(0, 6)).toEqual(['title', 'portal', 'year', 'template', 'published', 'deadline']);
    const row = root.querySelector('.desk-row[data-id="r1"]')!;
    const cell = (c: string) => row.querySelector(`.col-${c}`)!.textContent;
    expect([cell('title'), cell('portal'), cell('year'), cell('published'), cell('deadline')]).toEqual([
      '报告1',
      'x1.gov.cn',
      '2015',
      '2016-02-15',
      'desk.deadlineOnTime',
    ]);
    expect(root.querySelector('.desk-row[data-id="r0"] .col-deadline')!.className).toContain('deadline-late');
  });

  it('narrows by the has-errors box and the selects, and says how many are shown', async () => {
    render(<ReportList list={rows(30)} ready onOpen={() => undefined} />, root);
    const count = () => root.querySelectorAll('.desk-row').length;
    await act(() => root.querySelector<HTMLInputElement>('[data-filter="errorsOnly"]')!.click());
    expect(count()).toBe(20);
    const pick = async (name: string, value: string) => {
      const el = root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
      await act(() => {
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await pick('year', '2015');
    expect([...root.querySelectorAll('.desk-row .col-year')].map((e) => e.textContent)).toEqual([
      '2015',
      '2015',
    ]);
    await pick('year', '');
    // x1.gov.cn: rows 1, 5, 9, …, 29; with errors (i % 3 ≠ 0): 1, 5, 13, 17, 25, 29.
    await pick('portal', 'x1.gov.cn');
    expect(count()).toBe(6);
    await pick('rule', 't3-balance');
    expect(count()).toBe(6);
    await act(() => root.querySelector<HTMLInputElement>('[data-filter="errorsOnly"]')!.click());
    expect(count()).toBe(6);
    await pick('rule', '');
    expect(count()).toBe(8);
    // The count in the UI's language (the mocked i18n is not Chinese), plural forms and all.
    expect(root.querySelector('.desk-count')!.textContent).toMatch(/^\d+ reports, 8 shown$/);
  });

  it('shows the saved time in Beijing time, as the report view and the citations do', () => {
    expect(beijing('2026-01-01T20:05:00.000Z')).toBe('2026-01-02 04:05');
    expect(beijing('not a date')).toBe('not a date');
  });
});
