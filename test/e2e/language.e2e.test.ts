/**
 * One language at a time (issue 10, part 2): with Chromium's UI in English the popup, the page's
 * panel and its tooltip say everything in English, finding messages included; in Chinese, Chinese.
 * The page's own words (the title, the agency, raw cells, quoted sentences) stay as the page wrote
 * them: they are evidence. Screenshots: test-results/language-{en,zh}-{popup,panel}.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  type FixtureServer,
  launchInLanguage,
  serveFixtures,
  waitForAudit,
} from './harness';
import { RESULTS_DIR } from './paths';
import { openPanel, panelTab, tipText, waitPanelFrame } from './shadow';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const HAN = /\p{Script=Han}/u;
/** A word of English (three letters or more) outside the few Latin names the Chinese UI uses too. */
const LATIN = /\b(?!(?:CSV|JSON|TSV|Excel|XLSX|PDF|Alt|html|docx|gov|cn|www)\b)[A-Za-z]{3,}\b/;

/** Rule ids, cell addresses and fact keys: the details tooltips carry in any language, and host names. */
const DETAIL = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b[a-z0-9_]+(?:\.[a-z0-9_-]+)+\b/g;

/** Text with the page's own words taken out: quotes “…” and 「…」 are the report's sentences. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”').replace(/「[^」]*」/g, '「」');

/** Reports with findings of many kinds: arithmetic, blanks, text against tables, a late date. */
const PAGES = ['seed000-word-balance-error.html', 'guangzhou-guoziwei-2020-outcome-mismatch.html'];

let fixtures: FixtureServer;
beforeAll(async () => {
  fixtures = await serveFixtures();
  mkdirSync(RESULTS_DIR, { recursive: true });
});
afterAll(async () => {
  await fixtures?.close();
});

/** The popup's words that are ours: everything but the page's title, agency, address and cell values. */
async function popupWords(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const el of main.querySelectorAll(
      'style, script, .report-title, .facts > div:first-child dd, td.v, .url, .flags-section, .transfer',
    ))
      el.remove();
    // Table cells' tooltips and buttons' titles are words too.
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '');
    return `${main.textContent ?? ''}\n${titles.join('\n')}`;
  });
}

/** The panel's words: its text and its tooltips (flags section: none on these pages). */
async function panelWords(page: Page): Promise<string> {
  const frame = await waitPanelFrame(page);
  return frame.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('style, script')) el.remove();
    const titles = [...document.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '');
    return `${body.textContent ?? ''}\n${titles.join('\n')}`;
  });
}

for (const [lang, language] of [
  ['en', 'en_US'],
  ['zh', 'zh_CN'],
] as const) {
  describe(`the UI in ${lang === 'en' ? 'English' : 'Chinese'} only`, () => {
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      ext = await launchInLanguage(language);
    });
    afterAll(async () => {
      await ext?.close();
    });

    /** A fixture page, audited, and the popup opened on its tab. */
    async function open(name: string): Promise<{ page: Page; popup: Page }> {
      const page = await ext.context.newPage();
      await page.goto(fixtures.url(name));
      await waitForAudit(page);
      const tab = await ext.serviceWorker.evaluate(async () => {
        const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return t!.id!;
      });
      const popup = await ext.context.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
      await popup.locator('.summary').waitFor();
      await popup.locator('ol.findings li.finding').first().waitFor();
      return { page, popup };
    }

    /** Fails on a word of the other language, saying where. */
    function oneLanguage(words: string, where: string) {
      const text = unquoted(words);
      if (lang === 'en') {
        const han = text.split('\n').find((l) => HAN.test(l));
        expect(han, `${where}: Chinese in the English UI`).toBeUndefined();
      } else {
        const latin = text.split('\n').find((l) => LATIN.test(l.replace(DETAIL, '')));
        expect(latin, `${where}: English in the Chinese UI`).toBeUndefined();
      }
    }

    it('popup: findings, rule titles, tables and counts in one language; rule ids only in tooltips', async () => {
      for (const name of PAGES) {
        const { page, popup } = await open(name);
        oneLanguage(await popupWords(popup), `${name} popup`);
        // The finding messages themselves, each in the UI's language.
        const messages = await popup.locator('ol.findings .message').allTextContents();
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) {
          if (lang === 'en') expect(unquoted(m), m).not.toMatch(HAN);
          else expect(m, m).toMatch(HAN);
        }
        // Rule ids are details: in the tooltip of each finding, never in its running text.
        const rules = await popup.locator('ol.findings li.finding').evaluateAll((lis) =>
          lis.map((li) => ({
            rule: li.getAttribute('data-rule') ?? '',
            text: li.textContent ?? '',
            tip: li.querySelector('.finding-go')?.getAttribute('title') ?? '',
          })),
        );
        for (const r of rules) {
          expect(r.text).not.toContain(r.rule);
          expect(r.tip).toContain(r.rule);
        }
        if (name === PAGES[0]) {
          await popup.evaluate(() => window.scrollTo(0, 0));
          await popup.screenshot({ path: join(RESULTS_DIR, `language-${lang}-popup.png`), fullPage: true });
        }
        await popup.close();
        await page.close();
      }
    });

    it('panel and tooltip on the page: one language', async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(fixtures.url(PAGES[0]!));
      await waitForAudit(page);
      // Folded at 1280 px: the page script's tab, its words sent by the background in the UI's language.
      await expect.poll(async () => (await panelTab(page)) !== null).toBe(true);
      const tab = (await panelTab(page))!.text;
      expect(tab).toMatch(lang === 'en' ? /^Audit/ : /^核查/);
      oneLanguage(tab, 'panel tab');
      await openPanel(page);
      const frame = await waitPanelFrame(page);
      await frame.locator('[data-gra="finding"]').first().waitFor();
      oneLanguage(await panelWords(page), 'panel');
      const rules = await frame
        .locator('[data-gra="finding"]')
        .evaluateAll((bs) =>
          bs.map((b) => ({ rule: b.getAttribute('data-rule') ?? '', text: b.textContent ?? '' })),
        );
      for (const r of rules) expect(r.text).not.toContain(r.rule);
      await page.screenshot({ path: join(RESULTS_DIR, `language-${lang}-panel.png`) });
      // The tooltip of a marked cell: its message and title in the UI's language.
      const marked = page.locator('[data-audit-severity="error"]').first();
      await marked.scrollIntoViewIfNeeded();
      await marked.hover();
      await expect.poll(() => tipText(page)).toBeTruthy();
      const tip = (await tipText(page)) ?? '';
      oneLanguage(tip.replace(/\bt[234]\.[\w.]+|[a-z0-9]+(?:-[a-z0-9]+)+/g, ''), 'tooltip');
      await page.close();
    });
  });
}
