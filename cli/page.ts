/** One page through the whole audit: bytes → text → page source → audit → export entry. */
import { sourceFromHtml, sourceFromText } from '../lib/adapters/htmlparser2';
import { audit, toPageResult } from '../lib/audit';
import type { PageResult } from '../lib/model';
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
 * Whether bytes that do not open as markup are text: UTF-16 with its byte order mark, or no NUL and
 * few other control characters in their first 64 KB (a binary file, an old Word document, has many).
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  // UTF-16 with its byte order mark (Notepad's "Unicode"): text, NULs and all.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= n / 100;
}
