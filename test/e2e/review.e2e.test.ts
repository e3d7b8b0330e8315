/**
 * The review view on the built extension in Chromium, over the real PDFs (test/fixtures/pdf, copies
 * of shared/samples/pdf) served from the harness's *.gov.cn host: the popup offers 在审核视图中打开
 * on a PDF tab; the review page marks the known defects (洪泽区 2023: 表四 totals printed as 0;
 * 洪泽区 2024: the text's 17 applications against 表三's 95); a flag made there survives a reload;
 * an attachment linked from a report page is fetched and audited; one on another host is refused
 * with a message. Screenshots go to test-results/review-*.png.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cmapPdf } from '../unit/pdf-make';
import { useExtension } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import { openPanel } from './shadow';

/** The one extension API used inside the service worker's evaluate. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

// The UI most users see, in the screenshots; the assertions read no UI text.
const { ext, server: fixtures } = useExtension({ language: 'zh_CN' });
/** The review page's own audit times (ms), written to test-results/review-timings.json. */
const timings: Record<string, number> = {};

afterAll(async () => {
  // Recorded, not asserted (a loaded machine's timing is no test): the README's figures come from here.
  writeFileSync(
    join(RESULTS_DIR, 'review-timings.json'),
    `${JSON.stringify({ ...timings, loadavg: loadavg() }, null, 2)}\n`,
  );
});

/** Opens `href` in a tab, then the popup as a page told (?tab=) which tab it inspects. */
async function withPopup(
  href: string,
  settle?: (page: Page) => Promise<void>,
): Promise<{ page: Page; popup: Page }> {
  const page = await ext.context.newPage();
  await page.goto(href);
  await settle?.(page);
  const tabId = await ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

/** Clicks `selector` in the popup and returns the review page the background opens, audited. */
async function openReview(popup: Page, selector: string): Promise<Page> {
  const [review] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.locator(selector).first().click(),
  ]);
  await review.locator('main[data-audit-ms]').waitFor({ timeout: 30_000 });
  const name = decodeURIComponent(new URL(review.url()).search);
  timings[`${(await review.locator('.review-bar .url').textContent())?.split(' ')[0] ?? name}`] = Number(
    await review.locator('main').getAttribute('data-audit-ms'),
  );
  return review;
}

