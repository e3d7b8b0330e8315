// @vitest-environment happy-dom
/**
 * The page sends its markup (pageMarkup) and the background audits it (auditHtml): the same result
 * as the page's own read (readPage + auditPage), and the answer's nodes, found in the live document
 * (findNodes), are the very nodes the page's own read marks. Where the document disagrees with the
 * markup, nothing is found, so the page reads itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNodes, pageMarkup, readPage } from '../entrypoints/content/read';
import { parseBare } from '../lib/adapters/linear-parser';
import { locate } from '../lib/adapters/locate';
import { NEST_LIMIT } from '../lib/source';
import { auditHtml, auditPage } from './audit-page';
import type { AuditAnswer } from './load-audit';

const FIXTURES = resolve(__dirname, '../test/fixtures');
const URL_ = 'http://www.example.gov.cn/a.html';

/** The page as a browser holds it (parsed, its scripts not run). */
let doc: Document;
function load(html: string): void {
  doc = new DOMParser().parseFromString(html, 'text/html');
}

function answerOf(reply: ReturnType<typeof auditPage>): AuditAnswer {
  if (!reply.ok) throw new Error(reply.error);
  return JSON.parse(reply.answer) as AuditAnswer;
}

/** A fixture's page, both ways: the answer to its markup and to the page's own read, with the read's nodes. */
async function bothWays(html: string) {
  load(html);
  const viaMarkup = answerOf(auditHtml(URL_, pageMarkup(doc), doc.title));
  const { source, nodes } = await readPage(doc);
  const viaRead = answerOf(auditPage(URL_, JSON.stringify(source)));
  return { viaMarkup, viaRead, readNodes: nodes };
}

beforeAll(() =>
  vi.stubGlobal('chrome', { i18n: { getMessage: (k: string) => (k === 'app_lang' ? 'zh-CN' : '') } }),
);
afterAll(() => vi.unstubAllGlobals());

const reports = readdirSync(FIXTURES).filter(
  (f) => f.endsWith('.html') && !f.startsWith('nonreport') && !/gbk/i.test(f),
);

describe('auditHtml: the page as markup, audited in the background', () => {
  it.each(reports)(
    '%s: the same result, and the same nodes to mark, as the page reading itself',
    async (f) => {
      const { viaMarkup, viaRead, readNodes } = await bothWays(readFileSync(resolve(FIXTURES, f), 'utf8'));
      expect(viaMarkup.result).toEqual(viaRead.result);
      if (!viaMarkup.result.detected) return;
      const nodes = findNodes(doc, viaMarkup.located!);
      expect(nodes, 'every node found and its text checked').not.toBeNull();
      const byMarkup = new Map(viaMarkup.cells.map(([a, i]) => [a, nodes![i]]));
      expect(byMarkup.size).toBe(viaRead.cells.length);
      for (const [address, i] of viaRead.cells) expect(byMarkup.get(address), address).toBe(readNodes[i]);
      const factsByMarkup = new Map(viaMarkup.facts.map(([k, i, s, e]) => [k, [nodes![i], s, e]]));
      for (const [key, i, s, e] of viaRead.facts)
        expect(factsByMarkup.get(key), key).toEqual([readNodes[i], s, e]);
    },
  );

  it('finds nothing when a cell changed after the markup was taken (the page then reads itself)', async () => {
    const html = readFileSync(resolve(FIXTURES, 'seed001-cms.html'), 'utf8');
    load(html);
    const answer = answerOf(auditHtml(URL_, pageMarkup(doc), doc.title));
    expect(findNodes(doc, answer.located!)).not.toBeNull();
    const [, i] = answer.cells.find(([a]) => a === 't3.new.total')!;
    const [tag, place] = answer.located!.nodes[i]!;
    const cell = doc.getElementsByTagName(answer.located!.tags[tag]!)[place]!;
    cell.textContent = `${cell.textContent}1`;
    expect(findNodes(doc, answer.located!)).toBeNull();
  });

  it('finds nothing when the document holds another number of elements of a tag it names', () => {
    load(readFileSync(resolve(FIXTURES, 'seed001-cms.html'), 'utf8'));
    const answer = answerOf(auditHtml(URL_, pageMarkup(doc), doc.title));
    doc.body.prepend(doc.createElement('td'));
    expect(findNodes(doc, answer.located!)).toBeNull();
  });

  it('a page nested as deep as a browser flattens: no table called missing, the check skipped with why', () => {
    // A report whose tables are images: 表二–表四 missing, said so, at any ordinary depth.
    const html = readFileSync(resolve(FIXTURES, 'report-images.html'), 'utf8');
    const nested = (levels: number) =>
      html.replace(
        /<body([^>]*)>([\s\S]*)<\/body>/i,
        (_, a, body) => `<body${a}>${'<div>'.repeat(levels)}${body}${'</div>'.repeat(levels)}</body>`,
      );
    const rule = (levels: number) => {
      const { result } = answerOf(auditHtml(URL_, nested(levels), 'x'));
      if (!result.detected) throw new Error('not detected');
      return {
        findings: result.findings.filter((f) => f.rule === 'missing-table').length,
        check: result.checks?.find((c) => c.rule === 'missing-table'),
      };
    };
    expect(rule(10)).toEqual({ findings: 3, check: { rule: 'missing-table', status: 'failed' } });
    // Levels count from the document, and the fixture nests about seven of its own: 492 wrappers
    // stay under NEST_LIMIT, 494 reach it (the page's own read counts the same: test/e2e/markup).
    expect(rule(NEST_LIMIT - 8).findings).toBe(3);
    expect(rule(NEST_LIMIT - 6).findings).toBe(0);
    const deep = rule(600);
    expect(deep.findings).toBe(0);
    expect(deep.check).toMatchObject({ rule: 'missing-table', status: 'skipped' });
    expect(deep.check?.reason).toMatch(/^页面嵌套过深/);
  });

  it('refuses markup that is not a string, or a title that is not one', () => {
    expect(auditHtml(URL_, 5, '').ok).toBe(false);
    expect(auditHtml(URL_, '<p>x</p>', undefined).ok).toBe(false);
  });
});

describe('locate: tag and place in document order', () => {
  it('counts no element a browser keeps as text or apart (noscript, template, noframes)', () => {
    const root = parseBare(
      '<body><noscript><table><tr><td>a</td></tr></table></noscript><template><td>b</td></template>' +
        '<noframes><td>c</td></noframes><table><tr><td>d</td><td>e</td></tr></table></body>',
    );
    const cells: ReturnType<typeof parseBare>[] = [];
    const visit = (n: ReturnType<typeof parseBare>) => {
      if (n.name === 'td') cells.push(n);
      for (const k of n.children) if (typeof k !== 'string') visit(k);
    };
    visit(root);
    expect(cells.map((c) => c.children[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    const { tags, counts, places } = locate(root, cells);
    expect(tags).toEqual(['td']);
    expect(counts).toEqual([2]);
    expect(places).toEqual([
      [-1, -1],
      [-1, -1],
      [-1, -1],
      [0, 0],
      [0, 1],
    ]);
  });
});
