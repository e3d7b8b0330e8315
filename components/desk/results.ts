/**
 * Saved reports as export results: each page result with its URL (or file name), the user's flags,
 * and the cross-year findings the desk adds (carry-over, 表二 continuity, copied tables).
 */
import type { AgencyLinks } from '../../lib/desk/agency';
import { crossFindings } from '../../lib/desk/cross';
import type { SavedReport } from '../../lib/desk/model';
import type { Finding, PageResult } from '../../lib/model';
import type { Desk } from '../../utils/desk-db';

/** Every saved report in full (summaries are not enough to export). */
export async function loadAll(desk: Desk): Promise<SavedReport[]> {
  const summaries = await desk.list();
  const full = await Promise.all(summaries.map((s) => desk.get(s.id)));
  return full.filter((r): r is SavedReport => r !== undefined && r !== null);
}

/** Cross-year findings of a set of saved reports, keyed by the later report's id. */
export function crossOf(reports: SavedReport[], links: AgencyLinks): Map<string, Finding[]> {
  return crossFindings(
    reports.map((r) => ({ id: r.id, report: r.result.report })),
    links,
  );
}

/** One PageResult per saved report, ready for toCsv / toJson / the workbook. */
export function asResults(reports: SavedReport[], links: AgencyLinks): PageResult[] {
  const cross = crossOf(reports, links);
  return reports.map((r) => ({
    ...(r.source === 'file' ? { file: r.fileName ?? r.url } : { url: r.url }),
    detected: true as const,
    report: r.result.report,
    findings: [...r.result.findings, ...(cross.get(r.id) ?? [])],
    flags: r.flags,
  }));
}
