/**
 * Nothing private in the page: a report page whose own scripts listen to every key and input event
 * in the capture phase (window and document), poll the selection (selectAll + getSelection) and
 * window.find() for the note, and record every attribute change and added text with a
 * MutationObserver, records none of a note typed in the panel's flag editor; no attribute says how
 * many flags a cell has; the note is stored (the popup lists it) and survives a reload.
 * Screenshots: test-results/privacy-panel.png, privacy-editor.png, privacy-open.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, sendToTab, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import { openPanel, panelTab, typeInFrame, waitPanelFrame } from './shadow';

/** The note: distinctive characters, so any one of them turning up in the page's log is a leak. */
const NOTE = '信源称43件 source says 43 ⚑Zq';
/** What the page's scripts might find: the note, a word of it, any run of 3 of its characters. */
const PROBES = [NOTE, 'source', 'says', '信源', 'Zq', '43件'];
/** Page text the spy's window.find() must find, to show it works. */
const OWN_TEXT = '本年新收';

/** The spy a hostile (or merely nosy) report page runs, in the page's own world. */
const SPY = `<script>
(() => {
  const log = (window.__spy = { keys: [], inputs: [], selections: [], finds: [], attrs: [], texts: [] });
  const onKey = (e) => log.keys.push(e.type + ':' + e.key + ':' + (e.data ?? ''));
  const onInput = (e) => log.inputs.push(e.type + ':' + (e.data ?? '') + ':' + (e.target && 'value' in e.target ? e.target.value : ''));
  for (const t of [window, document]) {
    for (const k of ['keydown', 'keyup', 'keypress']) t.addEventListener(k, onKey, true);
    for (const k of ['beforeinput', 'input', 'compositionend', 'paste']) t.addEventListener(k, onInput, true);
  }
  const probes = ${JSON.stringify([...PROBES, OWN_TEXT])};
  setInterval(() => {
    const active = document.activeElement;
    document.execCommand('selectAll');
    const text = String(getSelection());
    getSelection().removeAllRanges();
    if (active && active.focus) active.focus();
    log.selections.push(text);
    for (const p of probes) if (window.find(p, false, false, true)) log.finds.push(p);
    getSelection().removeAllRanges();
  }, 100);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') log.attrs.push(r.attributeName + '=' + r.target.getAttribute(r.attributeName));
      for (const n of r.addedNodes) log.texts.push(n.textContent ?? '');
      if (r.type === 'characterData') log.texts.push(r.target.data);
    }
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
})();
</script>`;

const { ext, server } = useExtension();
let page: Page;

beforeAll(async () => {
  const report = readFileSync(join(FIXTURES_DIR, 'seed001-cms.html'), 'utf8');
  // The spy runs before anything else on the page.
  server.add('spied.html', report.replace(/<head>/i, `<head>${SPY}`));
  page = await ext.context.newPage();
});

type Spy = Record<'keys' | 'inputs' | 'selections' | 'finds' | 'attrs' | 'texts', string[]>;
const spy = (p: Page) => p.evaluate(() => (window as unknown as { __spy: Spy }).__spy);

/**
 * Every run of three characters of the note (spaces aside) that the page's own text lacks: the
 * smallest piece a leak would show, and one the page could not have had anyway.
 */
function pieces(pageText: string): string[] {
  const s = NOTE.replace(/\s+/g, '');
  const all = Array.from({ length: s.length - 2 }, (_, i) => s.slice(i, i + 3));
  return all.filter((p) => !pageText.includes(p));
}

