/**
 * The audit desk on the built extension: three years of one agency saved from the popup (the 2022
 * report's 上年结转 breaks the carry-over from 2021), the list, the cross-year finding on the right
 * year, two years side by side, CSV and XLSX exports read back, a .docx audited from a file, and a
 * backup that round-trips while a corrupt one changes nothing. Screenshots: test-results/desk-*.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { activeTabId, msgs, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import { openPanel, panelClick, panelText } from './shadow';

const YEARS = [
  ['carryover-mismatch-2021.html', 2021],
  ['carryover-mismatch-2022.html', 2022],
  ['desk-weibin-2023.html', 2023],
] as const;

// Chinese UI, so the screenshots show what most users see. Assertions accept either language.
const { ext, server: fixtures } = useExtension({ language: 'zh_CN' });
let desk: Page;

async function download(page: Page, selector: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

async function shoot(name: string): Promise<void> {
  await desk.screenshot({ path: join(RESULTS_DIR, `desk-${name}.png`), fullPage: true });
}

/** Opens the desk's list and waits for `n` rows. */
async function rows(n: number): Promise<void> {
  await desk.waitForFunction((count) => document.querySelectorAll('.desk-row').length === count, n, {
    timeout: 10_000,
  });
}

describe('audit desk', () => {
  it('saves three years of one agency from the popup', async () => {
    for (const [file] of YEARS) {
      const page = await ext.context.newPage();
      await page.goto(fixtures.url(file));
      await waitForAudit(page, 'detect');
      const tab = await activeTabId(ext);
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
      await popup.locator('[data-action="save-desk"]').click();
      const status = popup.locator('.save-desk .status');
      await expect
        .poll(() => status.textContent(), { timeout: 10_000 })
        .toMatch(new RegExp(msgs('desk.saved').join('|')));
      if (file === YEARS[0][0]) {
        // The popup's own Excel export: one report, the writer loaded on the click.
        const xlsx = await download(popup, 'button[data-export="xlsx"]');
        expect(xlsx.name).toMatch(/^年报核查-.+-2021\.xlsx$/);
        const sheets = await readXlsxFile(xlsx.path);
        expect(sheets.map((s) => s.sheet)).toEqual(['报告', '表二', '表三', '表四', '发现', '数据', '标记']);
        expect(sheets[0]!.data[1]!.slice(1, 4)).toEqual(['卫滨区住房和城乡建设局', expect.anything(), 2021]);
      }
      await popup.close();
      await page.close();
    }
    desk = await ext.context.newPage();
    await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
    await rows(3);
    const years = await desk.locator('.desk-row .col-year').allTextContents();
    expect(years.sort()).toEqual(['2021', '2022', '2023']);
    await desk.locator('.desk-list[data-cross="ready"]').waitFor();
    await shoot('list');
  });

  it('filters the list (short names, has errors, year) and sorts 错误 descending on the first click', async () => {
    const heads = await desk.locator('.desk-head button').allTextContents();
    expect(heads.slice(0, 6).join('|')).toMatch(
      /^(标题|Title)\|(门户|Portal)\|(年度|Year)\|(模板|Template)\|(发布日期|Published)\|(时限|Deadline)/,
    );
    const published = await desk.locator('.desk-row .col-published').allTextContents();
    expect(published.every((d) => /^\d{4}-\d{2}-\d{2}$|^—$/.test(d))).toBe(true);
    const box = desk.locator('.desk-filter');
    await box.fill('卫滨区住建局');
    await rows(3);
    await box.fill('卫滨区统计局');
    await rows(0);
    await box.fill('');
    await rows(3);
    // 有错误: the 2022 report (its carry-over breaks) at least, never one without errors.
    await desk.locator('[data-filter="errorsOnly"]').check();
    await desk.waitForFunction(() => document.querySelectorAll('.desk-row').length < 4);
    const errors = await desk.locator('.desk-row .col-errors').allTextContents();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => Number(e) > 0)).toBe(true);
    expect(await desk.locator('.desk-row .col-year').allTextContents()).toContain('2022');
    await desk.locator('[data-filter="errorsOnly"]').uncheck();
    await rows(3);
    await desk.locator('select[data-filter="year"]').selectOption('2023');
    await rows(1);
    expect(await desk.locator('.desk-row .col-year').textContent()).toBe('2023');
    await shoot('list-filtered');
    await desk.locator('select[data-filter="year"]').selectOption('');
    await rows(3);
    await desk.locator('[data-sort="errors"]').click();
    expect(await desk.locator('[data-sort="errors"]').getAttribute('data-dir')).toBe('descending');
    const sorted = (await desk.locator('.desk-row .col-errors').allTextContents()).map(Number);
    expect(sorted).toEqual([...sorted].sort((x, y) => y - x));
    await desk.locator('[data-sort="savedAt"]').click();
  });

  it('shows the carry-over mismatch on 2022 only, and 2021 against 2022 side by side', async () => {
    const open = async (year: number) => {
      await desk.locator('.desk-row', { has: desk.locator('.col-year', { hasText: String(year) }) }).click();
      await desk.locator('.report-view').waitFor();
    };
    // The list's 跨年 column: the broken carry-over counts against 2022 only.
    await desk.locator('.desk-list[data-cross="ready"]').waitFor();
    const crossOf = (year: number) =>
      desk
        .locator('.desk-row', { has: desk.locator('.col-year', { hasText: String(year) }) })
        .locator('.col-cross');
    expect(Number(await crossOf(2022).textContent())).toBeGreaterThan(0);
    expect(await crossOf(2021).textContent()).toBe('0');
    expect(await crossOf(2023).textContent()).toBe('0');
    await open(2023);
    expect(await desk.locator('.cross [data-rule="carry-over-mismatch"]').count()).toBe(0);
    await desk.locator('.report-view .actions button').first().click();
    await open(2022);
    expect(await desk.locator('.cross [data-rule="carry-over-mismatch"]').count()).toBeGreaterThan(0);
    expect(await desk.locator('.cross .finding').first().textContent()).toContain('2021');
    await shoot('report-2022');
    // 复制引用: keep what the page writes (reading the clipboard back needs a permission we lack).
    await desk.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (globalThis as { copied?: string }).copied = text;
        return write(text);
      };
    });
    await desk.locator('.cross .cite-button').first().click();
    await desk.locator('.cross .cite [role="status"]').first().waitFor();
    const cited = await desk.evaluate(() => (globalThis as { copied?: string }).copied ?? '');
    expect(cited).toContain('卫滨区住房和城乡建设局');
    expect(cited).toContain('carryover-mismatch-2022.html');
    expect(cited).toMatch(/上年结转/);
    console.log(`复制引用: ${cited}`);
    const compare = desk.locator('.compare button').first();
    await compare.click();
    await desk.locator('.side-by-side').waitFor();
    // 表三 as printed: seven columns, each with 2021, 2022 and Δ.
    const t3 = desk.locator('.side-by-side table[data-table="t3"]');
    expect(await t3.locator('thead tr').nth(1).locator('th').count()).toBe(21);
    // The broken carry-over: a ✗ on 2022's 上年结转 and in the carry-over block, a Δ beside it.
    const carriedIn = t3.locator('tr[data-row="carried_in"]');
    expect(await carriedIn.locator('.carry-differ').count()).toBeGreaterThan(0);
    expect(await desk.locator('table[data-table="carry"] tr.marks .carry-differ').count()).toBeGreaterThan(0);
    expect((await t3.locator('td.delta').allTextContents()).some((d) => /^[+−]\d/.test(d))).toBe(true);
    // Unchanged rows folded, behind a button that says how many.
    const fold = desk.locator('.side-by-side button.fold');
    expect(await fold.textContent()).toMatch(/显示未变化的 \d+ 行|Show \d+ unchanged rows/);
    const folded = await desk.locator('.side-by-side tbody tr').count();
    await shoot('side-by-side');
    await fold.click();
    expect(await desk.locator('.side-by-side tbody tr').count()).toBeGreaterThan(folded);
    await shoot('side-by-side-all');
    await desk.locator('.side-by-side h2 button').click();
    await desk.locator('.report-view .actions button').first().click();
    await rows(3);
  });

  it('exports the dataset as CSV and XLSX', async () => {
    const csv = await download(desk, 'button[data-export="csv"]');
    const bytes = readFileSync(csv.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    for (const y of ['2021', '2022', '2023']) expect(text).toContain(`,卫滨区住房和城乡建设局,${y},`);
    expect(text).toMatch(/t3\.carried_in\.total,[^\r\n]*carry-over-mismatch/);
    expect(csv.name).toMatch(/\.csv$/);

    const xlsx = await download(desk, 'button[data-export="xlsx"]');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const sheets = await readXlsxFile(xlsx.path);
    expect(sheets.map((s) => s.sheet)).toEqual(['报告', '表二', '表三', '表四', '发现', '数据', '标记']);
    const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;
    const overview = sheet('报告');
    expect(overview[0]!.slice(0, 6)).toEqual(['标题', '机关', '门户', '年度', '模板', '发布日期']);
    expect(
      overview
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual([2021, 2022, 2023]);
    // Publication dates are real dates in the workbook.
    expect(overview.slice(1).some((r) => r[5] instanceof Date)).toBe(true);
    // 表三 as printed: one block per report, 上年结转 with its 总计 in the last column.
    const t3 = sheet('表三');
    expect(t3[0]![0]).toBe('申请人情况');
    expect(t3[0]![7]).toBe('总计');
    const carriedIn = t3.filter((r) => r[0] === '二、上年结转政府信息公开申请数量').map((r) => r[7]);
    expect(carriedIn.sort()).toEqual([1, 1, 2]);
    const findings = sheet('发现');
    expect(findings[0]!.slice(0, 8)).toEqual([
      '来源',
      '机关',
      '年度',
      '严重程度',
      '规则',
      '规则名称',
      '说明',
      '涉及单元格',
    ]);
    const carry = findings.find((r) => r[2] === 2022 && r[4] === 'carry-over-mismatch');
    expect(carry?.[3]).toBe('错误');
    expect(carry?.[9]).toBe(2021);
    const data = sheet('数据');
    expect(data[0]!.slice(12)).toEqual(['表名', '行名', '列名', '说明']);
    expect(data.some((r) => r[7] === 't3.carried_in.total' && r[9] === 2)).toBe(true);
  });

  it('audits a .docx file and refuses a file that is not a report', async () => {
    const dir = join(FIXTURES_DIR, 'docx');
    const docx = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    await desk.locator('input[data-input="files"]').setInputFiles(join(dir, docx));
    await rows(4);
    await desk.locator('input[data-input="files"]').setInputFiles({
      name: 'notes.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><p>会议通知</p></body></html>'),
    });
    await desk.locator('.file-outcomes [role="alert"]').waitFor();
    expect(await desk.locator('.file-outcomes [role="alert"]').textContent()).toContain('notes.html');
    await rows(4);
    await shoot('files');
  });

  it('round-trips a backup and rejects a corrupt one without change', async () => {
    const backup = await download(desk, 'button[data-backup="export"]');
    desk.once('dialog', (d) => void d.accept());
    await desk.locator('button[data-backup="clear"]').click();
    await desk.locator('.desk-empty').waitFor();
    await desk.locator('input[data-input="backup"]').setInputFiles(backup.path);
    // Shown before it is written: four new reports, nothing removed.
    await desk.locator('.import-confirm').waitFor();
    await desk.locator('[data-import="confirm"]').click();
    await rows(4);
    await desk.locator('.desk-backup .outcome.ok').waitFor();

    const good = readFileSync(backup.path, 'utf8');
    await desk.locator('input[data-input="backup"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(good.slice(0, Math.floor(good.length / 2))),
    });
    const alert = desk.locator('.desk-backup .outcome.error');
    await alert.waitFor();
    const said = (await alert.textContent()) ?? '';
    expect(msgs('desk.backupFailed').some((m) => said.includes(m))).toBe(true);
    await rows(4);
    await shoot('backup');
  });

  it("saves from the page's panel, and every report opened once auto-save is on", async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtures.url('carryover-ok-2021.html'));
    await waitForAudit(page, 'marks');
    await openPanel(page);
    await panelClick(page, '[data-gra="save-desk"]');
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('已保存');
    await desk.reload();
    await rows(5);

    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    // The setting is written asynchronously and the popup reads it back asynchronously: only close
    // the popup once a reloaded popup shows it on (a busy machine closed it before the write landed).
    const box = '[data-setting="auto-save"]';
    await popup.locator(box).check();
    await expect
      .poll(
        async () => {
          await popup.reload();
          const on = await popup
            .waitForFunction(
              (s) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true,
              box,
              {
                timeout: 3000,
              },
            )
            .then(
              () => true,
              () => false,
            );
          if (!on) await popup.locator(box).check();
          return on;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await popup.close();
    await page.goto(fixtures.url('carryover-ok-2022.html'));
    await waitForAudit(page, 'marks');
    await expect
      .poll(
        async () => {
          await desk.reload();
          return desk.locator('.desk-row').count();
        },
        { timeout: 10_000 },
      )
      .toBe(6);
    await page.close();
  });

  it('audits a report copied into a text file, as the CLI reads it', async () => {
    await desk.reload();
    await desk.locator('.desk-row').first().waitFor();
    const before = await desk.locator('.desk-row').count();
    await desk
      .locator('input[data-input="files"]')
      .setInputFiles(join(FIXTURES_DIR, '../../../shared/seeds/002_951f206c009c1905.txt'));
    await rows(before + 1);
    await expect.poll(() => desk.locator('.desk-row', { hasText: '政府办公室' }).count()).toBeGreaterThan(0);
    expect(await desk.locator('.file-outcomes [role="alert"]').count()).toBe(0);
    await shoot('text-file');
  });

  it('says plainly whether 截图 saved a PNG or the browser refused', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtures.url('seed000-word-balance-error.html'));
    await waitForAudit(page, 'marks');
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    await popup.locator('[data-shot]').first().click();
    const status = popup.locator('p.status[role="status"]');
    await status.waitFor();
    const said = (await status.textContent()) ?? '';
    expect([...msgs('desk.shotSaved'), ...msgs('desk.shotFailed')].some((m) => said.includes(m))).toBe(true);
    console.log(`截图 in a popup opened as a tab: ${said}`);
    await popup.close();
    await page.close();
  });
});
