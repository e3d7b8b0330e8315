/**
 * A report published as an attachment (PDF, Word) or opened as a PDF: which links are readable,
 * which host may be fetched (the page's own *.gov.cn host only), and the fetch itself with a size
 * cap and a time limit. Every refusal is a message to show (Chinese / English). No browser API
 * here: the background hands in `fetch`, the tests a fake.
 */
import { decodedPath, fileNameOf } from '../lib/file-name';
import { readCapped } from '../lib/read-capped';
import { sniffKind, unreadableReason, ZIP_UNSUPPORTED } from '../lib/sniff';

/** What an attachment is by its name: readable (`pdf`, `docx`), named but not readable yet, or none. */
export type AttachmentKind = 'pdf' | 'docx' | 'unreadable';

/** Far above a real report (a PDF of scanned pages runs to a few MB); stops a video or an archive. */
export const ATTACHMENT_MAX_BYTES = 30 * 1024 * 1024;
/** A portal that sends nothing for this long is not going to. */
export const ATTACHMENT_TIMEOUT_MS = 30_000;

/** Formats the tool names a user may meet but cannot read here yet. */
const UNREADABLE = new Set(['doc', 'wps', 'ofd']);

/** The extension of a URL's (or file name's) last path segment, lower case, or ''. */
export function extensionOf(href: string): string {
  return /\.([a-z0-9]+)$/i.exec(decodedPath(href))?.[1]?.toLowerCase() ?? '';
}

const DOCUMENT = /^(?:pdf|docx|doc|wps|ofd)$/;

/** A document's extension: the address's when it names a document, else the link text's, else ''. */
export function documentExtension(href: string, text = ''): string {
  const own = extensionOf(href);
  if (DOCUMENT.test(own)) return own;
  const named = /\.([a-z0-9]+)\s*$/i.exec(text.trim())?.[1]?.toLowerCase() ?? '';
  return DOCUMENT.test(named) ? named : own;
}

/**
 * The kind of a link, by the extension of its address or, where the address names none (a portal's
 * `download.jsp?id=…`), of its text: 杜集区…年度报告.pdf.
 */
export function attachmentKind(href: string, text = ''): AttachmentKind | null {
  const ext = documentExtension(href, text);
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (UNREADABLE.has(ext)) return 'unreadable';
  return null;
}

/** The message for a format named but not read yet. */
export function unreadableMessage(href: string, text = ''): string {
  const ext = documentExtension(href, text);
  const what = ext === 'ofd' ? 'OFD' : ext === 'wps' ? 'WPS' : '旧版 Word（.doc）';
  const en = ext === 'ofd' ? 'OFD' : ext === 'wps' ? 'WPS' : 'old Word (.doc)';
  return `暂不能读取${what}格式的附件，请下载后另存为 PDF 或 .docx 再审核 / ${en} attachments cannot be read yet; save it as PDF or .docx and audit that`;
}

const isGov = (host: string) => host === 'gov.cn' || host.endsWith('.gov.cn');

/**
 * Why `target` may not be fetched for a page at `page`, or null when it may: both http(s), the
 * same host, and that host under gov.cn (where the extension holds its host permission). A report's
 * own PDF opened in the tab is its own page, so it passes.
 */
export function refuseHost(target: string, page: string | null): string | null {
  let t: URL;
  try {
    t = new URL(target);
  } catch {
    return '附件地址无效 / The attachment address is not valid';
  }
  if (t.protocol !== 'http:' && t.protocol !== 'https:')
    return `只能获取 http(s) 地址的附件 / Only http(s) attachments can be fetched (${t.protocol})`;
  let p: URL | null = null;
  try {
    p = page ? new URL(page) : null;
  } catch {
    p = null;
  }
  if (!p) return '无法确定当前页面的地址 / Cannot tell the address of the page';
  if (t.hostname !== p.hostname)
    return `附件不在本站（${t.hostname}，本页为 ${p.hostname}），出于安全不会获取 / The attachment is on another host (${t.hostname}, this page is on ${p.hostname}); it is not fetched`;
  if (!isGov(t.hostname))
    return `只审核 *.gov.cn 网站上的附件（${t.hostname}） / Only attachments on *.gov.cn sites are fetched (${t.hostname})`;
  return null;
}

/** What was fetched: the bytes, what they are, the server's content type, the file name. */
export interface Fetched {
  bytes: Uint8Array;
  kind: 'pdf' | 'docx';
  type: string;
  name: string;
  /** The address the bytes came from, after redirects. */
  url: string;
}

/** A fetch refused or failed, with the message to show. */
export class AttachmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentError';
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Fetches an attachment of the page at `page` (refusing another host), within the size cap and the
 * time limit, and tells what it is. Throws AttachmentError with the message to show.
 */
export async function fetchAttachment(
  url: string,
  page: string | null,
  opts: { fetch?: typeof fetch; maxBytes?: number; timeoutMs?: number } = {},
): Promise<Fetched> {
  const refusal = refuseHost(url, page);
  if (refusal) throw new AttachmentError(refusal);
  const max = opts.maxBytes ?? ATTACHMENT_MAX_BYTES;
  const tooBig = () =>
    new AttachmentError(`附件超过 ${mb(max)}，不予读取 / The attachment is larger than ${mb(max)}; not read`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs ?? ATTACHMENT_TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await (opts.fetch ?? fetch)(url, { signal: abort.signal, credentials: 'include' });
    } catch (e) {
      if (abort.signal.aborted) throw new AttachmentError('获取附件超时 / Fetching the attachment timed out');
      throw new AttachmentError(
        `无法获取附件（网络错误） / Cannot fetch the attachment (network error: ${(e as Error)?.message ?? e})`,
      );
    }
    // A redirect to another host (a CDN, a login page elsewhere) is refused like a link there.
    const final = res.url || url;
    const moved = refuseHost(final, url);
    if (moved) throw new AttachmentError(moved);
    if (!res.ok)
      throw new AttachmentError(
        `获取附件失败（HTTP ${res.status}） / Fetching the attachment failed (HTTP ${res.status})`,
      );
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(res, max, tooBig);
    } catch (e) {
      if (e instanceof AttachmentError) throw e;
      if (abort.signal.aborted) throw new AttachmentError('获取附件超时 / Fetching the attachment timed out');
      throw new AttachmentError(`附件下载中断 / The download broke off (${(e as Error)?.message ?? e})`);
    }
    const type = res.headers.get('content-type') ?? '';
    const name = fileNameOf(final) || fileNameOf(url);
    if (bytes.length === 0) throw new AttachmentError('附件是空的 / The attachment is empty');
    const kind = sniffKind(bytes, name, type);
    if (!kind) {
      if (/html/i.test(type))
        throw new AttachmentError(
          '该地址返回的是网页而不是附件（可能需要登录或已失效） / The address returned a web page, not the file (a login page, or the link is gone)',
        );
      // An old Word file, an OFD, a spreadsheet, an archive: said what it is. (Of another ZIP, the
      // CLI's advice to give it a page or a document instead means nothing here.)
      const why = unreadableReason(bytes, name);
      throw new AttachmentError(
        why && why !== ZIP_UNSUPPORTED
          ? why
          : '附件不是 PDF 或 .docx 文件 / The attachment is not a PDF or .docx file',
      );
    }
    return { bytes, kind, type, name, url: final };
  } finally {
    clearTimeout(timer);
  }
}
