import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRules } from '../../lib/rules/index';
import { makeCtx, makeReport, sampleT3 } from '../../lib/rules/testing';
import { Findings, involved } from './Findings';

const lang = vi.hoisted(() => ({ current: 'zh-CN' }));
vi.mock('./i18n', () => ({ i18n: { t: (key: string) => (key === 'app.lang' ? lang.current : key) } }));

const HAN = /\p{Script=Han}/u;

/** A report whose 表三 does not balance in one column, and the findings the rules make of it. */
function findings() {
  const cells = sampleT3('2019');
  cells['t3.new.natural'] = { value: 999, raw: '999' };
  const report = makeReport({ cells });
  return { report, findings: checkRules(report, makeCtx()).findings };
}

describe('Findings in one language', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    lang.current = 'zh-CN';
  });

  it('says findings in English in the English UI, rule ids only in tooltips', () => {
    lang.current = 'en';
    const { report, findings: fs } = findings();
    expect(fs.some((f) => f.rule === 't3-balance')).toBe(true);
    render(<Findings findings={fs} template={report.template} onFocus={() => {}} />, root);
    const shown = root.querySelector('ol.findings')!.textContent ?? '';
    expect(shown).not.toMatch(HAN);
    expect(shown).toContain('Table 3, column “Natural persons”');
    for (const f of fs) expect(shown).not.toContain(f.rule);
    const tip = root.querySelector('[data-rule="t3-balance"] .finding-go')!.getAttribute('title') ?? '';
    expect(tip).toContain('t3-balance');
    expect(tip).not.toMatch(HAN);
  });

  it('says them in Chinese in the Chinese UI: the exported message, nothing in English', () => {
    const { report, findings: fs } = findings();
    render(<Findings findings={fs} template={report.template} onFocus={() => {}} />, root);
    const messages = [...root.querySelectorAll('.message')].map((p) => p.textContent);
    expect(messages.sort()).toEqual(fs.map((f) => f.message).sort());
    // Titles, messages and cells (the mocked i18n says its own keys for the severities).
    const shown = [...root.querySelectorAll('.rule-title, .message, .cells')]
      .map((e) => e.textContent)
      .join('');
    expect(shown).not.toMatch(/[A-Za-z]{3,}/);
  });

  it("names a statistics table's cell by its row, not as a quote of the text", () => {
    const facts = [
      { key: 'f.proactive_total', value: 55, quote: '本局共主动公开政府信息55条' },
      { key: 'f.stat.proactive_total', value: 58, quote: '58', label: '统计表·主动公开信息数' },
    ];
    const cells = ['f.proactive_total', 'f.stat.proactive_total'];
    expect(involved(cells, null, facts, 'zh')).toEqual([
      '「本局共主动公开政府信息55条」',
      '统计表「主动公开信息数」58',
    ]);
    expect(involved(cells, null, facts, 'en')[1]).toBe('statistics table “主动公开信息数” 58');
  });
});
