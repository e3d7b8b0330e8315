import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Check, Finding } from '../lib/model';
import { RULES } from '../lib/rules/index';
import { Checklist, NoFindings } from './Checklist';

const lang = vi.hoisted(() => ({ current: 'zh-CN' }));
vi.mock('./popup/i18n', () => ({
  i18n: { t: (key: string) => (key === 'app.lang' ? lang.current : key) },
}));

const ONE_YEAR = '仅有一个年度 / only one year of this agency';
const CHECKS: Check[] = [
  { rule: 't3-balance', status: 'passed' },
  { rule: 't4-sum', status: 'failed' },
  { rule: 'late-publication', status: 'skipped', reason: '发布日期未识别 / publication date not found' },
  { rule: 'carry-over-mismatch', status: 'skipped', reason: ONE_YEAR },
];
const FINDINGS: Finding[] = [
  { rule: 't4-sum', severity: 'error', message: 'a', cells: [] },
  { rule: 't4-sum', severity: 'error', message: 'b', cells: [] },
];

let root: HTMLElement;
beforeEach(() => {
  lang.current = 'zh-CN';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = (sel: string) => root.querySelector(sel)?.textContent ?? null;

describe('Checklist', () => {
  it('is one line until opened: how many checks ran, passed, failed and did not run, and why', () => {
    render(<Checklist checks={CHECKS} findings={FINDINGS} />, root);
    expect(text('.checks-line')).toBe(
      '▸4 项检查：1 通过，1 未通过，2 未运行（发布日期未识别；仅有一个年度）',
    );
    expect(root.querySelector('.checks')).toBeNull();
    expect(root.querySelector('.checklist')?.classList.contains('failed')).toBe(true);
    expect(root.querySelector('[data-gra="checks-toggle"]')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('draws the line in amber, not red, where the failed checks found warnings only', () => {
    const warned: Finding[] = [{ rule: 't4-sum', severity: 'warning', message: 'a', cells: [] }];
    render(<Checklist checks={CHECKS} findings={warned} />, root);
    expect(root.querySelector('.checklist')?.className).toBe('checklist warned');
    render(<Checklist checks={CHECKS} findings={[...warned, ...FINDINGS]} />, root);
    expect(root.querySelector('.checklist')?.className).toBe('checklist failed');
  });

  it('opens into one row per rule, failed first: title, ✓ / ✗ / –, the reason of a skipped one', async () => {
    render(<Checklist checks={CHECKS} findings={FINDINGS} />, root);
    await act(() => (root.querySelector('[data-gra="checks-toggle"]') as HTMLButtonElement).click());
    const rows = [...root.querySelectorAll('li.check')];
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual([
      't4-sum',
      'late-publication',
      'carry-over-mismatch',
      't3-balance',
    ]);
    expect(rows.map((r) => r.querySelector('.mark')?.textContent)).toEqual(['✗', '–', '–', '✓']);
    expect(rows[0]!.querySelector('.mark')?.getAttribute('aria-label')).toBe('checks.failed');
    // Titles from the registered rules, in the UI's language; the rule's id only in the tooltip.
    const t4 = RULES.find((r) => r.id === 't4-sum')!.title;
    expect(rows[0]!.querySelector('.title')?.textContent).toBe(`${t4.split(' / ')[0]} (2)`);
    const tip = rows[0]!.querySelector('.title')?.getAttribute('title') ?? '';
    expect(tip).toContain(`${t4.split(' / ')[0]}\nt4-sum`);
    expect(tip).not.toContain('Table 4');
    expect(rows[1]!.querySelector('.reason')?.textContent).toBe('发布日期未识别');
    expect(rows[3]!.querySelector('.reason')).toBeNull();
  });

  it('lists a rule it has never heard of by its id, so rules added later still show', async () => {
    render(<Checklist checks={[{ rule: 'some-new-rule', status: 'passed' }]} open />, root);
    expect(text('li.check .title')).toBe('some-new-rule');
  });

  it('speaks English in an English browser', () => {
    lang.current = 'en';
    render(<Checklist checks={CHECKS} open />, root);
    expect(text('.checks-line .text')).toBe(
      '4 checks: 1 passed, 1 failed, 2 not run (publication date not found; only one year of this agency)',
    );
    expect(text('li[data-rule="late-publication"] .reason')).toBe('publication date not found');
  });

  it('renders nothing without checks', () => {
    render(<Checklist checks={[]} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('NoFindings', () => {
  it('gives ✓ only when every check one report allows ran', () => {
    const clean: Check[] = [CHECKS[0]!, CHECKS[3]!];
    render(<NoFindings checks={clean} />, root);
    expect(text('p')).toBe('✓ 未发现问题（已运行 1 项检查；1 项未运行：仅有一个年度）');
    expect(root.querySelector('p')?.className).toBe('none clean');
  });

  it('says what ran, without ✓, when a check was skipped for want of something on the page', () => {
    render(<NoFindings checks={[CHECKS[0]!, CHECKS[2]!, CHECKS[3]!]} />, root);
    expect(text('p')).toBe('未发现问题（已运行 1 项检查；2 项未运行：发布日期未识别；仅有一个年度）');
    expect(root.querySelector('p')?.className).toBe('none partial');
  });

  it('never says "no problems" when no check ran, and falls back to plain words without checks', () => {
    render(<NoFindings checks={[CHECKS[2]!]} />, root);
    expect(text('p')).toBe('未运行任何检查（发布日期未识别）');
    render(<NoFindings checks={undefined} />, root);
    expect(text('p')).toBe('findings.none');
  });
});
