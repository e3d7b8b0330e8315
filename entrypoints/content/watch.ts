/**
 * Reports rendered after load, and live pages: a MutationObserver re-runs detection when the page
 * adds content (before a report is found) or changes a table (after). Our own nodes are ignored.
 * After a report is found, a change re-audits only when the report tables' text moved (see
 * fingerprint.ts), so a ticker in an appendix table costs one textContent, not an audit.
 *
 * Checks are spaced with backoff: the first comes MIN_DELAY_MS after a change; while the page keeps
 * changing each wait doubles, up to MAX_DELAY_MS; once the page has been quiet for as long as the
 * current wait (at least QUIET_MS) the next change is checked quickly again. A table rewritten every
 * 500 ms is thus re-audited at about 0.5, 2, 4.5, 9, 17 … s, then every 30 s.
 */
import { isOurs } from '../../utils/mark-style';
import { makeBackoff } from './backoff';
import type { Session } from './session';

function touchesTable(m: MutationRecord): boolean {
  const t = m.target;
  const el = t.nodeType === 1 ? (t as Element) : t.parentElement;
  if (el?.closest('table')) return true;
  for (const n of [...m.addedNodes, ...m.removedNodes])
    if (n.nodeType === 1 && ((n as Element).localName === 'table' || (n as Element).querySelector('table')))
      return true;
  return false;
}

/** Our own DOM work: the panel host, the stylesheet, highlight wrappers swapping with text nodes. */
function oursOnly(m: MutationRecord): boolean {
  const parent = m.target.parentElement;
  if (m.type === 'characterData') return parent !== null && isOurs(parent);
  if (isOurs(m.target)) return true;
  const added = Array.from(m.addedNodes);
  const removed = Array.from(m.removedNodes);
  const text = (n: Node) => n.nodeType === 3;
  const mine = (n: Node) => isOurs(n);
  return (
    (added.every(mine) && removed.every((n) => mine(n) || text(n))) ||
    (removed.every(mine) && added.every((n) => mine(n) || text(n)))
  );
}

function relevant(session: Session, m: MutationRecord): boolean {
  if (oursOnly(m)) return false;
  // Before a report is found any new content may be it; after, only table changes matter.
  return session.audit
    ? touchesTable(m)
    : Array.from(m.addedNodes).some((n) => n.nodeType === 1 || n.nodeType === 3);
}

/**
 * Observes the document until `signal` aborts; `alive()` is asked before each check (false: the
 * extension is gone, and the session ends).
 */
export function watchMutations(
  session: Session,
  signal: AbortSignal,
  alive: () => boolean = () => true,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const backoff = makeBackoff();
  // A report table changed while an audit was reading: the fingerprint (taken when the audit ends)
  // may hold the change while the result does not, so the next check audits without comparing.
  let halfRead = false;
  const fire = async () => {
    // Cleared first: content arriving while we audit schedules the next check.
    timer = undefined;
    if (!alive()) return;
    backoff.checked();
    const force = halfRead;
    halfRead = false;
    if (!force && session.audit && !session.tablesChanged()) return;
    await session.run(false);
  };
  const observer = new MutationObserver((records) => {
    const changes = records.filter((m) => relevant(session, m));
    if (changes.length === 0) return;
    if (session.auditing && changes.some((m) => session.inReportTables(m.target))) halfRead = true;
    const wait = backoff.change(performance.now());
    if (timer === undefined) timer = setTimeout(() => void fire(), wait);
  });
  // The document itself, not its root: a page may replace or remove <html>.
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
