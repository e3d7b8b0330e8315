/**
 * The Firefox build's content script in firefox-esr, on fixture pages served as `*.gov.cn` (the
 * production match): a report's cells carry their addresses and the cells of a fired rule its id,
 * as test/fixtures/manifest.json expects; a page that is not a report gets no marks; and a report
 * served outside `*.gov.cn` is left alone (the match, not a broader one, decides).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_HOST } from '../e2e/harness';
import { entry, readMarksInPage } from '../e2e/marks';
import { FIXTURES_DIR } from '../e2e/paths';
import { useFirefox, waitForAudit } from './harness';

const { ff, server } = useFirefox();

describe('the Firefox content script on *.gov.cn', () => {
  it('marks a report: cells carry their addresses, the unbalanced 表三 cells t3-balance', async () => {
    const name = 'seed000-word-balance-error';
    const m = entry(name);
    const { page } = await ff.openTab(server.url(`${name}.html`));
    expect(new URL(page.url()).hostname).toBe('www.example.gov.cn');
    await waitForAudit(page);
    const { addrs, rules, ruleCells } = await page.evaluate(readMarksInPage);
    for (const [addr, value] of Object.entries(m.cells)) {
      if (value === null) continue;
      expect(addrs[addr], `${addr}`).toBeDefined();
      expect(addrs[addr], `${addr} text`).toContain(String(value));
    }
    expect(m.fires).toContain('t3-balance');
    // Marked as errors: exactly the cells the CLI's t3-balance findings name (its golden output).
    const golden = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8'));
    const named = (golden.findings as { rule: string; cells: string[] }[])
      .filter((f) => f.rule === 't3-balance')
      .flatMap((f) => f.cells);
    expect(named.length).toBeGreaterThan(0);
    expect(new Set(ruleCells['t3-balance'])).toEqual(new Set(named));
    expect(new Set(rules['t3-balance'])).toEqual(new Set(['error']));
    for (const rule of m.silent) expect(rules[rule], `no cell marked ${rule}`).toBeUndefined();
    await page.close();
  });

  it("shows the panel in its add-on-origin frame, which the page's content script talks to", async () => {
    const { page } = await ff.openTab(server.url('seed000-word-balance-error.html'));
    await waitForAudit(page);
    // The page's own world has no handle on the frame (it sits in a closed shadow root) and no panel text.
    expect(await page.evaluate(() => window.length)).toBe(0);
    expect(await page.evaluate(() => document.body.textContent?.includes('t3-balance'))).toBe(false);
    // Folded to its tab at 1280 px (the report's tables leave no room beside them), which the content
    // script draws in its closed shadow root, where no selector reaches: it is pressed where its style
    // puts it (panel-style.ts: right edge, 30vh down, 34 × 150 px), once the page says our host is there.
    const spot = () =>
      page.evaluate(() => {
        const x = document.documentElement.clientWidth - 17;
        const y = window.innerHeight * 0.3 + 75;
        return document.elementFromPoint(x, y)?.localName.startsWith('gra-audit-panel-') ? { x, y } : null;
      });
    let at = await spot();
    for (let i = 0; !at && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      at = await spot();
    }
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    // The frame is the add-on's page (its URL as the frame itself reads it: puppeteer's is stale).
    const frameOf = async () => {
      for (const f of page.frames().slice(1)) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.includes('/panel-frame.html')) return f;
      }
      return null;
    };
    let frame = await frameOf();
    for (let i = 0; !frame && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 200));
      frame = await frameOf();
    }
    expect(frame).not.toBeNull();
    // Opened, it lists the findings.
    await frame!.waitForSelector('[data-gra="finding"][data-rule="t3-balance"]');
    await page.close();
  });

  it('leaves a page that is not a report unmarked', async () => {
    const { page } = await ff.openTab(server.url('nonreport-list.html'));
    // The script ran (it measured its quick check) and decided: nothing to mark.
    await waitForAudit(page, 'detect');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.$$eval('[data-audit-address],[data-audit-rules]', (els) => els.length)).toBe(0);
    expect(await page.$$eval('#gra-audit-marks', (els) => els.length)).toBe(0);
    await page.close();
  });

  it('does not run on the same report outside *.gov.cn', async () => {
    const { page } = await ff.openTab(server.url('seed000-word-balance-error.html', OTHER_HOST));
    // On *.gov.cn the first measure comes within a second or two of load; give it longer here.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await page.evaluate(() => performance.getEntriesByName('gra:detect').length)).toBe(0);
    expect(await page.$$eval('[data-audit-address]', (els) => els.length)).toBe(0);
    await page.close();
  });
});
