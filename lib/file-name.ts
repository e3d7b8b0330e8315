/**
 * The file name an address ends in, worked out once for every caller: the sweep and the CLI tell a
 * fetched file's kind by it (lib/sweep/kind.ts), the extension names a fetched attachment by it
 * (utils/attachment.ts) and the popup shows it for a link with no text (ReviewOffer). Pure: `URL`
 * and `decodeURIComponent` exist in Node and every browser.
 */

/** `decodeURIComponent`, or the text as written where a malformed % sequence makes it throw. */
export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * An address's path, decoded: a URL's pathname, or for anything `URL` cannot parse (a relative
 * address, a bare name) its text before any ? or #. A malformed % sequence leaves it as written.
 */
export function decodedPath(href: string): string {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    path = href.split(/[?#]/)[0] ?? '';
  }
  return decodeSafe(path);
}

/** A path's last segment, split at / or \ (a Windows path's too); '' after a trailing slash. */
export function lastSegment(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

/** The file name an address ends in, decoded, without query or fragment; '' when its path ends in / or is empty. */
export function fileNameOf(href: string): string {
  return lastSegment(decodedPath(href));
}
