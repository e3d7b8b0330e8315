/**
 * The review view's speed in Chromium: how long the review page takes to audit a PDF (pdf.js reading
 * the text and rules in its worker, the layout, the rules; not the drawing), as the page records it on
 * `<main data-audit-ms>`, for the three real reports and the eleven-page `long-report.pdf`, each picked
 * from disk into a fresh review page (its worker started when the page opens, as it is while a file
 * comes from the background). Prints the median of GRA_BENCH_RUNS runs (5) and the load average, and
 * the sizes of what the review page loads.
 *
 *   npm run build:ext && node bench/review.bench.mjs
 *   GRA_EXTENSION_DIR=/tmp/ext node bench/review.bench.mjs
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../scripts/browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = process.env.GRA_EXTENSION_DIR || join(ROOT, '.output/chrome-mv3');
const PDFS = join(ROOT, 'test/fixtures/pdf');
const RUNS = Number(process.env.GRA_BENCH_RUNS ?? 5);
const FILES = [
  'hongze-district-gov-2023.pdf',
  'hongze-district-gov-2024.pdf',
  'huaian-city-gov-2024.pdf',
  'long-report.pdf',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

/** The review page's own files: its chunk, pdf.js and its worker (raw and gzip). */
function sizes() {
  const out = [];
  for (const [dir, re] of [
    ['chunks', /^review-.*\.js$/],
    ['chunks', /^pdf-.*\.js$/],
    ['assets', /^pdf\.worker.*\.mjs$/],
  ]) {
    for (const f of readdirSync(join(EXT, dir)).filter((n) => re.test(n))) {
      const bytes = readFileSync(join(EXT, dir, f));
      out.push(`${dir}/${f}: ${kb(statSync(join(EXT, dir, f)).size)} (${kb(gzipSync(bytes).length)} gzip)`);
    }
  }
  return out;
}

const { context, extensionId: id } = await launchExtension(EXT, { viewport: { width: 1280, height: 900 } });
try {
  const loads = [loadavg()[0]];
  for (const file of FILES) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/review.html`);
      await page.locator('input[data-input="review-file"]').setInputFiles(join(PDFS, file));
      await page.locator('main[data-audit-ms]').waitFor({ timeout: 60_000 });
      times.push(Number(await page.locator('main').getAttribute('data-audit-ms')));
      await page.close();
    }
    const pages = await (async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/review.html`);
      await page.locator('input[data-input="review-file"]').setInputFiles(join(PDFS, file));
      await page.locator('main[data-audit-ms]').waitFor({ timeout: 60_000 });
      const n = await page.locator('.pdf-page').count();
      await page.close();
      return n;
    })();
    console.log(
      `${file} (${pages} pages): audit median ${median(times)} ms (runs: ${times.join(', ')}; target ≤ 1000 ms for ten pages)`,
    );
    loads.push(loadavg()[0]);
  }
  console.log(`load average (1 min) while measuring: ${loads.map((l) => l.toFixed(1)).join(' → ')}`);
  for (const line of sizes()) console.log(line);
} finally {
  await context.close();
}