describe('a page that spies on its visitor', () => {
  it('records nothing of a note typed in the flag editor, and no flag count; the note is kept', async () => {
    await page.goto(server.url('spied.html'));
    await waitForAudit(page);
    // The spy works: it hears keys typed into the page and finds the page's own text.
    await page.keyboard.type('x');
    await page.waitForTimeout(250);
    const warm = await spy(page);
    expect(warm.keys.some((k) => k.startsWith('keydown:x'))).toBe(true);
    expect(warm.selections.some((s) => s.includes('本年新收'))).toBe(true);
    const own = pieces(JSON.stringify(warm));
    expect(own.length).toBeGreaterThan(12);

    // The panel starts as a tab in the margin: the 总计 column (the tables' right edge) is clear.
    await expect.poll(async () => (await panelTab(page)) !== null).toBe(true);
    const right = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('table'), (t) => t.getBoundingClientRect().right)),
    );
    const folded = (await panelTab(page))!;
    expect(folded.left).toBeGreaterThanOrEqual(right);
    const cell = page.locator('[data-audit-address~="t3.new.total"]');
    await cell.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS_DIR, 'privacy-panel.png') });

    // Alt-click the cell: the editor opens in the frame with the cell's address.
    await cell.click({ modifiers: ['Alt'] });
    const frame = await waitPanelFrame(page);
    const editor = frame.locator('[data-gra="flag-editor"]');
    await editor.waitFor();
    expect(await editor.locator('h2').textContent()).toMatch(/本年新收|New applications/);
    // Typed key by key into the focused textarea (key events to the frame: shadow.ts typeInFrame).
    await expect.poll(() => frame.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await typeInFrame(page, frame, NOTE);
    await page.screenshot({ path: join(RESULTS_DIR, 'privacy-editor.png') });
    await page.waitForTimeout(400);
    await typeInFrame(page, frame, '', true);
    await editor.waitFor({ state: 'detached' });
    // Saved, the panel folds back to its tab; opened, it lists the flag with its note.
    await expect.poll(async () => (await panelTab(page)) !== null).toBe(true);
    await openPanel(page);
    await frame.locator('.flags .note-text').filter({ hasText: NOTE }).waitFor();
    // The cell shows it is flagged, by a class and nothing else.
    await expect.poll(() => cell.evaluate((el) => el.classList.contains('gra-audit-flagged'))).toBe(true);
    await page.mouse.move(0, 0);
    await cell.hover();
    await page.waitForTimeout(400);

    const log = await spy(page);
    const heard = JSON.stringify(log);
    for (const piece of own) expect(heard, `page heard "${piece}"`).not.toContain(piece);
    // window.find() found the page's own words, and none of the note.
    expect(log.finds).toContain(OWN_TEXT);
    expect(log.finds.filter((f) => f !== OWN_TEXT)).toEqual([]);
    // The observer saw our marks and the flag's class arrive: it watched, and saw no count and no note.
    expect(log.attrs.some((a) => a.startsWith('data-audit-address='))).toBe(true);
    expect(log.attrs.some((a) => a.startsWith('class=') && a.includes('gra-audit-flagged'))).toBe(true);
    // Only the warm-up key was heard (the x), nothing typed in the frame.
    expect(log.keys.filter((k) => !/:(x|Alt|Control|Enter)?:/.test(k))).toEqual([]);
    expect(log.inputs).toEqual([]);
    // No attribute carries a count of flags or any of the note.
    expect(log.attrs.filter((a) => /flag/i.test(a) && /\d/.test(a.split('=')[1] ?? ''))).toEqual([]);
    expect(await page.locator('[data-audit-flag]').count()).toBe(0);
    // (The spy itself, in <head>, names the note it looks for: the body must not.)
    expect(await page.evaluate(() => document.body.outerHTML.includes('source says'))).toBe(false);

    // The note is stored: the popup lists it, and the frame shows it again after a reload.
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    await popup.locator('.flags .note-text').filter({ hasText: NOTE }).waitFor();
    await popup.close();
    await page.bringToFront();
    await page.reload();
    await waitForAudit(page);
    await expect
      .poll(() => cell.evaluate((el) => el.classList.contains('gra-audit-flagged')), { timeout: 5000 })
      .toBe(true);
    const again = await openPanel(page);
    await again.locator('.flags .note-text').filter({ hasText: NOTE }).waitFor();
    await page.screenshot({ path: join(RESULTS_DIR, 'privacy-open.png') });
    // 在页面上定位 beside the flag brings its cell into view, clear of the panel (which moves aside).
    await again.locator('[data-gra="locate"]').click();
    await expect.poll(() => cell.getAttribute('data-audit-pulse')).toBe('');
    const box = (await cell.boundingBox())!;
    const panel = (await (await again.frameElement()).boundingBox())!;
    expect(box.x >= panel.x + panel.width || box.x + box.width <= panel.x).toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, 'privacy-locate.png') });
    const after = JSON.stringify(await spy(page));
    for (const piece of own) expect(after, `page saw "${piece}" after the reload`).not.toContain(piece);
  });

  it('标记此处 (the context menu) opens the editor in the panel with the keyboard there; a flag is deleted from the panel', async () => {
    await page.goto(server.url('spied.html'));
    await waitForAudit(page);
    const tab = await activeTabId(ext);
    // What the background sends when 标记此处 is chosen on a cell (no click in the page to focus from).
    const asked = await sendToTab(ext, tab, 'flagCell', { address: 't4.review.total' });
    expect(asked?.res).toBe(true);
    const frame = await waitPanelFrame(page);
    const editor = frame.locator('[data-gra="flag-editor"]');
    await editor.waitFor();
    await expect.poll(() => frame.evaluate(() => document.activeElement?.localName)).toBe('textarea');
    await typeInFrame(page, frame, '复议 Zq7', true);
    await editor.waitFor({ state: 'detached' });
    const cell = page.locator('[data-audit-address~="t4.review.total"]');
    await expect.poll(() => cell.evaluate((el) => el.classList.contains('gra-audit-flagged'))).toBe(true);
    expect(JSON.stringify(await spy(page))).not.toContain('Zq7');

    // Deleted in the panel (after its confirm), the flag and the cell's corner go.
    await openPanel(page);
    const item = frame.locator('li.flag').filter({ hasText: '复议 Zq7' });
    page.once('dialog', (d) => void d.accept());
    await item
      .locator('button')
      .filter({ hasText: /删除|Delete/ })
      .click();
    await item.waitFor({ state: 'detached' });
    await expect.poll(() => cell.evaluate((el) => el.classList.contains('gra-audit-flagged'))).toBe(false);
  });
});
