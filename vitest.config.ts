import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'cli/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        // Extension code beside its tests, with WXT's fake browser in place of the real APIs.
        plugins: [WxtVitest()],
        test: {
          name: 'ext',
          include: ['utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 20_000,
        },
      },
      {
        // The built extension in Debian's Chromium: one build, one browser per file, files in turn.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The Firefox build in Debian's firefox-esr over WebDriver BiDi (puppeteer-core): one
        // `wxt build -b firefox`, one browser per file, files in turn.
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.firefox.test.ts'],
          environment: 'node',
          globalSetup: ['test/firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
