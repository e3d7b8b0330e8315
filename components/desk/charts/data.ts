/**
 * What the desk's charts draw, shaped from saved reports: pure (no DOM, no chart library), so the
 * tests read the same numbers the pictures show, and the chart code itself loads only when the
 * charts open.
 *
 * Decisions:
 * - One agency is what the cross-year checks pair as one (lib/desk/cross.ts, pairing): the same
 *   name (by key, or linked by the user) on the same portal. Reports whose portal is unknown pair
 *   with anything of their name (uncertainly), so they join the name's only known portal, or else
 *   form one group of their own; on a shared host that is not a government's (a wiki reposting
 *   many places' reports) a name without its place (`政府办公室`) never pairs, so each stays alone.
 * - A blank cell is a gap, never a zero: a figure summed from several rows (Σ不予公开 …) is a gap
 *   when any of its rows is blank or absent, a share is a gap when its count or (七) 总计 is, and a
 *   year with no report between two that have one is a gap too. Every gap is said in the caption.
 * - Errors are counted by the one function the list and report view use (results.ts: rowOf over
 *   the saved summary and the cross-year tally), so a chart never disagrees with the list.
 */
import type { AgencyLinks } from '../../../lib/desk/agency';
import { agencyKey, agencyResolver, namesPlace } from '../../../lib/desk/agency';
import { type SavedReport, summarise } from '../../../lib/desk/model';
import type { Report } from '../../../lib/model';
import { officialPortal, portalOf } from '../../../lib/recognise/portal';
import { t3OutcomeRows } from '../../../lib/rules/helpers';
import { crossOf, rowOf, tally } from '../results';

/** The messages the charts use (locales/*.yml, section `charts`). */
export type ChartKey =
  | 'charts.trendTitle'
  | 'charts.sharesTitle'
  | 'charts.reviewsTitle'
  | 'charts.errorsTitle'
  | 'charts.deskSharesTitle'
  | 'charts.latestYears'
  | 'charts.yearOf'
  | 'charts.granted'
  | 'charts.partial'
  | 'charts.denied'
  | 'charts.unable'
  | 'charts.refused'
  | 'charts.other'
  | 'charts.review'
  | 'charts.suitDirect'
  | 'charts.suitAfter'
  | 'charts.ownErrors'
  | 'charts.crossErrors'
  | 'charts.newApplications'
  | 'charts.outcomeTotal'
  | 'charts.drawnFrom'
  | 'charts.reportRef'
  | 'charts.gapBlank'
  | 'charts.gapMissing'
  | 'charts.gapZero'
  | 'charts.gapUndated'
  | 'charts.shown'
  | 'charts.source'
  | 'charts.countAxis'
  | 'charts.shareAxis'
  | 'charts.errorsAxis'
  | 'charts.upheld'
  | 'charts.corrected'
  | 'charts.blank'
  | 'charts.partBlank'
  | 'charts.noReport';

/** A translator: i18n.t in the page, a table in the tests. */
export type Translate = (key: ChartKey, subs?: string[]) => string;

/** One saved report as the charts see it. */
export interface ChartReport {
  id: string;
  agency: string | null;
  year: number | null;
  title: string;
  /** The page's address, or the file it was read from (one of the two). */
  url?: string;
  file?: string;
  portal: string | null;
  cells: Report['cells'];
  /** The report's own errors and its cross-year ones (their sum is the list's 错误). */
  ownErrors: number;
  crossErrors: number;
  savedAt: string;
  /** 表三's outcome rows as the page has them (2019's 其他处理, or 2021's three). */
  outcomeRows: string[];
}

/** One agency: its reports in year order (two saves of one year both kept). */
export interface AgencyGroup {
  id: string;
  /** The name as its latest report writes it. */
  name: string;
  portal: string | null;
  reports: ChartReport[];
}

/** Reports as the charts read them, with errors counted as the list counts them. */
export function chartReports(reports: SavedReport[], links: AgencyLinks): ChartReport[] {
  const cross = crossOf(reports, links);
  return reports.map((r) => {
    const own = summarise(r);
    const row = rowOf(own, tally(cross.findings.get(r.id) ?? []));
    const { report } = r.result;
    return {
      id: r.id,
      agency: report.agency,
      year: report.year,
      title: report.title || r.title,
      ...(r.source === 'file' ? { file: r.fileName ?? r.url } : { url: r.url }),
      portal: report.portal ?? portalOf(r.url),
      cells: report.cells,
      ownErrors: own.errors,
      crossErrors: row.errors - own.errors,
      savedAt: r.savedAt,
      outcomeRows: t3OutcomeRows(report),
    };
  });
}

