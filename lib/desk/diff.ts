/** Two reports side by side: every address either has, in the template's order, changes marked. */
import { addressLabel, requiredAddresses } from '../keys';
import type { Report, TableId } from '../model';
import { same } from '../rules/helpers';

/** One line of the side-by-side view. */
export interface DiffRow {
  address: string;
  label: string;
  a: number | null;
  b: number | null;
  /** True when the values differ (a blank against a number counts as a change). */
  changed: boolean;
}

const TABLES: TableId[] = ['t2', 't3', 't4'];

/**
 * The union of both reports' cell addresses: first the template addresses in order (2021's, then
 * any 2019-only ones, so a report of each template lines up row by row), then any others sorted.
 */
export function diffReports(a: Report, b: Report): DiffRow[] {
  const first = a.template ?? b.template ?? '2021';
  const other = first === '2021' ? '2019' : '2021';
  const req1 = requiredAddresses(first);
  const req2 = requiredAddresses(other);
  const order: string[] = [];
  for (const t of TABLES) order.push(...req1[t], ...req2[t]);
  const seen = new Set<string>();
  const present = (addr: string) => addr in a.cells || addr in b.cells;
  const addrs: string[] = [];
  for (const addr of order) {
    if (seen.has(addr) || !present(addr)) continue;
    seen.add(addr);
    addrs.push(addr);
  }
  const rest = [...new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])]
    .filter((x) => !seen.has(x))
    .sort();
  const label = a.template ?? b.template;
  return [...addrs, ...rest].map((address) => {
    const va = a.cells[address]?.value ?? null;
    const vb = b.cells[address]?.value ?? null;
    const changed = va === null || vb === null ? va !== vb : !same(va, vb);
    return { address, label: addressLabel(address, label), a: va, b: vb, changed };
  });
}
