import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../decode';
import { NEST_LIMIT, type PageSource } from '../source';
import { reaches, sourceFromHtml } from './htmlparser2';
import { type BareNode, parseBare } from './linear-parser';
import { scanHead, type TreeAccess, textOf, walkPage } from './walk';

/** The bare tree read without any shortcut: every text walked node by node. */
const plain: TreeAccess<BareNode> = {
  children: (n) => (typeof n === 'string' ? [] : n.children),
  tag: (n) => (typeof n === 'string' ? null : n.name),
  data: (n) => (typeof n === 'string' ? n : ''),
  attr: (n, name) => (typeof n === 'string' ? null : (n.attribs[name] ?? null)),
};

/** A page source without its nodes (each side parsed the page itself). */
const dump = ({ title, meta, blocks }: PageSource<unknown>) =>
  JSON.stringify({ title, meta, blocks }, (k, v) => (k === 'node' ? typeof v : v));

describe('sourceFromHtml', () => {
  it("reads every fixture as the walk does without the bare tree's shortcuts", () => {
    const fixtures = join(__dirname, '../../test/fixtures');
    const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const odd =
      '<body><table><tr><td hidden>9</td><td style="display: none">8</td><td style="color:none">7</td><td><script>6</script></td><td>5</td></tr></table><p>一段</p><div hidden>藏</div></body>';
    for (const [name, html] of [
      ...pages.map((f) => [f, decodeHtml(readFileSync(join(fixtures, f))).text] as const),
      ['hidden cells', odd] as const,
    ]) {
      const fast = sourceFromHtml(html);
      const doc = parseBare(html);
      const { title, body, meta } = scanHead(plain, doc);
      const slow = walkPage(plain, body ?? doc, title ? textOf(plain, title) : '', meta);
      expect(dump(fast), name).toBe(dump(slow));
    }
  });
});

describe('reaches', () => {
  const chain = (levels: number) => parseBare(`${'<div>'.repeat(levels)}x${'</div>'.repeat(levels)}`);

  it('tells whether an element lies that many levels down, counting the root’s children as 1', () => {
    // parseBare's root is the document; the divs are levels 1 … n.
    expect(reaches(chain(499), NEST_LIMIT)).toBe(false);
    expect(reaches(chain(500), NEST_LIMIT)).toBe(true);
    expect(reaches(chain(1), 1)).toBe(true);
    expect(reaches(chain(0), 1)).toBe(false);
  });

  it('finds the deep branch among wide ones, and takes 200,000 levels without recursion', () => {
    const wide = `${'<p>a</p>'.repeat(2000)}${'<span>'.repeat(600)}deep${'</span>'.repeat(600)}`;
    expect(reaches(parseBare(`<div>${wide}</div>`), NEST_LIMIT)).toBe(true);
    expect(reaches(parseBare(`<div>${'<p>a</p>'.repeat(2000)}</div>`), NEST_LIMIT)).toBe(false);
    expect(reaches(chain(200_000), NEST_LIMIT)).toBe(true);
  });
});
