/**
 * One walk of a parsed page, shared by the htmlparser2 adapter (Node) and the live-DOM adapter
 * (extension): each supplies a small accessor and gets the same blocks, so the CLI and the page
 * see exactly the same report.
 */
import type { Block, PageSource, SourceCell, SourceTable } from '../source';

/** How the walk reads a tree; `tag` is the lower-case element name, or null for a text node. */
export interface TreeAccess<T> {
  children(node: T): ArrayLike<T>;
  tag(node: T): string | null;
  /** The data of a text node (only called when `tag` is null). */
  data(node: T): string;
  attr(node: T, name: string): string | null;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'select',
  'option',
  'textarea',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'center',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'address',
  'body',
  'html',
  'td',
  'th',
  'tr',
  'caption',
  'hr',
]);
const ATTACHMENT_RE = /\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)(?:$|[?#])/i;
/** A cell this long is prose, so its table is page layout, not a report table. */
const LAYOUT_CELL_CHARS = 400;

function hidden<T>(acc: TreeAccess<T>, node: T): boolean {
  if (acc.attr(node, 'hidden') !== null) return true;
  const style = acc.attr(node, 'style');
  // Word writes a long style on every element; look for the regex only where 'none' occurs at all.
  return !!style?.includes('none') && /display\s*:\s*none/i.test(style);
}

/** The text of a subtree (its textContent, minus scripts, styles and hidden elements). */
export function textOf<T>(acc: TreeAccess<T>, node: T): string {
  const tag = acc.tag(node);
  if (tag === null) return acc.data(node);
  // A cell's `<span style="display:none">9</span>` (Word, CMS editors) is not what a reader sees.
  if (SKIP.has(tag) || hidden(acc, node)) return '';
  const kids = acc.children(node);
  let out = '';
  for (let i = 0; i < kids.length; i++) out += textOf(acc, kids[i]!);
  return out;
}

/** The rows of a table, looking through thead/tbody/tfoot but not into nested tables. */
function tableRows<T>(acc: TreeAccess<T>, table: T): T[] {
  const rows: T[] = [];
  const visit = (node: T) => {
    const kids = acc.children(node);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      const tag = acc.tag(k);
      if (tag === 'tr') rows.push(k);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(k);
    }
  };
  visit(table);
  return rows;
}

function hasNestedTable<T>(acc: TreeAccess<T>, node: T): boolean {
  const kids = acc.children(node);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    const tag = acc.tag(k);
    if (tag === 'table') return true;
    if (tag !== null && hasNestedTable(acc, k)) return true;
  }
  return false;
}

function span(v: string | null): number {
  if (v === null) return 1;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? 1 : n;
}

/** Reads a data table, or returns null when it is a layout table to walk as ordinary content. */
function readTable<T>(acc: TreeAccess<T>, table: T): SourceTable<T> | null {
  if (hasNestedTable(acc, table)) return null;
  const rows: SourceCell<T>[][] = [];
  for (const tr of tableRows(acc, table)) {
    const cells: SourceCell<T>[] = [];
    const kids = acc.children(tr);
    for (let i = 0; i < kids.length; i++) {
      const td = kids[i]!;
      const tag = acc.tag(td);
      if (tag !== 'td' && tag !== 'th') continue;
      const text = textOf(acc, td);
      if (text.length > LAYOUT_CELL_CHARS) return null;
      cells.push({
        text,
        rowspan: span(acc.attr(td, 'rowspan')),
        colspan: span(acc.attr(td, 'colspan')),
        node: td,
      });
    }
    rows.push(cells);
  }
  return { rows, node: table };
}

/** Walks a document (or a subtree) into a PageSource. */
export function walkPage<T>(
  acc: TreeAccess<T>,
  root: T,
  title: string,
  meta: Record<string, string>,
): PageSource<T> {
  const blocks: Block<T>[] = [];
  let text = '';
  let owner: T = root;
  const flush = () => {
    if (text.trim()) blocks.push({ kind: 'text', text, node: owner });
    text = '';
  };
  const visit = (node: T, blockOwner: T) => {
    const kids = acc.children(node);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      const tag = acc.tag(k);
      if (tag === null) {
        if (owner !== blockOwner) {
          flush();
          owner = blockOwner;
        }
        text += acc.data(k);
        continue;
      }
      if (SKIP.has(tag) || hidden(acc, k)) continue;
      if (tag === 'table') {
        const table = readTable(acc, k);
        if (table) {
          flush();
          blocks.push({ kind: 'table', table });
          continue;
        }
      } else if (tag === 'img') {
        flush();
        const alt = acc.attr(k, 'alt') ?? acc.attr(k, 'title') ?? '';
        blocks.push({ kind: 'media', media: 'image', text: alt, node: k });
        continue;
      } else if (tag === 'a') {
        const href = acc.attr(k, 'href') ?? '';
        if (ATTACHMENT_RE.test(href)) {
          flush();
          blocks.push({ kind: 'media', media: 'attachment', text: textOf(acc, k), node: k });
        }
      }
      if (BLOCK.has(tag) || tag === 'table') {
        flush();
        owner = k;
        visit(k, k);
        flush();
        owner = blockOwner;
      } else {
        visit(k, blockOwner);
      }
    }
  };
  visit(root, root);
  flush();
  return { title: title.trim(), meta, blocks };
}
