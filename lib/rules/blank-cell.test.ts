import { describe, expect, it } from 'vitest';
import { requiredAddresses } from '../keys';
import type { CellValue } from '../model';
import { blankCell } from './blank-cell';
import { cells, makeCtx, makeReport, sampleT3, sampleT4 } from './testing';

/** Every required cell of a template filled with 0. */
function full(template: '2019' | '2021'): Record<string, CellValue> {
  const req = requiredAddresses(template);
  return cells(Object.fromEntries([...req.t2, ...req.t3, ...req.t4].map((a) => [a, 0])));
}

describe('blank-cell', () => {
  it('is silent when every required cell holds a number', () => {
    expect(blankCell.run(makeReport({ cells: full('2019') }), makeCtx())).toEqual([]);
    expect(blankCell.run(makeReport({ template: '2021', cells: full('2021') }), makeCtx())).toEqual([]);
  });

  it('lists blank and absent cells of a table in one finding, naming a few', () => {
    const c = full('2019');
    c['t3.new.natural'] = { value: null, raw: '—' };
    c['t3.new.commercial'] = { value: null, raw: '' };
    delete c['t3.carried_out.total'];
    const found = blankCell.run(makeReport({ cells: c }), makeCtx());
    expect(found).toEqual([
      {
        rule: 'blank-cell',
        severity: 'warning',
        message: '表三有 3 个单元格为空或不是数字：本年新收·自然人「—」、本年新收·商业企业、结转下年度·总计',
        cells: ['t3.new.natural', 't3.new.commercial', 't3.carried_out.total'],
      },
    ]);
  });

  it('gives one finding per table and counts beyond the names it shows', () => {
    const found = blankCell.run(makeReport({ cells: {} }), makeCtx());
    expect(found.map((f) => f.cells.length)).toEqual([22, 23 * 7, 15]);
    expect(found[0]?.message).toMatch(/^表二有 22 个单元格为空或不是数字：规章·本年新制作数量、.* 等$/);
    expect(found[2]?.message).toContain('表四有 15 个单元格');
  });

  it('only looks at tables that were found', () => {
    const found = blankCell.run(
      makeReport({ cells: {} }),
      makeCtx({ found: { t2: false, t3: true, t4: false } }),
    );
    expect(found.map((f) => f.message.slice(0, 2))).toEqual(['表三']);
  });

  it('explains unmapped rows and names their cells', () => {
    const c = full('2019');
    for (const col of ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'])
      c[`t3.granted.${col}`] = { value: null, raw: '' };
    const ctx = makeCtx({
      unmapped: [{ table: 't3', row: 'granted', reason: '只有 6 个数值，应有 7 个，无法对应到列' }],
    });
    const [f] = blankCell.run(makeReport({ cells: c }), ctx);
    expect(f?.message).toContain('表三有 7 个单元格为空或不是数字：予以公开·自然人');
    expect(f?.message).toContain('；「予以公开」行只有 6 个数值，应有 7 个，无法对应到列');
    expect(f?.cells).toHaveLength(7);
  });

  it('reports an unmapped row outside the required cells on its own', () => {
    const c = { ...full('2021'), ...cells({ 't3.other.natural': null }) };
    const ctx = makeCtx({ unmapped: [{ table: 't3', row: 'other', reason: '只有 3 个数值，应有 7 个' }] });
    expect(blankCell.run(makeReport({ template: '2021', cells: c }), ctx)).toEqual([
      {
        rule: 'blank-cell',
        severity: 'warning',
        message: '表三：「其他处理」行只有 3 个数值，应有 7 个，无法对应到列',
        cells: ['t3.other.natural'],
      },
    ]);
  });

  it('without a template skips 表二 and takes whichever 其他处理 rows the page has', () => {
    const none = (c: Record<string, CellValue>) =>
      blankCell.run(makeReport({ template: null, cells: c }), makeCtx());
    expect(none({ ...sampleT3('2019'), ...sampleT4() })).toEqual([]);
    expect(none({ ...sampleT3('2021'), ...sampleT4() })).toEqual([]);
    const c = { ...sampleT3('2021'), ...sampleT4() };
    delete c['t3.other.else.legal'];
    expect(none(c)).toEqual([expect.objectContaining({ cells: ['t3.other.else.legal'] })]);
  });
});
