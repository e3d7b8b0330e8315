/** The page as the desk's snapshot keeps it. */

/**
 * utils/messages.ts's SNAPSHOT_MAX (page-html.test.ts keeps the two equal): that module brings the
 * messaging and schema libraries, which the page script does without.
 */
export const SNAPSHOT_MAX = 5_000_000;

/** The page as it is now, cut at the protocol's cap so a huge page still saves. */
export function pageHtml(): string {
  return document.documentElement.outerHTML.slice(0, SNAPSHOT_MAX);
}
