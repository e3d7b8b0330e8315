/**
 * What a report page should carry and what it does carry, for the Chromium and the Firefox tests
 * alike: test/fixtures/manifest.json's expectations of a fixture, and the marks the content script
 * put on a page's cells (read in the page by either driver's evaluate).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './paths';

/** A fixture's expectations. */
export interface ManifestEntry {
  name: string;
  detected: boolean;
  template: string | null;
  fires: string[];
  silent: string[];
  cells: Record<string, number | null>;
}

const manifest: ManifestEntry[] = JSON.parse(readFileSync(join(FIXTURES_DIR, 'manifest.json'), 'utf8'));

/** The manifest's entry for fixture `name` (throws if it has none). */
export function entry(name: string): ManifestEntry {
  const m = manifest.find((x) => x.name === name);
  if (!m) throw new Error(`${name} is not in test/fixtures/manifest.json`);
  return m;
}

/** What the page's cells carry, by address and by rule. */
export interface PageMarks {
  /** Address → the cell's text (NFKC, no white space). */
  addrs: Record<string, string>;
  /** Rule id → the severity of each cell marked with it. */
  rules: Record<string, string[]>;
  /** Rule id → the addresses of the cells marked with it. */
  ruleCells: Record<string, string[]>;
}

/** Reads the marks; runs in the page (pass it to `page.evaluate`), so it uses nothing from here. */
export function readMarksInPage(): PageMarks {
  const addrs: Record<string, string> = {};
  const rules: Record<string, string[]> = {};
  const ruleCells: Record<string, string[]> = {};
  for (const el of Array.from(document.querySelectorAll('[data-audit-address]'))) {
    const text = (el.textContent ?? '').normalize('NFKC').replace(/\s+/g, '');
    const own = (el.getAttribute('data-audit-address') ?? '').split(' ');
    for (const a of own) addrs[a] = text;
    for (const id of (el.getAttribute('data-audit-rules') ?? '').split(' ').filter(Boolean)) {
      rules[id] = [...(rules[id] ?? []), el.getAttribute('data-audit-severity') ?? ''];
      ruleCells[id] = [...(ruleCells[id] ?? []), ...own];
    }
  }
  return { addrs, rules, ruleCells };
}
