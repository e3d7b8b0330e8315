/**
 * What a fetched file's bytes say it is, whatever the server calls it: the extension's attachment
 * fetch (utils/attachment.ts) takes this alone, the CLI and the sweep (lib/sweep/kind.ts) fall back
 * from it to the server's word and the name. Pure and tiny: the popup's bundle carries it.
 */

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A PDF or a Word .docx by its content: `%PDF-` within the first KB (the standard allows a little
 * junk before it; portals serve PDFs as application/octet-stream), or a ZIP named or served as a
 * .docx. Null: neither.
 */
export function sniffKind(
  bytes: Uint8Array,
  name: string,
  contentType: string | null,
): 'pdf' | 'docx' | null {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (head.includes('%PDF-')) return 'pdf';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const type = (contentType ?? '').toLowerCase();
  if (zip && (type.startsWith(DOCX_TYPE) || /\.docx$/i.test(name))) return 'docx';
  return null;
}
