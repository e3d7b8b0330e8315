/**
 * The detector: the manifest's content script on every *.gov.cn page (every frame; wxt.config.ts
 * lists it), and on sites the user granted. It costs next to nothing: it searches the title and
 * the body's text for a report's words (lib/quick-check.ts), and only when they are there, and the
 * page is not a portal's list of reports (reports named again and again, nothing else to say
 * report), loads the page script (entrypoints/content/) into this frame: imported as a module, or,
 * where that fails, injected by the background. A list passed over still gets the audit when the
 * popup is opened there (components/popup/audit.ts).
 * A page that renders its report later is watched until it does (with backoff),
 * then left: the watch is for added nodes only (a report arrives as new elements, a new title as a
 * new text node), not for every text edit a ticker or a clock makes. An unlisted script, not
 * defineContentScript: WXT's content-script wrapper brings its context and the browser polyfill
 * (~15 KB) to every page. Test URLs: test/fixtures/*.html as http://www.example.gov.cn:PORT/.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageMayBeReport } from '../lib/quick-check';
import { DETECTED, LOAD_AUDIT } from '../utils/load-audit';
import { type Backoff, makeBackoff } from './content/backoff';
import { TIMINGS } from './content/measure';

const DETECTOR = Symbol.for('gov-report-audit.detector');

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> | undefined; getURL(path: string): string };
}

/** XPath 1.0's string-value of the root's first <body> child: what `document.body.textContent` is. */
const BODY_TEXT = "string(/*[local-name()='html']/*[local-name()='body'])";

/**
 * Checks the page now; true (and the audit asked for) when it may hold a report. One function, the
 * body's text and the timing written out (not bodyText(), measure()): V8 compiles each function the
 * first time it is called, and on a page that is not a report each is called once, cold.
 */
function check(): boolean {
  const t0 = TIMINGS ? performance.now() : 0;
  // The body's text without touching an element: the first element this script world reads costs
  // half a millisecond of bindings (HTMLBodyElement, HTMLElement, Element), more than the rest of
  // the detector, on every gov.cn page. XPath answers on the document alone (2: STRING_TYPE).
  let text: string;
  try {
    text = document.evaluate(BODY_TEXT, document, null, 2, null).stringValue;
  } catch {
    text = document.body?.textContent ?? '';
  }
  const maybe = pageMayBeReport(document.title ?? '', text);
  // On the page's timeline in a timings build only (entrypoints/content/measure.ts says why): a page
  // that could read it there would know its visitor runs the extension.
  if (TIMINGS)
    try {
      performance.measure('gra:detect', { start: t0 });
    } catch {
      // Older engines lack the options form; timings are a nicety, never a failure.
    }
  if (!maybe) return false;
  // Firefox has `browser` (promises); Chrome's `chrome` returns a promise too in MV3.
  const g = globalThis as { browser?: Runtime; chrome?: Runtime; [DETECTED]?: boolean };
  g[DETECTED] = true;
  const api = g.browser ?? g.chrome;
  if (!api) return true;
  // The page script, imported as a module into this world: the browser fetches it and V8 compiles it
  // off the page's main thread as it streams in, where the background's scripting.executeScript has
  // the page's thread compile it (14 ms of 38 KB on a slow machine). Web-accessible under a
  // per-session URL (wxt.config.ts). Where the import fails, the background injects it as before.
  import(/* @vite-ignore */ api.runtime.getURL('/page.js')).catch(() =>
    api.runtime.sendMessage({ type: LOAD_AUDIT })?.catch(() => undefined),
  );
  return true;
}

/**
 * Re-checks after the page adds content, spaced like the audit's own watcher (watch.ts). The
 * backoff is made at the first addition: most pages add nothing, and need not run its code. While a
 * check waits the page is not watched: the check reads the whole page as it then is, so what is
 * added meanwhile is in it. A portal's news ticker adding a node every 50 ms so costs one call of
 * ours per check, not twenty a second for as long as the page stays open.
 */
function watch(): void {
  let backoff: Backoff | undefined;
  // The document itself, not its root: a page may replace or remove <html>.
  const observe = () => observer.observe(document, { childList: true, subtree: true });
  const observer = new MutationObserver((records) => {
    if (!records.some((m) => m.addedNodes.length > 0)) return;
    backoff ??= makeBackoff();
    const wait = backoff.change(performance.now());
    observer.disconnect();
    setTimeout(() => {
      backoff?.checked(performance.now());
      if (!check()) observe();
    }, wait);
  });
  observe();
}

export default defineUnlistedScript(() => {
  // A registered copy (a granted site) may run where another already did.
  const g = globalThis as { [DETECTOR]?: boolean };
  if (g[DETECTOR]) return;
  g[DETECTOR] = true;
  if (!check()) watch();
});
