/**
 * A desk backup that claims a newer save never costs the desk its flags. A report saved from the
 * popup with two flags; a backup of it edited to claim savedAt 2099, one flag fewer, one new flag,
 * another snapshot; importing it shows a confirmation first (screenshot test-results/backup-confirm.png)
 * and writes nothing until confirmed; afterwards all three flags are there and the desk's own
 * save time and snapshot stayed; 撤销导入 puts the desk back exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { activeTabId, msgs, useExtension, waitForAudit } from './harness';
import { RESULTS_DIR } from './paths';

const { ext, server: fixtures } = useExtension({ language: 'zh_CN' });

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** The message with its substitutions filled, in whichever language the page shows. */
function said(text: string, key: string, ...subs: string[]): boolean {
  return msgs(key).some((m) => text.includes(subs.reduce((s, v, i) => s.replace(`$${i + 1}`, v), m)));
}

interface Backup {
  exportedAt: string;
  reports: {
    id: string;
    savedAt: string;
    snapshot: string;
    title: string;
    flags: { id: string; note: string }[];
  }[];
  links: unknown;
}

async function exportBackup(desk: Page): Promise<Backup> {
  const [file] = await Promise.all([
    desk.waitForEvent('download'),
    desk.locator('button[data-backup="export"]').click(),
  ]);
  return JSON.parse(readFileSync((await file.path())!, 'utf8')) as Backup;
}

/** The desk's content without the export's own time stamp. */
const content = (b: Backup) => JSON.stringify({ reports: b.reports, links: b.links });

describe('desk backup import', () => {
  it('merges a backup claiming a newer save after a confirmation, keeps every flag, and undoes exactly', async () => {
    const url = fixtures.url('carryover-mismatch-2021.html');
    const flag = (id: string, note: string) => ({
      id,
      address: 't3.new.total',
      quote: '1',
      note,
      created: `2026-11-30T0${id.length}:00:00.000Z`,
    });
    // Two flags made on the page (the popup's store), then the page saved to the desk with them.
    await ext.serviceWorker.evaluate(
      ([key, flags]) => chrome.storage.local.set({ flags: { [key]: flags } }),
      [url, [flag('f-1', '核对申请数'), flag('f-22', '问信息公开办')]] as const,
    );
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitForAudit(page, 'detect');
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    await popup.locator('[data-action="save-desk"]').click();
    await expect
      .poll(() => popup.locator('.save-desk .status').textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(msgs('desk.saved').join('|')));
    await popup.close();
    await page.close();

    const desk = await ext.context.newPage();
    await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
    await desk.locator('.desk-row').first().waitFor();
    expect(await desk.locator('.desk-row .col-flags').textContent()).toBe('2');
    const before = await exportBackup(desk);
    const [mine] = before.reports;
    expect(mine?.flags.map((f) => f.note)).toEqual(['核对申请数', '问信息公开办']);

    // A colleague's copy: saved "later", without the second flag, with a flag of their own.
    const theirs: Backup = {
      ...before,
      reports: [
        {
          ...mine!,
          id: 'colleague-copy',
          savedAt: '2099-01-01T00:00:00.000Z',
          snapshot: '<html><body>别的快照</body></html>',
          flags: [mine!.flags[0]!, { ...flag('c-333', '同事：与正文不符') }],
        },
      ],
    };
    await desk.locator('input[data-input="backup"]').setInputFiles({
      name: '同事的审核台备份.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(theirs)),
    });
    const confirm = desk.locator('.import-confirm');
    await confirm.waitFor();
    const shown = (await confirm.textContent()) ?? '';
    console.log(`confirmation: ${shown}`);
    expect(said(shown, 'desk.importMerged', '1', '1')).toBe(true);
    expect(said(shown, 'desk.importKeptLocal', '1')).toBe(true);
    expect(said(shown, 'desk.importNothingRemoved')).toBe(true);
    expect(shown).toContain('同事的审核台备份.json');
    await confirm.scrollIntoViewIfNeeded();
    await desk.screenshot({ path: join(RESULTS_DIR, 'backup-confirm.png'), fullPage: true });
    // Nothing is written before the user confirms.
    expect(content(await exportBackup(desk))).toBe(content(before));

    await desk.locator('[data-import="confirm"]').click();
    await desk.locator('.desk-backup .outcome.ok').waitFor();
    expect(await desk.locator('.import-confirm').count()).toBe(0);
    await expect.poll(() => desk.locator('.desk-row .col-flags').textContent()).toBe('3');
    const after = await exportBackup(desk);
    expect(after.reports).toHaveLength(1);
    const merged = after.reports[0]!;
    expect(merged.id).toBe(mine!.id);
    expect(merged.flags.map((f) => f.note)).toEqual(['核对申请数', '问信息公开办', '同事：与正文不符']);
    expect(merged.savedAt).toBe(mine!.savedAt);
    expect(merged.snapshot).toBe(mine!.snapshot);
    await desk.screenshot({ path: join(RESULTS_DIR, 'backup-merged.png'), fullPage: true });

    await desk.locator('button[data-backup="undo"]').click();
    const outcome = desk.locator('.desk-backup .outcome.ok');
    await expect.poll(async () => said((await outcome.textContent()) ?? '', 'desk.undone')).toBe(true);
    await expect.poll(() => desk.locator('.desk-row .col-flags').textContent()).toBe('2');
    expect(content(await exportBackup(desk))).toBe(content(before));
    expect(await desk.locator('button[data-backup="undo"]').count()).toBe(0);
  });

  it("keeps flag files' page keys like __proto__ and constructor through Chrome's storage", async () => {
    const url = fixtures.url('carryover-mismatch-2021.html');
    const page = await ext.context.newPage();
    await page.goto(url);
    await waitForAudit(page, 'detect');
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    const keys = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', url];
    // Written as text: in an object literal `__proto__` would set a prototype, not a key.
    const pages = keys.map(
      (k, i) =>
        `${JSON.stringify(k)}:[${JSON.stringify({ id: `k${i}`, address: null, quote: 'q', note: `note ${k}`, created: '2026-01-01' })}]`,
    );
    const text = `{"format":"gov-report-audit/flags","version":1,"pages":{${pages.join(',')}}}`;
    await popup.locator('input[data-flags="import"]').setInputFiles({
      name: 'flags.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await popup.locator('.transfer .outcome.ok').waitFor();
    const [file] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('button[data-flags="export"]').click(),
    ]);
    const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { pages: object };
    const byKey = new Map(Object.entries(exported.pages) as [string, { note: string }[]][]);
    for (const k of keys) {
      expect(Object.hasOwn(exported.pages, k), k).toBe(true);
      expect(byKey.get(k)?.map((f) => f.note)).toContain(`note ${k}`);
    }
    await popup.close();
    await page.close();
  });
});
