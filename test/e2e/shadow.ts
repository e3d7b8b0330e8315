/**
 * Reading and driving our UI on a page. The panel (findings, flag editor, notes) is an
 * extension-origin iframe, which Playwright enters as a frame; the tooltip lives in a closed shadow
 * root that page scripts (and so Playwright's injected selectors) cannot enter, which the DevTools
 * protocol pierces, as a test must.
 */
import type { CDPSession, Frame, Page, Worker } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function findHost(node: CdpNode): CdpNode | null {
  // A page that copies its own HTML copies our host too, as an empty element: skip those.
  if (node.localName?.startsWith('gra-audit-panel') && node.shadowRoots?.length) return node;
  for (const k of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(k);
    if (hit) return hit;
  }
  return null;
}

/** Our shadow root's node id in the top document, or null when it is not mounted. */
async function shadowRoot(page: Page): Promise<{ s: CDPSession; root: number } | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findHost(root);
  const shadow = host?.shadowRoots?.[0];
  return shadow ? { s, root: shadow.nodeId } : null;
}

/** Runs `fn` (a function's source, `this` being our shadow root) and returns its value (null: no root). */
async function onRoot<T>(page: Page, fn: string): Promise<T | null> {
  const p = await shadowRoot(page);
  if (!p) return null;
  const { object } = (await p.s.send('DOM.resolveNode', { nodeId: p.root })) as {
    object: { objectId: string };
  };
  const { result } = (await p.s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: T | null } };
  return result.value ?? null;
}

type Box = { left: number; top: number; right: number; bottom: number };

/** The text of the tooltip on the page (null: none shown). */
export function tipText(page: Page): Promise<string | null> {
  return onRoot(page, 'function () { return this.querySelector(".tip")?.textContent ?? null; }');
}

/** The tooltip's box in the viewport (null: none shown). */
export function tipBox(page: Page): Promise<Box | null> {
  return onRoot(
    page,
    `function () {
      const r = this.querySelector(".tip")?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    }`,
  );
}

/**
 * The folded panel's tab, which the page script draws in our shadow root (the frame is created only
 * when the panel opens): its box in the viewport, its text and whether it shows the audit failed
 * (null: no tab shown).
 */
export function panelTab(page: Page): Promise<(Box & { text: string; failed: boolean }) | null> {
  return onRoot(
    page,
    `function () {
      const tab = this.querySelector('[data-gra="expand"]');
      if (!tab) return null;
      const r = tab.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: tab.textContent,
        failed: tab.querySelector('[data-gra="failed"]') !== null };
    }`,
  );
}

/** Presses the folded panel's tab: a click at its middle, or (keyboard) focus and Enter. */
async function pressTab(page: Page, how: Press): Promise<boolean> {
  const tab = await panelTab(page);
  if (!tab) return false;
  if (how === 'mouse') await page.mouse.click((tab.left + tab.right) / 2, (tab.top + tab.bottom) / 2);
  else {
    const focused = await onRoot<boolean>(
      page,
      `function () { const t = this.querySelector('[data-gra="expand"]'); t?.focus(); return !!t; }`,
    );
    if (!focused) return false;
    await page.keyboard.press('Enter');
  }
  return true;
}

/** How many elements match `selector` in our shadow root (the tooltip and the panel's iframe). */
export async function shadowCount(page: Page, selector: string): Promise<number> {
  const p = await shadowRoot(page);
  if (!p) return 0;
  const { nodeIds } = (await p.s.send('DOM.querySelectorAll', { nodeId: p.root, selector })) as {
    nodeIds: number[];
  };
  return nodeIds.length;
}

/** How many tooltips are shown (0 or 1). */
export function tipCount(page: Page): Promise<number> {
  return shadowCount(page, '.tip');
}

/** The panel's frame (extension origin), or null when the page has no panel. */
export function panelFrame(page: Page): Frame | null {
  return page.frames().find((f) => !f.isDetached() && f.url().includes('/panel-frame.html')) ?? null;
}

/**
 * The panel's frame once it is on the page. The audit's end is signalled before the panel's
 * extension-origin frame has loaded its document (until then its URL is not ours): a test that acts
 * on the panel right after the audit waits for it here (CI once failed reading it at once).
 */
export async function waitPanelFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  let frame = panelFrame(page);
  while (!frame) {
    if (Date.now() > deadline) throw new Error('no panel on the page');
    await page.waitForTimeout(50);
    frame = panelFrame(page);
  }
  return frame;
}

