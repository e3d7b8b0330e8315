import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '..');
const source = (dir: string) =>
  readdirSync(join(LIB, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(LIB, dir, f), 'utf8') }));
const imports = (text: string) =>
  [...text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) => ({
    type: !!m[1],
    from: m[2]!,
  }));

describe('lib/pdf stays out of the content script and off Node', () => {
  it('imports no Node API and takes pdfjs as an argument (types only)', () => {
    for (const { file, text } of source('pdf')) {
      for (const i of imports(text)) {
        expect(i.from, file).not.toMatch(/^node:/);
        if (i.from.startsWith('pdfjs-dist')) expect(i.type, `${file} imports pdfjs-dist`).toBe(true);
      }
      expect(text, file).not.toMatch(/\bimport\(\s*'pdfjs-dist/);
    }
  });

  it('nothing else in lib/ imports it (the audit the content script runs never loads pdfjs)', () => {
    const others = readdirSync(LIB, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'pdf')
      .flatMap((d) => source(d.name))
      .concat(
        readdirSync(LIB)
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .map((f) => ({ file: f, text: readFileSync(join(LIB, f), 'utf8') })),
      );
    expect(others.length).toBeGreaterThan(20);
    for (const { file, text } of others) {
      for (const i of imports(text)) {
        expect(i.from, file).not.toMatch(/(?:^|\/)pdf(?:\/|$)|pdfjs/);
      }
    }
  });
});
