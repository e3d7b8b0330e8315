/**
 * What to mark, decided before touching the page: the audit's cells grouped by element (a merged
 * cell stands for several addresses) with the findings that name them and their worst severity.
 */
import type { Finding, Severity } from '../lib/model';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * Rules whose cells get a quiet mark (a dotted outline) rather than their severity's fill. Most
 * blank cells are a zero written as nothing: 135 amber cells would bury the one real defect. A
 * blank that hides a figure is `blank-total` (an error, painted as such); a row whose figures
 * cannot be placed is `short-row` (a warning, painted as such).
 */
export const QUIET_RULES: ReadonlySet<string> = new Set(['blank-cell']);

/** What the audit hands to the marks (a subset of lib/audit.ts's Audit<Element>). */
export interface MarkInput<N = Element> {
  findings: Finding[];
  cellNodes: Map<string, N>;
  factNodes: Map<string, { node: N; start: number; end: number }>;
  facts: { key: string; quote: string }[];
}

/** What a marked cell stands for; the tooltip reads it. */
export interface CellInfo {
  addresses: string[];
  /** Indexes into the findings that name this cell. */
  findings: number[];
  /** The worst severity of the findings that name this cell, quiet ones aside. */
  severity: Severity | null;
  /** Named only by quiet findings (a blank cell): marked with a dotted outline, no fill. */
  quiet: boolean;
}

/** Groups the audit by element: one element may carry several addresses (merged cells). */
export function planCells<N = Element>(input: MarkInput<N>): Map<N, CellInfo> {
  const byNode = new Map<N, CellInfo>();
  const byAddress = new Map<string, CellInfo>();
  // forEach, not for-of with destructuring: this runs once per page, cold, where taking each entry
  // apart through the iterator protocol costs more than grouping it.
  input.cellNodes.forEach((node, addr) => {
    let info = byNode.get(node);
    if (!info) {
      info = { addresses: [], findings: [], severity: null, quiet: false };
      byNode.set(node, info);
    }
    info.addresses.push(addr);
    byAddress.set(addr, info);
  });
  input.findings.forEach((f, i) => {
    for (const addr of f.cells) {
      const info = byAddress.get(addr);
      if (!info || info.findings.includes(i)) continue;
      info.findings.push(i);
      if (QUIET_RULES.has(f.rule)) continue;
      if (info.severity === null || RANK[f.severity] > RANK[info.severity]) info.severity = f.severity;
    }
  });
  for (const info of byNode.values()) info.quiet = info.severity === null && info.findings.length > 0;
  return byNode;
}
