/** What each rule says when it cannot be checked, as checkRules reports it beside the findings. */
import { describe, expect, it } from 'vitest';
import { T4_ADDRESSES } from '../keys';
import type { Report } from '../model';
import { YEAR_FROM_DATE } from './helpers';
import { checkRules } from './index';
import { cells, fact, makeCtx, makeReport, sampleT3, sampleT4 } from './testing';
import type { AuditContext } from './types';

const statusOf = (report: Report, ctx: AuditContext) =>
  Object.fromEntries(checkRules(report, ctx).checks.map((c) => [c.rule, c.reason ?? c.status]));

describe('skipped checks', () => {
  it('the arithmetic rules: table absent, or not one sum with all its cells readable', () => {
    const noT3 = statusOf(
      makeReport({ cells: sampleT4() }),
      makeCtx({ found: { t2: true, t3: false, t4: true } }),
    );
    expect(noT3['t3-balance']).toBe('表三缺失 / no table 3');
    expect(noT3['t3-outcome-sum']).toBe('表三缺失 / no table 3');
    expect(noT3['t3-column-sum']).toBe('表三缺失 / no table 3');
    expect(noT3['t4-sum']).toBe('passed');
    // A 表三 of which a row or two were read (truncated, malformed): incomplete, not absent.
    const partT3 = statusOf(
      makeReport({ cells: sampleT4() }),
      makeCtx({
        found: { t2: true, t3: false, t4: true },
        unmapped: [{ table: 't3', row: 'new', reason: '只有 2 个数值，应有 7 个' }],
      }),
    );
    expect(partT3['t3-balance']).toBe('表三不完整 / table 3 incomplete');
    const noT4 = statusOf(
      makeReport({ cells: sampleT3() }),
      makeCtx({ found: { t2: true, t3: true, t4: false } }),
    );
    expect(noT4['t4-sum']).toBe('表四缺失 / no table 4');
    expect(noT4['t3-balance']).toBe('passed');

    // Tables there as text only are named in the template's order, whatever order the text had them in.
    const asText = statusOf(
      makeReport({ cells: {} }),
      makeCtx({ found: { t2: false, t3: false, t4: false }, textTables: ['t3', 't4', 't2'] }),
    );
    expect(asText['blank-cell']).toBe(
      '表二、表三、表四只以文字形式出现，未能按表格读出 / tables 2, 3, 4 are there as text only and could not be read as tables',
    );

    // A report of 2018 or before (the 2008 Regulations' format): the template's rules do not run, the prose's do.
    const old = checkRules(
      makeReport({ year: 2017, published: '2018-02-28', cells: {} }),
      makeCtx({ found: { t2: false, t3: false, t4: false }, oldFormat: true }),
    ).checks;
    for (const c of old)
      if (
        [
          'missing-table',
          'missing-section',
          'blank-cell',
          't3-balance',
          't4-sum',
          'template-mismatch',
        ].includes(c.rule)
      )
        expect(c.reason, c.rule).toMatch(/^2018 年及以前的年度报告按 2008 年《条例》/);
    expect(old.find((c) => c.rule === 'text-part-sum')?.reason).not.toMatch(/^2018/);
    expect(old.find((c) => c.rule === 'late-publication')?.status).toBe('passed');

    const blank = statusOf(makeReport({ cells: {} }), makeCtx());
    for (const id of ['t3-balance', 't3-outcome-sum', 't3-column-sum', 't4-sum'])
      expect(blank[id], id).toBe('相关单元格均为空 / every cell involved is blank');
    // One readable sum is enough to run the rule.
    const one = statusOf(
      makeReport({
        cells: cells({
          't4.review.upheld': 1,
          't4.review.corrected': 0,
          't4.review.other': 0,
          't4.review.pending': 0,
          't4.review.total': 1,
          't4.suit_direct.upheld': 2,
        }),
      }),
      makeCtx(),
    );
    expect(one['t4-sum']).toBe('passed');
    // 表四 read whole, its cells blank but one: each sum has a blank cell.
    const blanks = Object.fromEntries(T4_ADDRESSES.map((a) => [a, null]));
    const partly = statusOf(makeReport({ cells: cells({ ...blanks, 't4.review.upheld': 1 }) }), makeCtx());
    expect(partly['t4-sum']).toBe('每一项都有空白单元格 / every sum has a blank cell');
    // Its 总计 column not in the table at all (a 表四 printed without it): said so.
    const noTotal = Object.fromEntries(T4_ADDRESSES.filter((a) => !a.endsWith('.total')).map((a) => [a, 0]));
    expect(statusOf(makeReport({ cells: cells(noTotal) }), makeCtx())['t4-sum']).toBe(
      '每一项都有表中没有的单元格 / every sum needs a cell the table does not have',
    );
    const off = statusOf(
      makeReport({ cells: {} }),
      makeCtx({ unmapped: [{ table: 't3', row: 'new', reason: '只有 5 个数值，应有 7 个' }] }),
    );
    expect(off['t3-balance']).toBe(
      '相关单元格为空或无法对应到列 / every sum has a cell that is blank or could not be placed',
    );
  });

  it('the table rules: no table at all', () => {
    const none = statusOf(makeReport(), makeCtx({ found: { t2: false, t3: false, t4: false } }));
    expect(none['blank-cell']).toBe('未找到表格 / no table found');
    expect(none['short-row']).toBe('未找到表格 / no table found');
    expect(none['blank-total']).toBe('表三、表四均缺失 / no table 3 or 4');
    expect(none['template-mismatch']).toBe('未找到表格 / no table found');
    // missing-table is never skipped: an absent table is what it reports.
    expect(none['missing-table']).toBe('failed');
  });

  it('the date and year rules: what they need is not known', () => {
    const noYear = statusOf(makeReport({ year: null, title: '某局政府信息公开工作年度报告' }), makeCtx());
    expect(noYear['template-mismatch']).toBe('年度未识别 / report year not found');
    expect(noYear['late-publication']).toBe('年度未识别 / report year not found');
    expect(noYear['year-mismatch']).toBe('年度未识别 / report year not found');
    const noDate = statusOf(makeReport({ published: null }), makeCtx());
    expect(noDate['late-publication']).toBe('发布日期未识别 / publication date not found');
    expect(noDate['year-mismatch']).toBe('发布日期未识别 / publication date not found');
    // With a stated period the title can still be held against it.
    const period = statusOf(makeReport({ published: null, facts: [fact('f.period_year', 2020)] }), makeCtx());
    expect(period['year-mismatch']).toBe('passed');
    expect(statusOf(makeReport({ template: null }), makeCtx())['template-mismatch']).toBe(
      '表格模板未识别 / the tables follow neither template recognisably',
    );
    expect(statusOf(makeReport({ year: 2018 }), makeCtx())['template-mismatch']).toBe(
      '2019 年以前没有统一模板 / no national template before 2019',
    );
  });

  it('missing-section: sections not looked for', () => {
    expect(statusOf(makeReport(), makeCtx())['missing-section']).toBe(
      '未查找章节标题 / sections were not looked for',
    );
  });

  it('the date rules, where the year was made from the date: skipped, saying so, not passed', () => {
    // 发布日期 2024-01-19 and no year in the title or the text: taken as 2023, which the date cannot then be
    // held to (on time by construction), nor late (a report dated in December may be of that year).
    const report = makeReport({
      year: 2023,
      published: '2024-12-19',
      title: '某某局政府信息公开工作年度报告',
    });
    const guessed = statusOf(report, makeCtx({ yearFromDate: true }));
    expect(guessed['year-mismatch']).toBe(YEAR_FROM_DATE);
    expect(guessed['late-publication']).toBe(YEAR_FROM_DATE);
    // Read from the title, the same year and date: the year is the report's, and the date is late.
    const said = statusOf({ ...report, title: '某某局2023年政府信息公开工作年度报告' }, makeCtx());
    expect(said['year-mismatch']).toBe('passed');
    expect(said['late-publication']).toBe('failed');
  });
});
