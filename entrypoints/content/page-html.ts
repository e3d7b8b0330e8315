/** The page as the desk's snapshot keeps it. */
import { SNAPSHOT_MAX } from '../../utils/messages';

/** The page as it is now, cut at the protocol's cap so a huge page still saves. */
export function pageHtml(): string {
  return document.documentElement.outerHTML.slice(0, SNAPSHOT_MAX);
}
