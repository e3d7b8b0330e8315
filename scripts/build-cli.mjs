#!/usr/bin/env node
/**
 * Bundles the command line (cli/main.ts and everything it imports) into dist/cli.cjs, one
 * self-contained script, so `npx gov-report-audit` starts without a TypeScript loader, and V8 keeps
 * what it compiled of it (dist/load.js, the code caches below); the same as an ES module into
 * dist/cli.js, for the tests and benches to import; and the worker thread of `--jobs` (cli/worker.ts)
 * into dist/cli-worker.cjs beside them (and as an ES module, cli-worker.js, for the tests): only the
 * audit path, no export schemas. A dist/cli.cjs copied with dist/load.js alone still runs: without
 * its worker files it audits in its own thread.
 * Runs on `npm install` ("prepare"); `--outfile PATH` builds elsewhere (the tests do), the worker
 * going beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
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
  // Dependencies are bundled too: a copied bundle runs anywhere, and start-up skips resolution.
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
// mammoth (the .docx reader, most of a megabyte) likewise goes into dist/cli-docx.cjs.
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
const pdfjsFile = join(dirname(outfile), 'cli-pdfjs.cjs');
// The bundles of an earlier build, when they were ES modules, go.
for (const old of ['cli-pdfjs.js', 'cli-docx.js']) rmSync(join(dirname(outfile), old), { force: true });
// The command itself runs dist/cli.cjs (through dist/load.js): the same code as a classic script, so that
// V8 can keep its compiled code. dist/cli.js stays the ES module the tests and benches import.
const runFile = outfile.replace(/\.js$/, '.cjs');
const asScript = {
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__bundleUrl' },
};
await Promise.all([
  build({ ...common, ...noPdfjs, entryPoints: ['cli/main.ts'], outfile }),
  build({ ...common, ...noPdfjs, ...asScript, entryPoints: ['cli/main.ts'], outfile: runFile }),
  // The loader alone (bin/gov-report-audit.js and the workers run the bundles with it).
  build({
    ...common,
    sourcemap: false,
    entryPoints: ['cli/code-cache.ts'],
    outfile: join(dirname(outfile), 'load.js'),
  }),
  // cli/pool.ts runs dist/cli-worker.cjs with its code cache, as the command's own bundle runs; the ES
  // module (dist/cli-worker.js) is for the tests that hand the pool a worker URL.
  build({
    ...common,
    ...noPdfjs,
    entryPoints: ['cli/worker.ts'],
    outfile: join(dirname(outfile), 'cli-worker.js'),
  }),
  build({
    ...common,
    ...noPdfjs,
    ...asScript,
    sourcemap: false,
    entryPoints: ['cli/worker.ts'],
    outfile: join(dirname(outfile), 'cli-worker.cjs'),
  }),
  // No source maps for the two: with source maps on (`node --enable-source-maps`, debugging) Node
  // reads a bundle's map as it loads (pdfjs's is 6 MB: a quarter of a second), for stack traces
  // into library code nobody reads.
  build({
    ...common,
    ...asScript,
    sourcemap: false,
    entryPoints: ['cli/docx.ts'],
    outfile: join(dirname(outfile), 'cli-docx.cjs'),
  }),
  // A classic script, not an ES module, so that V8 can keep its compiled code (cli/code-cache.ts):
  // CommonJS, its import.meta.url the loader's `__bundleUrl`.
  build({
    ...common,
    ...asScript,
    sourcemap: false,
    entryPoints: ['cli/pdfjs.ts'],
    outfile: pdfjsFile,
    plugins: [noCanvas],
  }),
]);

// The code caches (cli/code-cache.ts): the HTML fixtures and two PDFs (an eleven-page Chromium
// print, a WPS report) audited with the new bundles in a fresh process, loaded as the command loads
// them (its V8 flags too, which a cache must match), the fixtures again through the worker script's
// answer(), and what V8 compiled kept beside each. Without the fixtures (an installed copy) there
// are none, and the bundles compile as they run. The caches of an earlier build are removed first:
// never offered for another bundle, but no use either.
const outDir = dirname(runFile);
const workerFile = join(outDir, 'cli-worker.cjs');
const caches = [runFile, pdfjsFile, workerFile].map((f) => f.replace(/\.cjs$/, '.cache'));
for (const c of caches) rmSync(c, { force: true });
const fixtures = join(root, 'test/fixtures');
const pages = existsSync(fixtures)
  ? readdirSync(fixtures)
      .filter((f) => /\.html$/.test(f))
      .sort()
      .map((f) => join(fixtures, f))
  : [];
const pdfs = ['long-report.pdf', 'huaian-city-gov-2024.pdf']
  .map((f) => join(fixtures, 'pdf', f))
  .filter((f) => existsSync(f));
if (pages.length > 0 || pdfs.length > 0) {
  const made = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs';
const { loadScript } = await import(${JSON.stringify(pathToFileURL(join(outDir, 'load.js')).href)});
const cli = loadScript(${JSON.stringify(runFile)});
const { main, writePdfjsCodeCache } = cli.exports;
try {
  if (${pdfs.length} > 0) await writePdfjsCodeCache(${JSON.stringify(pdfs)}.map((f) => new Uint8Array(readFileSync(f))));
} catch (e) {
  console.error(\`build-cli: no pdfjs code cache (\${e?.message ?? e}); PDFs are still read\`);
}
const quiet = { isTTY: false, columns: 80, write() {} };
for (const format of [['--json'], []])
  await main([...format, '--jobs', '1', ...${JSON.stringify(pages)}], { stdout: quiet, stderr: quiet, env: {} });
cli.writeCache();
const worker = loadScript(${JSON.stringify(workerFile)});
for (const [i, path] of ${JSON.stringify(pages)}.entries())
  await worker.exports.answer({ i, input: { kind: 'file', path } }, {});
worker.writeCache();`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (made.status !== 0)
    console.warn(
      `build-cli: no code caches (exit ${made.status}); the command still runs, compiling as it goes`,
    );
}
