/**
 * What to mark, decided before touching the page: the audit's cells grouped by element (a merged
 * cell stands for several addresses) with the findings that name them and their worst severity.
 */
import type { Finding, Severity } from '../lib/model';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** What the audit hands to the marks (a subset of lib/audit.ts's Audit<Element>). */
export interface MarkInput {
  findings: Finding[];
  cellNodes: Map<string, Element>;
  factNodes: Map<string, { node: Element; start: number; end: number }>;
  facts: { key: string; quote: string }[];
}

/** What a marked cell stands for; the tooltip reads it. */
export interface CellInfo {
  addresses: string[];
  /** Indexes into the findings that name this cell. */
  findings: number[];
  severity: Severity | null;
}

/** Groups the audit by element: one element may carry several addresses (merged cells). */
export function planCells(input: MarkInput): Map<Element, CellInfo> {
  const byNode = new Map<Element, CellInfo>();
  const byAddress = new Map<string, CellInfo>();
  for (const [addr, node] of input.cellNodes) {
    let info = byNode.get(node);
    if (!info) {
      info = { addresses: [], findings: [], severity: null };
      byNode.set(node, info);
    }
    info.addresses.push(addr);
    byAddress.set(addr, info);
  }
  input.findings.forEach((f, i) => {
    for (const addr of f.cells) {
      const info = byAddress.get(addr);
      if (!info || info.findings.includes(i)) continue;
      info.findings.push(i);
      if (info.severity === null || RANK[f.severity] > RANK[info.severity]) info.severity = f.severity;
    }
  });
  return byNode;
}