/** The addresses a marked box stands for, by the severity the marks painted. */
function marked(review: Page, severity: 'error' | 'warning'): Promise<string[]> {
  return review
    .locator(`[data-audit-severity="${severity}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-audit-address') ?? ''));
}

async function shoot(review: Page, name: string): Promise<void> {
  // A smooth scroll still under way would be caught mid-frame: wait until the window stays put.
  await review.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        const check = () => {
          if (window.scrollY === last) resolve();
          else {
            last = window.scrollY;
            setTimeout(check, 250);
          }
        };
        check();
      }),
  );
  await review.screenshot({ path: join(RESULTS_DIR, `review-${name}.png`) });
}

/** A report page whose report is an attachment: its PDF on the same host, a copy on another, an .ofd. Returns the other host's link. */
function attachmentPage(): string {
  const other = fixtures.url('pdf/huaian-city-gov-2024.pdf', 'www.other.gov.cn');
  fixtures.add(
    'xxgk/2024/report.html',
    `<!doctype html><html><head><meta charset="utf-8"><title>洪泽区人民政府2023年政府信息公开工作年度报告</title>
<meta name="PubDate" content="2024-01-20"></head><body>
<h1>洪泽区人民政府2023年政府信息公开工作年度报告</h1>
<p>发布日期：2024-01-20</p>
<p>附件：<a href="/pdf/hongze-district-gov-2023.pdf">洪泽区人民政府2023年政府信息公开工作年度报告.pdf</a></p>
<p><a href="${other}">淮安市人民政府2024年政府信息公开工作年度报告（镜像）.pdf</a></p>
<p><a href="/files/report-2023.ofd">洪泽区人民政府2023年政府信息公开工作年度报告.ofd</a></p>
</body></html>`,
  );
  return other;
}

describe('review view', () => {
  it('is offered on a PDF tab and marks 表四 totals printed as 0 (洪泽区 2023)', async () => {
    const { page, popup } = await withPopup(fixtures.url('pdf/hongze-district-gov-2023.pdf'));
    await popup.locator('[data-action="open-review"]').waitFor();
    // Chrome's viewer is no "not a report" page: the popup says nothing of it.
    await popup.locator('.pdf-tab').waitFor({ state: 'attached' });
    expect(await popup.locator('.not-report').count()).toBe(0);
    await popup.screenshot({ path: join(RESULTS_DIR, 'review-popup-pdf.png') });
    const review = await openReview(popup, '[data-action="open-review"]');
    expect(await review.locator('main').getAttribute('data-kind')).toBe('pdf');
    await review.locator('.pdf-page').first().waitFor();
    expect(await review.locator('.pdf-page').count()).toBeGreaterThan(1);
    const errors = (await marked(review, 'error')).join(' ').split(' ');
    expect(errors).toContain('t4.review.total');
    expect(errors).toContain('t4.suit_after_review.total');
    // The findings, errors first; a click scrolls to the cells and pulses them.
    const first = review.locator('ol.findings li.finding').first();
    expect(await first.getAttribute('class')).toContain('error');
    expect(await first.getAttribute('data-rule')).toBe('t4-sum');
    await first.locator('.finding-go').click();
    await review.locator('[data-audit-pulse]').first().waitFor();
    // Smooth scrolling: the cell comes into the window within a moment.
    await expect
      .poll(async () => {
        const box = await review.locator('[data-audit-address~="t4.review.total"]').boundingBox();
        return box !== null && box.y >= 0 && box.y < 900;
      })
      .toBe(true);
    // The canvas of the page in view is painted.
    await review.locator('.pdf-page[data-painted=""]').first().waitFor();
    // The tooltip: the arithmetic of the cell's finding.
    await review.locator('[data-audit-address~="t4.review.total"]').hover();
    await review.locator('.review-tip .tip').waitFor();
    expect(await review.locator('.review-tip .tip').textContent()).toContain('t4-sum');
    await shoot(review, 'hongze-2023');
    // The JSON export: read from a PDF, each cell with its page.
    const [file] = await Promise.all([
      review.waitForEvent('download'),
      review.locator('button[data-export="json"]').click(),
    ]);
    const json = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(json[0].url).toBe(fixtures.url('pdf/hongze-district-gov-2023.pdf'));
    expect(json[0].report.source).toBe('pdf');
    expect(json[0].report.cells['t4.review.total']).toMatchObject({ value: 0, page: expect.any(Number) });
    // 保存到审核台: the desk lists it.
    await review.locator('[data-action="save-desk"]').click();
    await expect.poll(() => review.locator('.save-desk .status').textContent()).toMatch(/审核台|desk/);
    const desk = await ext.context.newPage();
    await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
    await desk.getByText('洪泽区人民政府2023年政府信息公开工作年度报告').first().waitFor();
    await desk.close();
    await review.close();
    await popup.close();
    await page.close();
  });

  it('marks the text 17 against 表三 95 (洪泽区 2024), and a flag made there survives a reload', async () => {
    const { page, popup } = await withPopup(fixtures.url('pdf/hongze-district-gov-2024.pdf'));
    const review = await openReview(popup, '[data-action="open-review"]');
    await popup.close();
    await page.close();
    const finding = review.locator('li.finding[data-rule="text-table-mismatch"]');
    await finding.first().waitFor();
    expect(await finding.first().locator('.message').textContent()).toMatch(/17[\s\S]*95|95[\s\S]*17/);
    const all = [...(await marked(review, 'error')), ...(await marked(review, 'warning'))].join(' ');
    expect(all).toContain('t3.new.total');
    // The sentence with 17 is marked too (its paragraph, over the PDF's text).
    expect(await review.locator('.pdf-box.quote[data-audit-severity]').count()).toBeGreaterThan(0);
    await finding.first().locator('.finding-go').click();
    await review.locator('[data-audit-pulse]').first().waitFor();
    await shoot(review, 'hongze-2024');

    // Flag 表三 本年新收 · 总计 with a note typed here.
    await review.locator('[data-audit-address~="t3.new.total"]').first().click();
    await review.locator('form[data-gra="flag-editor"] textarea').fill('核对：正文 17 件');
    await review.locator('form[data-gra="flag-editor"] button[type="submit"]').click();
    await review.locator('.flags .note-text').waitFor();
    expect(await review.locator('[data-audit-address~="t3.new.total"].gra-audit-flagged').count()).toBe(1);
    await review.reload();
    await review.locator('main[data-audit-ms]').waitFor({ timeout: 30_000 });
    await review.locator('.flags .note-text').waitFor();
    expect(await review.locator('.flags .note-text').textContent()).toBe('核对：正文 17 件');
    expect(await review.locator('.flags li.flag:not(.orphan)').count()).toBe(1);
    await review.locator('[data-audit-address~="t3.new.total"].gra-audit-flagged').waitFor();
    await shoot(review, 'flag');
    await review.close();
  });

  it('fetches and audits an attachment linked from a report page; refuses one on another host', async () => {
    const other = attachmentPage();
    const { page, popup } = await withPopup(fixtures.url('xxgk/2024/report.html'), async (p) => {
      await p.waitForFunction(() => performance.getEntriesByName('gra:detect').length > 0, undefined, {
        timeout: 10_000,
      });
    });
    const offer = popup.locator('[data-gra="review-offer"]');
    await offer.waitFor();
    expect(await popup.locator('[data-action="audit-attachment"]').count()).toBe(2);
    expect(await popup.locator('[data-attachment="unreadable"]').textContent()).toContain('.ofd');
    await popup.screenshot({ path: join(RESULTS_DIR, 'review-popup-attachments.png') });
    // Another host, even under gov.cn: refused, with the reason, and nothing opened.
    const pages = ext.context.pages().length;
    await popup.locator(`[data-action="audit-attachment"][data-href="${other}"]`).click();
    await popup.locator('[data-gra="review-error"]').waitFor();
    expect(await popup.locator('[data-gra="review-error"]').textContent()).toContain('www.other.gov.cn');
    expect(ext.context.pages().length).toBe(pages);
    // The page's own host: fetched, opened and audited.
    const review = await openReview(
      popup,
      '[data-action="audit-attachment"][data-href$="hongze-district-gov-2023.pdf"]',
    );
    expect((await marked(review, 'error')).join(' ')).toContain('t4.review.total');
    expect(await review.locator('.review-bar').textContent()).toContain('hongze-district-gov-2023.pdf');
    await review.close();
    await popup.close();
    await page.close();
  });

  it('reads a picked .docx as text and tables, and a picked ten-page PDF, timing the audit', async () => {
    const review = await ext.context.newPage();
    await review.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await review
      .locator('input[data-input="review-file"]')
      .setInputFiles(join(FIXTURES_DIR, 'docx/tongjiju-2021-merged.docx'));
    await review.locator('main[data-audit-ms]').waitFor({ timeout: 30_000 });
    expect(await review.locator('main').getAttribute('data-kind')).toBe('docx');
    expect(await review.locator('article.docx table').count()).toBeGreaterThan(0);
    expect(await review.locator('article.docx td[data-audit-address]').count()).toBeGreaterThan(20);
    expect(await review.locator('.summary').textContent()).toContain('2021');
    // A picked file is kept: the page reloads onto it.
    expect(review.url()).toContain('?file=');
    await review.reload();
    await review.locator('main[data-kind="docx"]').waitFor({ timeout: 30_000 });
    await shoot(review, 'docx');
    const docxMs = Number(await review.locator('main').getAttribute('data-audit-ms'));

    await review.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await review
      .locator('input[data-input="review-file"]')
      .setInputFiles(join(FIXTURES_DIR, 'pdf/long-report.pdf'));
    await review.locator('main[data-audit-ms]').waitFor({ timeout: 30_000 });
    const pages = await review.locator('.pdf-page').count();
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(await review.locator('[data-audit-address~="t3.new.total"]').count()).toBe(1);
    const pdfMs = Number(await review.locator('main').getAttribute('data-audit-ms'));
    timings['long-report.pdf (picked)'] = pdfMs;

    // A PDF cut short: the reader's own message, and nothing drawn or marked.
    const whole = readFileSync(join(FIXTURES_DIR, 'pdf/hongze-district-gov-2024.pdf'));
    const cut = join(mkdtempSync(join(tmpdir(), 'gra-review-')), 'truncated.pdf');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 3)));
    await review.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await review.locator('input[data-input="review-file"]').setInputFiles(cut);
    await review.locator('[data-state="failed"]').waitFor({ timeout: 30_000 });
    expect(await review.locator('[data-state="failed"]').textContent()).toContain('PDF');
    expect(await review.locator('[data-audit-severity]').count()).toBe(0);
    await shoot(review, 'truncated');
    timings['tongjiju-2021-merged.docx (picked)'] = docxMs;
    expect(pdfMs).toBeGreaterThan(0);
    await review.close();
  });

  it('reads the text of a PDF that a predefined CMap encodes (the extension carries pdf.js’s Chinese cmaps)', async () => {
    const review = await ext.context.newPage();
    const file = join(mkdtempSync(join(tmpdir(), 'gra-review-')), 'cmap.pdf');
    writeFileSync(
      file,
      cmapPdf(['某某县人民政府2022年政府信息公开工作年度报告', '本年新收政府信息公开申请58件。']),
    );
    await review.goto(`chrome-extension://${ext.extensionId}/review.html`);
    await review.locator('input[data-input="review-file"]').setInputFiles(file);
    await review.locator('[data-state="notReport"]').waitFor({ timeout: 30_000 });
    // Its text was read: no tables found, not "no text layer (a scan?)", which it says without the maps.
    const said = (await review.locator('[data-state="notReport"]').textContent()) ?? '';
    expect(said).not.toMatch(/扫描件|scan/);
    expect(said).toMatch(/表格|tables/);
    await review.close();
  });

  it("offers 审核附件 in the page's panel too, and the review page audits the attachment", async () => {
    attachmentPage();
    const page = await ext.context.newPage();
    await page.goto(fixtures.url('xxgk/2024/report.html'));
    // Keyboard: headless Chromium may stop routing the mouse into the panel's frame (see shadow.ts).
    const frame = await openPanel(page, 'keyboard');
    const own = frame.locator('[data-action="audit-attachment"][data-href$="hongze-district-gov-2023.pdf"]');
    await own.waitFor();
    await page.screenshot({ path: join(RESULTS_DIR, 'review-panel-attachments.png') });
    const [review] = await Promise.all([ext.context.waitForEvent('page'), own.press('Enter')]);
    await review.locator('main[data-audit-ms]').waitFor({ timeout: 30_000 });
    expect((await marked(review, 'error')).join(' ')).toContain('t4.review.total');
    await review.close();
    await page.close();
  });
});
