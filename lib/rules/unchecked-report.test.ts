import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { isClean, summariseChecks } from '../checks';
import { render } from '../i18n/render';
import { makeCtx, makeReport } from './testing';
import { uncheckedReport } from './unchecked-report';

const page = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}.html`, import.meta.url), 'utf8');
const body = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
/** The first fixture's page with the second's body after its own. */
const then = (first: string, after: string) => first.replace(body(first), `${body(first)}<hr>${after}`);

describe('unchecked-report', () => {
  it('names the report the page holds after this one, which was not read', () => {
    const [f, ...more] = uncheckedReport.run(
      makeReport(),
      makeCtx({ nextReport: { title: '相山区人民政府2020年政府信息公开工作年度报告' } }),
    );
    expect(more).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.cells).toEqual([]);
    expect(f?.message).toBe(
      '本页在本报告之后还载有另一份年度报告“相山区人民政府2020年政府信息公开工作年度报告”：它未被核查，其文字和表格也没有与本报告对照',
    );
    expect(render(f!.msg!, 'en')).toMatch(
      /^This page also holds another annual report after this one, “相山区/,
    );
  });

  it('names where a report without a title of its own begins', () => {
    const [f] = uncheckedReport.run(makeReport(), makeCtx({ nextReport: { from: '一、总体情况' } }));
    expect(f?.message).toBe(
      '本页在本报告的表格和后几部分之后，从“一、总体情况”起，还载有另一份年度报告（没有自己的标题）：它未被核查，其文字和表格也没有与本报告对照',
    );
    expect(render(f!.msg!, 'en')).toMatch(/without a title of its own.*from “一、总体情况” on/);
  });

  it('is silent on a page holding one report', () => {
    expect(uncheckedReport.run(makeReport(), makeCtx())).toEqual([]);
  });

  it('withholds the ✓ from a page whose second report was not read, and from no other', () => {
    const one = audit(sourceFromHtml(page('district-gov-2020')));
    expect(one.findings).toEqual([]);
    expect(isClean(summariseChecks(one.checks))).toBe(true);
    // Another year's report of the same body after it (its title and sections, from the 2020 one's).
    const next = body(page('district-gov-2020')).replaceAll('2020年', '2021年');
    const two = audit(sourceFromHtml(then(page('district-gov-2020'), next)));
    expect(two.findings.map((f) => [f.rule, f.message])).toEqual([
      ['unchecked-report', expect.stringContaining('“相山区人民政府2021年政府信息公开工作年度报告”')],
    ]);
    expect(two.checks.find((c) => c.rule === 'unchecked-report')?.status).toBe('failed');
    expect(isClean(summariseChecks(two.checks))).toBe(false);
    // Every other check as on the report alone.
    expect(two.checks.filter((c) => c.rule !== 'unchecked-report')).toEqual(
      one.checks.filter((c) => c.rule !== 'unchecked-report'),
    );
  });
});
