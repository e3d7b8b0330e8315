/**
 * The Firefox build's popup in firefox-esr, opened as a tab (`moz-extension://<uuid>/popup.html
 * ?tab=<id>`) and told which tab it inspects, as the Chrome e2e tests do: the report at a glance,
 * its findings and tables, and the CSV and JSON exports. The exports are real downloads: Firefox
 * saves the popup's `<a download>` Blob into a directory (download prefs in harness.ts) and the
 * test reads the file back. Expectations come from test/fixtures/manifest.json (ground truth) and
 * the CLI's golden output for the page, so the Firefox build must agree with the CLI.
 *
 * Not driven here: the toolbar button itself (headless Firefox under BiDi cannot click browser
 * chrome), so the popup runs in a tab rather than its panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { entry } from '../e2e/marks';
import { FIXTURES_DIR } from '../e2e/paths';
import { useFirefox, waitForAudit } from './harness';

const NAME = 'seed000-word-balance-error';

interface GoldenFinding {
  rule: string;
  severity: string;
  cells: string[];
}
const manifestCells = entry(NAME).cells;
const golden: {
  report: { agency: string; year: number; cells: Record<string, { value: number | null }> };
  findings: GoldenFinding[];
} = JSON.parse(readFileSync(join(FIXTURES_DIR, `${NAME}.expected.json`), 'utf8'));
/** The cells the CLI's t3-balance findings name. */
const balanceCells = new Set(golden.findings.filter((f) => f.rule === 't3-balance').flatMap((f) => f.cells));
const ruleList = (fs: { rule: string; severity: string }[]) =>
  fs.map((f) => `${f.severity} ${f.rule}`).sort();

const { ff, server } = useFirefox();
let page: Page;
let popup: Page;

beforeAll(async () => {
  const tab = await ff.openTab(server.url(`${NAME}.html`));
  page = tab.page;
  // On *.gov.cn the content script runs by itself: let it finish before the popup asks.
  await waitForAudit(page);
  popup = await ff.openExtensionPage(`popup.html?tab=${tab.tabId}`);
  await popup.waitForSelector('.summary', { timeout: 15_000 });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('the Firefox popup on a report with a known error', () => {
  it('shows the report at a glance, its findings and its tables', async () => {
    const summary = await popup.$eval('.summary', (el) => el.textContent ?? '');
    expect(summary).toContain(golden.report.agency);
    expect(summary).toContain(String(golden.report.year));
    const errors = golden.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    expect(await popup.$eval('[data-count="error"]', (el) => el.textContent ?? '')).toContain(String(errors));
    // The findings the CLI reports for this page, each listed once with its severity.
    const listed = await popup.$$eval('li.finding', (els) =>
      els.map((el) => ({
        rule: el.getAttribute('data-rule') ?? '',
        severity: ['error', 'warning', 'info'].find((s) => el.classList.contains(s)) ?? '',
      })),
    );
    expect(ruleList(listed)).toEqual(ruleList(golden.findings));
    expect(listed.map((f) => f.rule)).toContain('t3-balance');
    for (const [addr, value] of Object.entries(manifestCells)) {
      if (value === null) continue;
      const text = await popup.$eval(`td[data-address="${addr}"]`, (el) => el.textContent ?? '');
      expect(text.replace(/\s+/g, ''), addr).toBe(String(value));
    }
  });

  it('downloads the JSON export: cells as numbers, the same as the CLI, and its findings', async () => {
    await popup.click('button[data-export="json"]');
    const { name, bytes } = await ff.download(/\.json$/);
    expect(name).toMatch(new RegExp(`^年报核查-${golden.report.agency}-${golden.report.year}\\.json$`));
    const data = JSON.parse(bytes.toString('utf8'));
    const one = Array.isArray(data) ? data[0] : data;
    expect(one.url).toBe(server.url(`${NAME}.html`));
    expect(one.report.year).toBe(golden.report.year);
    for (const [addr, cell] of Object.entries(golden.report.cells)) {
      expect(one.report.cells[addr]?.value, addr).toBe(cell.value);
      if (cell.value !== null) expect(typeof one.report.cells[addr].value, addr).toBe('number');
    }
    expect(ruleList(one.findings)).toEqual(ruleList(golden.findings));
    const balance = (one.findings as GoldenFinding[]).filter((f) => f.rule === 't3-balance');
    expect(new Set(balance.flatMap((f) => f.cells))).toEqual(balanceCells);
  });

  it('downloads the CSV export: UTF-8 with BOM, one row per cell, numbers as numbers, t3-balance named', async () => {
    await popup.click('button[data-export="csv"]');
    const { name, bytes } = await ff.download(/\.csv$/);
    expect(name).toMatch(new RegExp(`^年报核查-${golden.report.agency}-${golden.report.year}\\.csv$`));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    const col = (key: string) => {
      const i = header!.indexOf(key);
      expect(i, `CSV column ${key}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const [address, value, findings] = [col('address'), col('value'), col('findings')];
    const byAddress = new Map(rows.map((r) => [r[address]!, r]));
    for (const [addr, v] of Object.entries(manifestCells)) {
      if (v === null) continue;
      // A number is written bare: no quote, no leading apostrophe (formula guard), no unit.
      expect(byAddress.get(addr)?.[value], addr).toBe(String(v));
    }
    const marked = rows.filter((r) => (r[findings] ?? '').split(/[;\s]+/).includes('t3-balance'));
    expect(new Set(marked.map((r) => r[address]))).toEqual(balanceCells);
  });
});
