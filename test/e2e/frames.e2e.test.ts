/**
 * The badge and the popup follow a tab's frames as they come and go, and as their audits fail: a
 * report in a frame that is removed, or that navigates elsewhere, leaves the badge and the popup at
 * once (not at the next reload); a frame whose report cannot be audited (its read throws) is named
 * in the popup with the reason, in the UI's language, and the badge stops claiming a clean tab.
 * Screenshot: test-results/frames-failed.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, useExtension, waitForAudit } from './harness';
import { FIXTURES_DIR, RESULTS_DIR } from './paths';

/** The frame's host: another *.gov.cn host, as a portal embedding a district's report. */
const FRAME_HOST = 'data.example.gov.cn';

/** The extension APIs this file calls in the service worker (evaluated there, not here). */
declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  action: { getTitle(d: { tabId: number }): Promise<string> };
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const { ext, server } = useExtension();

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');

beforeAll(() => {
  // A report with nothing found and every check run (✓ alone), and in a frame a report with one
  // error (表四 does not add up): the badge shows 1.
  server.add(
    'frame-host.html',
    fixture('district-gov-2020').replace(
      '</body>',
      `<iframe id="f" src="${server.url('district-gov-2020-t4-sum-error.html', FRAME_HOST)}" width="1200" height="700"></iframe></body>`,
    ),
  );
  // Where the frame goes: a page of the same portal that is no report.
  server.add(
    'plain.html',
    '<!doctype html><meta charset="utf-8"><title>通知公告</title><p>本站维护通知。</p>',
  );
});

