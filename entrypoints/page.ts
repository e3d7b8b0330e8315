/**
 * The full audit (content-scripts/content.js): not in the manifest's content scripts, injected into
 * one frame by the background when the detector (entrypoints/detector.ts) finds a report's words
 * there, or by the popup (审核此页, or to answer on a gov.cn page the detector passed over). It
 * audits the page, marks it, docks the panel, and watches the page for changes.
 * Test URLs: test/fixtures/*.html served as http://www.example.gov.cn:PORT/ (see test/e2e).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from './start';

const LOADED = Symbol.for('gov-report-audit.loaded');

export default defineContentScript({
  // Runtime registration: never listed in the manifest; WXT adds the pattern to host_permissions,
  // which scripting.executeScript needs to inject it on *.gov.cn (other sites: the user's grant).
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Injected twice (background and popup), it starts once; this isolated-world global is out of
    // the page's reach.
    const g = globalThis as { [LOADED]?: boolean };
    if (g[LOADED]) return;
    g[LOADED] = true;
    startSession(ctx);
  },
});
