import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildNode, Document } from 'domhandler';
import { isTag, isText } from 'domhandler';
import fc from 'fast-check';
import { parseDocument as stockParse } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../decode';
import { parseDocument } from './linear-parser';

/** The tree as one line per node, indented by depth (iteratively: the trees here may be deep). */
function dump(doc: Document): string {
  const out: string[] = [];
  const stack: [ChildNode | Document, number][] = [[doc, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    const pad = ' '.repeat(Math.min(depth, 50)) + depth;
    if (isTag(n)) out.push(`${pad}<${n.name} ${JSON.stringify(n.attribs)}>`);
    else if (isText(n)) out.push(`${pad}${JSON.stringify(n.data)}`);
    else out.push(`${pad}#${n.type}`);
    if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i]!, depth + 1]);
  }
  return out.join('\n');
}

const fixtures = join(__dirname, '../../test/fixtures');

describe('the linear parser', () => {
  it('builds the very tree htmlparser2 builds, on every fixture page', () => {
    const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const html = decodeHtml(readFileSync(join(fixtures, f))).text;
      expect(dump(parseDocument(html, { decodeEntities: true })), f).toBe(
        dump(stockParse(html, { decodeEntities: true })),
      );
    }
  });

  it('builds the same tree on random tag soup (implied closes, stray end tags, svg, void elements)', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<table>',
      '</table>',
      '<tr>',
      '<td>',
      '</td>',
      '<th>',
      '<tbody>',
      '<li>',
      '</li>',
      '<ul>',
      '<svg>',
      '</svg>',
      '<path/>',
      '<title>',
      '</title>',
      '<math>',
      '<mi>',
      '</mi>',
      '<br>',
      '</br>',
      '<img src=x>',
      '<select>',
      '<option>',
      '<dd>',
      '<dt>',
      '<h1>',
      '</h1>',
      '<span>',
      '</span>',
      '<b/>',
      '<!-- c -->',
      'text',
      ' ',
      '&amp;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        expect(dump(parseDocument(html))).toBe(dump(stockParse(html)));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses 100,000 nested elements', () => {
    const n = 100_000;
    const doc = parseDocument(`<body>${'<div>'.repeat(n)}深处${'</div>'.repeat(n)}</body>`);
    let node: ChildNode | Document = doc;
    let depth = 0;
    while ('children' in node && node.children.length) {
      node = node.children[0]!;
      depth++;
    }
    expect(depth).toBe(n + 2);
    expect(isText(node) && node.data).toBe('深处');
  });
});
