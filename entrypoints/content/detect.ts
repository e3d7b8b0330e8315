/**
 * Detection then audit: the cheap keyword check first, so non-report pages cost well under a
 * millisecond; the full audit only where the check passes (or the user asked for it).
 */
import { quickCheck } from '../../lib/adapters/dom';
import { type Audit, auditSteps } from '../../lib/audit';
import type { PageSource } from '../../lib/source';
import { SLICE_MS, yieldToMain } from '../../utils/chunk';
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

/** Runs the core's audit a slice at a time: a page of many tables never holds the main thread long. */
async function auditSliced<N>(source: PageSource<N>): Promise<Audit<N>> {
  const steps = auditSteps(source);
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  }
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
  const result = live(await auditSliced(source));
  measure('gra:check', t2);
  measure('gra:audit', t1);
  return result;
}
