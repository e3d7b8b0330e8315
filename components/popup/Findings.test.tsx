import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkRules } from '../../lib/rules/index';
import { makeCtx, makeReport, sampleT3 } from '../../lib/rules/testing';
import { Findings } from './Findings';

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
});
