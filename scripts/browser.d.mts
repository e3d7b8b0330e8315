/** Types for browser.mjs, so the TypeScript e2e harness shares the benches' launch flags. */
import type { BrowserContext, BrowserType, Worker } from 'playwright-core';

export declare const CHROMIUM: string;
export declare const FIREFOX: string;
export declare const BROWSER_PACKAGES: string[];
export declare function chromiumArgs(extensionDir: string, extraHosts?: string[]): string[];
export declare function missingBrowserParts(): string[];
export declare function buildDir(browser?: 'chrome' | 'firefox', options?: { timings?: boolean }): string;
export declare function buildExtension(
  browser?: 'chrome' | 'firefox',
  options?: { timings?: boolean; stdio?: import('node:child_process').StdioOptions },
): string;
export declare function launchExtension(
  extensionDir: string,
  options?: { extraHosts?: string[] } & Omit<
    NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>,
    'executablePath' | 'headless' | 'args'
  >,
): Promise<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>;
