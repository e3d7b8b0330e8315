/**
 * Fetches a report page with the limits a batch run needs: a time limit over the whole exchange,
 * a bounded redirect chain we follow ourselves, and a size cap enforced while streaming.
 */

import { DEFAULT_MAX_BYTES } from './args';

/** Limits for one URL; the defaults are the CLI's. */
export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxRedirects: 5,
  maxBytes: DEFAULT_MAX_BYTES,
};

/** The page's bytes, its Content-Type (for the charset) and where it finally came from. */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

/** A failure with a message fit to print after `gov-report-audit: <url>: `. */
export class InputError extends Error {
  override name = 'InputError';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MB = 1024 * 1024;

/** The size-cap message, for files and URLs alike; `size` when it is known. */
export function tooBigMessage(size: number | null, maxBytes: number): string {
  const human = (n: number) =>
    n >= MB
      ? `${Number((n / MB).toFixed(1))} MB`
      : n >= 1024
        ? `${Number((n / 1024).toFixed(1))} KB`
        : `${n} B`;
  const actual = size === null ? '' : ` (${human(size)})`;
  const cap = human(maxBytes);
  return `超过 ${cap} 上限${actual} / larger than the ${cap} limit${actual}; --max-size 可调 / raise it with --max-size`;
}
// Some portals' firewalls turn away clients that do not say what they are and what they accept.
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; gov-report-audit)',
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  'accept-language': 'zh-CN,zh;q=0.9',
};

/**
 * GETs `url`, following at most `maxRedirects` redirects; throws InputError on every failure.
 * `follow`, when given, vets each redirect's target before it is fetched: a reason refuses it.
 */
export async function fetchPage(
  url: string,
  limits: Partial<FetchLimits> = {},
  follow?: (next: URL) => string | null,
): Promise<Fetched> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  // One signal for the whole chain and body, so a slow trickle cannot outlast the limit.
  const signal = AbortSignal.timeout(lim.timeoutMs);
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new InputError(
        `不支持的协议 / unsupported scheme ${current.protocol} (只支持 / only http, https): ${current.href}`,
      );
    }
    const res = await request(current, signal, lim);
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (!location) throw new InputError(`HTTP ${res.status} 没有 Location / without a Location header`);
      if (hop >= lim.maxRedirects) {
        throw new InputError(`重定向过多 / too many redirects (more than ${lim.maxRedirects})`);
      }
      current = parseUrl(location, current);
      const refused = follow?.(current);
      if (refused) throw new InputError(refused);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`HTTP ${res.status} ${res.statusText}`.trim());
    }
    const bytes = await readCapped(res, lim, signal);
    return { bytes, contentType: res.headers.get('content-type'), finalUrl: current.href };
  }
}

/** Plain words for the network failures a journalist on a train will meet. */
const NET_REASONS: Record<string, string> = {
  ENOTFOUND: '域名解析失败 / DNS lookup failed',
  EAI_AGAIN: '域名暂时无法解析，是否离线？ / DNS unavailable, offline?',
  ECONNREFUSED: '连接被拒绝 / connection refused',
  ECONNRESET: '连接被重置 / connection reset',
  ETIMEDOUT: '连接超时 / connection timed out',
  ENETUNREACH: '网络不可达，是否离线？ / network unreachable, offline?',
  EHOSTUNREACH: '主机不可达 / host unreachable',
  CERT_HAS_EXPIRED: '证书已过期 / certificate expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: '证书无法验证 / certificate cannot be verified',
  DEPTH_ZERO_SELF_SIGNED_CERT: '自签名证书 / self-signed certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: '证书与域名不符 / certificate does not match the host',
};

function parseUrl(text: string, base?: URL): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new InputError(`网址无效 / invalid address: ${text}`);
  }
}

async function request(url: URL, signal: AbortSignal, lim: FetchLimits): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: HEADERS });
  } catch (e) {
    throw failure(e, url, lim, signal);
  }
}

async function readCapped(res: Response, lim: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  const tooBig = (size: number | null = null) => new InputError(tooBigMessage(size, lim.maxBytes));
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > lim.maxBytes) {
    await res.body?.cancel();
    throw tooBig(declared);
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > lim.maxBytes) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw failure(e, new URL(res.url || 'http://unknown/'), lim, signal);
  }
  return Buffer.concat(chunks);
}

/** Codes of a body that does not decompress (zlib for gzip/deflate, brotli's own). */
const CORRUPT_BODY = /^Z_(?:DATA|BUF|STREAM)_ERROR$|^ERR__ERROR_FORMAT|^ERR_BROTLI/;

/** Names the cause: timeout, or offline / DNS / refused as `无法连接 / cannot reach host: why`. */
function failure(e: unknown, url: URL, lim: FetchLimits, signal?: AbortSignal): InputError {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || signal?.aborted) {
    return new InputError(`超时 / timed out after ${lim.timeoutMs / 1000} s`);
  }
  const code = err.cause?.code;
  if (code && CORRUPT_BODY.test(code)) {
    return new InputError(
      `服务器发来的压缩数据已损坏 / the server sent a corrupt compressed (gzip/deflate/br) body: ${err.cause?.message ?? code}`,
    );
  }
  const why = ((code ? NET_REASONS[code] : undefined) ?? err.cause?.message ?? err.message).replace(
    /\s+/g,
    ' ',
  );
  return new InputError(`无法连接 / cannot reach ${url.host}: ${why}${code ? ` (${code})` : ''}`);
}
