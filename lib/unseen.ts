/**
 * The characters a reader does not see, which word processors and editors leave in text: soft
 * hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark. As the body of a
 * regular-expression character class. In a module of its own with no imports: the page walk
 * (lib/adapters/walk.ts) drops them from what it reads, the page's highlights (utils/highlight.ts)
 * skip them when they look for a quote, and labels (lib/text.ts) drop them with white space; the
 * walk and the highlights run in the page script, which must not bring lib/text.ts's tables.
 */
export const UNSEEN_CHARS = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