const byYear = (a: ChartReport, b: ChartReport) =>
  (a.year ?? 0) - (b.year ?? 0) || (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0);

const collator = new Intl.Collator('zh-CN');

/** Reports grouped by agency (see the decisions above); reports with no agency name are left out. */
export function groupAgencies(reports: ChartReport[], links: AgencyLinks): AgencyGroup[] {
  const resolve = agencyResolver(links);
  const named = new Map<string, { known: Map<string, ChartReport[]>; unknown: ChartReport[] }>();
  for (const r of reports) {
    const key = agencyKey(r.agency);
    if (key === null) continue;
    const canon = resolve(key);
    let entry = named.get(canon);
    if (!entry) {
      entry = { known: new Map(), unknown: [] };
      named.set(canon, entry);
    }
    if (r.portal === null) entry.unknown.push(r);
    else entry.known.set(r.portal, [...(entry.known.get(r.portal) ?? []), r]);
  }
  const groups: AgencyGroup[] = [];
  const add = (id: string, portal: string | null, list: ChartReport[]) => {
    const sorted = [...list].sort(byYear);
    groups.push({ id, name: sorted[sorted.length - 1]!.agency ?? '', portal, reports: sorted });
  };
  for (const [canon, { known, unknown }] of named) {
    const only = known.size === 1 ? [...known.keys()][0]! : null;
    for (const [portal, list] of known) {
      const shared = !officialPortal(portal);
      const together = shared ? list.filter((r) => namesPlace(r.agency)) : list;
      const members = portal === only ? [...together, ...unknown] : together;
      if (members.length > 0) add(`${canon}@${portal}`, portal, members);
      if (shared)
        for (const r of list.filter((x) => !namesPlace(x.agency)))
          add(`${canon}@${portal}#${r.id}`, portal, [r]);
    }
    if (only === null && unknown.length > 0) add(`${canon}@?`, null, unknown);
  }
  return groups.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** A figure that is not on the chart, and why: said in the caption. */
export interface Gap {
  year: number;
  kind: 'blank' | 'missing' | 'zero';
  /** The figure's label (a ChartKey), for `blank`. */
  what?: ChartKey;
  /** The agency, on charts of many agencies. */
  agency?: string;
}

/** A cell's value, or null when it is blank, not a number, or absent. */
export function cellValue(r: ChartReport, address: string): number | null {
  return r.cells[address]?.value ?? null;
}

/** The sum of several 表三 rows' 总计, or null as soon as one of them is blank or absent. */
function sumRows(r: ChartReport, rows: string[]): number | null {
  let sum = 0;
  for (const row of rows) {
    const v = cellValue(r, `t3.${row}.total`);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A dated point of a per-agency series: null value is a gap (blank cell, or no report that year). */
export interface Point {
  year: number;
  value: number | null;
  /** The report it was read from; null for a year with no report. */
  reportId: string | null;
}

/** The reports of a group that have a year, and the years between the first and last without one. */
function dated(group: AgencyGroup): { reports: ChartReport[]; missing: number[] } {
  const reports = group.reports.filter((r) => r.year !== null);
  const years = new Set(reports.map((r) => r.year!));
  const missing: number[] = [];
  if (reports.length > 0)
    for (let y = reports[0]!.year! + 1; y < reports[reports.length - 1]!.year!; y++)
      if (!years.has(y)) missing.push(y);
  return { reports, missing };
}

/** Applications received (`t3.new.total`) year by year: one point per report, gaps where blank or missing. */
export function trendSeries(group: AgencyGroup): { points: Point[]; gaps: Gap[] } {
  const { reports, missing } = dated(group);
  const points: Point[] = reports.map((r) => ({
    year: r.year!,
    value: cellValue(r, 't3.new.total'),
    reportId: r.id,
  }));
  const gaps: Gap[] = points
    .filter((p) => p.value === null)
    .map((p) => ({ year: p.year, kind: 'blank', what: 'charts.newApplications' }));
  for (const year of missing) {
    points.push({ year, value: null, reportId: null });
    gaps.push({ year, kind: 'missing' });
  }
  points.sort((a, b) => a.year - b.year);
  return { points, gaps: sortGaps(gaps) };
}

/** The six outcome categories of 表三, in the template's order. */
export const OUTCOMES = ['granted', 'partial', 'denied', 'unable', 'refused', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Each category's label key. */
export const OUTCOME_LABEL: Record<Outcome, ChartKey> = {
  granted: 'charts.granted',
  partial: 'charts.partial',
  denied: 'charts.denied',
  unable: 'charts.unable',
  refused: 'charts.refused',
  other: 'charts.other',
};

/** The 表三 rows each category sums (其他处理 as the page has it: one row or three). */
function outcomeRows(r: ChartReport, c: Outcome): string[] {
  if (c === 'granted' || c === 'partial') return [c];
  if (c === 'other') return r.outcomeRows.filter((row) => row === 'other' || row.startsWith('other.'));
  return r.outcomeRows.filter((row) => row.startsWith(`${c}.`));
}

/** One category's count and share of (七) 总计 in one report; null where it cannot be known. */
export interface Share {
  reportId: string;
  year: number | null;
  outcome: Outcome;
  count: number | null;
  /** count / t3.outcome_total.total, 0–1; null when either is blank or the total is 0. */
  share: number | null;
}

/** The six shares of one report, and the gaps among them. */
export function outcomeShares(r: ChartReport): { shares: Share[]; gaps: Gap[] } {
  const total = cellValue(r, 't3.outcome_total.total');
  const year = r.year ?? 0;
  const gaps: Gap[] = [];
  if (total === null) gaps.push({ year, kind: 'blank', what: 'charts.outcomeTotal' });
  else if (total === 0) gaps.push({ year, kind: 'zero' });
  const shares = OUTCOMES.map((outcome): Share => {
    const count = sumRows(r, outcomeRows(r, outcome));
    if (count === null && total !== null && total !== 0)
      gaps.push({ year, kind: 'blank', what: OUTCOME_LABEL[outcome] });
    const share = count === null || total === null || total === 0 ? null : count / total;
    return { reportId: r.id, year: r.year, outcome, count, share };
  });
  return { shares, gaps };
}

/** Outcome shares year by year for one agency. */
export function shareSeries(group: AgencyGroup): { shares: Share[]; gaps: Gap[] } {
  const { reports, missing } = dated(group);
  const shares: Share[] = [];
  const gaps: Gap[] = missing.map((year) => ({ year, kind: 'missing' as const }));
  for (const r of reports) {
    const one = outcomeShares(r);
    shares.push(...one.shares);
    gaps.push(...one.gaps);
  }
  return { shares, gaps: sortGaps(gaps) };
}

/** The three 表四 rows. */
export const REVIEW_KINDS = ['review', 'suit_direct', 'suit_after_review'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_LABEL: Record<ReviewKind, ChartKey> = {
  review: 'charts.review',
  suit_direct: 'charts.suitDirect',
  suit_after_review: 'charts.suitAfter',
};

/** One 表四 row of one report: its total and how many were upheld and corrected (null: blank). */
export interface ReviewBar {
  reportId: string;
  year: number;
  kind: ReviewKind;
  total: number | null;
  upheld: number | null;
  corrected: number | null;
}

/** Reviews and suits year by year for one agency. */
export function reviewSeries(group: AgencyGroup): { bars: ReviewBar[]; gaps: Gap[] } {
  const { reports, missing } = dated(group);
  const bars: ReviewBar[] = [];
  const gaps: Gap[] = missing.map((year) => ({ year, kind: 'missing' as const }));
  for (const r of reports)
    for (const kind of REVIEW_KINDS) {
      const total = cellValue(r, `t4.${kind}.total`);
      if (total === null) gaps.push({ year: r.year!, kind: 'blank', what: REVIEW_LABEL[kind] });
      bars.push({
        reportId: r.id,
        year: r.year!,
        kind,
        total,
        upheld: cellValue(r, `t4.${kind}.upheld`),
        corrected: cellValue(r, `t4.${kind}.corrected`),
      });
    }
  return { bars, gaps: sortGaps(gaps) };
}

/** One report's errors in the desk-wide chart: its own and those across years. */
export interface ErrorBar {
  group: string;
  agency: string;
  reportId: string;
  year: number | null;
  own: number;
  cross: number;
}

/** Errors by agency, most first, at most `limit` agencies; `hidden` says how many were left out. */
export function errorsByAgency(groups: AgencyGroup[], limit = 30): { bars: ErrorBar[]; hidden: number } {
  const totals = groups.map((g) => ({
    g,
    sum: g.reports.reduce((n, r) => n + r.ownErrors + r.crossErrors, 0),
  }));
  totals.sort((a, b) => b.sum - a.sum || collator.compare(a.g.name, b.g.name));
  const shown = totals.slice(0, limit);
  const bars = shown.flatMap(({ g }) =>
    g.reports.map((r) => ({
      group: g.id,
      agency: label(g),
      reportId: r.id,
      year: r.year,
      own: r.ownErrors,
      cross: r.crossErrors,
    })),
  );
  return { bars, hidden: totals.length - shown.length };
}

/** An agency's label on desk-wide charts: its name, and its portal where two share a name. */
export function label(g: AgencyGroup): string {
  return g.portal ? `${g.name}（${g.portal}）` : g.name;
}

/** The years any report on the desk is of, newest first. */
export function deskYears(groups: AgencyGroup[]): number[] {
  const years = new Set<number>();
  for (const g of groups) for (const r of g.reports) if (r.year !== null) years.add(r.year);
  return [...years].sort((a, b) => b - a);
}

/**
 * Outcome shares by agency: each agency's report of `year`, or its latest dated report when `year`
 * is null (the later save when one year was saved twice). At most `limit` agencies, by name.
 */
export function sharesByAgency(
  groups: AgencyGroup[],
  year: number | null,
  limit = 30,
): { rows: (Share & { agency: string })[]; reports: ChartReport[]; gaps: Gap[]; hidden: number } {
  const picked: { g: AgencyGroup; r: ChartReport }[] = [];
  for (const g of groups) {
    const candidates = g.reports.filter((r) => r.year !== null && (year === null || r.year === year));
    const r = candidates[candidates.length - 1];
    if (r) picked.push({ g, r });
  }
  const shown = picked.slice(0, limit);
  const rows: (Share & { agency: string })[] = [];
  const gaps: Gap[] = [];
  for (const { g, r } of shown) {
    const one = outcomeShares(r);
    rows.push(...one.shares.map((s) => ({ ...s, agency: label(g) })));
    gaps.push(...one.gaps.map((gap) => ({ ...gap, agency: g.name })));
  }
  return { rows, reports: shown.map((p) => p.r), gaps, hidden: picked.length - shown.length };
}

function sortGaps(gaps: Gap[]): Gap[] {
  return gaps.sort((a, b) => a.year - b.year);
}

/** Where a report was read: its address, or the file's name. */
function place(r: ChartReport): string {
  return r.url ?? r.file ?? '';
}

/**
 * The caption under a chart: the reports it was drawn from (agency, year, title, address or file),
 * then every gap in words, and how many reports could not be placed for want of a year.
 */
export function captionLines(t: Translate, reports: ChartReport[], gaps: Gap[], undated = 0): string[] {
  const lines = [t('charts.drawnFrom')];
  for (const r of reports)
    lines.push(
      t('charts.reportRef', [
        r.agency ?? '',
        r.year === null ? '—' : String(r.year),
        r.title,
        place(r),
      ]).trim(),
    );
  const said = new Set<string>();
  for (const gap of gaps) {
    const text = gapText(t, gap);
    if (said.has(text)) continue;
    said.add(text);
    lines.push(text);
  }
  if (undated > 0) lines.push(t('charts.gapUndated', [String(undated)]));
  return lines;
}

/** One gap in words. */
export function gapText(t: Translate, gap: Gap): string {
  const year = String(gap.year);
  const who = gap.agency === undefined ? '' : `${gap.agency} `;
  if (gap.kind === 'missing') return who + t('charts.gapMissing', [year]);
  if (gap.kind === 'zero') return who + t('charts.gapZero', [year]);
  return who + t('charts.gapBlank', [year, t(gap.what ?? 'charts.newApplications')]);
}

/** The source line every exported chart carries. */
export function sourceLine(t: Translate): string {
  return t('charts.source');
}

/** Reports of a group a chart is drawn from: the dated ones (undated ones cannot be placed). */
export function drawnFrom(group: AgencyGroup): { reports: ChartReport[]; undated: number } {
  const reports = group.reports.filter((r) => r.year !== null);
  return { reports, undated: group.reports.length - reports.length };
}

/**
 * Each dated report's place on a year axis: its year, and `2021（2）` for a second save of one
 * year, so two reports of one year stand side by side instead of stacking into one bar.
 */
export function yearKeys(reports: ChartReport[]): Map<string, string> {
  const seen = new Map<number, number>();
  const keys = new Map<string, string>();
  for (const r of reports) {
    if (r.year === null) continue;
    const n = (seen.get(r.year) ?? 0) + 1;
    seen.set(r.year, n);
    keys.set(r.id, n === 1 ? String(r.year) : `${r.year}（${n}）`);
  }
  return keys;
}
