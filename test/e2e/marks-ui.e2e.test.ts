/**
 * Reading the marks (issue 10): the legend of mark colours in the panel and the popup; hovering a
 * highlighted sentence shows its finding; a text finding's click pulses the sentence, then its
 * cell; flags on text (Alt-click on a selection, and the context menu's 标记所选文字) stay on the
 * same occurrence after a reload; the panel stays open or folded as the user left it; the page's
 * tooltip never sits over the panel; a flag's corner shows on amber and red cells.
 * Screenshots: test-results/marks-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeTabId, sendToTab, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import { pngPixels, pngWidth } from './pixels';
import {
  foldPanel,
  forgetPanelState,
  openPanel,
  panelCount,
  panelTab,
  tipBox,
  tipCount,
  tipText,
  waitPanelFrame,
} from './shadow';

// In Chinese, as most users see it (and as the screenshots show it).
const { ext, server } = useExtension({ language: 'zh_CN' });
let page: Page;

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, name), 'utf8');
/** A screenshot of the window, or of a band of it (`band`: top and height in viewport px). */
const shot = (name: string, band?: { top: number; height: number }) =>
  page.screenshot({
    path: join(RESULTS_DIR, `marks-${name}.png`),
    ...(band ? { clip: { x: 0, y: Math.max(0, band.top), width: 1280, height: band.height } } : {}),
  });

/** The panel's state as stored. */
const storedPrefs = () =>
  ext.serviceWorker.evaluate(async () => {
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    return (await local.get('panel-prefs'))['panel-prefs'] ?? null;
  });

beforeAll(async () => {
  // seed001-cms with one 表三 row a figure short: its cells are marked amber (short-row, a warning).
  server.add(
    'shortrow.html',
    fixture('seed001-cms.html').replace(/(2\. 其他法律行政法规禁止公开<\/td>)<td>0<\/td>/, '$1'),
  );
  page = await ext.context.newPage();
});
beforeEach(async () => {
  await forgetPanelState(ext.serviceWorker);
});

async function open(name: string) {
  await page.goto(server.url(name));
  await waitForAudit(page);
}

/** The ranges of one of our highlights: text, and box in page coordinates. */
function highlight(name: string) {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h
      ? [...h].map((r) => {
          const b = (r as Range).getBoundingClientRect();
          return { text: (r as Range).toString(), x: b.x, y: b.y + window.scrollY, w: b.width, h: b.height };
        })
      : [];
  }, name);
}

/** Selects the `nth` occurrence of `text` in the page's paragraphs; its box in page coordinates. */
function select(text: string, nth: number) {
  return page.evaluate(
    ([t, k]) => {
      let seen = 0;
      for (const p of Array.from(document.querySelectorAll('p'))) {
        const node = Array.from(p.childNodes).find((c) => c.nodeType === 3 && c.textContent!.includes(t));
        if (!node) continue;
        if (seen++ < k) continue;
        const at = node.textContent!.indexOf(t);
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + t.length);
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        const b = r.getBoundingClientRect();
        // Page coordinates (the centre too: subtract scrollY for the mouse).
        return {
          x: b.x,
          y: b.y + window.scrollY,
          cx: b.x + b.width / 2,
          cy: b.y + window.scrollY + b.height / 2,
        };
      }
      throw new Error(`no occurrence ${k} of ${t}`);
    },
    [text, nth] as const,
  );
}

