/**
 * Agency identity end to end: two 政府办公室 reports (2021 carries 3 applications out, 2022 takes
 * 3 fewer in) are one agency's only when their pages say they come from one portal.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema, type Finding, type PageResult } from '../lib/model';
import { main } from './main';
import { captureIo, type ReportTweaks, reportHtml } from './testing';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gra-portal-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes the 2021 and 2022 reports of `agency` with the given evidence, audits both, returns the JSON. */
async function run(agency: string, a: ReportTweaks, b: ReportTweaks, name: string) {
  const files = [join(dir, `${name}-2021.html`), join(dir, `${name}-2022.html`)];
  await writeFile(files[0]!, reportHtml(agency, 2021, a));
  await writeFile(files[1]!, reportHtml(agency, 2022, { carry: 3, ...b }));
  const c = captureIo();
  const code = await main(['--json', ...files], c.io);
  const pages = ExportSchema.parse(JSON.parse(c.stdout())) as PageResult[];
  const later = pages[1];
  const cross = (later?.detected ? later.findings : []).filter((f: Finding) => f.other !== undefined);
  return { code, pages, later, cross, files };
}

describe('two 政府办公室 reports', () => {
  it("saved from two counties' portals: not paired, no cross-year finding", async () => {
    const r = await run(
      '政府办公室',
      { savedFrom: 'http://www.shuyang.gov.cn/syx/nb/2021.html' },
      { savedFrom: 'http://www.siyang.gov.cn/nb/2022.html' },
      'two',
    );
    expect(r.pages.map((p) => p.detected && p.report.portal)).toEqual(['shuyang.gov.cn', 'siyang.gov.cn']);
    expect(r.cross).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.later?.detected && r.later.checks?.find((c) => c.rule === 'carry-over-mismatch')?.status).toBe(
      'skipped',
    );
  });

  it('from one portal (saved from one sub-site, canonical on another): paired, the carry-over error names the 2021 file', async () => {
    const r = await run(
      '政府办公室',
      { savedFrom: 'http://www.shuyang.gov.cn/syx/nb/2021.html' },
      { canonical: 'https://xxgk.shuyang.gov.cn/nb/2022.html' },
      'one',
    );
    expect(r.cross.map((f) => [f.rule, f.severity])).toEqual([
      ['carry-over-mismatch', 'error'],
      ['carry-over-mismatch', 'error'],
    ]);
    expect(r.cross[0]?.other).toEqual({
      title: '政府办公室2021年政府信息公开工作年度报告',
      file: r.files[0],
      year: 2021,
      published: null,
    });
    expect(r.code).toBe(1);
    expect(r.later?.detected && r.later.checks?.find((c) => c.rule === 'carry-over-mismatch')?.status).toBe(
      'failed',
    );
  });

  it('one without any portal evidence: even a bare 政府办公室 pairs, but only as uncertain info', async () => {
    const r = await run('政府办公室', {}, { savedFrom: 'http://www.shuyang.gov.cn/nb/2022.html' }, 'bare');
    expect(r.pages[0]?.detected && r.pages[0].report.portal).toBe(null);
    expect(r.cross.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(r.code).toBe(0);
  });

  it('one without any portal evidence: a place-qualified name pairs, but only as uncertain info', async () => {
    const r = await run(
      '沭阳县人民政府办公室',
      {},
      { savedFrom: 'http://www.shuyang.gov.cn/nb/2022.html' },
      'placed',
    );
    expect(r.cross.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(r.cross[0]?.message).toMatch(/（两份报告来源未能确认为同一网站，配对存疑）$/);
    expect(r.code).toBe(0);
  });
});

describe('the carry-over fixture pairs (pairs.json), saved from one portal each', () => {
  const fixtures = join(__dirname, '../test/fixtures');
  const pairs: { prev: string; next: string; fires: boolean }[] = JSON.parse(
    readFileSync(join(fixtures, 'pairs.json'), 'utf8'),
  );
  it.each(pairs)('$prev → $next pair by their SiteDomain (fires: $fires)', async ({ prev, next, fires }) => {
    const files = [join(fixtures, `${prev}.html`), join(fixtures, `${next}.html`)];
    const c = captureIo();
    await main(['--json', ...files], c.io);
    const [a, b] = ExportSchema.parse(JSON.parse(c.stdout())) as PageResult[];
    expect(a?.detected && b?.detected && a.report.portal === b.report.portal && a.report.portal).toBeTruthy();
    const carry = b?.detected ? b.findings.filter((f) => f.rule === 'carry-over-mismatch') : [];
    expect(carry.length > 0).toBe(fires);
    for (const f of carry) {
      expect(f.severity).toBe('error');
      expect(f.other).toMatchObject({ file: files[0], year: a?.detected ? a.report.year : -1 });
    }
    expect(b?.detected && b.checks?.find((k) => k.rule === 'carry-over-mismatch')?.status).toBe(
      fires ? 'failed' : 'passed',
    );
  });
});
