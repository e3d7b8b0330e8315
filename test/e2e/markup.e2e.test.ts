/**
 * The page sends its markup and the background reads it (entrypoints/content/read.ts pageMarkup,
 * utils/audit-page.ts auditHtml): in Chromium, the marks land on the cells the manifest expects,
 * content a browser keeps as text (noscript) or apart (template) included in the markup but not
 * in the page shifts nothing, and where the page disagrees with its markup's answer (a cell whose
 * text is partly hidden) the page reads itself (gra:reread) and still marks the right cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageResult } from '../../lib/model';
import { activeTabId, sendToTab, useExtension, waitForAudit } from './harness';
import { entry, readMarksInPage } from './marks';
import { FIXTURES_DIR } from './paths';

const { ext, server } = useExtension();
let page: Page;

beforeAll(async () => {
  page = await ext.context.newPage();
  const seed = readFileSync(join(FIXTURES_DIR, 'seed001-cms.html'), 'utf8');
  // Elements the markup holds but the page does not (noscript is text with scripting on; a
  // template's content is a fragment apart): cells and paragraphs ahead of the report's own.
  const before =
    '<noscript><table><tr><td>本年新收政府信息公开申请数量</td><td>99</td></tr></table><p>请启用脚本</p></noscript>' +
    '<template><table><tr><td>7</td><td>8</td></tr></table><p>模板</p></template>';
  server.add('markup-opaque.html', seed.replace(/<body([^>]*)>/, `<body$1>${before}`));
  // 563 (t2.permit.decisions) followed by a hidden 9: the cell reads 563, its textContent 5639.
  expect(seed.match(/>\s*563\s*</g)?.length).toBe(1);
  server.add(
    'markup-hidden.html',
    seed.replace(/>(\s*)563(\s*)</, '>$1563<span style="display:none">9</span>$2<'),
  );
  // The report under 400 and 600 nested divs: Chromium's parser keeps 512 elements open at most and
  // puts what opens deeper beside its parent, so at 600 the tables come apart in the page itself.
  const nested = (levels: number) =>
    seed.replace(
      /<body([^>]*)>([\s\S]*)<\/body>/i,
      (_, attrs, body) => `<body${attrs}>${'<div>'.repeat(levels)}${body}${'</div>'.repeat(levels)}</body>`,
    );
  // A report whose paragraphs are one, its lines split by <br> (an editor's paste), and one whose
  // markup wraps its text mid-sentence (Word's HTML export): the same sentences highlighted.
  const mismatch = readFileSync(join(FIXTURES_DIR, 'district-gov-2020-text-mismatch.html'), 'utf8');
  server.add('markup-lines.html', mismatch.replace(/<\/p>\s*<p\b[^>]*>/gi, '<br/>'));
  server.add(
    'markup-wrapped.html',
    mismatch.replace(
      /(<p\b[^>]*>)([^<]{12,})/gi,
      (_, p: string, t: string) => p + t.replace(/(.{11})/g, '$1\n'),
    ),
  );
  // Its paragraphs as preformatted text, a line every 11 characters (a flipbook's text layer, a
  // paste into <pre>): each line end is a line's end there, and the sentences still run on.
  server.add(
    'markup-pre.html',
    mismatch.replace(
      /<p\b[^>]*>([^<]{12,})<\/p>/gi,
      (_, t: string) => `<pre>${t.replace(/(.{11})/g, '$1\n')}</pre>`,
    ),
  );
  // A hidden copy of each row of figures, every figure 7 more, before it: the rows the page shows are marked.
  server.add(
    'markup-hidden-rows.html',
    seed.replace(/<tr\b[^>]*>(?:(?!<\/tr>)[\s\S])*?<\/tr>/gi, (row) =>
      /<td[^>]*>\s*\d+\s*<\/td>/i.test(row)
        ? row
            .replace(/<tr\b/i, '<tr style="display:none"')
            .replace(
              /(<td[^>]*>\s*)(\d+)(\s*<\/td>)/gi,
              (_, a: string, n: string, b: string) => a + (Number(n) + 7) + b,
            ) + row
        : row,
    ),
  );
  // A report copied into a text file, served as text/plain (the browser shows it as one <pre>).
  server.add(
    'report.txt',
    readFileSync(join(FIXTURES_DIR, '../../../shared/seeds/000_8a17b353415bb68d.txt'), 'utf8'),
    'text/plain; charset=utf-8',
  );
  server.add('markup-nested-400.html', nested(400));
  server.add('markup-nested-600.html', nested(600));
  // The same, with markup too long to send (HTML_MAX, 4,000,000 characters): the page reads itself.
  server.add(
    'markup-nested-600-long.html',
    nested(600).replace(/<body([^>]*)>/i, `<body$1><!--${'长'.repeat(4_000_001)}-->`),
  );
});

async function audited(path: string) {
  await page.goto(server.url(path));
  await waitForAudit(page);
  const reread = await page.evaluate(() => performance.getEntriesByName('gra:reread').length);
  return { reread, marks: await page.evaluate(readMarksInPage) };
}

function expectCells(addrs: Record<string, string>) {
  const m = entry('seed001-cms');
  for (const [addr, value] of Object.entries(m.cells)) {
    if (value === null) continue;
    expect(addrs[addr], addr).toBeDefined();
    expect(addrs[addr], `${addr} text`).toContain(String(value));
  }
}

describe('the page audited from its markup', () => {
  it('marks the manifest cells of a real report without reading the page itself', async () => {
    const { reread, marks } = await audited('seed001-cms.html');
    expect(reread).toBe(0);
    expectCells(marks.addrs);
  });

  it('noscript and template content ahead of the report shifts no mark', async () => {
    const { reread, marks } = await audited('markup-opaque.html');
    expect(reread).toBe(0);
    expectCells(marks.addrs);
    // Nothing inside noscript or template is marked.
    const inside = await page.evaluate(
      () => document.querySelectorAll('noscript [data-audit-address], template [data-audit-address]').length,
    );
    expect(inside).toBe(0);
  });

  it('a hidden copy of each row, with other figures: the rows the page shows are read and marked', async () => {
    const { marks } = await audited('markup-hidden-rows.html');
    expectCells(marks.addrs);
    expect(await page.evaluate(() => document.querySelectorAll('tr[style*="none"]').length)).toBeGreaterThan(
      20,
    );
    expect(
      await page.evaluate(() => document.querySelectorAll('tr[style*="none"] [data-audit-address]').length),
    ).toBe(0);
  });

  it('a cell whose text the page partly hides: the page reads itself, and marks the same cells', async () => {
    const { reread, marks } = await audited('markup-hidden.html');
    expect(reread).toBe(1);
    expectCells(marks.addrs);
    expect(marks.addrs['t2.permit.decisions']).toBe('5639');
  });

  it.each([
    ['its markup', 'markup-nested-600.html', 1],
    ['the page’s own read (markup too long to send)', 'markup-nested-600-long.html', 2],
  ])(
    '400 levels deep it is read as ever; 600 deep, where the browser flattened its tables, none is called missing: %s',
    async (_, path, reads) => {
      expectCells((await audited('markup-nested-400.html')).marks.addrs);
      await audited(path);
      // Serialized (and sent), or serialized, found too long, and read by the page itself.
      expect(await page.evaluate(() => performance.getEntriesByName('gra:read').length)).toBe(reads);
      // In the page itself, no table cell is inside its row any more.
      expect(await page.evaluate(() => document.querySelectorAll('tr > td').length)).toBe(0);
      const answer = await sendToTab(ext, await activeTabId(ext), 'getAudit', undefined);
      const result = (answer?.res as { result?: PageResult } | undefined)?.result;
      if (!result?.detected) throw new Error(`not audited as a report: ${JSON.stringify(answer)}`);
      expect(result.findings.filter((f) => f.rule === 'missing-table')).toEqual([]);
      expect(result.checks?.find((c) => c.rule === 'missing-table')).toMatchObject({
        status: 'skipped',
        reason: expect.stringMatching(/^页面嵌套过深/),
      });
    },
  );

  it('a text file served as text/plain is read as the CLI reads a .txt: titled by its first line, its tables read from its lines or there as text, not missing', async () => {
    await audited('report.txt');
    expect(await page.evaluate(() => document.contentType)).toBe('text/plain');
    const answer = await sendToTab(ext, await activeTabId(ext), 'getAudit', undefined);
    const result = (answer?.res as { result?: PageResult } | undefined)?.result;
    if (!result?.detected) throw new Error(`not audited as a report: ${JSON.stringify(answer)}`);
    expect(result.report.title).toBe('相山区城市管理局2020年政府信息公开工作年度报告');
    // Its parts of 主动公开 that do not sum (361 against 292), and no table called missing: 表二, 表三
    // and 表四 read from its lines (their sums hold).
    expect(result.findings.map((f) => f.rule)).toEqual(['text-part-sum']);
    expect(result.checks?.find((c) => c.rule === 'missing-table')?.status).toBe('passed');
    expect(result.report.cells['t2.permit.decisions']?.value).toBe(2710);
    expect(result.checks?.find((c) => c.rule === 't3-balance')?.status).toBe('passed');
    const warned = await page.evaluate(() =>
      [...(CSS.highlights.get('gra-warning') ?? [])].map((r) => (r as Range).toString()).join('|'),
    );
    // The total and its parts are highlighted in the page's text, as on a report page.
    expect(warned).toContain('主动公开政府信息361条');
    expect(warned).toContain('领导活动100条');
  });

  it.each(['markup-lines.html', 'markup-wrapped.html', 'markup-pre.html'])(
    '%s: the sentences the text findings quote are highlighted as in the paragraphs they came from',
    async (path) => {
      const sentences = () =>
        page.evaluate(() =>
          ['gra-error', 'gra-warning', 'gra-fact'].flatMap((n) =>
            [...(CSS.highlights.get(n) ?? [])].map(
              (r) => `${n} ${(r as Range).toString().replace(/\s+/g, '')}`,
            ),
          ),
        );
      await audited('district-gov-2020-text-mismatch.html');
      const whole = (await sentences()).sort();
      expect(whole.filter((s) => s.startsWith('gra-error')).length).toBeGreaterThan(0);
      await audited(path);
      expect((await sentences()).sort()).toEqual(whole);
    },
  );
});
