/**
 * pdfjs with V8's code cache. Compiling pdfjs's 3 MB as it loads and runs is a fair part of a PDF
 * run of the command; Node 20 keeps no compiled code between runs of an ES module, but V8 does for
 * a classic script given the bytes of an earlier compile. So the build bundles pdfjs as a script
 * (dist/cli-pdfjs.cjs), runs two PDFs through it and keeps what V8 compiled on the way
 * (dist/cli-pdfjs.cache, scripts/build-cli.mjs); each run then loads the script with those bytes.
 * V8 checks them against its version and flags but the source only by its length, so the cache
 * opens with a digest of the bundle it was made from, and is not offered for another. When it does
 * not fit, the script compiles afresh: a stale or missing cache costs time, never a wrong result.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

type PdfjsModule = typeof import('./pdfjs');

/** The script each bundle ran as, for writeCodeCache. */
const scripts = new Map<string, vm.Script>();

/** Whether a bundle's cache was there and taken: `none` (no file), `used`, or `rejected` by V8. */
export type CacheUse = 'none' | 'used' | 'rejected';
const uses = new Map<string, CacheUse>();

/** How the last requireCached of `file` went. */
export function cacheUse(file: string): CacheUse | undefined {
  return uses.get(file);
}

const cacheOf = (file: string) => file.replace(/\.cjs$/, '.cache');

/** The digest a cache opens with: of the bundle's bytes (a 3 MB bundle hashes in a few ms). */
const DIGEST = 20;
const digest = (bytes: Buffer) => createHash('sha1').update(bytes).digest();

/** The digests of the bundles loaded, for writeCodeCache. */
const digests = new Map<string, Buffer>();

/**
 * Runs a CommonJS bundle as a script with its code cache beside it (`x.cjs` → `x.cache`) where
 * there is one. The bundle reads its own URL as `__bundleUrl` (its `import.meta.url`).
 */
export function requireCached(file: string): PdfjsModule {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const own = digest(bytes);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(cacheOf(file));
  } catch {
    // No cache (a build without the fixtures to make one): compiled as it runs.
  }
  // A cache made from another bundle is not offered: V8 would take it if the lengths matched.
  const fits = cache !== undefined && cache.length > DIGEST && own.equals(cache.subarray(0, DIGEST));
  const cachedData = fits ? cache!.subarray(DIGEST) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`,
    { filename: file, cachedData },
  );
  const module = { exports: {} as PdfjsModule };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    pathToFileURL(file).href,
  );
  scripts.set(file, script);
  digests.set(file, own);
  uses.set(
    file,
    cache === undefined
      ? 'none'
      : cachedData === undefined || script.cachedDataRejected
        ? 'rejected'
        : 'used',
  );
  return module.exports;
}

/** Writes what V8 has compiled of a bundle so far as its code cache (replacing the file whole). */
export function writeCodeCache(file: string): number {
  const script = scripts.get(file);
  const own = digests.get(file);
  if (!script || !own) throw new Error(`${file} was not loaded by requireCached`);
  const data = Buffer.concat([own, script.createCachedData()]);
  const tmp = `${cacheOf(file)}.${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, cacheOf(file));
  return data.length;
}
