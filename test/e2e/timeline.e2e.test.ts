/**
 * What a gov.cn page can learn of its visitor from its own performance timeline: nothing, in the build
 * users get (`wxt build`, .output/chrome-mv3). The content scripts' timings (`gra:detect`, `gra:read`,
 * `gra:marks` …) go on the page's timeline only in the timings build the other tests load
 * (entrypoints/content/measure.ts); any page could read them there (`performance.getEntries()`), and
 * so tell that its visitor runs this extension, on every *.gov.cn page, report or not.
 * The detector's having run is read in the extension's own isolated world over CDP, which no page can.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { USER_BUILD_DIR } from './paths';

const { ext, server } = useExtension({ extensionDir: USER_BUILD_DIR });

/** Every mark and measure on the page's timeline, as the page's own scripts can list them. */
const entries = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
      .map((e) => e.name),
  );

/**
 * Whether the detector has run in the page's main frame: read in the extension's isolated world
 * (its execution context's origin is the extension's), where the detector leaves its symbol.
 */
async function detectorRan(cdp: CDPSession, frameId: string): Promise<boolean> {
  const contexts: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
  const onContext = (e: { context: (typeof contexts)[number] }) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onContext);
  // Enabling reports every context that exists already.
  await cdp.send('Runtime.enable');
  cdp.off('Runtime.executionContextCreated', onContext);
  await cdp.send('Runtime.disable');
  const ours = contexts.find(
    (c) =>
      c.auxData?.frameId === frameId &&
      c.auxData?.type === 'isolated' &&
      c.origin === `chrome-extension://${ext.extensionId}`,
  );
  if (!ours) return false;
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: ours.id,
    expression: "globalThis[Symbol.for('gov-report-audit.detector')] === true",
    returnByValue: true,
  });
  return result.value === true;
}

/** The CDP id of the page's main frame. */
async function mainFrameId(cdp: CDPSession): Promise<string> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return frameTree.frame.id;
}

describe('the build users get', () => {
  it('puts nothing on a gov.cn page’s timeline where it finds no report (the detector ran)', async () => {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await page.goto(server.url('nonreport-data-table.html'));
    const frame = await mainFrameId(cdp);
    await expect.poll(() => detectorRan(cdp, frame), { timeout: 10_000 }).toBe(true);
    expect(await entries(page)).toEqual([]);
    await page.close();
  });

  it('puts nothing on a report page’s timeline, which it audits and marks', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('seed001-cms.html'));
    // Audited: the panel's host (its folded tab, with the counts) is up once the answer is in.
    await page.waitForFunction(
      () => [...document.body.children].some((e) => e.tagName.startsWith('GRA-AUDIT-PANEL-')),
      undefined,
      { timeout: 15_000 },
    );
    // Whatever comes after (the marks' settling, a re-read) has had its time.
    await page.waitForTimeout(1000);
    expect(await entries(page)).toEqual([]);
    await page.close();
  });
});
