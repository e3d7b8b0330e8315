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