/** The panel's text content (null: no panel on the page; a folded panel shows only its tab). */
export async function panelText(page: Page): Promise<string | null> {
  const frame = panelFrame(page);
  if (!frame) return null;
  return frame.evaluate(() => document.body.textContent ?? '').catch(() => null);
}

/** How many elements match `selector` inside the panel. */
export async function panelCount(page: Page, selector: string): Promise<number> {
  const frame = panelFrame(page);
  return frame ? frame.locator(selector).count() : 0;
}

/**
 * How a test presses the panel's buttons: with the mouse, or by keyboard (focus, Enter). Headless
 * Chromium stops routing mouse input into an out-of-process iframe (ours is one) once any page of
 * the context has had its viewport overridden (`setViewportSize`, as the popup tests do); the
 * keyboard still reaches it, as it does for a keyboard user.
 */
export type Press = 'mouse' | 'keyboard';

/** Clicks (or presses Enter on) the `index`-th element matching `selector` inside the panel. */
export async function panelClick(
  page: Page,
  selector: string,
  index = 0,
  how: Press = 'mouse',
): Promise<void> {
  const frame = panelFrame(page);
  if (!frame) throw new Error('no panel on the page');
  const target = frame.locator(selector).nth(index);
  if (how === 'mouse') await target.click();
  else await target.press('Enter');
}

/** Whether the panel is open on the page (its frame showing the panel). */
async function isOpen(page: Page): Promise<Frame | null> {
  const frame = panelFrame(page);
  if (!frame) return null;
  const n = await frame
    .locator('[data-gra="panel"]')
    .count()
    .catch(() => 0);
  return n > 0 ? frame : null;
}

/** Waits for the panel, and opens it from its tab when it is folded. */
export async function openPanel(page: Page, how: Press = 'mouse'): Promise<Frame> {
  // As the user sees it: the page in front (a popup opened as a tab may have covered it).
  await page.bringToFront();
  const until = Date.now() + 30_000;
  let pressed = 0;
  for (;;) {
    const frame = await isOpen(page);
    if (frame) return frame;
    if (Date.now() > until) throw new Error(pressed ? 'the panel did not open' : 'no panel on the page');
    // The panel may open by itself (remembered open, or room beside the report) before the tab shows:
    // press the tab only while it is there, and not again while a press is being answered.
    if (pressed === 0 || Date.now() - pressed > 2000) {
      if (await pressTab(page, how)) pressed = Date.now();
    }
    await page.waitForTimeout(50);
  }
}

/** Folds the panel to its tab (so it covers nothing a test hovers). */
export async function foldPanel(page: Page): Promise<void> {
  // The page puts the panel up open or as a tab once it has measured the report: wait for either.
  const deadline = Date.now() + 10_000;
  let frame = await isOpen(page);
  while (!frame && !(await panelTab(page))) {
    if (Date.now() > deadline) throw new Error('no panel on the page');
    await page.waitForTimeout(50);
    frame = await isOpen(page);
  }
  if (!frame) return;
  await frame.locator('[data-gra="collapse"]').click();
  while (!(await panelTab(page))) {
    if (Date.now() > deadline + 10_000) throw new Error('the panel did not fold');
    await page.waitForTimeout(50);
  }
}

/**
 * Forgets how the user left the panel and its legend (entrypoints/content/panel-open.ts,
 * utils/panel-prefs.ts), so the next page shows it as on a first visit: open only where it fits
 * beside the report. `worker`: the extension's service worker.
 */
export function forgetPanelState(worker: Worker): Promise<void> {
  return worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }
    ).chrome.storage.local.remove(['panel-open', 'panel-prefs']),
  );
}

/**
 * Types `text` (then Ctrl+Enter when `submit`) into the focused element of an extension frame, as
 * key events sent to that frame's own renderer. Sent through the page instead, the browser routes
 * them to its focused frame, and under load it now and then lost them all for a panel frame focused
 * by script (its textarea focused, yet empty after typing; CI failed on it three times).
 */
export async function typeInFrame(page: Page, frame: Frame, text: string, submit = false): Promise<void> {
  const cdp = await page.context().newCDPSession(frame);
  try {
    for (const ch of text) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
    }
    if (submit) {
      const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, modifiers: 2 };
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...enter });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
