/** One page through the whole audit: bytes → text → page source → audit → export entry. */
import { sourceFromHtml, sourceFromText } from '../lib/adapters/htmlparser2';
import { audit, toPageResult } from '../lib/audit';
import type { PageResult } from '../lib/model';
import { utf16Bom } from '../lib/sniff';
import { decodeHtml } from './decode';

/**
 * Audits a page's bytes; `contentType` is the HTTP header when it came from a URL. `asText`: the
 * bytes are plain text (a report copied into a .txt file), read line by line (sourceFromText).
 */
export function auditBytes(
  bytes: Uint8Array,
  where: { file?: string; url?: string },
  contentType: string | null = null,
  asText = false,
): PageResult {
  const { text } = decodeHtml(bytes, contentType);
  return toPageResult(audit(asText ? sourceFromText(text) : sourceFromHtml(text)), where);
}

/**
 * Whether bytes that do not open as markup are text, not a page: in their first 64 KB no page's tag,
 * and (but for UTF-16 with its byte order mark) no NUL and few other control characters (a binary
 * file, an old Word document, has many).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  // UTF-16 with its byte order mark (Notepad's "Unicode"): text, NULs and all.
  const utf16 = utf16Bom(head);
  if (utf16) return !MARKUP_TAG.test(new TextDecoder(utf16).decode(head));
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  // A page after some text (a server's warning before <!DOCTYPE>, headers saved with it) is a page.
  return control <= head.length / 100 && !MARKUP_TAG.test(new TextDecoder('latin1').decode(head));
}

/** A page's tags, which no report copied as text holds. */
const MARKUP_TAG = /<(?:!doctype|html|head|body|meta|title|table|tr|td|div|p|br|span)\b/i;
