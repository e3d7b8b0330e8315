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
// Stack traces of an internal error then point into cli/*.ts, not the bundle.
process.setSourceMapsEnabled(true);
const { run } = await import(bundle.href);
await run();
