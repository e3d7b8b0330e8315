/**
 * The page script (page.js, its code in entrypoints/content/): not in the manifest's content scripts.
 * The detector (entrypoints/detector.ts) imports it as a module into its frame when it finds a
 * report's words there (the background injects it where that import fails), and the popup injects
 * it (审核此页, or to answer on a gov.cn page the detector passed over). It reads the page,
 * has the background audit it (utils/audit-page.ts), marks the page, docks the panel, and watches
 * the page for changes. An unlisted script, not defineContentScript: WXT's content-script wrapper
 * would bring its context and the browser polyfill into every report page (runtime.ts says why).
 * Test URLs: test/fixtures/*.html served as http://www.example.gov.cn:PORT/ (see test/e2e).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { api } from './content/runtime';
import { startSession } from './content/start';

const LOADED = Symbol.for('gov-report-audit.loaded');

export default defineUnlistedScript(() => {
  // Injected twice (background and popup), it starts once; this isolated-world global is out of
  // the page's reach.
  const g = globalThis as { [LOADED]?: boolean };
  if (g[LOADED]) return;
  g[LOADED] = true;
  startSession(() => Boolean(api.runtime?.id));
});
