/**
 * Detection then audit: the cheap keyword check first, so non-report pages cost well under a
 * millisecond; the full audit only where the check passes (or the user asked for it).
 */
import { quickCheck } from '../../lib/adapters/dom';
import { type Audit, audit } from '../../lib/audit';
import { yieldToMain } from '../../utils/chunk';
import { measure } from './measure';
import { type Snap, sourceInSlices } from './snapshot';

/** Swaps the copies the core saw for the live elements they stand for. */
function live(a: Audit<Snap>): Audit<Element> {
  const cellNodes = new Map<string, Element>();
  for (const [k, s] of a.cellNodes) cellNodes.set(k, s.node as Element);
  const factNodes = new Map<string, { node: Element; start: number; end: number }>();
  for (const [k, f] of a.factNodes) factNodes.set(k, { ...f, node: f.node.node as Element });
  return { ...a, cellNodes, factNodes };
}

/** Audits the document, or returns null when the quick check says it cannot be a report. */
export async function detectAndAudit(doc: Document, force: boolean): Promise<Audit<Element> | null> {
  const t0 = performance.now();
  const maybe = force || quickCheck(doc);
  measure('gra:detect', t0);
  if (!maybe) return null;
  const t1 = performance.now();
  const source = await sourceInSlices(doc);
  const tRead = measure('gra:read', t1);
  // After a long (sliced) read, start the core's check in a fresh task.
  if (tRead > 8) await yieldToMain();
  const t2 = performance.now();
  const result = live(audit(source));
  measure('gra:check', t2);
  measure('gra:audit', t1);
  return result;
}
