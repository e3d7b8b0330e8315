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
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
// pdfjs (about 3 MB) goes into dist/cli-pdfjs.cjs, loaded only when a PDF comes along (cli/document.ts
// looks for it beside the bundle); the audit bundles leave it out so an HTML run starts as fast as before.
// mammoth (the .docx reader, most of a megabyte) likewise goes into dist/cli-docx.js.
const noPdfjs = { external: ['pdfjs-dist', 'mammoth'] };
// pdfjs tries to load a native canvas module in Node to draw pages; text and ruling lines need none
// (cli/pdfjs-globals.ts stands in for the DOMMatrix it builds at load time).
const CANVAS_REQUIRE = 'canvas = require("@napi-rs/canvas");';
const noCanvas = {
  name: 'no-canvas',
  setup(b) {
    b.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes(CANVAS_REQUIRE))
        throw new Error(`pdfjs-dist changed: no ${CANVAS_REQUIRE} in ${args.path}`);
      return { contents: text.replace(CANVAS_REQUIRE, 'canvas = undefined;'), loader: 'js' };
    });
  },
};
// The bundle of an earlier build, when it was an ES module.
const pdfjsFile = join(dirname(outfile), 'cli-pdfjs.cjs');
rmSync(join(dirname(outfile), 'cli-pdfjs.js'), { force: true });
await Promise.all([
  build({ ...common, ...noPdfjs, entryPoints: ['cli/main.ts'], outfile }),
  // cli/pool.ts looks for it at new URL('./cli-worker.js', import.meta.url).
  build({
    ...common,
    ...noPdfjs,
    entryPoints: ['cli/worker.ts'],
    outfile: join(dirname(outfile), 'cli-worker.js'),
  }),
  // No source maps for the two: bin/gov-report-audit.js turns source maps on, and Node then reads a
  // bundle's map as it loads (pdfjs's is 6 MB: a quarter of a second), for stack traces into
  // library code nobody reads.
  build({
    ...common,
    sourcemap: false,
    entryPoints: ['cli/docx.ts'],
    outfile: join(dirname(outfile), 'cli-docx.js'),
  }),
  // A classic script, not an ES module, so that V8 can keep its compiled code (cli/code-cache.ts):
  // CommonJS, its import.meta.url the loader's `__bundleUrl`.
  build({
    ...common,
    sourcemap: false,
    format: 'cjs',
    banner: {},
    define: { 'import.meta.url': '__bundleUrl' },
    entryPoints: ['cli/pdfjs.ts'],
    outfile: pdfjsFile,
    plugins: [noCanvas],
  }),
]);

// The code cache: two PDFs (an eleven-page Chromium print, a WPS report) read with the new bundle in
// a fresh process, as the command runs, and what V8 compiled kept beside it. Without the fixtures
// (an installed copy) there is none, and pdfjs compiles as it runs.
const cache = pdfjsFile.replace(/\.cjs$/, '.cache');
rmSync(cache, { force: true });
const warmUp = ['long-report.pdf', 'huaian-city-gov-2024.pdf']
  .map((f) => join(root, 'test/fixtures/pdf', f))
  .filter((f) => existsSync(f));
if (warmUp.length > 0) {
  const made = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
const { writePdfjsCodeCache } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
await writePdfjsCodeCache(${JSON.stringify(warmUp)}.map((f) => new Uint8Array(readFileSync(f))));`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (made.status !== 0)
    console.warn(`build-cli: no pdfjs code cache (exit ${made.status}); PDFs still read`);
}
