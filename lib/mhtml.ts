/**
 * A web page saved as one file: MHTML (`.mhtml`, `.mht`), what Chrome's "网页，单个文件 / Webpage,
 * Single File", Edge and IE write, a MIME message whose first HTML part is the page and whose other
 * parts are its images and styles. Read here by hand, small and pure (strings and bytes in, bytes
 * out; the page, the desk and Node alike): the page's part comes back as its bytes, with the
 * charset its part declares, so the page goes through the same encoding sniffing (lib/decode.ts) as
 * any saved page — an IE .mht of a GBK portal is quoted-printable GB2312. Mail libraries decode
 * the part to text themselves, with none of that sniffing.
 */

import { sourceFromHtml } from './adapters/htmlparser2';
import type { BareElement } from './adapters/linear-parser';
import { type Audit, audit } from './audit';
import { decodeHtml } from './decode';

/** The page inside a saved MHTML file. */
export interface MhtmlPage {
  /** The HTML part's bytes, transfer encoding undone. */
  html: Uint8Array;
  /** The charset its part's Content-Type declares, or null. */
  charset: string | null;
  /** Where the page was saved from (its part's Content-Location, or the file's Snapshot-Content-Location). */
  location: string | null;
}

/** How much of the start is read to tell an MHTML file: its headers come first, and are short. */
const HEAD_BYTES = 8192;

/** Bytes as a string of the same code units (0-255), so offsets and byte values carry over. */
function binary(bytes: Uint8Array, end = bytes.length): string {
  let s = '';
  for (let i = 0; i < end; i += 8192)
    s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, Math.min(end, i + 8192))));
  return s;
}

/** Where a header block ends (the blank line), and where what follows it starts; null when none. */
function headerEnd(s: string): { end: number; body: number } | null {
  const m = /\r?\n\r?\n/.exec(s);
  return m ? { end: m.index, body: m.index + m[0].length } : null;
}

/** A header block's fields, names lower-cased, folded lines joined. */
function fields(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const name = line.slice(0, at).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(at + 1).trim());
  }
  return out;
}

/** A parameter of a header value (`boundary="…"`, `charset=gb2312`), or null. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** The top headers, when the bytes open as a multipart/related MIME message; else null. */
function topHeaders(bytes: Uint8Array): { head: Map<string, string>; body: number } | null {
  // A header name's first letter: a page (`<`, white space, a byte order mark) is turned away here,
  // before any of its bytes are copied.
  const first = bytes[0] ?? 0;
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return null;
  const start = binary(bytes, Math.min(bytes.length, HEAD_BYTES));
  // A MIME message opens with a header line (`From:`, `MIME-Version:` …), never with markup.
  if (!/^[A-Za-z][A-Za-z0-9-]*:/.test(start)) return null;
  const end = headerEnd(start);
  if (!end) return null;
  const head = fields(start.slice(0, end.end));
  if (!/^multipart\/related\b/i.test(head.get('content-type') ?? '')) return null;
  return { head, body: end.body };
}

/** Whether these bytes are a saved MHTML page (a multipart/related MIME message), by its headers. */
export function isMhtml(bytes: Uint8Array): boolean {
  return topHeaders(bytes) !== null;
}

/** Quoted-printable to bytes: soft line breaks dropped, `=XX` to its byte, the rest as it is. */
function quotedPrintable(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      const hex = s.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = Number.parseInt(hex, 16);
        i += 2;
        continue;
      }
      // A soft line break: `=` at the end of a line (trailing blanks allowed).
      const soft = /^[ \t]*\r?\n/.exec(s.slice(i + 1, i + 8));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

