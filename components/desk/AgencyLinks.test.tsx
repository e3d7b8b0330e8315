import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgencyLinks as Links } from '../../lib/desk/agency';
import type { SavedSummary } from '../../lib/desk/model';
import { AgencyLinks } from './AgencyLinks';

vi.mock('../popup/i18n', () => ({ i18n: { t: (key: string) => key } }));

const summary = (id: string, agency: string): SavedSummary => ({
  id,
  url: `http://x.gov.cn/${id}`,
  title: agency,
  agency,
  agencyKey: agency,
  year: 2022,
  template: '2021',
  errors: 0,
  warnings: 0,
  flags: 0,
  savedAt: '2026-01-01T00:00:00Z',
  source: 'page',
});
const list = [summary('1', '某县住建局'), summary('2', '某县住房和城乡建设局')];

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

function pick(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('AgencyLinks', () => {
  it('links the two names picked, and unlinks a listed pair', async () => {
    const changes: Links[] = [];
    render(<AgencyLinks list={list} links={{ pairs: [] }} onChange={(l) => changes.push(l)} />, root);
    const [a, b] = [...root.querySelectorAll('select')];
    await act(() => pick(a!, '某县住建局'));
    await act(() => pick(b!, '某县住房和城乡建设局'));
    await act(() => root.querySelector<HTMLButtonElement>('p button')!.click());
    expect(changes).toEqual([{ pairs: [['某县住建局', '某县住房和城乡建设局']] }]);

    render(<AgencyLinks list={list} links={changes[0]!} onChange={(l) => changes.push(l)} />, root);
    expect(root.querySelector('.link-list')!.textContent).toContain('某县住建局 ↔ 某县住房和城乡建设局');
    await act(() => root.querySelector<HTMLButtonElement>('.link-list button')!.click());
    expect(changes[1]).toEqual({ pairs: [] });
  });
});
