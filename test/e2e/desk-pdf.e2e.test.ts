/**
 * PDF and Word files imported on the desk of the built extension (issue 11, part 4): a .docx and
 * two real PDF reports (洪泽区 2023, 表四's totals printed as 0; 淮安市 2024) are audited, saved with
 * report.source docx / pdf and listed with their findings, pdf.js running in a worker of the desk
 * page and each PDF's audit the command's own (cells, pages, facts, findings); a corrupt, an
 * encrypted and a truncated PDF, one over the page cap and an untitled scan are refused with their
 * reason and leave the desk as it was. Screenshots: test-results/desk-pdf-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditDocument } from '../../cli/document';
import type { DetectedResult, SavedReport } from '../../lib/desk/model';
import { makePdf } from '../unit/pdf-make';
import { useExtension } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';

const { ext } = useExtension({ language: 'zh_CN' });
let desk: Page;

const input = () => desk.locator('input[data-input="files"]');

/** Waits for `n` rows in the desk's list. */
async function rows(n: number): Promise<void> {
  await desk.waitForFunction((count) => document.querySelectorAll('.desk-row').length === count, n, {
    timeout: 20_000,
  });
}

/** Picks one file and waits until the desk has read it: its outcome line, ok or refused. */
async function pick(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  await desk.evaluate(() => {
    for (const li of document.querySelectorAll('.file-outcomes li')) li.remove();
  });
  await input().setInputFiles(file);
  const outcome = desk.locator('.file-outcomes li');
  await outcome.first().waitFor({ timeout: 30_000 });
  return (await outcome.first().textContent()) ?? '';
}

/** The saved records, as the desk's IndexedDB holds them. */
function records(): Promise<SavedReport[]> {
  return desk.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('gov-report-audit-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('reports').objectStore('reports').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
  );
}

/** The saved records' file names, report sources and the rules of their errors. */
async function stored(): Promise<{ fileName?: string; source?: string; errors: string[] }[]> {
  return (await records()).map((r) => ({
    fileName: r.fileName,
    source: r.result.report.source,
    errors: r.result.findings.filter((f) => f.severity === 'error').map((f) => f.rule),
  }));
}

/** The saved audit of one file. */
async function savedResult(fileName: string): Promise<DetectedResult | undefined> {
  return (await records()).find((x) => x.fileName === fileName)?.result;
}

/** The desk's audit of a PDF is the command's: same cells (values, pages), findings and report. */
async function sameAsCli(fileName: string): Promise<void> {
  const desk = await savedResult(fileName);
  const cli = await auditDocument(new Uint8Array(readFileSync(join(FIXTURES_DIR, 'pdf', fileName))), {
    file: fileName,
  });
  if (!desk?.detected || !cli.detected) throw new Error(`${fileName}: not detected`);
  const { cells, facts, ...report } = desk.report;
  const { cells: cliCells, facts: cliFacts, ...cliReport } = cli.report;
  expect(cells).toEqual(cliCells);
  expect(facts).toEqual(cliFacts);
  expect(report).toEqual(cliReport);
  const brief = (r: typeof desk) => r.findings.map((f) => [f.rule, f.severity, f.cells.join(' ')]);
  expect(brief(desk)).toEqual(brief(cli));
}

beforeAll(async () => {
  desk = await ext.context.newPage();
  await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
  await desk.locator('.desk-empty').waitFor();
});

