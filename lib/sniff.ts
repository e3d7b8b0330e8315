/**
 * What a fetched file's bytes say it is, whatever the server calls it: the extension's attachment
 * fetch (utils/attachment.ts) takes this alone, the CLI and the sweep (lib/sweep/kind.ts) fall back
 * from it to the server's word and the name. Pure and tiny: the popup's bundle carries it.
 */

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An ASCII text as the bytes it is stored as. */
const bytesOf = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

// `%PDF-`; and `word/document.xml`, the part every .docx holds (its name is stored as is in the
// ZIP's headers).
const PDF_MAGIC = bytesOf('%PDF-');
const DOCX_PART = bytesOf('word/document.xml');

/**
 * Whether `needle` lies wholly within the first `within` bytes, searched in the bytes themselves: a
 * string of the PDF header's KB built by spreading 1024 arguments into String.fromCharCode cost the
 * CLI ~80 µs a page, 1.5% of a folder's audit, for a header an HTML page never has.
 */
function includesBytes(bytes: Uint8Array, needle: number[], within = bytes.length): boolean {
  const hay = within < bytes.length ? bytes.subarray(0, within) : bytes;
  const first = needle[0]!;
  const end = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first); i !== -1 && i <= end; i = hay.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
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
  if (includesBytes(bytes, PDF_MAGIC, 1024)) return 'pdf';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const type = (contentType ?? '').toLowerCase();
  if (zip && (type.startsWith(DOCX_TYPE) || /\.docx$/i.test(name) || includesBytes(bytes, DOCX_PART)))
    return 'docx';
  return null;
}

/** UTF-16's byte order mark at the start of `bytes`: which of the two it is, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Whether the bytes open as markup: `<` first, after a byte order mark (UTF-8, or UTF-16's, then
 * read as UTF-16) and white space. No PDF does (look for its `%PDF-` first), and a web page nearly
 * always does.
 */
export function opensAsMarkup(bytes: Uint8Array): boolean {
  // UTF-16 with its byte order mark: the same test on its code units (the high byte of each 0).
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    const le = utf16 === 'utf-16le';
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      const [c, high] = le ? [bytes[i]!, bytes[i + 1]!] : [bytes[i + 1]!, bytes[i]!];
      if (high !== 0 || !(c === 0x20 || (c >= 0x09 && c <= 0x0d))) return high === 0 && c === 0x3c;
    }
    return false;
  }
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

/** What the CLI and the desk say of an old binary Word or WPS file: neither reads one. */
export const OLD_WORD_UNSUPPORTED =
  '不支持旧版 Word（.doc）或 WPS 格式，请另存为 .docx 后再试 / Old Word (.doc) and WPS files are not supported; save as .docx and try again';

/** What the CLI and the desk say of an OFD document (China's fixed-layout format): neither reads one. */
export const OFD_UNSUPPORTED =
  '不支持 OFD 格式，请用 OFD 阅读器打印或另存为 PDF 后再试 / OFD files are not supported; print or save it as PDF with an OFD reader and try again';

// An old binary Office file (an OLE compound file: .doc, .wps, .xls, .et) opens with these 8 bytes.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// The entry file every OFD document (China's fixed-layout format, GB/T 33190: a ZIP) holds at its root.
const OFD_ENTRY = bytesOf('OFD.xml');
// A spreadsheet's part (.xlsx, and WPS's .et saved as one).
const SHEET_PART = bytesOf('xl/workbook.xml');
const SHEET_NAME = /\.(?:xlsx?|et)$/i;

/**
 * Why bytes that are neither a page, a PDF nor a .docx cannot be read, by what they are rather than
 * what they are called: portals serve an old .doc under a .docx name, an OFD or a spreadsheet for a
 * report, and reading such bytes as a page only said "not a report" of a file that may well be one.
 * Null: none of these (text, or bytes to read as a page).
 */
export function unreadableReason(bytes: Uint8Array, name: string): string | null {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    return SHEET_NAME.test(name) ? SHEET_UNSUPPORTED : OLD_WORD_UNSUPPORTED;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  if (includesBytes(bytes, OFD_ENTRY)) return OFD_UNSUPPORTED;
  if (includesBytes(bytes, SHEET_PART)) return SHEET_UNSUPPORTED;
  if (/\.zip$/i.test(name))
    return '这是 ZIP 压缩包，请解压后审核其中的文件 / A ZIP archive: unpack it and audit the files inside';
  return ZIP_UNSUPPORTED;
}

/** Another ZIP-packed file (an .odt …): what a file given to the CLI or the desk is told. */
export const ZIP_UNSUPPORTED =
  '不支持的文件类型（ZIP 格式的文件，如 .odt），请使用 .html、.mhtml、.pdf、.docx 或 .txt / Unsupported file type (a ZIP-packed file, such as .odt); use .html, .mhtml, .pdf, .docx or .txt';

const SHEET_UNSUPPORTED =
  '不支持 Excel 表格文件，请另存为 PDF 后再试 / Spreadsheets (Excel) are not supported; save it as PDF and try again';

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
