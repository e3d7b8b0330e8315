/**
 * Checks across reports: when one run holds two consecutive years of one agency (same name, same
 * portal: lib/desk/cross.ts decides, for the CLI and the desk alike), the pair rules compare them,
 * the findings go to the later year's page, naming the earlier report, and its pair checks say
 * they ran.
 */
import { type CrossItem, crossCheckItems } from '../lib/desk/cross';
import type { PageResult } from '../lib/model';
import { withEarlierPairChecks, withPairChecks } from '../lib/rules/index';
import type { PairRule } from '../lib/rules/types';

/** Returns the results with pair findings appended to the later report; the input is not changed. */
export function crossCheck(results: PageResult[], rules: PairRule[]): PageResult[] {
  const items: CrossItem[] = [];
  results.forEach((r, i) => {
    if (!r.detected) return;
    items.push({
      id: String(i),
      report: r.report,
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.url !== undefined ? { url: r.url } : {}),
    });
  });
  const { findings, paired, earlier, sure, compared, comparedEarlier } = crossCheckItems(
    items,
    { pairs: [] },
    rules,
  );
  const none = new Set<string>();
  return results.map((r, i) => {
    const id = String(i);
    if (!r.detected) return r;
    const later = earlier.get(id);
    // An earlier year's pair checks point at the later report, where their findings are filed,
    // unless it is itself a later year of another pair.
    if (!paired.has(id))
      return later === undefined || !r.checks
        ? r
        : { ...r, checks: withEarlierPairChecks(r.checks, later, rules, comparedEarlier.get(id) ?? none) };
    const more = findings.get(id) ?? [];
    return {
      ...r,
      findings: [...r.findings, ...more],
      ...(r.checks
        ? { checks: withPairChecks(r.checks, more, rules, sure.has(id), compared.get(id) ?? none) }
        : {}),
    };
  });
}
