/**
 * What a fetched file's bytes say it is, whatever the server calls it: the extension's attachment
 * fetch (utils/attachment.ts) takes this alone, the CLI and the sweep (lib/sweep/kind.ts) fall back
 * from it to the server's word and the name. Pure and tiny: the popup's bundle carries it.
 */

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// `%PDF-`, byte by byte.
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/**
 * Whether `%PDF-` lies wholly within the first KB, searched in the bytes themselves: a string of
 * the KB built by spreading 1024 arguments into String.fromCharCode cost the CLI ~80 µs a page,
 * 1.5% of a folder's audit, for a header an HTML page never has.
 */
function hasPdfMagic(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - PDF_MAGIC.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < PDF_MAGIC.length; k++) if (bytes[i + k] !== PDF_MAGIC[k]) continue outer;
    return true;
  }
  return false;
}

// `word/document.xml`, the part every .docx holds (its name is stored as is in the ZIP's headers).
const DOCX_PART = Array.from('word/document.xml', (c) => c.charCodeAt(0));

/** Whether a ZIP names a `word/document.xml` part: a Word document, whatever it is called. */
function hasDocxPart(bytes: Uint8Array): boolean {
  const first = DOCX_PART[0]!;
  const end = bytes.length - DOCX_PART.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= end; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < DOCX_PART.length; k++) if (bytes[i + k] !== DOCX_PART[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A PDF or a Word .docx by its content: `%PDF-` within the first KB (the standard allows a little
 * junk before it; portals serve PDFs as application/octet-stream), or a ZIP named or served as a
 * .docx, or holding a Word document's part (a .docx saved under another name, or served as a
 * download with none). Null: neither.
 */
export function sniffKind(
  bytes: Uint8Array,
  name: string,
  contentType: string | null,
): 'pdf' | 'docx' | null {
  if (hasPdfMagic(bytes)) return 'pdf';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const type = (contentType ?? '').toLowerCase();
  if (zip && (type.startsWith(DOCX_TYPE) || /\.docx$/i.test(name) || hasDocxPart(bytes))) return 'docx';
  return null;
}

/**
 * Whether the bytes open as markup: `<` first, after a UTF-8 byte order mark and white space. No
 * PDF does (look for its `%PDF-` first), and a web page nearly always does.
 */
export function opensAsMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return bytes[i] === 0x3c;
}

/**
 * Why a web page under a document's name (.pdf, .doc, .docx, .wps) is not a report, for the reader
 * to see: more often than not it is the site's error or login page, saved or served in the file's
 * place. Null under any other name.
 */
export function misnamedPageReason(name: string): string | null {
  const ext = /\.(pdf|docx?|wps)$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext) return null;
  return `文件名为 .${ext}，内容却是网页，且不是年报（可能是网站的错误页或登录页） / named .${ext} but holding a web page, and not a report (perhaps the site's error or login page)`;
}
