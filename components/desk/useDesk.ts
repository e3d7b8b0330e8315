/** The desk page's live data: the database handle, the summaries and the agency links. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AgencyLinks } from '../../lib/desk/agency';
import type { SavedSummary } from '../../lib/desk/model';
import { type Desk, openDesk } from '../../utils/desk-db';

/** What the page renders from; `reload` re-reads after any change. */
export interface DeskState {
  desk: Desk | null;
  list: SavedSummary[] | null;
  links: AgencyLinks | null;
  /** How many stored records failed validation (left in the database, not shown). */
  invalid: number;
  error: string | null;
  reload(): Promise<void>;
}

/** Opens the desk once and reads the list and links; `reload` re-reads both. */
export function useDesk(): DeskState {
  const [desk, setDesk] = useState<Desk | null>(null);
  const [list, setList] = useState<SavedSummary[] | null>(null);
  const [links, setLinks] = useState<AgencyLinks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(0);
  const read = useCallback(async (d: Desk) => {
    const [l, k] = await Promise.all([d.list(), d.getLinks()]);
    setList(l);
    setLinks(k);
    setInvalid(d.invalid().length);
  }, []);
  useEffect(() => {
    openDesk()
      .then(async (d) => {
        setDesk(d);
        await read(d);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [read]);
  const reload = useCallback(async () => {
    if (desk) await read(desk);
  }, [desk, read]);
  return { desk, list, links, invalid, error, reload };
}
