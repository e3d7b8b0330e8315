/** Link two agency names the normalisation cannot see are one (a renamed bureau), or unlink them. */
import { useMemo, useState } from 'preact/hooks';
import { type AgencyLinks as Links, link, unlink } from '../../lib/desk/agency';
import type { SavedSummary } from '../../lib/desk/model';
import { i18n } from '../popup/i18n';

/** Props: the summaries (for the names), the current links and how to store new ones. */
export interface AgencyLinksProps {
  list: SavedSummary[];
  links: Links;
  onChange(links: Links): void;
}

/** Two pickers and a button, then the current links each with 取消关联. */
export function AgencyLinks({ list, links, onChange }: AgencyLinksProps) {
  // key → a name as written, for the pickers (one entry per key).
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of list) if (s.agencyKey && !m.has(s.agencyKey)) m.set(s.agencyKey, s.agency ?? s.agencyKey);
    return [...m].sort((x, y) => x[1].localeCompare(y[1], 'zh-CN'));
  }, [list]);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const name = (k: string) => names.find(([key]) => key === k)?.[1] ?? k;
  const picker = (value: string, set: (v: string) => void, label: string) => (
    <select value={value} aria-label={label} onChange={(e) => set(e.currentTarget.value)}>
      <option value="">—</option>
      {names.map(([k, n]) => (
        <option key={k} value={k}>
          {n}
        </option>
      ))}
    </select>
  );
  return (
    <section class="agency-links">
      <h2>{i18n.t('desk.links')}</h2>
      <p class="hint">{i18n.t('desk.linksHint')}</p>
      <p>
        {picker(a, setA, `${i18n.t('desk.agency')} 1`)} ↔ {picker(b, setB, `${i18n.t('desk.agency')} 2`)}{' '}
        <button type="button" disabled={!a || !b || a === b} onClick={() => onChange(link(links, a, b))}>
          {i18n.t('desk.link')}
        </button>
      </p>
      {links.pairs.length > 0 && (
        <ul class="link-list">
          {links.pairs.map(([x, y]) => (
            <li key={`${x}|${y}`}>
              {i18n.t('desk.linked')} {name(x)} ↔ {name(y)}{' '}
              <button type="button" onClick={() => onChange(unlink(links, x, y))}>
                {i18n.t('desk.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
