/**
 * A report kept after its audit keeps only itself: the CLI holds every result of a folder until it
 * can cross-check them, and the desk holds reports, so a title or a fact's quote that still pointed
 * into its page's text (a V8 slice does) would keep every audited page in memory.
 *
 * Measured with the heap after a full collection: the pages here are made large (a million
 * characters of prose each, 48 MB in all as V8 holds Chinese text) so the answer is far from the
 * threshold either way: the heap grew by ~50 MB when the quotes and titles were slices, by 1–3 MB
 * now (most of it compiled code and caches made once, whatever the number of pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { audit, toPageResult } from '../../lib/audit';
import { decodeHtml } from '../../lib/decode';
import type { PageResult } from '../../lib/model';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const html = decodeHtml(readFileSync(join(__dirname, '../fixtures/seed001-cms.html'))).text;
const bodyEnd = html.search(/<\/body>/i);
/** About 1 MB of prose that is not about the report, after it: a long page, as portals make them. */
const FILLER = `<p>${'本网站所载内容仅供参考，转载请注明出处。'.repeat(50_000)}</p>`;
const PAGES = 24;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

it('keeps no page text with the reports it returns', () => {
  const page = (i: number) => `${html.slice(0, bodyEnd)}${FILLER}<!-- ${i} -->${html.slice(bodyEnd)}`;
  // A few first, so what is compiled and cached on the first audits is counted less.
  for (let i = 1; i <= 3; i++) toPageResult(audit(sourceFromHtml(page(-i))), { file: 'warm.html' });
  const before = heapAfterGc();
  const kept: PageResult[] = [];
  for (let i = 0; i < PAGES; i++)
    kept.push(toPageResult(audit(sourceFromHtml(page(i))), { file: `${i}.html` }));
  const grew = heapAfterGc() - before;
  expect(kept.every((r) => r.detected && r.report.title.includes('2023年政府信息公开工作年度报告'))).toBe(
    true,
  );
  expect(kept[0]!.detected && kept[0]!.report.facts.length).toBeGreaterThan(0);
  // A quarter of the pages' text: each page kept would add 2 MB.
  expect(grew / 1e6).toBeLessThan((PAGES * 2) / 4);
}, 120_000);
