import { describe, expect, it } from 'vitest';
import { checksLine, isClean, summariseChecks } from '../../lib/checks';
import { UNCERTAIN_NOTE } from '../../lib/desk/cross';
import { type SavedReport, summarise } from '../../lib/desk/model';
import type { Report } from '../../lib/model';
import { checkRules, NOTHING_TO_COMPARE, PAIR_IN_DOUBT, PAIR_RULES } from '../../lib/rules/index';
import { cells, makeCtx, makeReport } from '../../lib/rules/testing';
import { asResults, checksOf, crossOf, crossSaid, rowOf, tally } from './results';

/** A saved 政府办公室 report of `year`, read at `url` (a page) or from a file when url is null. */
function saved(
  id: string,
  year: number,
  c: Record<string, number>,
  url: string | null,
  agency = '政府办公室',
): SavedReport {
  const report: Report = makeReport({
    agency,
    year,
    template: '2021',
    cells: cells(c),
    published: `${year + 1}-01-20`,
  });
  const { findings, checks } = checkRules(report, makeCtx());
  return {
    id,
    url: url ?? `${id}.html`,
    title: report.title,
    accessedAt: '2026-11-30T00:00:00.000Z',
    savedAt: '2026-11-30T00:00:00.000Z',
    source: url === null ? 'file' : 'page',
    ...(url === null ? { fileName: `${id}.html` } : {}),
    result: { url: url ?? undefined, detected: true, report, findings, checks },
    flags: [],
    snapshot: '',
  };
}

const y2021 = (url: string | null, agency?: string) =>
  saved('a', 2021, { 't3.carried_out.total': 3 }, url, agency);
const y2022 = (url: string | null, agency?: string) =>
  saved('b', 2022, { 't3.carried_in.total': 2 }, url, agency);

