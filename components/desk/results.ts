/**
 * Saved reports as export results: each page result with its URL (or file name), the user's flags,
 * and the cross-year findings the desk adds (carry-over, 表二 continuity, copied tables), with the
 * pair checks marked as run. The list, the report view and the exports all count and show a
 * report's cross-year findings through these functions, so they never disagree.
 */
import type { AgencyLinks } from '../../lib/desk/agency';
import { type CrossItem, type CrossResult, crossCheckItems } from '../../lib/desk/cross';
import type { SavedReport, SavedSummary } from '../../lib/desk/model';
import type { Check, Finding, PageResult } from '../../lib/model';
import { PAIR_RULES, withEarlierPairChecks, withPairChecks } from '../../lib/rules/index';
import type { Desk } from '../../utils/desk-db';
import type { DeskRow } from './filter';

/** Every saved report in full (summaries are not enough to export). */
export async function loadAll(desk: Desk): Promise<SavedReport[]> {
  const summaries = await desk.list();
  const full = await Promise.all(summaries.map((s) => desk.get(s.id)));
  return full.filter((r): r is SavedReport => r !== undefined && r !== null);
}

/** A saved report as the cross checks see it: where it was read names it in the other's findings. */
export function crossItem(r: SavedReport): CrossItem {
  return {
    id: r.id,
    report: r.result.report,
    ...(r.source === 'file' ? { file: r.fileName ?? r.url } : { url: r.url }),
  };
}

/** Cross-year findings of a set of saved reports (keyed by the later report's id), and which paired. */
export function crossOf(reports: SavedReport[], links: AgencyLinks): CrossResult {
  return crossCheckItems(reports.map(crossItem), links);
}

/** A report's findings as the desk shows and exports them: its own, then those across years. */
export function withCross(own: Finding[], cross: Finding[]): Finding[] {
  return cross.length > 0 ? [...own, ...cross] : own;
}

const PAIR_IDS = new Set(PAIR_RULES.map((r) => r.id));

/**
 * What the cross-year section says where it has no finding: no problem found only where a pair
 * check ran (passed); no other year saved; or none ran (nothing to compare, a pairing in doubt,
 * the earlier year's results filed with the later one), the checks line saying why.
 */
export function crossSaid(
  hasOthers: boolean,
  checks: Check[] | undefined,
): 'desk.crossNone' | 'desk.crossAlone' | 'desk.crossNotRun' {
  if (!hasOthers) return 'desk.crossAlone';
  const ran = (checks ?? []).some((c) => PAIR_IDS.has(c.rule) && c.status !== 'skipped');
  return ran ? 'desk.crossNone' : 'desk.crossNotRun';
}

const NONE: ReadonlySet<string> = new Set();

/** A report's checks once the cross-year checks ran against another year (unchanged when none did). */
export function checksOf(r: SavedReport, cross: CrossResult): Check[] | undefined {
  const { checks } = r.result;
  if (!checks) return checks;
  if (!cross.paired.has(r.id)) {
    const later = cross.earlier.get(r.id);
    return later === undefined
      ? checks
      : withEarlierPairChecks(checks, later, undefined, cross.comparedEarlier.get(r.id) ?? NONE);
  }
  return withPairChecks(
    checks,
    cross.findings.get(r.id) ?? [],
    undefined,
    cross.sure.has(r.id),
    cross.compared.get(r.id) ?? NONE,
  );
}

/** What the list counts of one report's cross-year findings. */
export interface CrossTally {
  errors: number;
  warnings: number;
  /** Every cross-year finding, info (an uncertain pairing) included: the 跨年 column. */
  count: number;
  /** The rules of the cross-year errors and warnings, each once (the list's rule filter). */
  rules: string[];
}

/** Counts cross-year findings the way the report view's header counts them (by severity). */
export function tally(cross: Finding[]): CrossTally {
  let errors = 0;
  let warnings = 0;
  const rules = new Set<string>();
  for (const f of cross) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else continue;
    rules.add(f.rule);
  }
  return { errors, warnings, count: cross.length, rules: [...rules] };
}

/**
 * A list row: the saved summary's own counts plus its cross-year ones, so 错误 in the list is the
 * 错误 the report view shows; `null` while the cross-year findings are still being computed.
 */
export function rowOf(s: SavedSummary, t: CrossTally | null): DeskRow {
  if (t === null) return { ...s, cross: null };
  const rules = t.rules.length > 0 ? [...new Set([...(s.rules ?? []), ...t.rules])] : s.rules;
  return {
    ...s,
    errors: s.errors + t.errors,
    warnings: s.warnings + t.warnings,
    cross: t.count,
    ...(rules ? { rules } : {}),
  };
}

/** One PageResult per saved report, ready for toCsv / toJson / the workbook. */
export function asResults(reports: SavedReport[], links: AgencyLinks): PageResult[] {
  const cross = crossOf(reports, links);
  return reports.map((r) => {
    const checks = checksOf(r, cross);
    return {
      ...(r.source === 'file' ? { file: r.fileName ?? r.url } : { url: r.url }),
      detected: true as const,
      report: r.result.report,
      findings: withCross(r.result.findings, cross.findings.get(r.id) ?? []),
      ...(checks ? { checks } : {}),
      flags: r.flags,
    };
  });
}