/** Opens the host page and waits for both reports' audits: the badge counts the frame's error. */
async function openHost(): Promise<{ page: Page; tab: number; frame: Frame; frameId: number }> {
  const page = await ext.context.newPage();
  await page.goto(server.url('frame-host.html'));
  await waitForAudit(page, 'marks');
  await expect
    .poll(() => page.frameLocator('#f').locator('[data-audit-rules~="t4-sum"]').count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const tab = await activeTabId(ext);
  await expect.poll(() => badgeText(ext, tab), { timeout: 5000 }).toBe('1');
  const frameId = (await recordedFrames(tab)).find((id) => id !== 0);
  if (frameId === undefined) throw new Error('the frame reported no audit');
  const frame = page.frames().find((f) => f.url().includes(FRAME_HOST));
  if (!frame) throw new Error('no frame');
  return { page, tab, frame, frameId };
}

/** The frame ids the background holds a record of for the tab. */
async function recordedFrames(tab: number): Promise<number[]> {
  const got = await ext.serviceWorker.evaluate((t) => chrome.storage.session.get(`tabFrames:${t}`), tab);
  return Object.keys((got[`tabFrames:${tab}`] as object | undefined) ?? {}).map(Number);
}

/** The popup's list of the tab's report frames, asked of the background as the popup asks it. */
async function tabReports(popup: Page, tab: number): Promise<{ frameId: number; error?: string }[]> {
  const answer = (await popup.evaluate(
    (t) =>
      chrome.runtime.sendMessage({ id: 1, type: 'tabReports', data: { tabId: t }, timestamp: Date.now() }),
    tab,
  )) as { res?: { frameId: number; error?: string }[] };
  return answer.res ?? [];
}

const openPopup = async (tab: number) => {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
  return popup;
};

describe('a frame that goes away', () => {
  it('removed from the page: its report leaves the badge and the popup at once', async () => {
    const { page, tab, frameId } = await openHost();
    await page.evaluate(() => document.getElementById('f')?.remove());
    // Only the page's own report is left, and nothing was found in it.
    await expect.poll(() => badgeText(ext, tab), { timeout: 5000 }).toBe('✓');
    expect(await recordedFrames(tab)).not.toContain(frameId);
    const popup = await openPopup(tab);
    expect((await tabReports(popup, tab)).map((f) => f.frameId)).toEqual([0]);
    await popup.locator('.report-title').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.frames').count()).toBe(0);
    expect(await popup.locator('.frame-failures').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('navigated elsewhere: its report leaves the badge too', async () => {
    const { page, tab, frameId } = await openHost();
    await page.evaluate(
      (src) => {
        (document.getElementById('f') as HTMLIFrameElement).src = src;
      },
      server.url('plain.html', FRAME_HOST),
    );
    await expect.poll(() => badgeText(ext, tab), { timeout: 5000 }).toBe('✓');
    expect(await recordedFrames(tab)).not.toContain(frameId);
    await page.close();
  });
});

describe('the tab itself', () => {
  it('a #hash or pushState change (Chrome says the tab is loading) keeps both reports', async () => {
    const { page, tab, frameId } = await openHost();
    await page.evaluate(() => {
      location.hash = '#part2';
      history.pushState({}, '', '/frame-host.html?view=2');
    });
    await page.waitForTimeout(1500);
    expect(await badgeText(ext, tab)).toBe('1');
    expect((await recordedFrames(tab)).sort()).toEqual([0, frameId].sort());
    await page.close();
  });

  it('navigated to a page with no report: every report of the old page leaves the badge', async () => {
    const { page, tab } = await openHost();
    await page.goto(server.url('plain.html'));
    await expect.poll(() => recordedFrames(tab), { timeout: 5000 }).toEqual([]);
    expect(await badgeText(ext, tab)).toBe('');
    await page.close();
  });
});

describe('a frame whose report cannot be audited', () => {
  it('is named in the popup with the reason, and the badge claims no clean tab', async () => {
    const { page, tab, frame, frameId } = await openHost();
    // The frame's page takes its root element away, and the frame is audited again (as 审核此页 does
    // for the report picked in the popup): the read has nothing to walk and throws.
    await frame.evaluate(() => document.documentElement.remove());
    const answer = (await ext.serviceWorker.evaluate(
      ([t, f]) =>
        chrome.tabs.sendMessage(
          t,
          { id: 1, type: 'runAudit', data: undefined, timestamp: Date.now() },
          { frameId: f },
        ),
      [tab, frameId] as const,
    )) as { res?: { error?: string; result: unknown } };
    expect(answer.res?.result).toBeNull();
    expect(answer.res?.error).toMatch(/TypeError/);
    // The page's own report has nothing found; a ✓ would say the tab was all checked.
    await expect.poll(() => badgeText(ext, tab), { timeout: 5000 }).toBe('!');
    const title = await ext.serviceWorker.evaluate((t) => chrome.action.getTitle({ tabId: t }), tab);
    expect(title).toContain('1 份报告无法核查');
    expect(title).toContain('1 report could not be audited');

    const popup = await openPopup(tab);
    expect(await tabReports(popup, tab)).toEqual([
      { frameId: 0, errors: 0, warnings: 0 },
      { frameId, errors: 0, warnings: 0, error: expect.stringMatching(/^TypeError: /) },
    ]);
    const alert = popup.locator(`.frame-failures [role="alert"][data-frame="${frameId}"]`);
    await alert.waitFor({ timeout: 10_000 });
    const said = (await alert.textContent()) ?? '';
    // One language: the Chinese sentence in a Chinese browser, the English one in an English browser.
    expect(said).toMatch(
      /^(本页内嵌框架中的一份报告无法核查：TypeError: |A report in a frame of this page could not be audited: TypeError: )/,
    );
    expect(/无法核查/.test(said) && /could not be audited/.test(said)).toBe(false);
    // The page's own report is still what the popup shows, below the notice.
    await expect
      .poll(() => popup.locator('.report-title').textContent(), { timeout: 10_000 })
      .toContain('相山区人民政府2020年');
    await popup.screenshot({ path: join(RESULTS_DIR, 'frames-failed.png') });
    await popup.close();

    // The failed frame removed: nothing is left unchecked, and the badge may say ✓ again.
    await page.evaluate(() => document.getElementById('f')?.remove());
    await expect.poll(() => badgeText(ext, tab), { timeout: 5000 }).toBe('✓');
    await page.close();
  });
});
