#!/usr/bin/env node
/**
 * Prints fixture pages to PDF with Chromium (as a reader's "Save as PDF" would), into
 * test/fixtures/pdf/<name>.pdf, so the PDF reader is tested on the same reports as the HTML
 * adapter: test/pdf.test.ts checks that each PDF gives the cells and findings of its page. Run once
 * after changing a listed fixture (`node scripts/make-pdf-fixtures.mjs [NAME...]`); the PDFs are
 * committed, and CI does not run this.
 *
 * The UNRULED ones are fixtures printed with their tables' ruling lines taken away; the NARROW ones
 * with the article narrower than the portal's header and footer.
 *
 * `long-report` is seed004-cms printed on short pages: more than ten pages, its tables broken over
 * several, the bench's ten-page report.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test/fixtures');
const out = join(fixtures, 'pdf');

/** Each table-arithmetic rule's fixture and its silent twin, and a text-against-table pair. */
export const PRINTED = [
  'seed000-word',
  'seed000-word-balance-error',
  'seed004-placeholder',
  'seed004-word-outcome-sum-error',
  'seed001-cms',
  'suijiang-huiyizhen-2021',
  'district-gov-2020',
  'district-gov-2020-t4-sum-error',
  'district-gov-2020-text-mismatch',
  'wuhan-sthjj-2020',
  'wuhan-sthjj-2020-total-blank',
];

const wanted = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const name of PRINTED) {
    if (wanted.length && !wanted.includes(name)) continue;
    await page.goto(pathToFileURL(join(fixtures, `${name}.html`)).href, { waitUntil: 'load' });
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: false });
    process.stdout.write(`${name}.pdf\n`);
  }
  // Tables drawn with no ruling lines and with only horizontal ones (a 三线表-like style), as some
  // reports are published: the PDF reader finds no table, and must not call them missing.
  const UNRULED = {
    'seed000-word-balance-error-noborder': 'table,td,th{border:none !important}',
    'seed001-cms-hrules': 'td,th,table{border-left:none !important;border-right:none !important}',
    // 表三's header on two lines of text, 法人或其他组织 above 自然人: read, and the prose held to it.
    'district-gov-2020-text-mismatch-noborder': 'table,td,th{border:none !important}',
  };
  for (const [name, css] of Object.entries(UNRULED)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const from = name.replace(/-(?:noborder|hrules)$/, '');
    await page.goto(pathToFileURL(join(fixtures, `${from}.html`)).href, { waitUntil: 'load' });
    await page.evaluate(() => {
      for (const t of document.querySelectorAll('table[border]')) t.setAttribute('border', '0');
    });
    await page.addStyleTag({ content: css });
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: false });
    process.stdout.write(`${name}.pdf\n`);
  }
  // The article set narrower than the portal's header and footer (as a print stylesheet or a
  // narrow template has it): its lines end short of the page's widest, its title wraps.
  const NARROW = ['two-reports', 'seed000-cms-late', 'seed003-word'];
  for (const from of NARROW) {
    const name = `${from}-narrow`;
    if (wanted.length && !wanted.includes(name)) continue;
    await page.goto(pathToFileURL(join(fixtures, `${from}.html`)).href, { waitUntil: 'load' });
    await page.addStyleTag({
      content: 'body{width:560px !important} .main,.article,div{width:auto !important}',
    });
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: false });
    process.stdout.write(`${name}.pdf\n`);
  }
  // Narrow and without ruling lines (bench/printed.bench.mjs's narrow style): the header's words
  // break over lines (法人或其 | 他组织; 表四's set a character a line), and a blank table's labels too.
  const NARROW_UNRULED = {
    'seed000-placeholder-narrow-noborder': 'seed000-placeholder',
    'xiongxian-township-2019-narrow-noborder': 'xiongxian-township-2019',
  };
  for (const [name, from] of Object.entries(NARROW_UNRULED)) {
    if (wanted.length && !wanted.includes(name)) continue;
    await page.goto(pathToFileURL(join(fixtures, `${from}.html`)).href, { waitUntil: 'load' });
    await page.addStyleTag({
      content:
        'body{width:560px !important} .main,.article,div{width:auto !important} table,td,th{border:none !important}',
    });
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: false });
    process.stdout.write(`${name}.pdf\n`);
  }
  const OPEN =
    'table{border-collapse:collapse !important;border:none !important} td,th{border:1px solid #000 !important} tr > td:first-child{border-left:none !important} tr > td:last-child{border-right:none !important}';
  // Printed landscape, and in larger type: other page breaks, 表三's spans cut so that a whole page
  // of them has no row rule across it, and columns too narrow for the gap between two figures.
  const RESTYLED = {
    'seed004-word-outcome-sum-error-landscape': ['seed004-word-outcome-sum-error', '', { landscape: true }],
    'seed003-cms-seqcol-large': ['seed003-cms-seqcol', 'body,td,th,p{font-size:20px !important}', {}],
    // The cells' characters spaced apart (as Word's and WPS's 分散对齐 spreads them): pdfjs gives each
    // figure's digits with spaces between (4 8), to be read as the figure.
    'district-gov-2020-spaced': ['district-gov-2020', 'td{letter-spacing:6px !important}', {}],
    // Tables drawn open at their sides (no outer left or right rule, as formal styles set tables):
    // the first and last columns are closed by the row rules running past the column rules.
    'seed004-word-outcome-sum-error-open': ['seed004-word-outcome-sum-error', OPEN, {}],
    // Also 表三 going on overleaf with no rule drawing its first column's edge (三、本年度办理结果's span
    // runs on there), and 表二's last rows two columns wide: one column rule.
    'seed001-word-open': ['seed001-word', OPEN, {}],
  };
  for (const [name, [from, css, opts]] of Object.entries(RESTYLED)) {
    if (wanted.length && !wanted.includes(name)) continue;
    await page.goto(pathToFileURL(join(fixtures, `${from}.html`)).href, { waitUntil: 'load' });
    if (css) await page.addStyleTag({ content: css });
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', printBackground: false, ...opts });
    process.stdout.write(`${name}.pdf\n`);
  }
  if (!wanted.length || wanted.includes('long-report')) {
    await page.goto(pathToFileURL(join(fixtures, 'seed004-cms.html')).href, { waitUntil: 'load' });
    // Short pages: the same report over a dozen pages, 表三 broken over several.
    await page.addStyleTag({ content: '@page { size: 260mm 110mm; margin: 8mm }' });
    await page.pdf({ path: join(out, 'long-report.pdf'), preferCSSPageSize: true, printBackground: false });
    process.stdout.write('long-report.pdf\n');
  }
} finally {
  await browser.close();
}
