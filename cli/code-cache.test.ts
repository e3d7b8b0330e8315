import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheUse, requireCached, writeCodeCache } from './code-cache';

const dir = mkdtempSync(join(tmpdir(), 'gra-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small CommonJS bundle: what it exports, and its own URL as the bundle reads it. */
function bundle(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `"use strict";\n${body}\nexports.url = __bundleUrl;\nexports.strict = (function () { return this === undefined; })();\n`,
  );
  return file;
}
const run = (file: string) =>
  requireCached(file) as unknown as { f(n: number): number; url: string; strict: boolean };

describe('requireCached', () => {
  it('runs a bundle without a cache, then with the one written after it ran', () => {
    const file = bundle(
      'a.cjs',
      'exports.f = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };',
    );
    const first = run(file);
    expect(cacheUse(file)).toBe('none');
    expect([first.f(10), first.url, first.strict]).toEqual([45, pathToFileURL(file).href, true]);
    expect(writeCodeCache(file)).toBeGreaterThan(0);
    expect(statSync(join(dir, 'a.cache')).size).toBeGreaterThan(0);
    expect(run(file).f(5)).toBe(10);
    expect(cacheUse(file)).toBe('used');
  });

  it('compiles afresh, with the same result, when the cache does not fit the source or is garbage', () => {
    const file = bundle('b.cjs', 'exports.f = (n) => n * 2;');
    run(file);
    writeCodeCache(file);
    bundle('b.cjs', 'exports.f = (n) => n * 3;');
    expect(run(file).f(2)).toBe(6);
    expect(cacheUse(file)).toBe('rejected');
    writeFileSync(join(dir, 'b.cache'), Buffer.from('not a code cache at all'));
    expect(run(file).f(3)).toBe(9);
    expect(cacheUse(file)).toBe('rejected');
  });

  it('writes a cache only for a bundle it loaded', () => {
    expect(() => writeCodeCache(join(dir, 'never.cjs'))).toThrow(/not loaded/);
    expect(existsSync(join(dir, 'never.cache'))).toBe(false);
  });
});
