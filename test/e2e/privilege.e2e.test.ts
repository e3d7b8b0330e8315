/**
 * Least privilege on the built extension: the manifest asks for nothing beyond *.gov.cn and the
 * user's click, loads no code from elsewhere, and a session (report page, popup, desk) makes no
 * network request of its own — every request Playwright sees from the pages (the report tab, the
 * popup, the desk) goes to the page's own server or the extension's own files. (Requests from the
 * service worker itself are not among those events; its one host permission, *.gov.cn, is there
 * to inject the audit where the detector found a report.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, useExtension, waitForAudit } from './harness';
import { EXTENSION_DIR } from './paths';
import { openPanel } from './shadow';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the built manifest', () => {
  it('asks only for storage, activeTab, scripting, the context menu and alarms; hosts only *.gov.cn or on request', () => {
    // alarms wakes the stopped service worker for an auto-save held back (utils/held-saves.ts).
    expect([...manifest.permissions].sort()).toEqual(
      ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
    // *.gov.cn, where the detector already runs: the background injects the audit there
    // (scripting.executeScript needs the host; the content script's match alone does not grant it).
    expect(manifest.host_permissions ?? []).toEqual(['*://*.gov.cn/*']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(['*://*.gov.cn/*']);
    expect(manifest.content_scripts[0].all_frames).toBe(true);
    // Only the few-KB detector runs on every page; the audit is injected where it finds a report.
    expect(manifest.content_scripts[0].js).toEqual(['detector.js']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.permissions).not.toContain('tabs');
    // No loosened content security policy (MV3's default forbids remote code and eval).
    expect(manifest.content_security_policy).toBeUndefined();
    // Web-accessible: the panel's frame, which the content script puts on report pages, and the page
    // script, which the detector imports there; under a per-session URL, so no site can probe for
    // the extension at a fixed address.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['panel-frame.html', 'page.js'],
        matches: ['*://*/*', 'file:///*'],
        use_dynamic_url: true,
      },
    ]);
  });

  it('loads only its own scripts in its pages', () => {
    for (const page of readdirSync(EXTENSION_DIR).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src).toMatch(/^\/[^/]/);
      for (const [, href] of html.matchAll(/<link[^>]*\shref="([^"]+)"/g)) expect(href).toMatch(/^\/[^/]/);
    }
  });
});

describe('a session', () => {
  const { ext, server: fixtures } = useExtension();
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());

  beforeAll(() => {
    ext.context.on('request', record);
  });

  it('makes no network request beyond the page it audits', async () => {
    const page = await ext.context.newPage();
    await page.goto(fixtures.url('seed000-word-balance-error.html'));
    await waitForAudit(page);
    // Opened, so its frame loads too.
    await openPanel(page);
    const tab = await activeTabId(ext);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
    await popup.locator('.summary').waitFor();
    await popup.locator('button[data-export="json"]').waitFor();
    const desk = await ext.context.newPage();
    await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
    await desk.locator('.desk-tools').waitFor();
    await desk.waitForTimeout(500);
    const origin = new URL(fixtures.url('')).origin;
    // The panel's frame loads from the extension under its per-session id (use_dynamic_url).
    const elsewhere = requests.filter(
      (u) => !u.startsWith(`${origin}/`) && !u.startsWith('chrome-extension://'),
    );
    expect(requests.some((u) => u.startsWith('chrome-extension://') && u.includes('/panel-frame.html'))).toBe(
      true,
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
  });
});
