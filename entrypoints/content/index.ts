/**
 * The content script: runs by itself on *.gov.cn pages (every frame), and is injected elsewhere
 * when the user presses 审核此页. It detects a report cheaply, audits it, and marks the page.
 * Test URLs: test/fixtures/*.html served as http://www.example.gov.cn:PORT/ (see test/e2e).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from './start';

const LOADED = Symbol.for('gov-report-audit.loaded');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  // Reports written into about:blank / srcdoc frames of a gov.cn page are found too.
  matchAboutBlank: true,
  runAt: 'document_idle',
  // Do not announce our start (and extension id) to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // 审核此页 may inject us where we already run; this isolated-world global is out of the page's reach.
    const g = globalThis as { [LOADED]?: boolean };
    if (g[LOADED]) return;
    g[LOADED] = true;
    startSession(ctx);
  },
});
