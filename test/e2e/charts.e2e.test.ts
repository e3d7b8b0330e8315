/**
 * The desk's charts on the built extension: six reports of three agencies dropped in as files
 * (卫滨区住房和城乡建设局 2021–2023 with a broken carry-over in 2022, 相山区市场监督管理局 2021–2022,
 * and a 武汉市生态环境局 2020 report whose 予以公开 总计 is blank), then one agency's three charts and
 * the desk-wide two, their marks counted per report, and the SVG and PNG downloads read back.
 * Screenshots and the exported PNG: test-results/charts-*.png.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { msgs, useExtension } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import { pngPixels } from './pixels';

const FILES = [
  'carryover-mismatch-2021.html',
  'carryover-mismatch-2022.html',
  'desk-weibin-2023.html',
  'carryover-ok-2021.html',
  'carryover-ok-2022.html',
  'wuhan-sthjj-2020-total-blank.html',
];
const SOURCE = '数据来源：各机关政府信息公开工作年度报告；年报核查 gov-report-audit';

const { ext } = useExtension({ language: 'zh_CN' });
let desk: Page;
/** What the desk page logged as errors (a CSP refusal of eval would show here). */
const consoleErrors: string[] = [];

async function download(selector: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([desk.waitForEvent('download'), desk.locator(selector).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

const chart = (kind: string) => `figure.chart[data-chart="${kind}"]`;

/** How many elements of one mark a chart drew for its reports (Plot's aria-label per element). */
function marks(kind: string, element: 'circle' | 'rect'): Promise<number> {
  return desk.locator(`${chart(kind)} svg ${element}[aria-label="report"]`).count();
}

/** The chart's text, line by line (the caption's lines, ticks and labels). */
function texts(kind: string): Promise<string[]> {
  return desk.locator(`${chart(kind)} svg text`).allTextContents();
}

beforeAll(async () => {
  desk = await ext.context.newPage();
  desk.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  desk.on('pageerror', (e) => consoleErrors.push(e.message));
  await desk.setViewportSize({ width: 1100, height: 900 });
  await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
  await desk.locator('input[data-input="files"]').setInputFiles(FILES.map((f) => join(FIXTURES_DIR, f)));
  await desk.waitForFunction((n) => document.querySelectorAll('.desk-row').length === n, FILES.length, {
    timeout: 20_000,
  });
});

describe('desk charts', () => {
  it('loads the chart code only when the charts open', async () => {
    // The lazy chunk brings its own stylesheet: its <link> appears only once the chunk is loaded.
    const loaded = () => desk.locator('link[href*="/Charts-"]').count();
    expect(await loaded()).toBe(0);
    await desk.locator('[data-action="charts"]').click();
    await desk.locator(`${chart('trend')} svg[data-chart]`).waitFor({ timeout: 20_000 });
    expect(await loaded()).toBeGreaterThan(0);
  });

  it("draws one agency's three charts with a mark for each report, its caption and source", async () => {
    // The agency with most years opens first: 卫滨区住房和城乡建设局, three reports.
    const picked = await desk.locator('select[data-pick="agency"] option:checked').textContent();
    expect(picked).toContain('卫滨区住房和城乡建设局');
    expect(await marks('trend', 'circle')).toBe(3);
    // Every 表三 outcome row is filled in all three: six segments per report.
    expect(await marks('shares', 'rect')).toBe(18);
    // 表四: three rows per report, all filled.
    expect(await marks('reviews', 'rect')).toBe(9);
    const trend = await texts('trend');
    for (const y of ['2021', '2022', '2023']) expect(trend).toContain(y);
    // Applications received as the reports give them (表三 本年新收 总计: 9, 7, 6).
    for (const v of ['9', '7', '6']) expect(trend).toContain(v);
    for (const kind of ['trend', 'shares', 'reviews']) {
      const all = (await texts(kind)).join('\n');
      for (const f of FILES.slice(0, 3)) expect(all).toContain(f);
      expect(all).toContain('卫滨区住房和城乡建设局2022年政府信息公开工作年度报告');
      expect(all).toContain(SOURCE);
    }
    // Legends: the six outcomes and the three kinds of case.
    const legend = await desk.locator(`${chart('shares')} .chart-legend text`).allTextContents();
    expect(legend).toEqual(['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
    expect(await desk.locator(`${chart('reviews')} .chart-legend text`).count()).toBe(3);
    // No text below 13 px anywhere in the charts (ticks, labels, legend, caption).
    const sizes = await desk.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg text')].map((t) =>
        parseFloat(getComputedStyle(t).fontSize),
      ),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13);
    await desk.screenshot({ path: join(RESULTS_DIR, 'charts-agency.png'), fullPage: true });
  });

  it('draws errors and outcome shares across the desk, a blank 予以公开 as a gap said in the caption', async () => {
    // Errors: the three agencies, the 2022 report's cross-year error (carry-over) among them.
    const errorsText = await texts('errors');
    for (const a of ['卫滨区住房和城乡建设局', '相山区市场监督管理局', '武漢市生態環境局'])
      expect(errorsText.some((t) => t.startsWith(a))).toBe(true);
    expect(await marks('errors', 'rect')).toBeGreaterThan(0);
    expect(await desk.locator(`${chart('errors')} .chart-legend text`).allTextContents()).toEqual([
      '本报告的错误',
      '跨年核查的错误',
    ]);
    // Latest year of each: three agencies. 武漢 2020 leaves 予以公开 blank, and a 0 blank in one row
    // each of 不予公开, 无法提供 and 不予处理: only 部分公开 and 其他处理 can be drawn.
    expect(await marks('desk-shares', 'rect')).toBe(6 + 6 + 2);
    await desk.locator('select[data-pick="year"]').selectOption('2020');
    await desk.waitForFunction(
      (sel) => document.querySelectorAll(sel).length === 2,
      `${chart('desk-shares')} svg rect[aria-label="report"]`,
    );
    const caption = (await texts('desk-shares')).join('');
    for (const what of ['予以公开', '不予公开', '无法提供', '不予处理'])
      expect(caption).toContain(`武漢市生態環境局 2020年报告中「${what}」空白，图中留空，未按 0 计。`);
    expect(caption).not.toContain('「部分公开」空白');
    expect(caption).toContain('wuhan-sthjj-2020-total-blank.html');
    await desk.locator('select[data-pick="year"]').selectOption('');
    await desk.screenshot({ path: join(RESULTS_DIR, 'charts-desk.png'), fullPage: true });
  });

  it('downloads the SVG (parses, holds the caption and source) and the PNG (its size, not blank)', async () => {
    const svg = await download(`${chart('trend')} button[data-download="svg"]`);
    expect(svg.name).toMatch(/^年报核查-图表-.+\.svg$/);
    const text = readFileSync(svg.path, 'utf8');
    const parsed = await desk.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        width: Number(doc.documentElement.getAttribute('width')),
        height: Number(doc.documentElement.getAttribute('height')),
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
        dots: doc.querySelectorAll('circle[aria-label="report"]').length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.dots).toBe(3);
    expect(parsed.text).toContain('图中数据来自：');
    expect(parsed.text).toContain('carryover-mismatch-2021.html');
    expect(parsed.text).toContain(SOURCE);

    const png = await download(`${chart('trend')} button[data-download="png"]`);
    expect(png.name).toMatch(/\.png$/);
    const bytes = readFileSync(png.path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, twice the SVG's.
    expect(bytes.readUInt32BE(16)).toBe(parsed.width * 2);
    expect(bytes.readUInt32BE(20)).toBe(parsed.height * 2);
    copyFileSync(png.path, join(RESULTS_DIR, 'charts-trend-export.png'));
    const data = await pngPixels(desk, bytes);
    const ink = { dark: 0, blue: 0, total: data.length / 4 };
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r + g + b < 200) ink.dark++;
      // The trend's line colour (#4e79a7).
      if (Math.abs(r - 0x4e) < 12 && Math.abs(g - 0x79) < 12 && Math.abs(b - 0xa7) < 12) ink.blue++;
    }
    // Text (dark) and the line and dots (blue) are drawn; the rest is the white ground.
    expect(ink.dark).toBeGreaterThan(2000);
    expect(ink.blue).toBeGreaterThan(500);
    expect(ink.dark + ink.blue).toBeLessThan(ink.total / 2);
    const status = await desk.locator(`${chart('trend')} .chart-actions [role="status"]`).textContent();
    expect(msgs('charts.downloaded')).toContain(status);

    // A desk-wide chart exports as well.
    const deskPng = await download(`${chart('desk-shares')} button[data-download="png"]`);
    copyFileSync(deskPng.path, join(RESULTS_DIR, 'charts-desk-shares-export.png'));
    const reviewsPng = await download(`${chart('reviews')} button[data-download="png"]`);
    copyFileSync(reviewsPng.path, join(RESULTS_DIR, 'charts-reviews-export.png'));
  });

  it('leaves a year with no report as a gap: the line breaks and the caption says so', async () => {
    // The 2023 report moved to 2025 (its publication date to 2026): 卫滨区 now lacks 2024.
    const html = readFileSync(join(FIXTURES_DIR, 'desk-weibin-2023.html'), 'utf8')
      .replaceAll('2024', '2026')
      .replaceAll('2023', '2025');
    await desk.locator('[data-action="charts-back"]').click();
    await desk.locator('input[data-input="files"]').setInputFiles({
      name: 'desk-weibin-2025.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await desk.waitForFunction((n) => document.querySelectorAll('.desk-row').length === n, FILES.length + 1, {
      timeout: 20_000,
    });
    await desk.locator('[data-action="charts"]').click();
    await desk.locator(`${chart('trend')} svg[data-chart]`).waitFor({ timeout: 20_000 });
    expect(await marks('trend', 'circle')).toBe(4);
    const trend = await texts('trend');
    for (const y of ['2021', '2022', '2023', '2024', '2025']) expect(trend).toContain(y);
    expect(trend).toContain('无报告');
    expect(trend).toContain('审核台上没有 2024 年的报告，图中留空。');
    // The line is drawn in pieces: 2021–2023, then 2025 alone (a gap, not a line through 2024).
    const path = (await desk.locator(`${chart('trend')} g[aria-label="line"] path`).getAttribute('d')) ?? '';
    expect(path.match(/M/g)?.length).toBe(2);
    const shares = (await texts('shares')).join('\n');
    expect(shares).toContain('审核台上没有 2024 年的报告，图中留空。');
    await desk.screenshot({ path: join(RESULTS_DIR, 'charts-gap.png'), fullPage: true });
  });

  it('goes back to the list, with nothing refused or thrown on the way', async () => {
    await desk.locator('[data-action="charts-back"]').click();
    await desk.waitForFunction((n) => document.querySelectorAll('.desk-row').length === n, FILES.length + 1);
    expect(consoleErrors).toEqual([]);
  });
});
