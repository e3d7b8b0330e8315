/**
 * The cross-year findings of the whole desk, for the list's 跨年 column: every report is read once
 * after the list shows (in small batches, so typing in the filter stays responsive meanwhile) and
 * only the counts are kept, not the reports.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AgencyLinks } from '../../lib/desk/agency';
import { type CrossItem, crossCheckItems } from '../../lib/desk/cross';
import type { SavedSummary } from '../../lib/desk/model';
import type { Desk } from '../../utils/desk-db';
import { type CrossTally, crossItem, tally } from './results';

const BATCH = 200;

/** id → its cross-year findings counted (absent: none); null until computed. */
export function useCross(desk: Desk | null, list: SavedSummary[] | null, links: AgencyLinks | null) {
  const [counts, setCounts] = useState<Map<string, CrossTally> | null>(null);
  useEffect(() => {
    if (!desk || !list || !links) return;
    let stale = false;
    setCounts(null);
    void (async () => {
      // Only agencies with two or more dated reports can have a cross-year finding.
      const per = new Map<string, number>();
      for (const s of list)
        if (s.agencyKey && s.year !== null) per.set(s.agencyKey, (per.get(s.agencyKey) ?? 0) + 1);
      const linked = new Set(links.pairs.flat());
      const wanted = list.filter(
        (s) => s.agencyKey && s.year !== null && ((per.get(s.agencyKey) ?? 0) > 1 || linked.has(s.agencyKey)),
      );
      const items: CrossItem[] = [];
      for (let i = 0; i < wanted.length; i += BATCH) {
        const got = await Promise.all(wanted.slice(i, i + BATCH).map((s) => desk.get(s.id)));
        if (stale) return;
        for (const r of got) if (r) items.push(crossItem(r));
        // Let input events in between batches.
        await new Promise((r) => setTimeout(r, 0));
      }
      const { findings } = crossCheckItems(items, links);
      if (!stale) setCounts(new Map([...findings].map(([id, fs]) => [id, tally(fs)])));
    })();
    return () => {
      stale = true;
    };
  }, [desk, list, links]);
  return counts;
}
