import { describe, expect, it } from 'vitest';
import { T3_ROWS } from '../../lib/keys';
import { marksByAddress, mergedLabels, t3Path } from './marks';

/** Lays the label cells out like a browser would and returns how many columns each row fills. */
function widths(rows: ReturnType<typeof mergedLabels>): number[] {
  const carried: number[] = rows.map(() => 0);
  return rows.map((cells, i) => {
    let width = carried[i]!;
    for (const c of cells) {
      width += c.colSpan;
      for (let k = 1; k < c.rowSpan; k++) if (i + k < rows.length) carried[i + k]! += c.colSpan;
    }
    return width;
  });
}

describe('表三 row headers', () => {
  for (const template of ['2019', '2021'] as const) {
    it(`fill exactly three label columns on every row (${template})`, () => {
      const rows = mergedLabels(
        T3_ROWS[template].map((r) => t3Path(r.label)),
        3,
      );
      expect(widths(rows)).toEqual(T3_ROWS[template].map(() => 3));
    });
  }

  it('merges 三、本年度办理结果 and （三）不予公开 as the template does', () => {
    const keys = T3_ROWS['2021'].map((r) => r.key);
    const rows = mergedLabels(
      T3_ROWS['2021'].map((r) => t3Path(r.label)),
      3,
    );
    const granted = rows[keys.indexOf('granted')]!;
    expect(granted[0]).toEqual({ text: '三、本年度办理结果', rowSpan: 22, colSpan: 1 });
    expect(granted[1]).toMatchObject({ text: '（一）予以公开', colSpan: 2 });
    expect(rows[keys.indexOf('denied.state_secret')]![0]).toMatchObject({
      text: '（三）不予公开',
      rowSpan: 8,
    });
    expect(rows[keys.indexOf('denied.safety')]).toEqual([
      { text: '3.危及“三安全一稳定”', rowSpan: 1, colSpan: 1 },
    ]);
    expect(rows[keys.indexOf('new')]).toEqual([{ text: T3_ROWS['2021'][0]!.label, rowSpan: 1, colSpan: 3 }]);
  });
});

describe('cell marks', () => {
  it('keep the worst severity, each message once, and the flag notes', () => {
    const marks = marksByAddress(
      [
        { rule: 'blank-cell', severity: 'warning', message: 'w', cells: ['t3.new.total'] },
        { rule: 't3-balance', severity: 'error', message: 'e', cells: ['t3.new.total', 't3.new.total'] },
      ],
      [{ id: '1', address: 't3.new.total', quote: '5', note: 'n', created: 'x' }],
    );
    expect(marks.get('t3.new.total')).toEqual({ severity: 'error', messages: ['w', 'e'], notes: ['n'] });
  });

  it('paint no severity on a cell only blank-cell names (its hatching shows it), but keep its message', () => {
    const marks = marksByAddress(
      [
        { rule: 'blank-cell', severity: 'warning', message: '空白', cells: ['t3.new.natural'] },
        { rule: 'short-row', severity: 'warning', message: '行内数值个数不符', cells: ['t3.granted.total'] },
      ],
      [],
    );
    expect(marks.get('t3.new.natural')).toEqual({ severity: null, messages: ['空白'], notes: [] });
    expect(marks.get('t3.granted.total')?.severity).toBe('warning');
  });
});
