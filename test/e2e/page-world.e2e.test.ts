/**
 * The content script against the page's world: a hostile page runs nothing of its text through us
 * and cannot drive us (forged events, a forged "newer script" signal, no runtime messaging);
 * payloads from our own extension are still validated; reports rendered late or inside frames are
 * found; the badge counts errors; Alt-click flags a cell in the panel's frame and the note stays
 * out of the page (test/e2e/privacy.e2e.test.ts spies on it harder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, sendToTab, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import {
  openPanel,
  panelCount,
  panelTab,
  panelText,
  shadowCount,
  tipCount,
  tipText,
  typeInFrame,
  waitPanelFrame,
} from './shadow';

const { ext, server } = useExtension();
let page: Page;

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

beforeAll(async () => {
  const report = fixture('seed000-word-balance-error');
  // The report arrives 400 ms after load, as on portals that render articles with script.
  server.add(
    'late.html',
    `<!doctype html><meta charset="utf-8"><title>信息公开</title><body><p>加载中…</p>
<template id="t">${bodyOf(report)}</template>
<script>setTimeout(() => document.body.append(document.getElementById('t').content.cloneNode(true)), 400)</script>`,
  );
  server.add(
    'frame.html',
    `<!doctype html><meta charset="utf-8"><title>政府信息公开专栏</title><h1>政府信息公开专栏</h1>
<iframe id="f" src="/seed000-word-balance-error.html" width="1200" height="700"></iframe>`,
  );
  server.add(
    'srcdoc.html',
    `<!doctype html><meta charset="utf-8"><title>专栏</title><h1>专栏</h1>
<iframe id="f" srcdoc="${attr(fixture('district-gov-2020-t4-sum-error'))}" width="1200" height="700"></iframe>`,
  );
  page = await ext.context.newPage();
});

describe('a hostile page', () => {
  it('its text never becomes markup in our panel or tooltips, and forged events do nothing', async () => {
    await page.goto(server.url('hostile-markup.html'));
    await waitForAudit(page);
    // Hover every marked cell so each tooltip renders once.
    // (Its findings are blank cells, marked quietly, which show their tooltip all the same.)
    const marked = await page.locator('[data-audit-severity],[data-audit-quiet]').all();
    expect(marked.length).toBeGreaterThan(0);
    for (const cell of marked) await cell.hover();
    await page.waitForTimeout(100);
    // The tooltip's root holds the folded panel's tab and nothing that loads or links; the panel's
    // frame is put in only when the panel opens (at 1280 px this report leaves it folded).
    expect(await shadowCount(page, 'img,script,object,embed,a[href]')).toBe(0);
    expect(await shadowCount(page, 'iframe')).toBe(0);
    await openPanel(page);
    expect(await shadowCount(page, 'img,script,object,embed,a[href]')).toBe(0);
    expect(await shadowCount(page, 'iframe')).toBe(1);
    expect(await panelCount(page, '#app :is(img,script,iframe,object,embed,a[href])')).toBe(0);
    await (await waitPanelFrame(page)).locator('[data-gra="collapse"]').click();
    // 1 and 2 are the page's own doing; 3 only appears if someone turns page text into markup.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).not.toBe(3);
    expect(await page.locator('img[src="x"]').count()).toBe(1);

    await page.evaluate((id) => {
      const cell = document.querySelector('[data-audit-address]')!;
      // A forged "newer content script started" signal (WXT's own event name) …
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
      // … and untrusted Alt-click / hover: no editor, no tooltip.
      cell.dispatchEvent(new MouseEvent('click', { bubbles: true, altKey: true }));
      cell.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    }, ext.extensionId);
    await page.mouse.move(1, 1);
    await page.waitForTimeout(200);
    expect(await panelCount(page, '[data-gra="flag-editor"]')).toBe(0);
    expect(await tipCount(page)).toBe(0);
    // The panel is still up, folded to its tab.
    expect((await panelTab(page))?.text).toMatch(/核查|Audit/);
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(0);
    // The page has no runtime messaging to reach us with.
    expect(
      await page.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
  });

  it('messages from our own extension are schema-checked: a bad payload is refused, a good one obeyed', async () => {
    const tab = await activeTabId(ext);
    const bad = await sendToTab(ext, tab, 'setMarks', { on: 'no', extra: '<img src=x>' });
    expect(bad?.err).toBeDefined();
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(0);
    expect((await sendToTab(ext, tab, 'setMarks', { on: false }))?.res).toBe(false);
    expect(await page.locator('[data-audit-address]').count()).toBe(0);
    expect((await sendToTab(ext, tab, 'setMarks', { on: true }))?.res).toBe(true);
    expect(await page.locator('[data-audit-address]').count()).toBeGreaterThan(0);
  });
});

describe('where reports appear', () => {
  it('a report rendered after load is found (MutationObserver)', async () => {
    await page.goto(server.url('late.html'));
    await expect
      .poll(() => page.locator('[data-audit-rules~="t3-balance"]').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
  });

  it('a page that rewrites its body gets its marks and panel back', async () => {
    await page.goto(server.url('seed004-word-outcome-sum-error.html'));
    await waitForAudit(page);
    await page.evaluate(() => {
      // As single-page portals do: the body rebuilt from its own HTML (our host copied as a dead element).
      const html = document.body.innerHTML;
      document.body.innerHTML = html;
    });
    await expect
      .poll(() => page.locator('[data-audit-rules~="t3-outcome-sum"]').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
    await openPanel(page);
    // The finding is listed (its rule id a detail of the item, not its text).
    await expect
      .poll(() => panelCount(page, '[data-gra="finding"][data-rule="t3-outcome-sum"]'), { timeout: 5000 })
      .toBeGreaterThan(0);
  });

  it('a report in a same-origin iframe is marked, and getAudit answers from that frame', async () => {
    await page.goto(server.url('frame.html'));
    const frame = page.frameLocator('#f');
    await expect
      .poll(() => frame.locator('[data-audit-rules~="t3-balance"]').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
    const reply = (await sendToTab(ext, await activeTabId(ext), 'getAudit', undefined))?.res as {
      frame: string;
      url: string;
      result: { detected: boolean };
    };
    expect(reply.frame).toBe('child');
    expect(reply.url).toContain('seed000-word-balance-error');
    expect(reply.result.detected).toBe(true);
  });

  it('a report written into a srcdoc frame is marked (match_about_blank)', async () => {
    await page.goto(server.url('srcdoc.html'));
    const frame = page.frameLocator('#f');
    await expect
      .poll(() => frame.locator('[data-audit-rules~="t4-sum"]').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
  });
});

describe('badge and flags', () => {
  it('the toolbar badge shows the error count, which the background takes from its own answer', async () => {
    // Every message the page's scripts send the background, by type: the audit's request and no
    // second message for the badge (the background counts what it answered).
    await ext.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as {
        graTypes?: string[];
        chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } };
      };
      g.graTypes = [];
      g.chrome.runtime.onMessage.addListener((m) => {
        g.graTypes?.push(String(m?.type));
      });
    });
    await page.goto(server.url('seed000-word-balance-error.html'));
    await waitForAudit(page);
    const types = await ext.serviceWorker.evaluate(
      () => (globalThis as { graTypes?: string[] }).graTypes ?? [],
    );
    expect(types).toContain('gra:auditPage');
    expect(types).not.toContain('auditDone');
    const tab = await activeTabId(ext);
    const reply = (await sendToTab(ext, tab, 'getAudit', undefined))?.res as {
      result: { findings: { severity: string }[] };
    };
    const errors = reply.result.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    await expect.poll(() => badgeText(ext, tab)).toBe(String(errors));
  });

  it('Alt-click opens the flag editor in the panel; the saved flag marks the cell, and its note never enters the page', async () => {
    await page.goto(server.url('seed001-cms.html'));
    await waitForAudit(page);
    const cell = page.locator('[data-audit-address~="t3.new.total"]');
    await cell.scrollIntoViewIfNeeded();
    await cell.click({ modifiers: ['Alt'] });
    await expect.poll(() => panelCount(page, '[data-gra="flag-editor"]')).toBe(1);
    await typeInFrame(page, await waitPanelFrame(page), '核对原件第3页', true);
    // A class says the cell is flagged; no attribute says how often, none carries the note.
    await expect.poll(() => cell.getAttribute('class')).toContain('gra-audit-flagged');
    expect(await page.locator('[data-audit-flag]').count()).toBe(0);
    expect(await panelCount(page, '[data-gra="flag-editor"]')).toBe(0);
    // The tooltip shows the cell's arithmetic only; the note is in the panel.
    await page.mouse.move(0, 0);
    await cell.hover();
    await page.waitForTimeout(200);
    await expect.poll(async () => (await tipText(page)) ?? '').toMatch(/已标记|Flagged/);
    expect((await tipText(page)) ?? '').not.toContain('核对原件');
    await openPanel(page);
    await expect.poll(async () => (await panelText(page)) ?? '').toContain('核对原件第3页');
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('核对原件'))).toBe(false);
    await page.screenshot({ path: join(RESULTS_DIR, 'content-flag.png') });
  });
});
