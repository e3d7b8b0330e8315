/**
 * Reports rendered after load: a MutationObserver, debounced, re-runs detection when the page
 * adds content (before a report is found) or changes a table (after). Our own nodes are ignored,
 * and re-audits are spaced out so a busy page (tickers, clocks) costs next to nothing.
 */
import { isOurs } from '../../utils/mark-style';
import type { Session } from './session';

const DEBOUNCE_MS = 250;
const MIN_GAP_MS = 1000;
/** A page that keeps changing without becoming a report is re-checked less and less often. */
const MAX_GAP_MS = 30_000;

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

/** Observes the body until `signal` aborts. */
export function watchMutations(session: Session, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  let gap = MIN_GAP_MS;
  const fire = async () => {
    // Cleared first: content arriving while we audit schedules the next run.
    timer = undefined;
    last = performance.now();
    await session.run(false);
    gap = session.audit ? MIN_GAP_MS : Math.min(MAX_GAP_MS, gap * 2);
  };
  const observer = new MutationObserver((records) => {
    if (timer !== undefined || !records.some((m) => relevant(session, m))) return;
    const wait = Math.max(DEBOUNCE_MS, gap - (performance.now() - last));
    timer = setTimeout(() => void fire(), wait);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}
