/**
 * What tells the desk's 与 2021 年对比 buttons apart: nothing where a year has one saved report; where
 * it has several (a page saved twice, a revised copy at another address), where each came from — its
 * file's name or its address's last part — and, where those are alike too, when it was read.
 */
import type { SavedReport } from '../../lib/desk/model';

/** The last part of an address (`…/t20220126_123.html`), or the address where it has none. */
function addressTail(url: string): string {
  const path = url.split(/[?#]/)[0]!.replace(/\/+$/, '');
  const tail = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(tail) || url;
  } catch {
    return tail || url;
  }
}

/** Where a saved report came from, in a few characters. */
const sourceOf = (r: SavedReport) => r.fileName ?? addressTail(r.url);

/** For each report (by id), what tells it from others of its year, or null where none shares its year. */
export function copyLabels(reports: SavedReport[]): Map<string, string | null> {
  const byYear = new Map<number | null, SavedReport[]>();
  for (const r of reports) {
    const y = r.result.report.year;
    byYear.set(y, [...(byYear.get(y) ?? []), r]);
  }
  const out = new Map<string, string | null>();
  for (const same of byYear.values()) {
    if (same.length === 1) {
      out.set(same[0]!.id, null);
      continue;
    }
    const sources = same.map(sourceOf);
    const distinct = new Set(sources).size === sources.length;
    same.forEach((r, i) => {
      out.set(
        r.id,
        distinct ? sources[i]! : `${sources[i]} · ${r.accessedAt.slice(0, 16).replace('T', ' ')}`,
      );
    });
  }
  return out;
}