/** Puts a note into the panel's open flag editor and saves it with 保存. */
async function saveNote(frame: Frame, note: string) {
  const editor = frame.locator('[data-gra="flag-editor"]');
  await editor.waitFor();
  // Typed only once the frame itself has the keyboard (its document focused, the textarea active).
  await expect
    .poll(() => frame.evaluate(() => document.hasFocus() && document.activeElement?.localName === 'textarea'))
    .toBe(true);
  // Put into the textarea as its input event brings it, and saved with 保存: this file tests the
  // marks. Keys and inserted text reach a frame through the browser's routing to the focused frame,
  // which under load now and then sent them elsewhere (the textarea stayed empty after five fills,
  // its frame focused): typing and Ctrl+Enter are privacy.e2e's and page-world.e2e's to test.
  const area = editor.locator('textarea');
  await area.evaluate((el, text) => {
    (el as HTMLTextAreaElement).value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, note);
  await editor.locator('button[type="submit"]').click();
  try {
    await editor.waitFor({ state: 'detached', timeout: 15_000 });
  } catch (e) {
    // What the editor shows (an error line?) and where the keyboard is, for the failure's message.
    const seen = await frame
      .evaluate(() => ({
        text: document.querySelector('[data-gra="flag-editor"]')?.textContent,
        value: document.querySelector('textarea')?.value,
        focus: document.hasFocus(),
        active: document.activeElement?.localName,
      }))
      .catch((err: unknown) => String(err));
    throw new Error(`the flag editor stayed open: ${JSON.stringify(seen)}`, { cause: e });
  }
}

describe('the legend of mark colours', () => {
  it('is in the panel and in the popup, in 13 px type, one item per kind of mark', async () => {
    await open('seed000-word-balance-error.html');
    const frame = await openPanel(page);
    const legend = frame.locator('[data-gra="legend"]');
    await legend.waitFor();
    expect(await legend.getAttribute('open')).not.toBeNull();
    const kinds = await legend
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend')));
    expect(kinds).toEqual(['error', 'warning', 'blank', 'flag', 'sentence', 'flagged-text']);
    const text = (await legend.textContent()) ?? '';
    expect(text).toContain('错误');
    expect(text).toContain('空白');
    expect(
      parseFloat(
        await legend
          .locator('li')
          .first()
          .evaluate((e) => getComputedStyle(e).fontSize),
      ),
    ).toBeGreaterThanOrEqual(13);
    await legend.scrollIntoViewIfNeeded();
    await shot('legend-panel');

    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    const inPopup = popup.locator('[data-gra="legend"]');
    await inPopup.waitFor();
    expect(await inPopup.locator('li').count()).toBe(6);
    await inPopup.screenshot({ path: join(RESULTS_DIR, 'marks-legend-popup.png') });
    // Folded in the popup, it stays folded in the panel (and on the next page).
    await inPopup.locator('summary').click();
    await expect.poll(() => inPopup.getAttribute('open')).toBeNull();
    await expect.poll(() => storedPrefs()).toMatchObject({ legend: false });
    await popup.close();
    await page.bringToFront();
    await page.reload();
    await waitForAudit(page);
    // By keyboard: the popup's page has taken mouse input from the panel's frame (see shadow.ts, Press).
    const again = await openPanel(page, 'keyboard');
    await again.locator('[data-gra="legend"]').waitFor();
    expect(await again.locator('[data-gra="legend"]').getAttribute('open')).toBeNull();
  });
});

describe('highlighted sentences', () => {
  it('hovering one shows its finding: the rule and the arithmetic, as a cell does', async () => {
    await open('district-gov-2020-text-mismatch.html');
    await foldPanel(page);
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('gra-error');
      const r = h && ([...h] as Range[]).find((x) => x.toString().includes('58'));
      if (!r) return null;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.x + Math.min(40, b.width / 2), y: b.y + b.height / 2 };
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await expect.poll(() => tipCount(page)).toBe(1);
    const tip = (await tipText(page)) ?? '';
    expect(tip).toContain('text-table-mismatch');
    expect(tip).toContain('为 56');
    await shot('hover-sentence', { top: box!.y - 120, height: 260 });
    // Off the sentence, the card goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => tipCount(page)).toBe(0);
  });

  it("clicking a text finding pulses the sentence first, then the table's cell", async () => {
    await open('district-gov-2020-text-mismatch.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const frame = await openPanel(page);
    const cell = page.locator('[data-audit-address~="t3.new.total"]');
    await frame.locator('[data-gra="finding"][data-rule="text-table-mismatch"]').first().click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = CSS.highlights.get('gra-pulse');
          return h ? ([...h][0] as Range).toString() : '';
        }),
      )
      .toContain('58');
    expect(await cell.getAttribute('data-audit-pulse')).toBeNull();
    await expect.poll(() => cell.getAttribute('data-audit-pulse'), { timeout: 5000 }).toBe('');
  });
});

