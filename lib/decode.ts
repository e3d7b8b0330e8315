/**
 * Turns a page's bytes into text the way a browser would: BOM, then the HTTP charset, then a
 * `<meta>` charset in the first 2 KB, then a guess (UTF-8 when it is valid, or nearly so with a
 * few stray bytes, else GB18030 — the usual suspect on Chinese government sites). Pure (TextDecoder
 * exists in Node and browsers): the CLI decodes fetched pages with it, the desk decodes dropped
 * .html files.
 */

import { utf16Bom } from './sniff';

/** How the encoding was chosen, for messages and tests. */
export type EncodingSource = 'bom' | 'http' | 'meta' | 'sniff';

/** Decoded text and the encoding that produced it. */
export interface Decoded {
  text: string;
  encoding: string;
  source: EncodingSource;
}

/** GB2312 and GBK pages are decoded as GB18030, their superset, so no character is lost. */
const GB_ALIASES = new Set([
  'gb2312',
  'gbk',
  'x-gbk',
  'gb_2312-80',
  'csgb2312',
  'chinese',
  'gb_2312',
  'cp936',
]);

/**
 * Decoders by encoding, each made once: making a TextDecoder costs about as much as decoding a
 * small page, and one whose decode() is called without `stream` keeps nothing from one call to
 * the next (not a BOM, not a split sequence, not a fatal error).
 */
const DECODERS = new Map<string, TextDecoder>();
const FATAL_UTF8 = 'utf-8 fatal';
function decoder(encoding: string): TextDecoder {
  let d = DECODERS.get(encoding);
  if (d === undefined) {
    d = encoding === FATAL_UTF8 ? new TextDecoder('utf-8', { fatal: true }) : new TextDecoder(encoding);
    DECODERS.set(encoding, d);
  }
  return d;
}

/** Labels already looked up (pages declare a handful of them), up to LABELS_MAX. */
const LABELS = new Map<string, string | null>();
const LABELS_MAX = 256;

/** The WHATWG encoding name for a declared label, or null when it is empty or unknown. */
export function normaliseLabel(label: string | null | undefined): string | null {
  const l = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (GB_ALIASES.has(l)) return 'gb18030';
  let name = LABELS.get(l);
  if (name !== undefined) return name;
  try {
    name = new TextDecoder(l).encoding;
  } catch {
    name = null; // An unknown label is ignored, as browsers do.
  }
  if (LABELS.size < LABELS_MAX) LABELS.set(l, name);
  return name;
}

/** The `charset` parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m?.[2] ?? null;
}

function sniffBom(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  const utf16 = utf16Bom(bytes);
  if (utf16) return utf16;
  if (a === 0x84 && b === 0x31 && c === 0x95 && d === 0x33) return 'gb18030';
  return null;
}

/** The charset of `<meta charset>` or `<meta http-equiv=Content-Type content="…charset=…">`. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
  const head = decoder('latin1').decode(bytes.subarray(0, 2048));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*(?:["']\s*)?([\w.:-]+)/i.exec(tag);
    if (m?.[1]) return m[1];
  }
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    decoder(FATAL_UTF8).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts a byte string's well-formed multi-byte UTF-8 sequences and its ill-formed ones, the way
 * the WHATWG UTF-8 decoder finds them (each would become one U+FFFD).
 */
export function utf8Census(bytes: Uint8Array): { multi: number; bad: number } {
  let multi = 0;
  let bad = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else bad++;
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence breaks off: one error, and this byte starts afresh.
      bad++;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multi++;
      needed = seen = 0;
    }
  }
  if (needed > 0) bad++;
  return { multi, bad };
}

/**
 * Undeclared bytes are UTF-8 when they decode cleanly, or when the bad sequences are rare (a
 * handful, or under one per 1000 bytes) among ten times as many good multi-byte characters: a
 * UTF-8 page with a stray byte from a copy-paste. GBK text read as UTF-8 is nearly all errors.
 */
function looksUtf8(bytes: Uint8Array): boolean {
  if (isUtf8(bytes)) return true;
  const { multi, bad } = utf8Census(bytes);
  const rare = bad <= 8 || bad * 1000 < bytes.length;
  return rare && multi >= 10 * bad;
}

function choose(
  bytes: Uint8Array,
  contentType?: string | null,
): { encoding: string; source: EncodingSource } {
  const bom = sniffBom(bytes);
  if (bom) return { encoding: bom, source: 'bom' };
  const http = normaliseLabel(charsetFromContentType(contentType));
  if (http) return { encoding: http, source: 'http' };
  let meta = normaliseLabel(charsetFromMeta(bytes));
  // A meta tag cannot honestly declare UTF-16: it was read as ASCII (HTML spec, "prescan").
  if (meta?.startsWith('utf-16')) meta = 'utf-8';
  if (meta) return { encoding: meta, source: 'meta' };
  return { encoding: looksUtf8(bytes) ? 'utf-8' : 'gb18030', source: 'sniff' };
}

/** The bytes as UTF-8 when they are valid UTF-8 with some character beyond ASCII, else null. */
function plainlyUtf8(bytes: Uint8Array): string | null {
  try {
    // On GBK bytes this stops at the first Chinese character.
    const text = decoder(FATAL_UTF8).decode(bytes);
    return /[^\x00-\x7f]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/**
 * Decodes a page's bytes; `contentType` is the HTTP header when the page came from a URL. A `<meta>`
 * charset the bytes plainly contradict gives way to what they are, since a saved page has lost the
 * server's header that browsers read it by: GBK bytes under a template's `<meta charset="utf-8">`
 * (every Chinese character a U+FFFD) are read as GB18030, valid UTF-8 under `charset=gb2312` as UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const { encoding, source } = choose(bytes, contentType);
  if (source === 'meta' && encoding === 'gb18030') {
    const utf8 = plainlyUtf8(bytes);
    if (utf8 !== null) return { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8', source: 'sniff' };
  }
  // TextDecoder drops a matching BOM itself and replaces bad bytes instead of failing.
  const text = decoder(encoding)
    .decode(bytes)
    .replace(/^\uFEFF/, '');
  // Only a page with a bad byte is looked at again (one search of the text; honest pages have none).
  if (source === 'meta' && encoding === 'utf-8' && text.includes('\uFFFD') && !looksUtf8(bytes))
    return { text: decoder('gb18030').decode(bytes), encoding: 'gb18030', source: 'sniff' };
  return { text, encoding, source };
}
