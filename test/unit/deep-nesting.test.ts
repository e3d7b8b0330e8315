// @vitest-environment happy-dom
/**
 * A page can nest elements 100,000 deep, by accident (an editor's unclosed tags) or to keep a report
 * from being audited. Both adapters walk with an explicit stack, so the report under it is read as
 * if it stood alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFromDocument } from '../../lib/adapters/dom';
import { bareAccess, reaches, sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { type BareElement, parseBare } from '../../lib/adapters/linear-parser';
import { PageWalk, scanHead } from '../../lib/adapters/walk';
import { audit } from '../../lib/audit';
import { decodeHtml } from '../../lib/decode';
import { NEST_LIMIT } from '../../lib/source';

const html = decodeHtml(readFileSync(join(__dirname, '../fixtures/seed001-cms.html'))).text;
const bodyStart = html.indexOf('>', html.search(/<body\b/i)) + 1;
const bodyEnd = html.search(/<\/body>/i);

/** The page with its body's content put `depth` elements deep, and `beside` before it. */
function deepPage(depth: number, beside = ''): string {
  return `${html.slice(0, bodyStart)}${beside}${'<div>'.repeat(depth)}${html.slice(bodyStart, bodyEnd)}${'</div>'.repeat(depth)}${html.slice(bodyEnd)}`;
}

const hiddenNest = (depth: number) =>
  `${'<span style="display:none">'.repeat(depth)}9${'</span>'.repeat(depth)}`;

/** What the audit found, without the node handles. */
function summary(a: ReturnType<typeof audit>) {
  return {
    detected: a.detected,
    title: a.report.title,
    year: a.report.year,
    cells: Object.fromEntries(Object.entries(a.report.cells).map(([k, c]) => [k, c?.value])),
    findings: a.findings.map((f) => `${f.rule}: ${f.message}`),
  };
}

const plain = summary(audit(sourceFromHtml(html)));

describe('deep nesting, parsed by htmlparser2', () => {
  it('the fixture is a report with cells (so the comparisons below mean something)', () => {
    expect(plain.detected).toBe(true);
    expect(Object.keys(plain.cells).length).toBeGreaterThan(50);
  });

  it('audits a report under 10,000 and 100,000 nested elements as if it stood alone', () => {
    for (const depth of [10_000, 100_000]) {
      expect(summary(audit(sourceFromHtml(deepPage(depth)))), String(depth)).toEqual(plain);
    }
  });

  it('audits a report beside 10,000 nested hidden elements', () => {
    expect(summary(audit(sourceFromHtml(deepPage(0, hiddenNest(10_000)))))).toEqual(plain);
  });

  it('reads a cell whose figure sits 10,000 elements deep', () => {
    const deepCell = `<table><tr><td>${'<span>'.repeat(10_000)}42${'</span>'.repeat(10_000)}</td></tr></table>`;
    const src = sourceFromHtml(`<html><body>${deepCell}</body></html>`);
    const table = src.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.table.rows[0]![0]!.text).toBe('42');
  });

  it('the walk knows how deep it went, counted as the markup is (the page’s own read tells flattening by it)', () => {
    for (const depth of [0, 10, NEST_LIMIT - 10, NEST_LIMIT, 600]) {
      const doc = parseBare(deepPage(depth)) as BareElement;
      const body = scanHead(bareAccess, doc).body!;
      const walk = new PageWalk(bareAccess, body, '', {});
      walk.step(Number.POSITIVE_INFINITY);
      // From the body, whose children are level 1; <html> and <body> are the document's 1 and 2.
      const fromDocument = walk.depth + 2;
      expect(fromDocument >= NEST_LIMIT, String(depth)).toBe(reaches(doc, NEST_LIMIT));
      expect(walk.depth, String(depth)).toBeGreaterThan(depth);
    }
  });
});

describe('deep nesting, in a live DOM (happy-dom)', () => {
  let deepest: Element | null = null;

  afterEach(() => {
    // happy-dom tears a tree down recursively: take the chain apart from the bottom first.
    for (let n = deepest; n && n !== document.body; ) {
      const parent: Element | null = n.parentElement;
      n.remove();
      n = parent;
    }
    deepest = null;
  });

  /** Loads the fixture, then moves the body's content under `depth` nested divs. */
  function loadDeep(depth: number): void {
    // Without its stylesheets and scripts, which happy-dom would try to fetch.
    document.documentElement.innerHTML = html
      .slice(html.search(/<head\b/i), html.search(/<\/html>/i))
      .replace(/<link\b[^>]*>|<script\b[\s\S]*?<\/script>/gi, '');
    const body = document.body;
    const content = Array.from(body.childNodes);
    let parent: Element = body;
    // Built top-down while attached, so happy-dom never connects a deep subtree in one call.
    for (let i = 0; i < depth; i++) parent = parent.appendChild(document.createElement('div'));
    for (const n of content) parent.appendChild(n);
    deepest = parent;
  }

  it('reads the meta tags outside the body, as the CLI does, without a selector query', () => {
    const page =
      '<head><title>t</title><meta name="PubDate" content="2022-01-28"><meta property="og:title" content="x"></head>' +
      '<body><meta name="ArticleTitle" content="in the body"><p>正文</p></body>';
    document.documentElement.innerHTML = page;
    const want = { pubdate: '2022-01-28', 'og:title': 'x' };
    expect(sourceFromDocument(document).meta).toEqual(want);
    expect(sourceFromHtml(`<html>${page}</html>`).meta).toEqual(want);
  });

  it('audits a report under 10,000 and 100,000 nested elements as if it stood alone', () => {
    loadDeep(0);
    const flat = summary(audit(sourceFromDocument(document)));
    expect(flat.detected).toBe(true);
    for (const depth of [10_000, 100_000]) {
      loadDeep(depth);
      expect(summary(audit(sourceFromDocument(document))), String(depth)).toEqual(flat);
      // Taken apart before the next load replaces it.
      for (let n = deepest; n && n !== document.body; ) {
        const parent: Element | null = n.parentElement;
        n.remove();
        n = parent;
      }
    }
  });
});
