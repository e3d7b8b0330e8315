#!/usr/bin/env node
// The installed command: runs the bundle scripts/build-cli.mjs makes on `npm install` (dist/cli.cjs)
// with what V8 compiled of it before (dist/load.js: cli/code-cache.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const there = (name) => existsSync(new URL(name, dist));
if (!there('cli.cjs') || !there('load.js')) {
  process.stderr.write(
    'gov-report-audit: 找不到 dist/cli.cjs，请先运行 npm install / dist/cli.cjs is missing: run `npm install` (or `npm run build:cli`) first\n',
  );
  process.exit(2);
}
// No source maps: an internal error is printed as one line, never a stack trace, and reading the
// bundle's map as it loads cost every command ~30 ms. For a stack into cli/*.ts while debugging,
// run it as `node --enable-source-maps bin/gov-report-audit.js …`.
const { loadScript } = await import(new URL('load.js', dist).href);
await loadScript(fileURLToPath(new URL('cli.cjs', dist))).exports.run();
