/**
 * Every saved report as a row, sortable and filterable. Only the rows in view are rendered (fixed
 * row height), so 5,000 reports scroll and filter as fast as 50.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '../popup/i18n';
import { type DeskRow, filterIndexed, index, type Sort, type SortKey, sortIndexed } from './filter';

/** Row height in px; the CSS gives `.desk-row` the same. */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

const COLUMNS: SortKey[] = ['agency', 'year', 'template', 'errors', 'warnings', 'cross', 'flags', 'savedAt'];

/** Props: the summaries and what to do when one is opened. */
export interface ReportListProps {
  list: DeskRow[];
  /** The cross-year counts are in (the benchmark waits for this before it types). */
  ready: boolean;
  onOpen(id: string): void;
}

/**
 * A stored ISO time as `yyyy-mm-dd hh:mm` in Beijing time (UTC+8), the clock the report view's
 * 访问时间 and the citations use, so one saving reads the same everywhere.
 */
export function beijing(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function text(s: DeskRow, key: SortKey): string {
  const v = s[key];
  if (key === 'cross' && v === null) return '…';
  if (key === 'savedAt') return beijing(String(v));
  return v === null || v === undefined ? '—' : String(v);
}

/** The filter box, the header with sort buttons, and the windowed rows. */
export function ReportList({ list, ready, onOpen }: ReportListProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>({ key: 'savedAt', dir: -1 });
  const [top, setTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const indexed = useMemo(() => index(list), [list]);
  const sorted = useMemo(() => sortIndexed(indexed, sort), [indexed, sort]);
  const shown = useMemo(() => filterIndexed(sorted, query), [sorted, query]);

  // The benchmark's measure: from the keystroke (marked in onInput) to these rows in the DOM.
  useLayoutEffect(() => {
    if (performance.getEntriesByName('desk:input', 'mark').length === 0) return;
    performance.measure('desk:filter', 'desk:input');
    performance.clearMarks('desk:input');
  }, [shown]);

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  // The box is at most 60vh tall, so the window's height bounds what can be in view.
  const last = Math.min(shown.length, Math.ceil((top + window.innerHeight) / ROW_HEIGHT) + OVERSCAN);
  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));
  return (
    <section class="desk-list" data-cross={ready ? 'ready' : 'pending'}>
      <input
        type="search"
        class="desk-filter"
        placeholder={i18n.t('desk.filter')}
        aria-label={i18n.t('desk.filter')}
        value={query}
        onInput={(e) => {
          performance.mark('desk:input');
          setQuery(e.currentTarget.value);
          if (box.current) box.current.scrollTop = 0;
          setTop(0);
        }}
      />
      <span class="desk-count" role="status">
        {i18n.t('desk.count', [String(list.length), String(shown.length)])}
      </span>
      <div class="desk-head">
        {COLUMNS.map((c) => (
          <button type="button" key={c} class={`col col-${c}`} data-sort={c} onClick={() => toggle(c)}>
            {i18n.t(`desk.${c}`)}
            {sort.key === c ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
          </button>
        ))}
      </div>
      <div
        class="desk-rows"
        ref={box}
        style={{ height: `${shown.length * ROW_HEIGHT + 2}px` }}
        onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      >
        <div style={{ height: `${shown.length * ROW_HEIGHT}px`, position: 'relative' }}>
          {shown.slice(first, last).map(({ s }, i) => (
            <button
              type="button"
              key={s.id}
              class="desk-row"
              data-id={s.id}
              title={s.title}
              style={{ top: `${(first + i) * ROW_HEIGHT}px` }}
              onClick={() => onOpen(s.id)}
            >
              {COLUMNS.map((c) => (
                <span
                  key={c}
                  class={`col col-${c}${(c === 'errors' || c === 'cross') && (s[c] ?? 0) > 0 ? ' has-errors' : ''}`}
                >
                  {text(s, c)}
                </span>
              ))}
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
