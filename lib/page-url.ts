/**
 * A page's address as the extension keys what it keeps of the page, worked out in one place: the
 * flags (utils/flags.ts writes them, the page script reads them straight from storage), the desk's
 * "same page" match and auto-save's per-page limits. Pure and tiny, so the page script may carry it.
 */

/** A URL without its #hash: the same document, wherever the user had scrolled to. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * The key the flags are stored under: the URL as `URL` writes it, without the #hash (same
 * document) but with the query (`?id=` often picks the report); text `URL` cannot parse is only
 * cut at its #.
 */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return withoutHash(url);
  }
}