describe('the desk across years', () => {
  it('pairs two 政府办公室 saves of one portal (a report saved before portals gets its portal from its URL)', () => {
    const reports = [y2021('http://www.shuyang.gov.cn/a.html'), y2022('https://xxgk.shuyang.gov.cn/b.html')];
    const cross = crossOf(reports, { pairs: [] });
    const [f] = cross.findings.get('b') ?? [];
    expect(f).toMatchObject({ rule: 'carry-over-mismatch', severity: 'error' });
    expect(f?.other).toMatchObject({
      url: 'http://www.shuyang.gov.cn/a.html',
      year: 2021,
      published: '2022-01-20',
    });
    const [, later] = asResults(reports, { pairs: [] });
    expect(later?.detected && later.checks?.find((c) => c.rule === 'carry-over-mismatch')?.status).toBe(
      'failed',
    );
    // Neither save has a 表二 figure: t2-continuity looked at nothing, and does not pass.
    expect(later?.detected && later.checks?.find((c) => c.rule === 't2-continuity')).toEqual({
      rule: 't2-continuity',
      status: 'skipped',
      reason: NOTHING_TO_COMPARE,
    });
  });

  it('does not pair them across two portals: no finding, the pair checks still wait for another year', () => {
    const reports = [y2021('http://www.shuyang.gov.cn/a.html'), y2022('http://www.xuyi.gov.cn/b.html')];
    expect(crossOf(reports, { pairs: [] }).findings.size).toBe(0);
    const [, later] = asResults(reports, { pairs: [] });
    expect(later?.detected && later.findings.map((f) => f.rule)).not.toContain('carry-over-mismatch');
    expect(later?.detected && later.checks?.find((c) => c.rule === 'carry-over-mismatch')?.status).toBe(
      'skipped',
    );
  });

  it('two files that name no address: uncertain info under any name, never an error', () => {
    const bare = crossOf([y2021(null), y2022(null)], { pairs: [] }).findings.get('b') ?? [];
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((f) => f.severity === 'info' && f.message.includes(UNCERTAIN_NOTE))).toBe(true);
    const named = crossOf([y2021(null, '沭阳县人民政府办公室'), y2022(null, '沭阳县人民政府办公室')], {
      pairs: [],
    });
    const [f] = named.findings.get('b') ?? [];
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(UNCERTAIN_NOTE);
    expect(f?.other?.file).toBe('a.html');
  });

  it("an uncertain pairing's notes fail no check, and what it did not find passes none: the pair checks say it was in doubt", () => {
    const [, later] = asResults([y2021(null), y2022(null)], { pairs: [] });
    const checks = (later?.detected && later.checks) || [];
    const pair = checks.filter((c) => PAIR_RULES.some((r) => r.id === c.rule));
    expect(pair.map((c) => c.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    // Only the carry-over had figures in both years; the other two say they had none.
    expect(pair.map((c) => c.reason)).toEqual([
      PAIR_IN_DOUBT,
      NOTHING_TO_COMPARE,
      NOTHING_TO_COMPARE,
      NOTHING_TO_COMPARE,
    ]);
    const s = summariseChecks(pair);
    expect(isClean(s)).toBe(false);
    expect(checksLine(s, 'zh')).toBe(
      '4 项检查：0 通过，0 未通过，4 未运行（与上一年度的对照存疑，所见仅作提示；两个年度的报告中没有此项检查所需的数字 ×3）',
    );
    // The same two on one portal: sure, so the carry-over error fails its check as before.
    const [, sure] = asResults(
      [y2021('http://www.shuyang.gov.cn/a.html'), y2022('http://www.shuyang.gov.cn/b.html')],
      {
        pairs: [],
      },
    );
    expect(sure?.detected && sure.checks?.find((c) => c.rule === 'carry-over-mismatch')?.status).toBe(
      'failed',
    );
    expect(sure?.detected && sure.checks?.find((c) => c.rule === 'copied-table')?.reason).toBe(
      NOTHING_TO_COMPARE,
    );
  });

  it('the list row counts cross-year errors and warnings as the report view does', () => {
    const reports = [y2021('http://www.shuyang.gov.cn/a.html'), y2022('http://www.shuyang.gov.cn/b.html')];
    const cross = crossOf(reports, { pairs: [] }).findings.get('b') ?? [];
    const s = summarise(reports[1]!);
    const row = rowOf(s, tally(cross));
    const all = [...reports[1]!.result.findings, ...cross];
    expect(row.errors).toBe(all.filter((f) => f.severity === 'error').length);
    expect(row.warnings).toBe(all.filter((f) => f.severity === 'warning').length);
    expect(row.cross).toBe(cross.length);
    expect(row.errors).toBeGreaterThan(s.errors);
    expect(rowOf(s, null)).toEqual({ ...s, cross: null });
  });

  it('says no cross-year problem was found only where a pair check ran, not where none could', () => {
    const portal = (id: string) => `http://www.shuyang.gov.cn/${id}.html`;
    // Alone on the desk: nothing was compared.
    const alone = saved('a', 2021, { 't3.carried_out.total': 3 }, portal('a'));
    expect(crossSaid(false, checksOf(alone, crossOf([alone], { pairs: [] })))).toBe('desk.crossAlone');
    // Two years whose carry-over agrees: that check ran and passed.
    const agree = [alone, saved('b', 2022, { 't3.carried_in.total': 3 }, portal('b'))];
    const both = crossOf(agree, { pairs: [] });
    expect(crossSaid(true, checksOf(agree[1]!, both))).toBe('desk.crossNone');
    // Two years with no figure in common (the 2008 form's reports): paired, but nothing compared.
    const bare = [saved('c', 2015, {}, portal('c')), saved('d', 2016, {}, portal('d'))];
    const none = crossOf(bare, { pairs: [] });
    expect(none.paired.has('d')).toBe(true);
    expect(crossSaid(true, checksOf(bare[1]!, none))).toBe('desk.crossNotRun');
    // The earlier year of a pair: its results are filed with the later one, not found here.
    expect(crossSaid(true, checksOf(agree[0]!, both))).toBe('desk.crossNotRun');
  });
});
