#!/usr/bin/env node
// The installed command: runs the bundle scripts/build-cli.mjs makes on `npm install`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'gov-report-audit: 找不到 dist/cli.js，请先运行 npm install / dist/cli.js is missing: run `npm install` (or `npm run build:cli`) first\n',
  );
  process.exit(2);
}
// No source maps: an internal error is printed as one line, never a stack trace, and reading the
// bundle's map as it loads cost every command ~30 ms. For a stack into cli/*.ts while debugging,
// run it as `node --enable-source-maps bin/gov-report-audit.js …`.
const { run } = await import(bundle.href);
await run();
