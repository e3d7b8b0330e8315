/**
 * Detection then audit: the cheap keyword check first, so non-report pages cost well under a
 * millisecond; the full audit only where the check passes (or the user asked for it).
 */

import { quickCheck, sourceFromDocument } from '../../lib/adapters/dom';
import { type Audit, audit } from '../../lib/audit';
import { yieldToMain } from '../../utils/chunk';
import { measure } from './measure';

/** Audits the document, or returns null when the quick check says it cannot be a report. */
export async function detectAndAudit(doc: Document, force: boolean): Promise<Audit<Element> | null> {
  const t0 = performance.now();
  const maybe = force || quickCheck(doc);
  measure('gra:detect', t0);
  if (!maybe) return null;
  const t1 = performance.now();
  const source = sourceFromDocument(doc);
  const tRead = measure('gra:read', t1);
  // On a huge page reading the DOM is one slice and auditing another, so neither blocks long.
  if (tRead > 8) await yieldToMain();
  const t2 = performance.now();
  const result = audit(source);
  measure('gra:check', t2);
  measure('gra:audit', t1);
  return result;
}
