/**
 * A fixture page with one passage of its text replaced, audited: how the rule tests ask what a
 * rule says of a page that words something otherwise (`区政府共新收…56件` → `…50件`), without
 * building the page again. The passage must be on the page, or the variant would test nothing.
 */
import { readFileSync } from 'node:fs';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { type Audit, audit } from '../../lib/audit';
import type { Finding } from '../../lib/model';

/** The fixture page's HTML (test/fixtures/NAME). */
export function fixturePage(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** The audit of `page` with its first `from` replaced by `to`; throws where `from` is not there. */
export function auditVariant(page: string, from: string | RegExp, to: string): Audit<unknown> {
  if (typeof from === 'string' ? !page.includes(from) : !from.test(page))
    throw new Error(`the page does not hold ${String(from)}`);
  return audit(sourceFromHtml(page.replace(from, to)));
}

/**
 * What `rule` finds on the fixture page `name` once `from` is replaced by each text given, each finding
 * as `shown` makes it (its message by default).
 */
export function variantFindings<T = string>(
  name: string,
  from: string | RegExp,
  rule: string,
  shown: (f: Finding) => T = (f) => f.message as T,
): (to: string) => T[] {
  const page = fixturePage(name);
  return (to) =>
    auditVariant(page, from, to)
      .findings.filter((f) => f.rule === rule)
      .map(shown);
}
