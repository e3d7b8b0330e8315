/**
 * The e2e harness: serves test/fixtures on 127.0.0.1 and launches Debian's Chromium with the built
 * extension, resolving *.gov.cn to 127.0.0.1, so the production content-script match is what runs.
 * It builds nothing (global-setup.ts does, once).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension } from '../../scripts/browser.mjs';
import { EXTENSION_DIR, FIXTURES_DIR, RESULTS_DIR } from './paths';

/** The gov.cn host fixtures are served under (any *.gov.cn name maps to 127.0.0.1). */
export const GOV_HOST = 'www.example.gov.cn';
/** A host outside the manifest's match, where only 审核此页 / a granted permission runs us. */
export const OTHER_HOST = 'mirror.example.org';

const TYPES: Record<string, string> = {
  // No charset: the page's own <meta charset> decides, as on the real portals (GBK pages).
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  // As portals serve a report's attachments (the review view's tests open them).
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** A static server over a directory, plus in-memory pages added by tests (synthetic pages). */
export interface FixtureServer {
  port: number;
  /** `http://www.example.gov.cn:PORT/<path>` (or another host). */
  url(path: string, host?: string): string;
  /** Serves `html` at `/path` from now on (as `type`: an HTML page unless said otherwise). */
  add(path: string, html: string, type?: string): void;
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function serveFixtures(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const extra = new Map<string, { body: string; type: string }>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = extra.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': page.type });
      res.end(page.body);
      return;
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      // Fixtures reference portal assets (/images/logo.png …) that do not exist: a quiet 404.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = GOV_HOST) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    add: (path, html, type = 'text/html; charset=utf-8') =>
      extra.set(`/${path.replace(/^\//, '')}`, { body: html, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Launches Chromium with the timings build loaded (or `extensionDir`; flags per shared/docs/toolchain.md). */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const { context, extensionId, serviceWorker } = await launchExtension(extensionDir, {
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    extraHosts: [OTHER_HOST],
  });
  return { context, extensionId, serviceWorker, close: () => context.close() };
}

/**
 * Launches as launchWithExtension does, with Chromium's UI in `language` (`zh_CN`, `en_US`):
 * Chromium on Linux takes it from LANGUAGE, which the launch passes on (zh_CN: screenshots show what
 * most users see); close() puts LANGUAGE back.
 */
export async function launchInLanguage(
  language: string,
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  const previous = process.env.LANGUAGE;
  const restore = () => {
    if (previous === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = previous;
  };
  process.env.LANGUAGE = language;
  try {
    const ext = await launchWithExtension(extensionDir);
    return {
      ...ext,
      close: async () => {
        await ext.close();
        restore();
      },
    };
  } catch (e) {
    restore();
    throw e;
  }
}

/** What a test file works with: the browser with the extension, and the fixture server. */
export interface ExtensionSetup {
  ext: ExtensionBrowser;
  server: FixtureServer;
}

/**
 * The set-up most test files share: before the file's tests, test-results/ exists, the fixtures
 * are served and Chromium starts with the extension (in `language`'s UI, `zh_CN` for what most
 * users see, or else in the machine's); after them, both close. Call it at the top of the file (or
 * of a describe); its hooks run before the caller's own, which may add pages or open tabs.
 * `ext` and `server` are filled in by the hook, so read their fields in hooks and tests, not at
 * the top of the file.
 */
export function useExtension(options: { language?: string; extensionDir?: string } = {}): ExtensionSetup {
  const ext = {} as ExtensionBrowser;
  const server = {} as FixtureServer;
  let launched: ExtensionBrowser | undefined;
  let served: FixtureServer | undefined;
  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    served = await serveFixtures();
    Object.assign(server, served);
    launched = options.language
      ? await launchInLanguage(options.language, options.extensionDir)
      : await launchWithExtension(options.extensionDir);
    Object.assign(ext, launched);
  });
  afterAll(async () => {
    await launched?.close();
    await served?.close();
  });
  return { ext, server };
}

/**
 * A message as the extension is built with it, in both its languages (zh_CN, en): the browser's UI
 * language decides which one shows. A message with plural forms (built as `one | many`) gives each.
 */
export function msgs(key: string): string[] {
  return ['zh_CN', 'en'].flatMap((lang) => {
    const m = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'));
    return (m[key.replaceAll('.', '_')].message as string).split(' | ');
  });
}

/** Waits until the content script has finished (marks measured) or decided (detect measured). */
export async function waitForAudit(page: Page, what: 'marks' | 'detect' = 'marks', timeout = 10_000) {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, `gra:${what}`, {
    timeout,
  });
}

/** The content script's timings on the page's performance timeline, by name (ms). */
export function timings(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const e of performance.getEntriesByType('measure'))
      if (e.name.startsWith('gra:')) out[e.name] = [...(out[e.name] ?? []), e.duration];
    return out;
  });
}

/** The few extension APIs the tests call inside the service worker (evaluated there, not here). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<{ res?: unknown; err?: unknown } | undefined>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/**
 * The id of the newest active tab (the test's page). The extension cannot see tab URLs: it holds
 * no `tabs` permission and no host permission, by design.
 */
export function activeTabId(ext: ExtensionBrowser): Promise<number> {
  return ext.serviceWorker.evaluate(async () => {
    const ids = (await chrome.tabs.query({ active: true })).flatMap((t) =>
      t.id === undefined ? [] : [t.id],
    );
    if (ids.length === 0) throw new Error('no active tab');
    return Math.max(...ids);
  });
}

/**
 * Sends a raw protocol message from the extension's service worker to a tab (as the popup does,
 * in @webext-core/messaging's envelope) and returns the raw `{ res }` or `{ err }` answer.
 */
export function sendToTab(
  ext: ExtensionBrowser,
  tab: number,
  type: string,
  data: unknown,
): Promise<{ res?: unknown; err?: unknown } | undefined> {
  return ext.serviceWorker.evaluate(
    ([id, t, d]) => chrome.tabs.sendMessage(id, { id: 1, type: t, data: d, timestamp: Date.now() }),
    [tab, type, data] as const,
  );
}

/** The toolbar badge text of a tab. */
export function badgeText(ext: ExtensionBrowser, tab: number): Promise<string> {
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab);
}

/** Runs `fn` (the source of a function of an IDBDatabase that returns a promise) on the desk's IndexedDB, in the desk's origin. */
export async function inDesk<T>(ext: ExtensionBrowser, fn: string): Promise<T> {
  const desk = await ext.context.newPage();
  await desk.goto(`chrome-extension://${ext.extensionId}/desk.html`);
  await desk.waitForLoadState('load');
  try {
    return (await desk.evaluate(
      `new Promise((resolve, reject) => {
        const open = indexedDB.open('gov-report-audit-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => { const db = open.result; (${fn})(db).then((v) => { db.close(); resolve(v); }, reject); };
      })`,
    )) as T;
  } finally {
    await desk.close();
  }
}

/** Turns the desk's auto-save on, as its setting does. */
export function turnOnAutoSave(ext: ExtensionBrowser): Promise<void> {
  return inDesk(
    ext,
    `(db) => new Promise((ok, fail) => {
      const tx = db.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ autoSave: true }, 'settings');
      tx.oncomplete = () => ok(); tx.onerror = () => fail(tx.error);
    })`,
  );
}
