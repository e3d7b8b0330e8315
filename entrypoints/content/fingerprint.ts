/**
 * What a re-audit would read differently: the text of the tables the last audit took its cells
 * from, plus how many tables the page has (a late 表四, a table replaced by a new one). Reading it
 * costs one textContent per report table, not a walk of the page, so the mutation watcher can ask
 * on every burst of changes and re-audit only when the answer moved.
 */

/** The elements the audit's cells sit in: each cell's <table>, or the cell itself outside one. */
export function reportTables(cells: Iterable<Element>): Element[] {
  const out = new Set<Element>();
  for (const cell of cells) out.add(cell.closest('table') ?? cell);
  return [...out];
}

/**
 * The fingerprint of `tables` in `doc`: their text (textContent: our marks add attributes and
 * wrap fact text in spans, neither of which changes it) and the document's table count. A table
 * the page removed reads as gone, so replacing a table always counts as a change.
 */
export function tablesPrint(doc: Document, tables: readonly Element[]): string {
  let out = String(doc.getElementsByTagName('table').length);
  for (const t of tables) out += t.isConnected ? `\u0001${t.textContent ?? ''}` : '\u0002';
  return out;
}
