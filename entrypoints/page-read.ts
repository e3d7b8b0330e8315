/**
 * The page's own reader (entrypoints/content/read.ts readPage: the core's walk over the live DOM),
 * in a script of its own. The page script sends its markup for the background to read, and walks
 * its own DOM only when the answer disagrees with the page (entrypoints/content/session.ts); then
 * it asks the background to inject this into its frame (LOAD_READER), so the report pages that
 * never need the walk never compile it. It leaves the reader on the content scripts' global (this
 * extension's isolated world, out of the page's reach) under READER.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER } from '../utils/load-audit';
import { readPage } from './content/read';

export default defineUnlistedScript(() => {
  (globalThis as { [READER]?: typeof readPage })[READER] = readPage;
});
