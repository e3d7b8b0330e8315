import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { T3_ROWS } from '../../lib/keys';
import type { Report } from '../../lib/model';
import { TableView } from './TableView';

vi.mock('./i18n', () => ({ i18n: { t: (key: string) => key } }));

const HOSTILE = '<img src=x onerror="globalThis.pwned=1">';

function report(): Report {
  return {
    title: '某局2023年政府信息公开工作年度报告',
    agency: '某局',
    year: 2023,
    template: '2021',
    published: '2024-01-20',
    cells: {
      't2.rules.issued': { value: null, raw: '=1+1' },
      't2.rules.repealed': { value: -4, raw: '-4' },
      't3.new.total': { value: 6, raw: '6' },
      't3.new.natural': { value: null, raw: HOSTILE },
      't9.odd.cell': { value: 1, raw: '1' },
    },
    facts: [],
  };
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});

describe('TableView', () => {
  it('shows no empty template where no figure was read, and says so', () => {
    render(<TableView report={{ ...report(), cells: {} }} findings={[]} flags={[]} />, root);
    expect(root.querySelector('[data-table="none"]')?.textContent).toBe('table.none');
    expect(root.querySelectorAll('table')).toHaveLength(0);
  });

  it("shows an old report's statistics table where it has no template table, its figures marked", () => {
    const stat = (key: string, value: number, row: string) => ({
      key,
      value,
      quote: String(value),
      label: `统计表·${row}`,
    });
    const old: Report = {
      ...report(),
      year: 2013,
      template: null,
      cells: {},
      facts: [
        { key: 'f.proactive_total', value: 43, quote: '共主动公开政府信息43条' },
        { key: 'f.stat.year', value: 2013, quote: '2013年度', label: '统计表·年度' },
        stat('f.stat.proactive_total', 33, '主动公开信息数'),
        stat('f.stat.proactive_total.cumulative', 83, '主动公开信息数（历年累计）'),
        stat('f.stat.proactive_total.channel.1', 23, '网站公开'),
        stat('f.stat.applications', 0, '受理依申请公开信息总数'),
        stat('f.stat.applications.part.1', 3, '当面申请数'),
      ],
    };
    const finding = {
      rule: 'stat-part-sum',
      severity: 'error' as const,
      message: '统计表「受理依申请公开信息总数」为 0，而其下各项之和大于它',
      cells: ['f.stat.applications', 'f.stat.applications.part.1'],
    };
    render(<TableView report={old} findings={[finding]} flags={[]} />, root);
    expect(root.querySelector('[data-table="none"]')?.textContent).toBe('table.statOnly');
    const rows = [...root.querySelectorAll('[data-table="stat"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).toEqual([
      ['主动公开信息数', '33', '83'],
      ['网站公开', '23', ''],
      ['受理依申请公开信息总数', '0', ''],
      ['当面申请数', '3', ''],
    ]);
    expect(root.querySelector('[data-table="stat"] thead')?.textContent).toContain('2013年度');
    const marked = root.querySelector('td[data-address="f.stat.applications.part.1"]');
    expect(marked?.classList.contains('error')).toBe(true);
    expect(marked?.getAttribute('title')).toContain('而其下各项之和大于它');
    expect(root.querySelector('td[data-address="f.stat.proactive_total"]')?.classList.contains('error')).toBe(
      false,
    );
  });

  it('lays out every 表三 cell of the template and shows values as text', () => {
    render(<TableView report={report()} findings={[]} flags={[]} />, root);
    expect(root.querySelectorAll('[data-table="t3"] td[data-address]')).toHaveLength(
      T3_ROWS['2021'].length * 7,
    );
    expect(root.querySelector('td[data-address="t2.rules.repealed"]')?.textContent).toBe('-4');
    expect(root.querySelector('td[data-address="t2.rules.issued"]')?.textContent).toBe('=1+1');
  });

  it('never turns page text into markup', () => {
    render(<TableView report={report()} findings={[]} flags={[]} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('td[data-address="t3.new.natural"]')?.textContent).toBe(HOSTILE);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('marks cells named by findings and flags, and keeps cells outside the template visible', () => {
    render(
      <TableView
        report={report()}
        findings={[{ rule: 't3-balance', severity: 'error', message: 'm', cells: ['t3.new.total'] }]}
        flags={[{ id: 'a', address: 't3.new.total', quote: '6', note: '查', created: 'x' }]}
      />,
      root,
    );
    const cell = root.querySelector('td[data-address="t3.new.total"]')!;
    expect(cell.className).toContain('error');
    expect(cell.className).toContain('flagged');
    expect(cell.getAttribute('title')).toContain('⚑ 查');
    expect(root.querySelector('[data-table="extra"] td[data-address="t9.odd.cell"]')).not.toBeNull();
  });
});