/** Base64 to bytes (white space ignored); null when it is not base64. */
function base64(s: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(s.replace(/[\s]+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** How many frames of a saved page are looked at: a report page has one or two. */
const MAX_FRAMES = 20;

type Part = { head: Map<string, string>; body: string };

/** A part decoded into a page, or null when its transfer encoding cannot be undone. */
function pageOf(part: Part, fallbackLocation: string | null): MhtmlPage | null {
  const encoding = (part.head.get('content-transfer-encoding') ?? '').toLowerCase();
  const html =
    encoding === 'quoted-printable'
      ? quotedPrintable(part.body)
      : encoding === 'base64'
        ? base64(part.body)
        : Uint8Array.from(part.body, (c) => c.charCodeAt(0) & 0xff);
  if (!html) return null;
  return {
    html,
    charset: param(part.head.get('content-type') ?? '', 'charset'),
    location: part.head.get('content-location') ?? fallbackLocation,
  };
}

/**
 * The pages inside a saved MHTML file: its root part first (the `start` the message names, else its
 * first HTML part), then the other HTML parts, its frames (Chromium saves each frame as a part of
 * its own: a portal that shows its article in an iframe has the report there), at most MAX_FRAMES.
 * Null when the bytes are no multipart/related message; empty when it holds no HTML (or names no
 * boundary to find its parts by).
 */
export function readMhtmlPages(bytes: Uint8Array): MhtmlPage[] | null {
  const top = topHeaders(bytes);
  if (!top) return null;
  const type = top.head.get('content-type') ?? '';
  const boundary = param(type, 'boundary');
  if (!boundary) return [];
  const s = binary(bytes);
  const start = param(type, 'start');
  const delimiter = `--${boundary}`;
  const html: Part[] = [];
  let root = -1;
  // Each part runs from a delimiter line to the next; the closing delimiter ends with `--`.
  for (let at = s.indexOf(delimiter, top.body); at >= 0 && html.length <= MAX_FRAMES; ) {
    const lineEnd = s.indexOf('\n', at);
    if (lineEnd < 0 || s.startsWith('--', at + delimiter.length)) break;
    const next = s.indexOf(`\n${delimiter}`, lineEnd);
    const stop = next < 0 ? s.length : next;
    // The part alone is searched for the end of its headers: searching on from it to the end of
    // the file, part after part, took a hostile file of 200,000 headers-only parts minutes.
    const part = s.slice(lineEnd + 1, stop);
    const end = headerEnd(part);
    if (end) {
      const head = fields(part.slice(0, end.end));
      const partType = head.get('content-type') ?? 'text/plain';
      if (/^(?:text\/html|application\/xhtml\+xml)\b/i.test(partType)) {
        // The part's body, without the line break that belongs to the next delimiter.
        html.push({ head, body: part.slice(end.body).replace(/\r$/, '') });
        if (start && (head.get('content-id') ?? '').trim() === start) root = html.length - 1;
      }
    }
    at = next < 0 ? -1 : next + 1;
  }
  if (root > 0) html.unshift(...html.splice(root, 1));
  const saved = top.head.get('snapshot-content-location') ?? null;
  const pages: MhtmlPage[] = [];
  for (const [k, part] of html.entries()) {
    const page = pageOf(part, k === 0 ? saved : null);
    if (page) pages.push(page);
  }
  return pages;
}

/**
 * The page inside a saved MHTML file as text: decoded as a page served with its part's charset
 * would be, with where it was saved from written first as the `<!-- saved from url=(NNNN)… -->`
 * comment browsers put in a saved page, so the portal (lib/recognise/portal.ts) is read from it as
 * from any saved page, and a desk record that keeps only this text keeps that evidence too.
 */
export function mhtmlText(page: MhtmlPage): string {
  const { text } = decodeHtml(page.html, page.charset ? `text/html; charset=${page.charset}` : null);
  const url = page.location?.trim() ?? '';
  if (!/^https?:\/\/\S+$/i.test(url)) return text;
  return `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n${text}`;
}

/**
 * The page of a saved MHTML file that holds the report, as text, with its audit: the root page, or
 * where it holds none the first of its frames that does (an article in an iframe); else the root
 * page, audited (not a report). Null for a file with no page in it.
 */
export function auditMhtml(pages: MhtmlPage[]): { html: string; audit: Audit<BareElement> } | null {
  let first: { html: string; audit: Audit<BareElement> } | null = null;
  for (const page of pages) {
    const html = mhtmlText(page);
    const a = audit(sourceFromHtml(html));
    if (a.detected) return { html, audit: a };
    first ??= { html, audit: a };
  }
  return first;
}
