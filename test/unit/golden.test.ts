/**
 * Saved real-world pages as baselines: every test/fixtures/*.html goes through the CLI's JSON path
 * and must match its <name>.expected.json field by field, so a change that breaks a page shows
 * exactly which figure or finding moved. Regenerate with `npm run fixtures:golden` and review.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { captureIo } from '../../cli/testing';
import { ExportSchema, type PageResult } from '../../lib/model';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIR = 'test/fixtures';
const fixtures = existsSync(join(root, DIR))
  ? readdirSync(join(root, DIR))
      .filter((f) => /\.html?$/i.test(f))
      .sort()
  : [];

/** The CLI's --json for one file, run in-process from the repository root. */
async function auditFixture(file: string): Promise<PageResult> {
  const c = captureIo();
  // Paths in the goldens are relative to the repository, as `npm run fixtures:golden` writes them.
  const cwd = process.cwd();
  if (cwd !== root) process.chdir(root);
  try {
    await main(['--json', file], c.io);
  } finally {
    if (cwd !== root) process.chdir(cwd);
  }
  expect(c.stderr(), `${file}: the CLI complained`).toBe('');
  const [page] = ExportSchema.parse(JSON.parse(c.stdout()));
  return page!;
}

function compare(file: string, got: PageResult, want: PageResult) {
  const soft = (a: unknown, b: unknown, what: string) => expect.soft(a, `${file}: ${what}`).toEqual(b);
  soft(got.file, want.file, 'file');
  soft(got.detected, want.detected, 'detected');
  if (!got.detected || !want.detected) {
    soft(got, want, 'page');
    return;
  }
  const [g, w] = [got.report, want.report];
  for (const k of ['title', 'agency', 'year', 'template', 'published'] as const) soft(g[k], w[k], k);
  const addrs = [...new Set([...Object.keys(w.cells), ...Object.keys(g.cells)])];
  for (const a of addrs) soft(g.cells[a], w.cells[a], `cell ${a}`);
  const factKeys = [...new Set([...w.facts.map((f) => f.key), ...g.facts.map((f) => f.key)])];
  for (const k of factKeys) {
    soft(
      g.facts.find((f) => f.key === k),
      w.facts.find((f) => f.key === k),
      `fact ${k}`,
    );
  }
  soft(
    g.facts.map((f) => f.key),
    w.facts.map((f) => f.key),
    'fact order',
  );
  const n = Math.max(got.findings.length, want.findings.length);
  for (let i = 0; i < n; i++) soft(got.findings[i], want.findings[i], `finding #${i + 1}`);
}

describe('golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length, `no ${DIR}/*.html found: the golden test would check nothing`).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s matches its .expected.json', async (name) => {
    const file = `${DIR}/${name}`;
    const expected = join(root, DIR, name.replace(/\.html?$/i, '.expected.json'));
    if (!existsSync(expected)) {
      expect.fail(
        `${file} has no ${expected.slice(root.length + 1)}: run \`npm run fixtures:golden\` and review it`,
      );
    }
    const raw: unknown = JSON.parse(readFileSync(expected, 'utf8'));
    const [want] = ExportSchema.parse(Array.isArray(raw) ? raw : [raw]);
    compare(file, await auditFixture(file), want!);
  });
});
