// @vitest-environment happy-dom
/**
 * The detector's test (lib/quick-check.ts, run by entrypoints/detector.ts on every *.gov.cn page):
 * it must never pass over a real report, since a page it passes over is never audited. Every fixture
 * page the CLI reads as a report, and every real report text (seeds, samples) as a bare page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickCheck } from '../../lib/adapters/dom';
import { mayBeReport } from '../../lib/quick-check';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SHARED = '/work/shared';

/** The page as the browser would decode it (a GBK fixture says so in its meta). */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  return new TextDecoder(charset).decode(bytes);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const pages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));
const reports = pages.filter((name) => {
  const golden = join(FIXTURES, `${name}.expected.json`);
  return existsSync(golden) && (JSON.parse(readFileSync(golden, 'utf8')) as { detected?: boolean }).detected;
});

describe('the detector on the fixtures', () => {
  it('has reports and non-reports to judge', () => {
    expect(reports.length).toBeGreaterThan(20);
    expect(pages.filter((p) => p.startsWith('nonreport-')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(reports)('%s: a report, so the audit loads', (name) => {
    expect(quickCheck(parse(decode(readFileSync(join(FIXTURES, `${name}.html`)))))).toBe(true);
  });

  it('nonreport-data-table: a statistics table, nothing loads', () => {
    expect(quickCheck(parse(decode(readFileSync(join(FIXTURES, 'nonreport-data-table.html')))))).toBe(false);
  });

  it('nonreport-list: a list of reports titled 年报 loads the audit (which then finds none)', () => {
    // The price of never missing a report whose page title is just "年报": a list page so titled
    // costs one audit. The audit says "not a report" (its golden), so nothing is marked.
    expect(quickCheck(parse(decode(readFileSync(join(FIXTURES, 'nonreport-list.html')))))).toBe(true);
  });
});

describe('the detector on the real report texts, under a title that says nothing', () => {
  const texts = ['seeds', 'samples'].flatMap((dir) =>
    existsSync(join(SHARED, dir))
      ? readdirSync(join(SHARED, dir))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => join(SHARED, dir, f))
      : [],
  );
  it.skipIf(texts.length === 0).each(texts)('%s', (file) => {
    // The text without its `#` header (what we know of it, not what the page says).
    const text = readFileSync(file, 'utf8').replace(/^(?:#.*\n)+/, '');
    const doc = parse('<html><head><title>详情页</title></head><body><pre></pre></body></html>');
    (doc.querySelector('pre') as HTMLElement).textContent = text;
    // A single page of a flipbook may hold none of the words: its page title (first line) does.
    const title = text.split('\n', 1)[0] ?? '';
    expect(quickCheck(doc) || mayBeReport(title, '')).toBe(true);
  });

  it('passes over a gov.cn page that only names 政府信息公开 in its menus', () => {
    expect(
      mayBeReport('首页', '首页 政府信息公开 政府信息公开指南 政府信息公开制度 依申请公开 政策解读'),
    ).toBe(false);
  });
});
