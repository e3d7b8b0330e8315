import { describe, expect, it } from 'vitest';
import { missingTable } from './missing-table';
import { cells, makeCtx, makeReport } from './testing';
import type { AuditContext } from './types';

const run = (over: Partial<AuditContext>) => missingTable.run(makeReport(), makeCtx(over));

describe('missing-table', () => {
  it('fires once per table not found, pointing at images that may hold it', () => {
    expect(
      run({ found: { t2: true, t3: false, t4: true }, media: { images: 2, attachments: 0 } }),
    ).toMatchObject([
      {
        rule: 'missing-table',
        severity: 'warning',
        message: '表三 未以表格形式出现；页面中有 2 张图片，可能是表格截图',
        cells: [],
      },
    ]);
  });

  it('mentions attachments, both, or neither', () => {
    const none = { t2: false, t3: false, t4: false };
    expect(run({ found: none, media: { images: 0, attachments: 1 } }).map((f) => f.message)).toEqual([
      '表二 未以表格形式出现；页面中有 1 个附件，表格可能在附件中',
      '表三 未以表格形式出现；页面中有 1 个附件，表格可能在附件中',
      '表四 未以表格形式出现；页面中有 1 个附件，表格可能在附件中',
    ]);
    expect(
      run({ found: { ...none, t2: true, t3: true }, media: { images: 3, attachments: 1 } })[0]?.message,
    ).toBe('表四 未以表格形式出现；页面中有 3 张图片和 1 个附件，表格可能是截图或在附件中');
    expect(run({ found: { ...none, t2: true, t3: true } })[0]?.message).toBe(
      '表四 未以表格形式出现；页面中也没有可能包含它的图片或附件',
    );
  });

  it('names the rows of a table that is there only in part, instead of calling it missing', () => {
    // A truncated 表三: its header and one row of two figures (short-row), and one row read whole.
    const ctx = makeCtx({
      found: { t2: true, t3: false, t4: true },
      unmapped: [{ table: 't3', row: 'new', reason: '只有 2 个数值，应有 7 个' }],
    });
    const report = makeReport({ cells: cells({ 't3.carried_in.natural': 1, 't3.carried_in.total': 1 }) });
    const [f] = missingTable.run(report, ctx);
    expect(f?.message).toBe(
      '表三 不是完整的表格：只认出 2 行（「上年结转」、「本年新收」），无法核查；页面中也没有可能包含它的图片或附件',
    );
    expect(f?.cells).toEqual(['t3.carried_in.natural', 't3.carried_in.total']);
  });

  it('is silent when every table was found', () => {
    expect(run({ media: { images: 5, attachments: 2 } })).toEqual([]);
  });

  it('is skipped where a flattened page lacks a table (the browser may have taken it apart), never otherwise', () => {
    const skip = (over: Partial<AuditContext>) => missingTable.skip?.(makeReport(), makeCtx(over)) ?? null;
    const one = { t2: true, t3: false, t4: true };
    expect(skip({ found: one, flattened: true })).toMatch(/^页面嵌套过深.* \/ the page nests so deep/);
    // Flattened, yet every table read: passed, not skipped.
    expect(skip({ flattened: true })).toBeNull();
    // Not flattened: absence is the finding.
    expect(skip({ found: one })).toBeNull();
    expect(skip({ found: one, flattened: false })).toBeNull();
  });

  it('is skipped on one page of a paged report, or a copy that says it stops short, where a table is not found', () => {
    const skip = (over: Partial<AuditContext>) => missingTable.skip?.(makeReport(), makeCtx(over)) ?? null;
    const one = { t2: true, t3: false, t4: true };
    expect(skip({ found: one, paged: true })).toMatch(/^本页是分页显示的报告中的一页/);
    expect(skip({ found: one, truncated: true })).toBe(
      '正文不完整 / the text stops short of the whole report',
    );
    expect(skip({ paged: true, truncated: true })).toBeNull();
  });
});
