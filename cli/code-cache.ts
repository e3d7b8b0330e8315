/**
 * Bundles run with V8's code cache: the command's own (dist/cli.cjs), each `--jobs` worker's
 * (dist/cli-worker.cjs) and pdfjs (dist/cli-pdfjs.cjs, 3 MB). Node 20 keeps no compiled code between
 * runs of an ES module, but V8 compiles a classic script from the bytes of an earlier compile. So the
 * build bundles each as a script, runs the fixtures through it and keeps what V8 compiled on the way
 * (`x.cjs` → `x.cache`, scripts/build-cli.mjs); each run then loads the script with those bytes, and
 * starts without parsing and compiling the functions the audit calls (a quarter of a one-page run).
 * V8 checks the bytes against its version and flags but the source only by its length, so a cache
 * opens with a digest of the bundle it was made from, and is not offered for another. When it does
 * not fit, the script compiles afresh: a stale or missing cache costs time, never a wrong result.
 *
 * The build also bundles this file alone as dist/load.js, which bin/gov-report-audit.js and the
 * workers' first code (cli/pool.ts) load the bundles with.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

type PdfjsModule = typeof import('./pdfjs');

/**
 * Set before anything is compiled, in every process that makes a cache or uses one (V8 rejects a
 * cache made under other flags). V8 first compiles a regular expression to bytecode, then again to
 * machine code once it has run; ours are large (Chinese numerals spelled out) and nearly all run on
 * every page, so compiling each once, to machine code, saves the first: a few per cent of a run.
 */
export const V8_FLAGS = '--no-regexp-tier-up';

/** Whether a bundle's cache was there and taken: `none` (no file), `used`, or `rejected` by V8. */
export type CacheUse = 'none' | 'used' | 'rejected';

/** A bundle run as a script. */
export interface LoadedScript<T> {
  exports: T;
  cache: CacheUse;
  /** Keeps what V8 has compiled of the bundle so far as its cache (replacing the file whole). */
  writeCache(): number;
}

const cacheOf = (file: string) => file.replace(/\.cjs$/, '.cache');

/** The digest a cache opens with: of the bundle's bytes (a 3 MB bundle hashes in a few ms). */
const DIGEST = 20;
const digest = (bytes: Buffer) => createHash('sha1').update(bytes).digest();

/**
 * Runs a CommonJS bundle (`x.cjs`) as a script with its code cache beside it (`x.cache`) where it
 * fits. The bundle reads its own URL as `__bundleUrl` (its `import.meta.url`). It gets no dynamic
 * import(): Node 20 drops its loader for a script given a cache, so bundles require their parts.
 */
export function loadScript<T = unknown>(file: string): LoadedScript<T> {
  v8.setFlagsFromString(V8_FLAGS);
  const bytes = readFileSync(file);
  const own = digest(bytes);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(cacheOf(file));
  } catch {
    // No cache (a build without the fixtures to make one): compiled as it runs.
  }
  // A cache made from another bundle is not offered: V8 would take it if the lengths matched.
  const fits = cache !== undefined && cache.length > DIGEST && own.equals(cache.subarray(0, DIGEST));
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __bundleUrl) {${bytes.toString('utf8')}\n})`,
    { filename: file, cachedData: fits ? cache!.subarray(DIGEST) : undefined },
  );
  const module = { exports: {} as T };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    pathToFileURL(file).href,
  );
  return {
    exports: module.exports,
    cache: cache === undefined ? 'none' : fits && !script.cachedDataRejected ? 'used' : 'rejected',
    writeCache() {
      const data = Buffer.concat([own, script.createCachedData()]);
      const tmp = `${cacheOf(file)}.${process.pid}`;
      writeFileSync(tmp, data);
      renameSync(tmp, cacheOf(file));
      return data.length;
    },
  };
}

/** The bundles requireCached ran, for cacheUse and writeCodeCache. */
const loaded = new Map<string, LoadedScript<PdfjsModule>>();

/** How the last requireCached of `file` went. */
export function cacheUse(file: string): CacheUse | undefined {
  return loaded.get(file)?.cache;
}

/** Runs a bundle as loadScript does, and remembers it for writeCodeCache (pdfjs, cli/document.ts). */
export function requireCached(file: string): PdfjsModule {
  const script = loadScript<PdfjsModule>(file);
  loaded.set(file, script);
  return script.exports;
}

/** Writes what V8 has compiled of a bundle requireCached ran as its code cache. */
export function writeCodeCache(file: string): number {
  const script = loaded.get(file);
  if (!script) throw new Error(`${file} was not loaded by requireCached`);
  return script.writeCache();
}
