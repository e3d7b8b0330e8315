/** The Node adapter: parses HTML with htmlparser2 (the fast parser cheerio ships with). */
import { type PageSource, plainTitle } from '../source';
import { escapeHtml } from '../text';
import { pageEvidence } from './evidence';
import { type BareElement, type BareNode, parseBare } from './linear-parser';
import { SKIP, scanHead, type TreeAccess, textOf, walkPage } from './walk';

const NO_KIDS: BareNode[] = [];

/** The text of an element that holds one run of text and nothing else, or null. */
function onlyText(n: BareNode): string | null {
  if (typeof n === 'string' || n.children.length !== 1) return null;
  const kid = n.children[0]!;
  return typeof kid === 'string' ? kid : null;
}

/** The walk's access to the bare tree (exported for tests of the walk itself). */
export const bareAccess: TreeAccess<BareNode> = {
  children: (n) => (typeof n === 'string' ? NO_KIDS : n.children),
  tag: (n) => (typeof n === 'string' ? null : n.name),
  data: (n) => (typeof n === 'string' ? n : ''),
  attr: (n, name) => (typeof n === 'string' ? null : (n.attribs[name] ?? null)),
  // Most table cells hold one run of text: read without a walk, unless the cell itself may be
  // skipped or hidden (a style that mentions `none` or `visibility` is left to the walk's own test).
  text: (n) =>
    typeof n === 'string'
      ? n
      : SKIP.has(n.name) ||
          n.attribs.hidden !== undefined ||
          n.attribs.style?.includes('none') ||
          n.attribs.style?.includes('visibility')
        ? null
        : onlyText(n),
  // The walk asks only of a block it has already found neither skipped nor hidden.
  runText: onlyText,
};

/** Whether an element lies `depth` levels below `root` (its children are level 1) or deeper. */
export function reaches(root: BareElement, depth: number): boolean {
  // An explicit stack, never recursion: the tree is as deep as the markup.
  const nodes: BareElement[] = [root];
  const levels: number[] = [0];
  while (nodes.length > 0) {
    const n = nodes.pop()!;
    const level = levels.pop()! + 1;
    for (const kid of n.children)
      if (typeof kid !== 'string') {
        if (level >= depth) return true;
        nodes.push(kid);
        levels.push(level);
      }
  }
  return false;
}

/**
 * Reads plain text (a report copied into a .txt file) as a browser shows it, one preformatted block
 * whose line ends are lines' ends (walk.ts keepsLines), titled by its first line where that is
 * short enough to be a title; marked `plainText`.
 */
export function sourceFromText(text: string): PageSource<BareElement> {
  return { ...readHtml(textAsHtml(text)).source, plainText: true };
}

/** Plain text as the page sourceFromText reads (the desk keeps it as the file's snapshot). */
export function textAsHtml(text: string): string {
  return `<html><head><title>${escapeHtml(plainTitle(text))}</title></head><body><pre>${escapeHtml(text)}</pre></body></html>`;
}

/** Parses a page and reads it into a PageSource whose nodes are the bare tree's elements. */
export function sourceFromHtml(html: string): PageSource<BareElement> {
  return readHtml(html).source;
}

/**
 * Parses a page and reads it; with the tree's root, to locate its nodes (lib/adapters/locate.ts).
 * `title`: the title to read instead of the <title> element's text (the live page's own).
 */
export function readHtml(
  html: string,
  title?: string,
): { source: PageSource<BareElement>; root: BareElement } {
  // htmlparser2's parser with its stack kept newest-last (deep markup parses in linear time), into
  // a bare tree: the CLI marks nothing, so its nodes need no parent links.
  const doc = parseBare(html);
  const head = scanHead(bareAccess, doc);
  // Blocks always hold elements: text runs belong to their element, the root only when it is one.
  const source = walkPage(
    bareAccess,
    head.body ?? doc,
    title ?? (head.title ? textOf(bareAccess, head.title) : ''),
    head.meta,
  ) as PageSource<BareElement>;
  return { source: withEvidence(source, doc), root: doc };
}

function withEvidence(source: PageSource<BareElement>, doc: BareElement): PageSource<BareElement> {
  return Object.assign(
    source,
    pageEvidence(bareAccess, doc, (n) =>
      typeof n !== 'string' && n.name === '#comment' ? (n as { data: string }).data : null,
    ),
  );
}
