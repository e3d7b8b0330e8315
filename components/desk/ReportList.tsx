/**
 * Every saved report as a row, sortable and filterable. Only the rows in view are rendered (fixed
 * row height), so 5,000 reports scroll and filter as fast as 50.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ruleText, say } from '../lang';
import { i18n } from '../popup/i18n';
import {
  choices,
  type DeskRow,
  type Filters,
  filterBy,
  filterIndexed,
  index,
  NO_FILTERS,
  nextSort,
  type Sort,
  type SortKey,
  sortIndexed,
} from './filter';

/** Row height in px; the CSS gives `.desk-row` the same. */
export const ROW_HEIGHT = 30;
const OVERSCAN = 8;

/** The columns in order; `title` is labelled by desk.colTitle (desk.title names the page). */
export const COLUMNS: SortKey[] = [
  'title',
  'portal',
  'year',
  'template',
  'published',
  'deadline',
  'errors',
  'warnings',
  'cross',
  'flags',
  'savedAt',
];

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

const DEADLINE_TEXT = {
  'on-time': 'desk.deadlineOnTime',
  late: 'desk.deadlineLate',
  unknown: 'desk.deadlineUnknown',
} as const;

/** A column's header text. */
function heading(key: SortKey): string {
  return i18n.t(key === 'title' ? 'desk.colTitle' : `desk.${key}`);
}

/** A cell's text. */
export function text(s: DeskRow, key: SortKey): string {
  const v = s[key];
  if (key === 'cross' && v === null) return '…';
  if (key === 'savedAt') return beijing(String(v));
  if (key === 'deadline') return i18n.t(DEADLINE_TEXT[s.deadline ?? 'unknown']);
  return v === null || v === undefined || v === '' ? '—' : String(v);
}

/** A cell's extra class: errors in red, a late report marked. */
function tone(s: DeskRow, key: SortKey): string {
  if ((key === 'errors' || key === 'cross') && (s[key] ?? 0) > 0) return ' has-errors';
  if (key === 'deadline' && s.deadline) return ` deadline-${s.deadline}`;
  return '';
}

/** A select over the values the list has, '' being "any". */
function Choice(props: {
  name: keyof Filters;
  value: string;
  any: string;
  options: [string, string][];
  onChange(v: string): void;
}) {
  return (
    <select
      class="desk-choice"
      data-filter={props.name}
      aria-label={props.any}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{props.any}</option>
      {props.options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** The filters, the header with sort buttons, and the windowed rows. */
export function ReportList({ list, ready, onOpen }: ReportListProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'savedAt', dir: -1 });
  const [top, setTop] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const indexed = useMemo(() => index(list), [list]);
  const options = useMemo(() => choices(list), [list]);
  const sorted = useMemo(() => sortIndexed(indexed, sort), [indexed, sort]);
  const narrowed = useMemo(() => filterBy(sorted, filters), [sorted, filters]);
  const shown = useMemo(() => filterIndexed(narrowed, query), [narrowed, query]);

  // The benchmark's measure: from the keystroke (marked in onInput) to these rows in the DOM.
  useLayoutEffect(() => {
    if (performance.getEntriesByName('desk:input', 'mark').length === 0) return;
    performance.measure('desk:filter', 'desk:input');
    performance.clearMarks('desk:input');
  }, [shown]);

  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  // The box is at most 60vh tall, so the window's height bounds what can be in view.
  const last = Math.min(shown.length, Math.ceil((top + window.innerHeight) / ROW_HEIGHT) + OVERSCAN);
  const toTop = () => {
    if (box.current) box.current.scrollTop = 0;
    setTop(0);
  };
  const set = (key: keyof Filters) => (v: string | boolean) => {
    setFilters((f) => ({ ...f, [key]: v }));
    toTop();
  };
  const same = (xs: string[]): [string, string][] => xs.map((x) => [x, x]);
  return (
    <section class="desk-list" data-cross={ready ? 'ready' : 'pending'}>
      <div class="desk-filters">
        <input
          type="search"
          class="desk-filter"
          placeholder={i18n.t('desk.filter')}
          aria-label={i18n.t('desk.filter')}
          value={query}
          onInput={(e) => {
            performance.mark('desk:input');
            setQuery(e.currentTarget.value);
            toTop();
          }}
        />
        <label class="desk-errors-only">
          <input
            type="checkbox"
            data-filter="errorsOnly"
            checked={filters.errorsOnly}
            onChange={(e) => set('errorsOnly')(e.currentTarget.checked)}
          />
          {i18n.t('desk.errorsOnly')}
        </label>
        <Choice
          name="rule"
          value={filters.rule}
          any={i18n.t('desk.anyRule')}
          options={options.rules.map((r) => [r, ruleText(r).title])}
          onChange={set('rule')}
        />
        <Choice
          name="year"
          value={filters.year}
          any={i18n.t('desk.anyYear')}
          options={same(options.years)}
          onChange={set('year')}
        />
        <Choice
          name="template"
          value={filters.template}
          any={i18n.t('desk.anyTemplate')}
          options={same(options.templates)}
          onChange={set('template')}
        />
        <Choice
          name="portal"
          value={filters.portal}
          any={i18n.t('desk.anyPortal')}
          options={same(options.portals)}
          onChange={set('portal')}
        />
        <span class="desk-count" role="status">
          {say('deskCount', { n: list.length, shown: shown.length })}
        </span>
      </div>
      <div class="desk-head">
        {COLUMNS.map((c) => (
          <button
            type="button"
            key={c}
            class={`col col-${c}`}
            data-sort={c}
            data-dir={sort.key === c ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
            onClick={() => setSort((s) => nextSort(s, c))}
          >
            {heading(c)}
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
              title={s.agency ? `${s.title}\n${s.agency}` : s.title}
              style={{ top: `${(first + i) * ROW_HEIGHT}px` }}
              onClick={() => onOpen(s.id)}
            >
              {COLUMNS.map((c) => (
                <span key={c} class={`col col-${c}${tone(s, c)}`}>
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
