#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and everything it imports) into dist/cli.js, one
 * self-contained ES module, so `npx gov-report-audit` starts without a TypeScript loader.
 * Runs on `npm install` ("prepare"); `--outfile PATH` builds elsewhere (the tests do).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
const outfile = resolve(values.outfile ?? resolve(root, 'dist/cli.js'));

await build({
  absWorkingDir: root,
  entryPoints: ['cli/main.ts'],
  outfile,
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
});