describe('flags on text', () => {
  const NOTE = '核实申请数 Zq8';

  it('Alt-click on selected text keeps the selection, flags that occurrence, and it stays marked after a reload', async () => {
    await open('district-gov-2020-text-mismatch.html');
    await foldPanel(page);
    const quote = '政府信息公开';
    // The third paragraph that says it (严格落实政府信息公开保密审查制度): the flag must come back
    // there, not on the first.
    const sel = await select(quote, 2);
    await page.keyboard.down('Alt');
    await page.mouse.click(sel.cx, sel.cy - (await page.evaluate(() => window.scrollY)));
    await page.keyboard.up('Alt');
    const frame = await waitPanelFrame(page);
    await frame.locator('[data-gra="flag-editor"]').waitFor();
    expect(await frame.locator('[data-gra="flag-editor"] blockquote').textContent()).toBe(quote);
    // The click did not clear what the user selected.
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(quote);
    await saveNote(frame, NOTE);
    const marked = async () => (await highlight('gra-flag')).map(({ text, x, y }) => ({ text, x, y }));
    await expect.poll(marked).toEqual([{ text: quote, x: sel.x, y: sel.y }]);
    await page.evaluate(() => getSelection()?.removeAllRanges());
    // Nothing of the note in the page.
    expect(await page.evaluate((n) => document.documentElement.outerHTML.includes(n), NOTE)).toBe(false);

    await page.reload();
    await waitForAudit(page);
    await expect.poll(marked, { timeout: 5000 }).toEqual([{ text: quote, x: sel.x, y: sel.y }]);
    // Hovering it says it is flagged, and nothing of the note.
    await page.evaluate((y) => window.scrollTo(0, y - 300), sel.y);
    await page.mouse.move(sel.cx, sel.cy - (await page.evaluate(() => window.scrollY)));
    await expect.poll(() => tipCount(page)).toBe(1);
    const tip = (await tipText(page)) ?? '';
    expect(tip).toContain('已标记');
    expect(tip).not.toContain('Zq8');
    await shot('text-flag', { top: sel.cy - (await page.evaluate(() => window.scrollY)) - 140, height: 260 });
    // The panel lists it as a text quote with its note.
    const again = await openPanel(page);
    const item = again.locator('.flags li.flag').filter({ hasText: NOTE });
    await item.waitFor();
    // 在页面上定位 beside it scrolls back to the flagged words and pulses them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await item.locator('[data-gra="locate"]').click();
    const pulsed = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('gra-pulse');
        const r = h ? ([...h][0] as Range | undefined) : undefined;
        if (!r) return null;
        const b = r.getBoundingClientRect();
        return { text: r.toString(), y: b.y + window.scrollY, inView: b.top >= 0 && b.bottom <= innerHeight };
      });
    await expect.poll(async () => (await pulsed())?.inView ?? false).toBe(true);
    expect(await pulsed()).toMatchObject({ text: quote, y: sel.y });
  });

  it('标记所选文字 (the context menu) flags a selection inside a table cell as text, kept after a reload', async () => {
    await open('seed000-word-balance-error.html');
    await foldPanel(page);
    // Part of a row heading of 表三: the menu's item flags the text, not the cell.
    const found = await page.evaluate(() => {
      const td = Array.from(document.querySelectorAll('td')).find((c) => c.textContent?.includes('予以公开'));
      const node =
        td &&
        Array.from(td.querySelectorAll('*'))
          .flatMap((e) => Array.from(e.childNodes))
          .concat(Array.from(td.childNodes))
          .find((c) => c.nodeType === 3 && c.textContent!.includes('予以公开'));
      if (!node) return null;
      const at = node.textContent!.indexOf('予以公开');
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y + window.scrollY };
    });
    expect(found).not.toBeNull();
    const tab = await activeTabId(ext);
    // What the background sends for a click on 标记所选文字 (utils/context-menu.ts menuMessage).
    const asked = await sendToTab(ext, tab, 'flagCell', { selectionText: '予以公开', text: true });
    expect(asked?.res).toBe(true);
    const frame = await waitPanelFrame(page);
    await expect.poll(() => frame.locator('[data-gra="flag-editor"] h2').textContent()).toContain('正文引文');
    await saveNote(frame, 'menu Zq9');
    const marked = async () => (await highlight('gra-flag')).map(({ text, x, y }) => ({ text, x, y }));
    await expect.poll(marked).toEqual([{ text: '予以公开', ...found! }]);
    await page.reload();
    await waitForAudit(page);
    await expect.poll(marked, { timeout: 5000 }).toEqual([{ text: '予以公开', ...found! }]);
    // A selection the page does not have is refused.
    expect((await sendToTab(ext, tab, 'flagCell', { selectionText: '没有这句话', text: true }))?.res).toBe(
      false,
    );
  });
});

