/**
 * The built content script in Chromium on fixture pages served as *.gov.cn (the production match):
 * addresses and rules on the cells test/fixtures/manifest.json expects, nothing on non-report
 * pages, the panel and its findings, tooltips, the marks toggle, reports rendered late or inside
 * frames, and a hostile page. Screenshots go to test-results/content-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension, waitForAudit } from './harness';
import { entry, readMarksInPage } from './marks';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';
import {
  foldPanel,
  forgetPanelState,
  openPanel,
  panelClick,
  panelCount,
  panelFrame,
  panelTab,
  panelText,
  tipCount,
  tipText,
  waitPanelFrame,
} from './shadow';

/**
 * Both templates and the 2008 form's statistics table, Word and CMS markup, a split 表三, a 序号 column,
 * GBK bytes, each arithmetic rule, a hostile page.
 */
const REPORTS = [
  'seed000-word-balance-error',
  'seed001-cms',
  'seed001-word',
  'seed002-word-split',
  'seed003-word',
  'seed003-cms-seqcol',
  'seed004-gbk',
  'seed004-word-outcome-sum-error',
  'suijiang-huiyizhen-2021',
  'district-gov-2020-t4-sum-error',
  'district-gov-2020-text-mismatch',
  'jiaxian-xizhen-2022',
  'hostile-markup',
  'pingtan-renkou-2013',
];
/** Rules whose findings always name table cells that exist on the page. */
const CELL_RULES = new Set(['t3-balance', 't3-outcome-sum', 't3-column-sum', 't4-sum']);

const { ext: browser, server } = useExtension();
let page: Page;

beforeAll(async () => {
  page = await browser.context.newPage();
});

async function open(name: string, what: 'marks' | 'detect' = 'marks') {
  await page.goto(server.url(`${name}.html`));
  await waitForAudit(page, what);
}

describe('marks on report fixtures (expectations from manifest.json)', () => {
  it.each(REPORTS)(
    '%s: cells carry their addresses; fired rules marked and listed; silent rules absent',
    async (name) => {
      const m = entry(name);
      await open(name);
      await openPanel(page);
      const { addrs, rules } = await page.evaluate(readMarksInPage);
      for (const [addr, value] of Object.entries(m.cells)) {
        if (value === null) continue;
        expect(addrs[addr], `${name}: ${addr}`).toBeDefined();
        expect(addrs[addr], `${name}: ${addr} text`).toContain(String(value));
      }
      for (const rule of m.fires) {
        expect(
          await panelCount(page, `[data-gra="finding"][data-rule="${rule}"]`),
          `${name}: panel lists ${rule}`,
        ).toBeGreaterThan(0);
        if (CELL_RULES.has(rule)) {
          expect(rules[rule], `${name}: cells marked ${rule}`).toBeDefined();
          expect(new Set(rules[rule])).toEqual(new Set(['error']));
        }
      }
      for (const rule of m.silent) {
        expect(rules[rule], `${name}: no cell marked ${rule}`).toBeUndefined();
        expect(
          await panelCount(page, `[data-gra="finding"][data-rule="${rule}"]`),
          `${name}: panel omits ${rule}`,
        ).toBe(0);
      }
    },
  );
});

describe('the 2008 form’s statistics table', () => {
  it('paints the row and the parts a stat-part-sum error names in red, in their own table cells, beside the text error', async () => {
    await open('pingtan-renkou-2013');
    // The rows of the cells the error highlight covers (CSS highlights: no element is added).
    const rows = await page.evaluate(() =>
      [...((CSS.highlights.get('gra-error') as unknown as Set<Range>) ?? [])].map((r) => {
        const row = (r.startContainer.parentElement as Element).closest('tr');
        return `${row ? row.cells[0]?.textContent?.trim() : 'text'}=${r.toString()}`;
      }),
    );
    expect(new Set(rows)).toEqual(
      new Set([
        '受理依申请公开信息总数=0',
        '其中：1、当面申请数=3',
        '4、网上申请数=3',
        // text-table-mismatch's pair: the text's 43 against the table's 33.
        '主动公开信息数=33',
        'text=2013年度我局共主动公开政府信息43条',
      ]),
    );
  });
});

describe('pages that are not reports', () => {
  it.each(['nonreport-list', 'nonreport-data-table'])(
    '%s: no marks, no panel; the detector ran (its cost is measured in npm run bench:ext, not here)',
    async (name) => {
      await open(name, 'detect');
      await page.waitForTimeout(200);
      expect(await page.locator('[data-audit-address],[data-audit-rules]').count()).toBe(0);
      expect(await page.locator('#gra-audit-marks').count()).toBe(0);
      expect(await panelText(page)).toBeNull();
      const detect = await page.evaluate(() => performance.getEntriesByName('gra:detect')[0]?.duration ?? -1);
      expect(detect).toBeGreaterThanOrEqual(0);
    },
  );
});

