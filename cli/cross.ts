/**
 * Checks across reports: when one run holds two consecutive years of the same agency, the pair
 * rules (carry-over-mismatch) compare them, and the findings go to the later year's page.
 */
import type { PageResult, Report } from '../lib/model';
import type { PairRule } from '../lib/rules/types';
import { agencyKey } from './agency';

type Detected = Extract<PageResult, { detected: true }>;

/** Returns the results with pair findings appended to the later report; the input is not changed. */
export function crossCheck(results: PageResult[], rules: PairRule[]): PageResult[] {
  const byAgency = new Map<string, { index: number; report: Report; year: number }[]>();
  results.forEach((r, index) => {
    if (!r.detected || !r.report.agency || r.report.year === null) return;
    const key = agencyKey(r.report.agency);
    if (!key) return;
    byAgency.set(key, [...(byAgency.get(key) ?? []), { index, report: r.report, year: r.report.year }]);
  });
  const added = new Map<number, Detected['findings']>();
  for (const reports of byAgency.values()) {
    for (const next of reports) {
      for (const prev of reports) {
        if (prev.year !== next.year - 1) continue;
        const found = rules.flatMap((rule) => rule.runPair(prev.report, next.report));
        added.set(next.index, [...(added.get(next.index) ?? []), ...found]);
      }
    }
  }
  return results.map((r, i) => {
    const more = added.get(i);
    return more?.length && r.detected ? { ...r, findings: [...r.findings, ...more] } : r;
  });
}
