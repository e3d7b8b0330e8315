/**
 * The desk's checks across reports: every pair rule on consecutive years of one agency (names
 * matched by key and the user's links). Linear in the number of reports, so it can run on every
 * render of a desk of thousands.
 */
import type { Finding, Report } from '../model';
import { PAIR_RULES } from '../rules/index';
import type { PairRule } from '../rules/types';
import { type AgencyLinks, agencyKey, agencyResolver } from './agency';

/** One saved report as the cross checks see it. */
export interface CrossItem {
  id: string;
  report: Report;
}

/**
 * Findings of the pair rules, keyed by the later report's id (only ids with findings appear).
 * Reports without an agency or a year cannot be placed in a sequence and are left out.
 */
export function crossFindings(
  items: CrossItem[],
  links: AgencyLinks,
  rules: PairRule[] = PAIR_RULES,
): Map<string, Finding[]> {
  const resolve = agencyResolver(links);
  // agency → year → items; two saves of one year (two URLs) are each paired with the other year.
  const groups = new Map<string, Map<number, CrossItem[]>>();
  for (const item of items) {
    const key = agencyKey(item.report.agency);
    const year = item.report.year;
    if (key === null || year === null) continue;
    const canon = resolve(key);
    let years = groups.get(canon);
    if (!years) {
      years = new Map();
      groups.set(canon, years);
    }
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  const out = new Map<string, Finding[]>();
  for (const years of groups.values()) {
    for (const [year, nexts] of [...years].sort((a, b) => a[0] - b[0])) {
      const prevs = years.get(year - 1);
      if (!prevs) continue;
      for (const next of nexts) {
        const found = prevs.flatMap((prev) =>
          rules.flatMap((rule) => rule.runPair(prev.report, next.report)),
        );
        if (found.length > 0) out.set(next.id, [...(out.get(next.id) ?? []), ...found]);
      }
    }
  }
  return out;
}
