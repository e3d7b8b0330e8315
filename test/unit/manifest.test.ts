/**
 * The fixtures against the expectations written by hand from the source texts
 * (test/fixtures/manifest.json): detection, metadata, keyed cell values, and exactly which rules
 * fire and which stay silent. Unlike the goldens, these were never produced by the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBytes } from '../../cli/page';
import { PAIR_RULES, RULES } from '../../lib/rules';

interface Expectation {
  name: string;
  detected: boolean;
  year?: number | null;
  template?: '2019' | '2021' | null;
  published?: string | null;
  agency?: string | null;
  fires?: string[];
  silent?: string[];
  cells?: Record<string, number | null>;
}
interface Pair {
  prev: string;
  next: string;
  fires: boolean;
}

const dir = path.resolve(__dirname, '../fixtures');
const manifestPath = path.join(dir, 'manifest.json');
const manifest: Expectation[] = existsSync(manifestPath)
  ? JSON.parse(readFileSync(manifestPath, 'utf8'))
  : [];
const pairsPath = path.join(dir, 'pairs.json');
const pairs: Pair[] = existsSync(pairsPath) ? JSON.parse(readFileSync(pairsPath, 'utf8')) : [];

const run = (name: string) =>
  auditBytes(readFileSync(path.join(dir, `${name}.html`)), { file: `${name}.html` });

describe('fixtures against the hand-written manifest', () => {
  it('has a manifest', () => {
    expect(manifest.length).toBeGreaterThan(20);
  });

  for (const e of manifest) {
    it(e.name, () => {
      const r = run(e.name);
      expect(r.detected, 'detected').toBe(e.detected);
      if (!r.detected) return;
      const { report, findings } = r;
      if (e.year !== undefined) expect(report.year, 'year').toBe(e.year);
      if (e.template !== undefined) expect(report.template, 'template').toBe(e.template);
      if (e.published !== undefined) expect(report.published, 'published').toBe(e.published);
      if (e.agency !== undefined && e.agency !== null) expect(report.agency, 'agency').toBe(e.agency);
      for (const [addr, value] of Object.entries(e.cells ?? {})) {
        expect(report.cells[addr]?.value ?? null, addr).toBe(value);
      }
      const fired = new Set(findings.map((f) => f.rule));
      for (const rule of e.fires ?? []) expect(fired.has(rule), `${rule} should fire`).toBe(true);
      for (const rule of e.silent ?? []) {
        const f = findings.find((x) => x.rule === rule);
        expect(f?.message, `${rule} should stay silent`).toBeUndefined();
      }
    });
  }

  for (const p of pairs) {
    it(`carry-over ${p.prev} → ${p.next}`, () => {
      const a = run(p.prev);
      const b = run(p.next);
      if (!a.detected || !b.detected) throw new Error('pair fixtures must be reports');
      const found = PAIR_RULES.flatMap((rule) => rule.runPair(a.report, b.report));
      expect(found.length > 0).toBe(p.fires);
    });
  }

  it('has, for every rule of the catalogue, a fixture that fires it and one that keeps it silent', () => {
    for (const rule of RULES) {
      expect(
        manifest.some((e) => e.fires?.includes(rule.id)),
        `${rule.id} fires somewhere`,
      ).toBe(true);
      expect(
        manifest.some((e) => e.silent?.includes(rule.id)),
        `${rule.id} silent somewhere`,
      ).toBe(true);
    }
    for (const rule of PAIR_RULES) {
      expect(pairs.some((p) => p.fires)).toBe(true);
      expect(
        pairs.some((p) => !p.fires),
        rule.id,
      ).toBe(true);
    }
  });
});
