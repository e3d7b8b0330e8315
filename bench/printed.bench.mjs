#!/usr/bin/env node
/**
 * `npm run bench:printed`: how well the PDF reader reads the fixture reports as readers print them.
 * Each HTML fixture that is a report is printed to PDF by Chromium ("Save as PDF") in several styles:
 * as it is, its tables without ruling lines, with only horizontal rules, in 20 px type, landscape,
 * narrow without rules, open at the sides (no outer left or right rule) and with each cell's
 * characters spaced apart. The built CLI reads every PDF, and each table it reads (表二, 表三, 表四)
 * is compared cell for cell with the page's own; the findings' rules with the page's too. Prints, per
 * style, how many PDFs gave each table, how many of those differ from the page (any is a bug), and
 * how many PDFs' findings differ from their page's (a PDF may say less: a table it could not read).
 * Not part of `npm test` (a minute or two); the PDFs go to a temporary folder, removed after.
 *
 *   npm run bench:printed          build the CLI, print, read, print the table
 *   node bench/printed.bench.mjs --keep DIR   keep the PDFs in DIR
 *   node bench/printed.bench.mjs --dir DIR    print DIR's reports instead of the fixtures (saved
 *                                             pages kept outside the repository), and name each PDF
 *                                             whose findings differ from its page's, and how
 *   node bench/printed.bench.mjs --styles ruled,narrow   only those styles
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../scripts/browser.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const FIXTURES = join(root, 'test/fixtures');
const TABLES = ['t2', 't3', 't4'];
/** Each style: CSS added to the page, and whether it prints landscape. */
const STYLES = {
  ruled: ['', false],
  noborder: ['table,td,th{border:none !important}', false],
  hrules: ['td,th,table{border-left:none !important;border-right:none !important}', false],
  large: ['body,td,th,p{font-size:20px !important}', false],
  landscape: ['', true],
  narrow: [
    'body{width:560px !important} .main,.article,div{width:auto !important} table,td,th{border:none !important}',
    false,
  ],
  // Open at the sides (no outer left or right rule), and each cell's characters spaced apart (分散对齐).
  open: [
    'table{border-collapse:collapse !important;border:none !important} td,th{border:1px solid #000 !important} tr > td:first-child{border-left:none !important} tr > td:last-child{border-right:none !important}',
    false,
  ],
  spaced: ['td{letter-spacing:6px !important}', false],
};

const { values } = parseArgs({
  options: { keep: { type: 'string' }, dir: { type: 'string' }, styles: { type: 'string' } },
});
const SOURCE = values.dir ? resolve(values.dir) : FIXTURES;
if (values.styles) {
  const keep = values.styles.split(',');
  for (const s of Object.keys(STYLES)) if (!keep.includes(s)) delete STYLES[s];
}
const bin = join(root, 'bin/gov-report-audit.js');

/** The CLI's JSON for `paths`. */
function audit(paths) {
  const r = spawnSync(process.execPath, [bin, '--json', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 });
  // 1 only says some page has an error finding.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`gov-report-audit failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A table's cells as address → value, sorted, as a string to compare. */
const cellsOf = (page, t) =>
  JSON.stringify(
    Object.entries(page.report?.cells ?? {})
      .filter(([a]) => a.startsWith(`${t}.`))
      .map(([a, c]) => [a, c.value])
      .sort(),
  );
const rulesOf = (page) =>
  (page.findings ?? [])
    .map((f) => f.rule)
    .sort()
    .join(',');

const pages = audit(
  readdirSync(SOURCE)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(SOURCE, f)),
).filter((p) => p.detected);
const out = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'gra-printed-'));
mkdirSync(out, { recursive: true });
const t0 = Date.now();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const tab = await browser.newPage();
  for (const p of pages)
    for (const [style, [css, landscape]] of Object.entries(STYLES)) {
      await tab.goto(pathToFileURL(p.file).href, { waitUntil: 'load' });
      if (css) await tab.addStyleTag({ content: css });
      const name = `${p.file
        .split('/')
        .pop()
        .replace(/\.html$/, '')}--${style}.pdf`;
      await tab.pdf({ path: join(out, name), format: 'A4', printBackground: false, landscape });
    }
} finally {
  await browser.close();
}
const printed = Date.now() - t0;
const pdfs = audit([out]);
const byName = new Map(
  pages.map((p) => [
    p.file
      .split('/')
      .pop()
      .replace(/\.html$/, ''),
    p,
  ]),
);
const rows = Object.fromEntries(
  Object.keys(STYLES).map((s) => [
    s,
    { pdfs: 0, findingsDiffer: 0, ...Object.fromEntries(TABLES.map((t) => [t, [0, 0]])) },
  ]),
);
const differ = [];
const findingsDiffer = [];
for (const pdf of pdfs) {
  const m = /([^/]+)--(\w+)\.pdf$/.exec(pdf.file);
  const page = m && byName.get(m[1]);
  if (!page) continue;
  const row = rows[m[2]];
  row.pdfs++;
  for (const t of TABLES) {
    const cells = cellsOf(pdf, t);
    if (cells === '[]') continue;
    row[t][0]++;
    if (cells !== cellsOf(page, t)) {
      row[t][1]++;
      differ.push(`${m[1]}--${m[2]}.pdf ${t}`);
    }
  }
  if (rulesOf(pdf) !== rulesOf(page)) {
    row.findingsDiffer++;
    if (values.dir)
      findingsDiffer.push(`${m[1]}--${m[2]}.pdf: page ${rulesOf(page) || '–'}; PDF ${rulesOf(pdf) || '–'}`);
  }
}
console.log(
  `${pages.length} ${values.dir ? 'reports' : 'fixture reports'} printed in ${Object.keys(STYLES).length} styles (${pdfs.length} PDFs, ${(printed / 1000).toFixed(0)} s to print)`,
);
console.log(
  'style        PDFs   表二 read (≠ page)   表三 read (≠ page)   表四 read (≠ page)   findings ≠ page',
);
for (const [style, r] of Object.entries(rows))
  console.log(
    `${style.padEnd(12)} ${String(r.pdfs).padStart(4)}   ${TABLES.map((t) => `${String(r[t][0]).padStart(9)} (${r[t][1]})`.padEnd(20)).join(' ')}  ${String(r.findingsDiffer).padStart(6)}`,
  );
for (const d of differ) console.log(`  cells differ from the page: ${d}`);
for (const d of findingsDiffer) console.log(`  findings differ: ${d}`);
if (!values.keep) rmSync(out, { recursive: true, force: true });
