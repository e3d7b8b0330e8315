/**
 * A Word (.docx) report in the review page: mammoth's HTML (the desk's reader, lib/desk/files.ts)
 * copied into the page element by element through an allow-list, so a hostile file can bring
 * neither script, nor style, nor a link anywhere but http(s). The audit then reads these very
 * elements, as it reads a web page, and the marks paint them.
 */

const TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sup',
  'sub',
  'br',
  'a',
  'span',
  'div',
  'blockquote',
  'caption',
  'colgroup',
  'col',
]);
/** Elements dropped with everything inside them. */
const DROP = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'img']);

function copyInto(from: Node, to: Element, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      to.append(doc.createTextNode((child as Text).data));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (DROP.has(tag)) continue;
    if (!TAGS.has(tag)) {
      // Unknown wrapper: keep its content.
      copyInto(el, to, doc);
      continue;
    }
    const out = doc.createElement(tag);
    for (const name of ['colspan', 'rowspan']) {
      const v = el.getAttribute(name);
      if (v && /^\d{1,3}$/.test(v)) out.setAttribute(name, v);
    }
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? '';
      if (/^https?:\/\//i.test(href)) {
        out.setAttribute('href', href);
        out.setAttribute('rel', 'noopener noreferrer');
        out.setAttribute('target', '_blank');
      }
    }
    copyInto(el, out, doc);
    to.append(out);
  }
}

/** Puts the body of `html` (mammoth's output) into `host`, allow-listed; returns the document title. */
export function showDocx(host: HTMLElement, html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  host.replaceChildren();
  const article = document.createElement('article');
  article.className = 'docx';
  copyInto(parsed.body, article, document);
  host.append(article);
  return parsed.title;
}
