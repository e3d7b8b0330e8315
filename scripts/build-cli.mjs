#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and everything it imports) into dist/cli.js, one
 * self-contained ES module, so `npx gov-report-audit` starts without a TypeScript loader; and the
 * worker thread of `--jobs` (cli/worker.ts) into dist/cli-worker.js beside it: only the audit path,
 * so each worker loads a third of the main bundle (no export schemas). A dist/cli.js copied alone
 * still runs: without its worker file it audits in its own thread.
 * Runs on `npm install` ("prepare"); `--outfile PATH` builds elsewhere (the tests do), the worker
 * going beside it.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
const outfile = resolve(values.outfile ?? resolve(root, 'dist/cli.js'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: a copied dist/cli.js runs anywhere, and start-up skips resolution.
  // The shim gives bundled CommonJS code the `require` that ESM output lacks.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  sourcemap: 'linked',
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: ['cli/main.ts'], outfile }),
  // cli/pool.ts looks for it at new URL('./cli-worker.js', import.meta.url).
  build({ ...common, entryPoints: ['cli/worker.ts'], outfile: join(dirname(outfile), 'cli-worker.js') }),
]);