describe('the panel and the tooltip', () => {
  it('stays open or folded as the user left it, across a reload and another page', async () => {
    // At 1280 px this report leaves only a margin: a first visit shows the tab.
    await open('seed000-word-balance-error.html');
    await expect.poll(async () => (await panelTab(page)) !== null).toBe(true);
    await openPanel(page);
    await page.reload();
    await waitForAudit(page);
    await expect.poll(() => panelCount(page, '[data-gra="panel"]'), { timeout: 5000 }).toBe(1);
    await open('district-gov-2020-text-mismatch.html');
    await expect.poll(() => panelCount(page, '[data-gra="panel"]'), { timeout: 5000 }).toBe(1);
    await foldPanel(page);
    await page.reload();
    await waitForAudit(page);
    await page.waitForTimeout(500);
    expect(await panelCount(page, '[data-gra="panel"]')).toBe(0);
    expect(await panelTab(page)).not.toBeNull();
  });

  it("a cell's card never sits over the open panel", async () => {
    await open('seed000-word-balance-error.html');
    const frame = await openPanel(page);
    const panel = (await (await frame.frameElement()).boundingBox())!;
    // A marked cell that starts left of the panel, near enough that a 380 px card from its left edge
    // would reach under it (its own right part may be under the panel: it is hovered on its left).
    const cells = await page.locator('[data-audit-severity]').all();
    let hovered = false;
    for (const c of cells) {
      await c.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const b = await c.boundingBox();
      if (!b || b.x > panel.x - 30 || b.x + 380 < panel.x + 20) continue;
      // From outside the cell, in steps: a pointer already there would send no move to show the card.
      await page.mouse.move(0, 0);
      await page.mouse.move(b.x + 8, b.y + b.height / 2, { steps: 4 });
      hovered = true;
      break;
    }
    expect(hovered).toBe(true);
    await expect.poll(() => tipCount(page)).toBe(1);
    const tip = (await tipBox(page))!;
    expect(tip.right).toBeLessThanOrEqual(panel.x);
    await shot('tip-beside-panel');
  });
});

describe('a flag on a marked cell', () => {
  /** The share of purple pixels in the cell's top-right corner (10 × 10 px). */
  async function cornerPurple(cell: ReturnType<Page['locator']>) {
    const png = await cell.screenshot();
    const probe = await ext.context.newPage();
    await probe.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const d = await pngPixels(probe, png, { x: pngWidth(png) - 12, y: 2, width: 10, height: 10 });
    await probe.close();
    let purple = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
      if (b > 120 && r > 100 && g < 90) purple++;
    }
    return purple / (d.length / 4);
  }

  it.each([
    ['amber', 'shortrow.html', 'short-row'],
    ['red', 'seed000-word-balance-error.html', 't3-balance'],
    // A cell no finding names (表三's 本年新收 row of seed001-cms): no tint, the page's own white.
    ['white', 'seed001-cms.html', null],
  ])('shows its corner on %s', async (colour, name, rule) => {
    await open(name);
    await foldPanel(page);
    const cell = rule
      ? page.locator(`[data-audit-rules~="${rule}"]`).first()
      : page.locator('[data-audit-address~="t3.new.total"]:not([data-audit-rules])');
    const address = (await cell.getAttribute('data-audit-address'))!.split(' ')[0]!;
    const tab = await activeTabId(ext);
    expect((await sendToTab(ext, tab, 'flagCell', { address }))?.res).toBe(true);
    await saveNote(await waitPanelFrame(page), `corner ${colour}`);
    await expect.poll(() => cell.evaluate((el) => el.classList.contains('gra-audit-flagged'))).toBe(true);
    await cell.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    expect(await cornerPurple(cell)).toBeGreaterThan(0.3);
    await page.bringToFront();
    await cell.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    const b = (await cell.boundingBox())!;
    // The cell and its neighbours, as a reader sees the corner among them.
    await page.screenshot({
      path: join(RESULTS_DIR, `marks-flag-${colour}.png`),
      clip: {
        x: Math.max(0, b.x - 160),
        y: Math.max(0, b.y - 70),
        width: b.width + 320,
        height: b.height + 140,
      },
    });
  });
});