describe('the panel and the marks', () => {
  it('lists every finding; hover or keyboard focus shows the rule and its arithmetic', async () => {
    // As on a first visit (the tests above opened the panel, which it would remember).
    await forgetPanelState(browser.serviceWorker);
    await open('seed000-word-balance-error');
    // At 1280 px the report's column (its text runs to 1190 px) leaves only a margin: the panel waits
    // there as a tab, clear of the tables' last (总计) column.
    const box = () => panelTab(page);
    const tablesRight = await page.evaluate(() =>
      Math.max(
        ...Array.from(document.querySelectorAll('table'), (t) =>
          t.querySelector('[data-audit-address]') ? t.getBoundingClientRect().right : 0,
        ),
      ),
    );
    await expect.poll(async () => (await box()) !== null).toBe(true);
    expect((await box())!.left).toBeGreaterThanOrEqual(tablesRight);
    // Folded, the panel is a tab the page script draws: no extension frame is put in the page.
    expect(panelFrame(page)).toBeNull();
    await page.screenshot({ path: join(RESULTS_DIR, 'content-panel-tab.png') });
    await openPanel(page);
    const text = (await panelText(page)) ?? '';
    // In the browser's language (this launch leaves it to the machine): Chinese or English, one of them.
    expect(text).toMatch(/年报核查|Report audit/);
    // The rule's id is a detail (the finding's tooltip), not running text.
    expect(text).not.toContain('t3-balance');
    expect(
      await panelCount(page, '[data-gra="finding"][data-rule="t3-balance"] [title="t3-balance"]'),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'content-panel-open.png') });
    await foldPanel(page);
    const cell = page.locator('[data-audit-rules~="t3-balance"]').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    await expect.poll(() => tipCount(page)).toBe(1);
    expect(await tipText(page)).toMatch(/本年新收\s*41|New applications\s*41/);
    await page.screenshot({ path: join(RESULTS_DIR, 'content-annotated-seed000.png') });
    // Keyboard: marked cells are focusable, and focus shows the same card.
    await page.mouse.move(0, 0);
    await expect.poll(() => tipCount(page)).toBe(0);
    await page.bringToFront();
    await page.locator('[data-audit-rules~="t3-balance"]').last().focus();
    await expect.poll(() => tipCount(page)).toBe(1);
    expect(await tipText(page)).toMatch(/表三收支不平|Table 3 does not balance/);
  });

  it('opens beside a report whose column leaves room for it, covering none of it', async () => {
    // The same report in an 880 px column (a portal with a narrow article: its 1100 px boxes made 860).
    const html = readFileSync(join(FIXTURES_DIR, 'seed000-word-balance-error.html'), 'utf8')
      .replace(/width:1100px/g, 'width:860px')
      .replace(/<body([^>]*)>/i, '<body$1><div id="column" style="width:880px;margin-left:20px">')
      .replace(/<\/body>/i, '</div></body>');
    server.add('narrow.html', html);
    await forgetPanelState(browser.serviceWorker);
    await page.goto(server.url('narrow.html'));
    await waitForAudit(page);
    await expect.poll(() => panelCount(page, '[data-gra="panel"]')).toBe(1);
    const column = await page.evaluate(
      () => document.getElementById('column')!.getBoundingClientRect().right,
    );
    const box = (await (await (await waitPanelFrame(page)).frameElement()).boundingBox())!;
    expect(box.x).toBeGreaterThan(column);
    expect(box.width).toBeGreaterThanOrEqual(300);
    await page.screenshot({ path: join(RESULTS_DIR, 'content-panel-beside.png') });
  });

  it('clicking a finding scrolls to its cells and pulses them, and the panel never covers them', async () => {
    await open('district-gov-2020-t4-sum-error');
    await page.evaluate(() => window.scrollTo(0, 0));
    await openPanel(page);
    await panelClick(page, '[data-gra="finding"][data-rule="t4-sum"]');
    const target = page.locator('[data-audit-rules~="t4-sum"]').first();
    await expect.poll(() => target.getAttribute('data-audit-pulse')).toBe('');
    // Smooth scrolling takes a few frames; the cell ends up in the viewport.
    await expect
      .poll(async () => {
        const box = await target.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 900;
      })
      .toBe(true);
    // The pulsed cells are not under the panel (it moved to the other edge or folded to its tab).
    const panel = (await (await (await waitPanelFrame(page)).frameElement()).boundingBox())!;
    for (const el of await page.locator('[data-audit-rules~="t4-sum"]').all()) {
      const b = (await el.boundingBox())!;
      const apart = b.x + b.width <= panel.x || b.x >= panel.x + panel.width;
      expect(apart || b.y + b.height <= panel.y || b.y >= panel.y + panel.height).toBe(true);
    }
    await page.screenshot({ path: join(RESULTS_DIR, 'content-focus-t4-sum.png') });
  });

  it('the toggle removes every mark without having moved anything, and brings them back', async () => {
    await open('seed004-word-outcome-sum-error');
    const layout = () =>
      page.evaluate(() => ({
        rects: Array.from(document.querySelectorAll('td,th,p'), (e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        }).join(';'),
        text: document.body.textContent,
      }));
    const marked = await layout();
    await openPanel(page);
    await panelClick(page, '[data-gra="toggle-marks"]');
    await expect.poll(() => page.locator('[data-audit-address]').count()).toBe(0);
    expect(await page.locator('[data-audit-rules],[data-audit-severity],#gra-audit-marks').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const clean = await layout();
    expect(clean.rects).toBe(marked.rects);
    expect(clean.text).toBe(marked.text);
    await panelClick(page, '[data-gra="toggle-marks"]');
    await expect.poll(() => page.locator('[data-audit-rules~="t3-outcome-sum"]').count()).toBeGreaterThan(0);
  });
});
