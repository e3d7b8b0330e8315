/**
 * 截图: evidence as a PNG. The content script scrolls to the finding's cells and pulses them, then
 * the popup captures the visible tab (activeTab, granted by the click that opened the popup).
 */
import { browser } from 'wxt/browser';
import { focusFinding } from './audit';
import { exportName } from './download';
import type { Target } from './frames';

/** How long the page needs to scroll and start its pulse before the capture. */
const SETTLE_MS = 450;

/** Focuses the finding, captures the tab and downloads `年报核查-<agency>-<year>-<rule>.png`. */
export async function saveShot(
  target: Target,
  index: number,
  agency: string | null,
  year: number | null,
  rule: string,
): Promise<void> {
  // With several reports in the tab, only the shown report's frame scrolls to its finding.
  await focusFinding(target, index);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const tab = await browser.tabs.get(typeof target === 'number' ? target : target.tabId);
  const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = exportName(agency, year, 'png').replace(/\.png$/, `-${rule.replace(/[^\w-]/g, '_')}.png`);
  document.body.append(a);
  a.click();
  a.remove();
}
