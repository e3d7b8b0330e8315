/**
 * The page adapter interface: how the pure core reads a page without knowing whether it is a
 * live DOM (the extension) or a parsed HTML file (the CLI). `N` is the adapter's node handle,
 * handed back untouched so the caller can mark the cells and quotes the audit names.
 */

/** One `<td>`/`<th>` as written in the source, before spans are expanded. */
export interface SourceCell<N> {
  /** The cell's text with `<br>` and block boundaries as newlines; not yet normalised. */
  text: string;
  rowspan: number;
  colspan: number;
  node: N;
}

/** One `<table>`: its rows of cells (nested tables are separate tables). */
export interface SourceTable<N> {
  rows: SourceCell<N>[][];
  node: N;
}

/** The page's content in document order. */
export type Block<N> =
  /**
   * `aside`: the page sets all of the block's text apart from its article: in links (a sidebar's or a
   * list's item, 上一篇's target), or in a PDF page's side column.
   */
  | { kind: 'text'; text: string; node: N; aside?: true }
  | { kind: 'table'; table: SourceTable<N> }
  /** An image or a linked attachment (.pdf, .doc, .xls …) inside the page body. */
  | { kind: 'media'; media: 'image' | 'attachment'; text: string; node: N };

/** What an adapter gives the core. */
export interface PageSource<N> {
  /** The document title (`<title>`), possibly empty. */
  title: string;
  /** `<meta name=… content=…>` pairs, names lower-cased (PubDate, ArticleTitle, ContentSource …). */
  meta: Record<string, string>;
  /** Text, tables and media in document order. */
  blocks: Block<N>[];
  /** `<link rel=…>` addresses as written (not resolved): the page's claim about where it lives. */
  links?: { canonical?: string };
  /** The address in a saved file's `<!-- saved from url=(0051)http://… -->` comment. */
  savedFrom?: string;
  /**
   * A PDF whose text cannot be read: its pages are images only (a scan), or (`garbled`) their text
   * does not decode. Its blocks are its title and one image per page.
   */
  scanned?: boolean;
  garbled?: boolean;
  /**
   * Plain text (a report copied into a .txt file): its lines are read as lines, and its tables are
   * lines of text too, which no rule takes for the report's tables.
   */
  plainText?: boolean;
  /**
   * The page is a browser's DOM that reaches the depth where the browser's HTML parser stops nesting
   * (Chromium puts what lies deeper beside its parent, not inside it): a table there may have lost
   * its rows and cells in the page, though the page's own markup has them (NEST_LIMIT).
   */
  flattened?: boolean;
}

/**
 * How deep a browser's DOM may be before it is taken for flattened (PageSource.flattened): Chromium's
 * HTML parser keeps at most 512 elements open and puts what opens deeper beside its parent (so does
 * Firefox's: a report under 600 divs keeps no cell in its row in firefox-esr either), so a parsed
 * page never nests much past 512. Set a little under that, whichever way levels are counted (from
 * the document: <html> is level 1); real report pages nest a few dozen levels.
 */
export const NEST_LIMIT = 500;

/**
 * Marks a page read from a browser's plain-text document (a .txt a portal serves as text/plain,
 * shown as one <pre>) as plain text, as the CLI reads such a file (sourceFromText): its tables are
 * lines of text, and without a title it is titled by the first line of `text`, the document's.
 */
export function asPlainText<N>(source: PageSource<N>, text: string): PageSource<N> {
  source.plainText = true;
  if (!source.title.trim()) source.title = plainTitle(text);
  return source;
}

/** A line that ends naming an annual report (…工作年度报告, …年报（2023）): a title, not a sentence. */
const NAMES_REPORT = /(?:年度报告|年报)\s*(?:[（(][^)）]{0,24}[)）])?$/;
/** A line that is a date alone, (2021年1月19日) or 2024-02-07: when it was published, no title. */
const DATE_LINE = /^[（(]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）]?$/;

/**
 * Plain text's title: of its first ten lines, the first that names an annual report (text copied
 * from a page may start with the portal's words: 选择语言, 您当前所在位置…), else its first line that is
 * not a date alone, where that is short enough to be one. Here, not in text.ts: the page script
 * reads it, and text.ts's tables would come with it.
 */
export function plainTitle(text: string): string {
  let first: string | undefined;
  let seen = 0;
  for (const raw of text.split('\n', 60)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length <= 100 && NAMES_REPORT.test(line)) return line;
    if (first === undefined && !DATE_LINE.test(line)) first = line;
    if (++seen === 10) break;
  }
  return first !== undefined && first.length <= 100 ? first : '';
}
