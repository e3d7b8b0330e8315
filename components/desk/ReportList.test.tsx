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

  it('sorts by a column when its header is clicked', async () => {
    render(<ReportList list={rows(30)} ready onOpen={() => undefined} />, root);
    await act(() => root.querySelector<HTMLButtonElement>('[data-sort="errors"]')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-sort="errors"]')!.click());
    const first = root.querySelector('.desk-row .col-errors')!.textContent;
    expect(first).toBe('2');
  });

  it('shows the saved time in Beijing time, as the report view and the citations do', () => {
    expect(beijing('2026-01-01T20:05:00.000Z')).toBe('2026-01-02 04:05');
    expect(beijing('not a date')).toBe('not a date');
  });
});
