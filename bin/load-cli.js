// Loads the command's bundle, dist/cli.cjs (scripts/build-cli.mjs), with what V8 compiled of it in
// an earlier run. Node 20 keeps no compiled code between runs of an ES module, but V8 compiles a
// classic script from the bytes of an earlier compile: the build audits the fixtures with the new
// bundle and keeps them (dist/cli.cache), and every run then starts without parsing and compiling
// the functions the audit calls (a fifth of a one-page run). V8 checks the bytes against its version
// and flags but the source only by its length, so the cache opens with a digest of the bundle it was
// made from and is not offered for another; where it does not fit, the bundle compiles afresh: a
// stale or missing cache costs time, never a wrong result. cli/code-cache.ts does the same for pdfjs.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Set before anything is compiled, in every process that makes a cache or uses one (V8 rejects a
 * cache made under other flags). V8 first compiles a regular expression to bytecode, then again to
 * machine code once it has run; ours are large (Chinese numerals spelled out) and nearly all run on
 * every page, so compiling each once, to machine code, saves the first: a few per cent of a run.
 */
export const V8_FLAGS = '--no-regexp-tier-up';

const DIGEST = 20;

/** Runs `dir`/cli.cjs, the command's bundle, as loadScript does. */
export function loadCli(dir) {
  return loadScript(join(dir, 'cli.cjs'));
}

/**
 * Runs a bundle (`x.cjs`) as a script with its code cache beside it (`x.cache`) where it fits: the
 * command's, and each `--jobs` worker's (cli/pool.ts). Returns the bundle's exports, whether the
 * cache was `used`, `rejected` or there was `none`, and `writeCache()`, which keeps what V8 has
 * compiled of the bundle so far as its cache (replacing the file whole).
 */
export function loadScript(file) {
  v8.setFlagsFromString(V8_FLAGS);
  const cacheFile = file.replace(/\.cjs$/, '.cache');
  const bytes = readFileSync(file);
  const own = createHash('sha1').update(bytes).digest();
  let cache;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    // No cache (a build without the fixtures to make one): compiled as it runs.
  }
  const fits = cache !== undefined && cache.length > DIGEST && own.equals(cache.subarray(0, DIGEST));
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __bundleUrl) {${bytes.toString('utf8')}\n})`,
    // No dynamic import() in a script run so: Node 20 drops its loader when a cache is given. The
    // bundle requires its parts (dist/cli-pdfjs.cjs, dist/cli-docx.cjs).
    { filename: file, cachedData: fits ? cache.subarray(DIGEST) : undefined },
  );
  const module = { exports: {} };
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
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, data);
      renameSync(tmp, cacheFile);
      return data.length;
    },
  };
}
