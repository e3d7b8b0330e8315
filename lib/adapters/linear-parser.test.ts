import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildNode, Document } from 'domhandler';
import { isComment, isTag, isText } from 'domhandler';
import fc from 'fast-check';
import { parseDocument as stockParse } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../decode';
import { type BareNode, parseBare, parseDocument, WARM_UP, warmUpParser } from './linear-parser';

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

/**
 * The same dump of the bare tree, and of domhandler's tree as the bare tree keeps it: no processing
 * instructions, adjacent text runs joined, comments as `#comment`.
 */
function dumpBare(root: BareNode | Document, bare: boolean): string {
  const out: string[] = [];
  const stack: [BareNode | ChildNode | Document, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    const pad = ' '.repeat(Math.min(depth, 50)) + depth;
    let kids: (BareNode | ChildNode)[] = [];
    if (typeof n === 'string') out.push(`${pad}${JSON.stringify(n)}`);
    else if (bare) {
      const el = n as Exclude<BareNode, string>;
      if (el.name === '#comment') out.push(`${pad}#comment ${JSON.stringify((el as { data: string }).data)}`);
      else if (el.name !== '#document') out.push(`${pad}<${el.name} ${JSON.stringify(el.attribs)}>`);
      kids = el.children;
    } else {
      const d = n as ChildNode | Document;
      if (isTag(d)) out.push(`${pad}<${d.name} ${JSON.stringify(d.attribs)}>`);
      else if (isText(d)) out.push(`${pad}${JSON.stringify(d.data)}`);
      else if (isComment(d)) out.push(`${pad}#comment ${JSON.stringify(d.data)}`);
      if ('children' in d) kids = d.children.filter((k) => k.type !== 'directive');
    }
    // Adjacent text runs as one.
    const joined: (BareNode | ChildNode)[] = [];
    for (const k of kids) {
      const text =
        typeof k === 'string' ? k : !bare && isText(k as ChildNode) ? (k as { data: string }).data : null;
      const last = joined[joined.length - 1];
      if (text !== null && typeof last === 'string') joined[joined.length - 1] = last + text;
      else joined.push(text ?? k);
    }
    for (let i = joined.length - 1; i >= 0; i--) stack.push([joined[i]!, depth + 1]);
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
      const stock = stockParse(html, { decodeEntities: true });
      expect(dump(parseDocument(html, { decodeEntities: true })), f).toBe(dump(stock));
      expect(dumpBare(parseBare(html), true), f).toBe(dumpBare(stock, false));
    }
  });

  it('reads its warm-up page as htmlparser2 does, and builds the same trees after it', () => {
    const stock = stockParse(WARM_UP, { decodeEntities: true });
    expect(dumpBare(parseBare(WARM_UP), true)).toBe(dumpBare(stock, false));
    warmUpParser();
    for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) {
      const html = decodeHtml(readFileSync(join(fixtures, f))).text;
      expect(dumpBare(parseBare(html), true), f).toBe(
        dumpBare(stockParse(html, { decodeEntities: true }), false),
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
      '&',
      '&lt',
      'a&b;',
      '&notin;',
      '&#x41;',
      '"',
      "'",
      '>',
      '<a href="x&amp;y">',
      '<a href=\'p&q\' title="">',
      '</a>',
      '<td style="width:1px" rowspan=2>',
      '<td title="&quot;>',
      '<p hidden class=a&amp;b>',
      '<script>if(a<b&&c)</script>',
      '<style>p{}</style>',
      '<textarea>&lt;</textarea>',
      '<![CDATA[x]]>',
      '<?xml?>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        const stock = stockParse(html);
        expect(dump(parseDocument(html))).toBe(dump(stock));
        expect(dumpBare(parseBare(html), true)).toBe(dumpBare(stock, false));
      }),
      { numRuns: 2000 },
    );
  });

  it('builds the same tree on random characters (pages cut anywhere, entities, raw text, comments, CDATA)', () => {
    // parseBare is its own tokenizer: every state, down to a page ending inside a tag, an entity or
    // a comment, has to leave what htmlparser2's leaves.
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '-',
      '?',
      '[',
      ']',
      '&',
      '#',
      'x',
      '41',
      ';',
      '=',
      '"',
      "'",
      ' ',
      '\n',
      'a',
      'p',
      'td',
      'br',
      'amp',
      'lt',
      'notin',
      'ampx',
      'CDATA[',
      'script',
      'SCRIPT',
      'style',
      'title',
      'textarea',
      'xmp',
      'svg',
      'math',
      'mi',
      '</',
      '<!--',
      '-->',
      ']]>',
      '中',
      '\x1c',
      '\x0f',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), (pieces) => {
        const html = pieces.join('');
        expect(dumpBare(parseBare(html), true)).toBe(dumpBare(stockParse(html), false));
      }),
      { numRuns: 4000 },
    );
  });

  it('parses 100,000 nested elements into the bare tree', () => {
    const n = 100_000;
    let node: BareNode = parseBare(`<body>${'<div>'.repeat(n)}深处${'</div>'.repeat(n)}</body>`);
    let depth = 0;
    while (typeof node !== 'string' && node.children.length) {
      node = node.children[0]!;
      depth++;
    }
    expect(depth).toBe(n + 2);
    expect(node).toBe('深处');
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
