import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../lib/model';
import { PageMarks } from './marks';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML =
    '<p id="p">本年新收申请58件。</p><table><tr><td id="a"></td><td id="b">—</td><td id="t">5</td></tr></table>';
  const el = (id: string) => document.getElementById(id)!;
  const cellNodes = new Map<string, Element>([
    ['t3.new.natural', el('a')],
    ['t3.new.commercial', el('b')],
    ['t3.new.total', el('t')],
  ]);
  const factNodes = new Map([['f.applications_received', { node: el('p'), start: 0, end: 9 }]]);
  const facts = [{ key: 'f.applications_received', quote: '本年新收申请58件' }];
  return { el, cellNodes, factNodes, facts };
}

const blank: Finding = {
  rule: 'blank-cell',
  severity: 'warning',
  message: '2 格空白',
  cells: ['t3.new.natural', 't3.new.commercial'],
};
const sum: Finding = {
  rule: 't3-column-sum',
  severity: 'error',
  message: '5 ≠ 0',
  cells: ['t3.new.total', 't3.new.commercial'],
};
const text: Finding = {
  rule: 'text-table-mismatch',
  severity: 'error',
  message: '58 ≠ 5',
  cells: ['f.applications_received', 't3.new.total'],
};

describe('PageMarks', () => {
  it('marks a cell only blank-cell names quietly: no severity, no Tab stop; the stylesheet outlines it dotted', async () => {
    const { el, ...input } = page();
    const marks = new PageMarks(document);
    expect(await marks.apply({ ...input, findings: [blank, sum] })).toBe(true);
    expect(el('a').hasAttribute('data-audit-quiet')).toBe(true);
    expect(el('a').hasAttribute('data-audit-severity')).toBe(false);
    expect(el('a').hasAttribute('tabindex')).toBe(false);
    expect(el('a').getAttribute('data-audit-rules')).toBe('blank-cell');
    // Blank and in a failed sum: the sum's red mark, focusable.
    expect(el('b').getAttribute('data-audit-severity')).toBe('error');
    expect(el('b').hasAttribute('data-audit-quiet')).toBe(false);
    expect(el('b').getAttribute('tabindex')).toBe('0');
    expect(document.getElementById('gra-audit-marks')?.textContent).toMatch(
      /\[data-audit-quiet\][^{]*\{outline:1px dotted/,
    );
    marks.clear();
    expect(document.querySelectorAll('[data-audit-quiet],[data-audit-severity],[tabindex]')).toHaveLength(0);
  });

  it('focus says whether the page has anything of the finding, and pulses its cells', async () => {
    const { el, ...input } = page();
    const marks = new PageMarks(document);
    await marks.apply({ ...input, findings: [blank, sum, text] });
    expect(marks.focus({ rule: 'template-mismatch', severity: 'warning', message: 'x', cells: [] })).toBe(
      false,
    );
    expect(marks.focus(blank)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(el('a').hasAttribute('data-audit-pulse')).toBe(true);
    // A text finding reaches its sentence (highlighted) as well as its cell.
    expect(marks.targets(text).ranges.map((r) => r.toString())).toEqual(['本年新收申请58件']);
    expect(marks.focus(text)).toBe(true);
  });
});
