import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../decode';
import type { PageSource } from '../source';
import { sourceFromHtml } from './htmlparser2';
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
