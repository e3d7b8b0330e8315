/**
 * Two years of one agency laid out as the template prints them: each figure in both years with its
 * Δ, last year's 结转下年度 held against this year's 上年结转 (✓ equal, ✗ differ), and the rows where
 * nothing changed folded away until asked for.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  type CarryMark,
  type DiffCell,
  type DiffLine,
  type DiffTable,
  diffLayout,
} from '../../lib/desk/diff';
import type { SavedReport } from '../../lib/desk/model';
import { label } from '../../lib/i18n/format';
import { labelText } from '../../lib/i18n/render';
import { T3_COLUMNS } from '../../lib/keys';
import { columnName, rowName, say, tableTitle, uiLang } from '../lang';
import { i18n } from '../popup/i18n';

/** Props: the earlier and the later report, and how to close the view. */
export interface SideBySideProps {
  a: SavedReport;
  b: SavedReport;
  onClose(): void;
}

const show = (v: number | null) => (v === null ? '—' : String(v));

/** `+3`, `−2` (a real minus), `0`, or nothing when a year has no figure. */
export function deltaText(d: number | null): string {
  if (d === null) return '';
  if (d > 0) return `+${d}`;
  if (d < 0) return `−${-d}`;
  return '0';
}

function Mark({ m }: { m: CarryMark }) {
  return (
    <span
      class={`carry-mark ${m.equal ? 'carry-equal' : 'carry-differ'}`}
      title={i18n.t(m.equal ? 'desk.carryEqual' : 'desk.carryDiffer')}
      role="img"
      aria-label={i18n.t(m.equal ? 'desk.carryEqual' : 'desk.carryDiffer')}
    >
      {m.equal ? '✓' : '✗'}
    </span>
  );
}

/** One figure in both years and its Δ: three cells. */
function Cells({ c, mark }: { c: DiffCell; mark?: CarryMark | null }) {
  const ch = c.changed ? ' changed' : '';
  return (
    <>
      <td class={`v ya${ch}`}>{show(c.a)}</td>
      <td class={`v yb${ch}`} data-address={c.address}>
        {show(c.b)}
        {mark && <Mark m={mark} />}
      </td>
      <td class={`v delta${c.delta ? ' moved' : ''}`}>{deltaText(c.delta)}</td>
    </>
  );
}

/** A line's label in the UI's language (表二's lines are `row.column`). */
function lineLabel(table: DiffTable['table'], l: DiffLine): string {
  const lang = uiLang();
  if (lang === 'zh') return l.label;
  return table === 't2'
    ? labelText(label('cell', `t2.${l.key}`), lang)
    : rowName(table, l.key, l.label, lang);
}

/** A column head in the UI's language (表二's one column is the figure itself). */
function columnLabel(table: DiffTable['table'], c: { key: string; label: string }): string {
  const lang = uiLang();
  if (lang === 'zh') return c.label;
  return table === 't2' ? i18n.t('table.figure') : columnName(table, 'new', c.key, c.label, null, lang);
}

function Line({ l, table }: { l: DiffLine; table: DiffTable['table'] }) {
  return (
    <tr class={l.changed ? 'changed' : 'same'} data-row={l.key}>
      <th scope="row" class="label">
        {lineLabel(table, l)}
      </th>
      {l.cells.map((c, i) => (
        <Cells key={c.address} c={c} mark={l.carry?.[i]} />
      ))}
    </tr>
  );
}

/** One table: column labels across (each over its two years and Δ), row labels down the side. */
function Table({ t, ya, yb, all }: { t: DiffTable; ya: string; yb: string; all: boolean }) {
  const lines = all ? t.lines : t.lines.filter((l) => l.changed || l.carry);
  if (t.lines.length === 0) return null;
  return (
    <>
      <h3>{tableTitle(t.table)}</h3>
      <table class={`tpl diff diff-${t.table}`} data-table={t.table}>
        <thead>
          <tr>
            <th rowSpan={2} class="label" />
            {t.columns.map((c) => (
              <th key={c.key} colSpan={3} class="group">
                {columnLabel(t.table, c)}
              </th>
            ))}
          </tr>
          <tr>
            {t.columns.map((c) => [
              <th key={`${c.key}a`} class="year">
                {ya}
              </th>,
              <th key={`${c.key}b`} class="year">
                {yb}
              </th>,
              <th key={`${c.key}d`} class="year delta">
                {i18n.t('desk.delta')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <Line key={l.key} l={l} table={t.table} />
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Last year's 结转下年度 and this year's 上年结转, column by column, each pair marked. */
function CarryTable({ marks, ya, yb }: { marks: CarryMark[]; ya: string; yb: string }) {
  return (
    <>
      <h3>{i18n.t('desk.carryPair')}</h3>
      <table class="tpl diff carry" data-table="carry">
        <thead>
          <tr>
            <th class="label" />
            {T3_COLUMNS.map((c) => (
              <th key={c.key}>{columnLabel('t3', c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" class="label">
              {ya} {rowName('t3', 'carried_out', '四、结转下年度继续办理')}
            </th>
            {marks.map((m) => (
              <td key={m.column} class="v">
                {show(m.out)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" class="label">
              {yb} {rowName('t3', 'carried_in', '二、上年结转政府信息公开申请数量')}
            </th>
            {marks.map((m) => (
              <td key={m.column} class="v">
                {show(m.in)}
              </td>
            ))}
          </tr>
          <tr class="marks">
            <th scope="row" class="label" />
            {marks.map((m) => (
              <td key={m.column} class="v" data-column={m.column}>
                {m.out === null && m.in === null ? '' : <Mark m={m} />}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}

/** The comparison: the carry-over pairs, then 表二, 表三, 表四 with both years and Δ. */
export function SideBySide({ a, b, onClose }: SideBySideProps) {
  const [all, setAll] = useState(false);
  const layout = useMemo(() => diffLayout(a.result.report, b.result.report), [a, b]);
  const ya = String(a.result.report.year ?? '?');
  const yb = String(b.result.report.year ?? '?');
  return (
    <section class="side-by-side" aria-label={i18n.t('desk.sideBySide')}>
      <h2>
        {i18n.t('desk.sideBySide')}
        {uiLang() === 'zh' ? '：' : ': '}
        {a.result.report.agency ?? ''} {ya} / {yb}{' '}
        <button type="button" onClick={onClose}>
          {i18n.t('desk.back')}
        </button>
      </h2>
      {layout.unchanged > 0 && (
        <p>
          <button type="button" class="fold" data-fold={all ? 'open' : 'folded'} onClick={() => setAll(!all)}>
            {all ? i18n.t('desk.hideUnchanged') : say('showUnchanged', { n: layout.unchanged })}
          </button>
        </p>
      )}
      {layout.carry && <CarryTable marks={layout.carry} ya={ya} yb={yb} />}
      {layout.tables.map((t) => (
        <Table key={t.table} t={t} ya={ya} yb={yb} all={all} />
      ))}
    </section>
  );
}
