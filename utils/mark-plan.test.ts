import { describe, expect, it } from 'vitest';
import type { Finding } from '../lib/model';
import { planCells } from './mark-plan';

/** Four cells of one row; t3.new.other and t3.new.legal share a merged cell. */
function input(findings: Finding[]) {
  document.body.innerHTML =
    '<table><tr><td id="a"></td><td id="b"></td><td id="c" colspan="2"></td><td id="d">5</td></tr></table>';
  const el = (id: string) => document.getElementById(id)!;
  const cellNodes = new Map<string, Element>([
    ['t3.new.natural', el('a')],
    ['t3.new.commercial', el('b')],
    ['t3.new.legal', el('c')],
    ['t3.new.other', el('c')],
    ['t3.new.total', el('d')],
  ]);
  return { plan: planCells({ findings, cellNodes, factNodes: new Map(), facts: [] }), el };
}

const blank: Finding = {
  rule: 'blank-cell',
  severity: 'warning',
  message: '表三 4 格空白',
  cells: ['t3.new.natural', 't3.new.commercial', 't3.new.legal', 't3.new.other'],
};

describe('planCells', () => {
  it('marks cells named only by blank-cell quietly: no severity, so no warning fill', () => {
    const { plan, el } = input([blank]);
    for (const id of ['a', 'b', 'c']) {
      expect(plan.get(el(id))).toMatchObject({ severity: null, quiet: true, findings: [0] });
    }
    expect(plan.get(el('c'))?.addresses).toEqual(['t3.new.legal', 't3.new.other']);
    expect(plan.get(el('d'))).toMatchObject({ severity: null, quiet: false, findings: [] });
  });

  it('gives blank-total and short-row cells their real severity, even where blank-cell names them too', () => {
    const { plan, el } = input([
      blank,
      { rule: 'blank-total', severity: 'error', message: '总计空白', cells: ['t3.new.natural'] },
      { rule: 'short-row', severity: 'warning', message: '本行只有 4 个数值', cells: ['t3.new.commercial'] },
    ]);
    expect(plan.get(el('a'))).toMatchObject({ severity: 'error', quiet: false, findings: [0, 1] });
    expect(plan.get(el('b'))).toMatchObject({ severity: 'warning', quiet: false, findings: [0, 2] });
    expect(plan.get(el('c'))).toMatchObject({ severity: null, quiet: true });
  });

  it('keeps the worst severity of the loud findings on a merged cell', () => {
    const { plan, el } = input([
      {
        rule: 't3-column-sum',
        severity: 'error',
        message: '总计不符',
        cells: ['t3.new.other', 't3.new.total'],
      },
      { rule: 'text-table-mismatch', severity: 'warning', message: '正文不符', cells: ['t3.new.legal'] },
    ]);
    expect(plan.get(el('c'))).toMatchObject({ severity: 'error', quiet: false, findings: [0, 1] });
    expect(plan.get(el('d'))).toMatchObject({ severity: 'error', findings: [0] });
  });
});
