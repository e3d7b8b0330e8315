/** Types for synthetic.mjs (the e2e tests build their live pages from it). */
export function syntheticReport(
  tables?: number,
  totalCells?: number,
): { html: string; cells: number; tables: number };
export function longPage(chars?: number): { html: string; chars: number };