describe('desk imports PDF and Word files', () => {
  it('audits and saves a .docx, source docx', async () => {
    const text = await pick(join(FIXTURES_DIR, 'docx/tongjiju-2021-merged.docx'));
    expect(text).toContain('tongjiju-2021-merged.docx');
    await rows(1);
    expect(await stored()).toEqual([{ fileName: 'tongjiju-2021-merged.docx', source: 'docx', errors: [] }]);
  });

  it('audits a real PDF report with pdf.js in a worker, lists it with its two 表四 errors', async () => {
    const t0 = Date.now();
    const text = await pick(join(FIXTURES_DIR, 'pdf/hongze-district-gov-2023.pdf'));
    const ms = Date.now() - t0;
    expect(text).toContain('hongze-district-gov-2023.pdf');
    await rows(2);
    // pdf.js parsed it in the desk page's worker, not on the page's thread.
    expect(
      desk
        .workers()
        .map((w) => w.url())
        .some((u) => /pdf\.worker/.test(u)),
    ).toBe(true);
    await sameAsCli('hongze-district-gov-2023.pdf');
    const pdf = (await stored()).find((r) => r.fileName === 'hongze-district-gov-2023.pdf');
    expect(pdf).toEqual({
      fileName: 'hongze-district-gov-2023.pdf',
      source: 'pdf',
      errors: ['t4-sum', 't4-sum'],
    });
    const row = desk.locator('.desk-row', { hasText: '洪泽区' });
    expect(await row.locator('.col-errors').textContent()).toBe('2');
    await desk.screenshot({ path: join(RESULTS_DIR, 'desk-pdf-list.png'), fullPage: true });
    // Opened: the findings as for a page, and its snapshot is the text and tables read.
    await row.click();
    await desk.locator('.report-view .finding[data-rule="t4-sum"]').first().waitFor();
    expect(await desk.locator('.report-view .finding.error[data-rule="t4-sum"]').count()).toBe(2);
    await desk.screenshot({ path: join(RESULTS_DIR, 'desk-pdf-report.png'), fullPage: true });
    await desk.locator('.report-view .actions button').first().click();
    await rows(2);
    const read = await desk.evaluate(() =>
      performance
        .getEntriesByName('gra:desk-file')
        .filter((e) => (e as PerformanceMeasure).detail === 'hongze-district-gov-2023.pdf')
        .map((e) => Math.round(e.duration)),
    );
    expect(read).toHaveLength(1);
    console.log(
      `desk: hongze-district-gov-2023.pdf (5 pages) read and audited in ${read[0]} ms (pdf.js loaded and its worker started in that), saved and listed in ${ms} ms`,
    );
  });

  it('reads a second PDF with pdf.js already loaded (what each further PDF costs)', async () => {
    const text = await pick(join(FIXTURES_DIR, 'pdf/huaian-city-gov-2024.pdf'));
    expect(text).toContain('huaian-city-gov-2024.pdf');
    await rows(3);
    const [read] = await desk.evaluate(() =>
      performance
        .getEntriesByName('gra:desk-file')
        .filter((e) => (e as PerformanceMeasure).detail === 'huaian-city-gov-2024.pdf')
        .map((e) => Math.round(e.duration)),
    );
    console.log(`desk: huaian-city-gov-2024.pdf (6 pages) read and audited in ${read} ms, pdf.js warm`);
    const saved = (await stored()).find((r) => r.fileName === 'huaian-city-gov-2024.pdf');
    expect(saved).toEqual({ fileName: 'huaian-city-gov-2024.pdf', source: 'pdf', errors: [] });
    await sameAsCli('huaian-city-gov-2024.pdf');
  });

  it('refuses corrupt, encrypted, truncated and over-long PDFs with their reason, losing nothing', async () => {
    const before = await stored();
    const whole = readFileSync(join(FIXTURES_DIR, 'pdf/seed001-cms.pdf'));
    const bad: [name: string, bytes: Uint8Array, zh: RegExp][] = [
      [
        'corrupt.pdf',
        new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}`),
        /PDF 文件已损坏或不完整|corrupt/,
      ],
      ['locked.pdf', makePdf([{ text: 'secret' }], { encrypted: true }), /PDF 已加密|encrypted/],
      ['cut.pdf', whole.subarray(0, Math.floor(whole.length * 0.1)), /PDF 文件已损坏或不完整|corrupt/],
      [
        'long.pdf',
        makePdf(Array.from({ length: 201 }, (_, i) => ({ text: `page ${i + 1}` }))),
        /超过 200 页上限|200-page limit/,
      ],
      ['scan0001.pdf', makePdf([{ image: true }]), /没有文字层|no text layer/],
    ];
    for (const [name, bytes, reason] of bad) {
      const text = await pick({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
      expect(await desk.locator('.file-outcomes [role="alert"]').count(), name).toBe(1);
      expect(text, name).toContain(name);
      expect(text, name).toMatch(reason);
      // Chinese first: the reason's Chinese half comes before its English one.
      expect(text, name).toMatch(/[\u4e00-\u9fff][^/]* \/ [A-Za-z]/);
    }
    await desk.screenshot({ path: join(RESULTS_DIR, 'desk-pdf-refused.png'), fullPage: true });
    await rows(3);
    expect(await stored()).toEqual(before);
  });

  it('reads a page saved as .pdf as the page it is; a portal’s error page saved so is said to be one', async () => {
    const error = await pick({
      name: '某某局2023年报.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '<!DOCTYPE html><html><head><title>404</title></head><body>404 Not Found</body></html>',
      ),
    });
    expect(error).toMatch(
      /文件名为 \.pdf，内容却是网页，且不是年报（可能是网站的错误页或登录页） \/ named \.pdf but holding a web page/,
    );
    await desk.screenshot({ path: join(RESULTS_DIR, 'desk-misnamed.png'), fullPage: true });
    await rows(3);
    const text = await pick({
      name: '卫滨区城市管理局2023年报.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(join(FIXTURES_DIR, 'seed001-cms.html')),
    });
    expect(text).toContain('卫滨区城市管理局2023年报.pdf');
    expect(await desk.locator('.file-outcomes [role="alert"]').count()).toBe(0);
    await rows(4);
    expect((await stored()).find((r) => r.fileName === '卫滨区城市管理局2023年报.pdf')).toEqual({
      fileName: '卫滨区城市管理局2023年报.pdf',
      errors: [],
    });
  });

  it('reads a page saved as one file (.mhtml) as the page inside it', async () => {
    // Chromium's own snapshot of seed001-cms (test/fixtures/README.md).
    const text = await pick(join(FIXTURES_DIR, 'mhtml/seed001-cms.mhtml'));
    expect(text).toContain('seed001-cms.mhtml');
    expect(await desk.locator('.file-outcomes [role="alert"]').count()).toBe(0);
    await desk.screenshot({ path: join(RESULTS_DIR, 'desk-mhtml.png'), fullPage: true });
    const saved = (await records()).find((r) => r.fileName === 'seed001-cms.mhtml');
    expect(saved?.result.report.agency).toBe('卫滨区城市管理局');
    expect(saved?.result.findings).toEqual([]);
  });
});
