/** Types for browser.mjs, so the TypeScript e2e harness shares the benches' launch flags. */
export declare const CHROMIUM: string;
export declare const FIREFOX: string;
export declare const BROWSER_PACKAGES: string[];
export declare function chromiumArgs(extensionDir: string, extraHosts?: string[]): string[];
export declare function missingBrowserParts(): string[];
