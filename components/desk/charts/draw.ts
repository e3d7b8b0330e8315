/**
 * The desk's charts drawn with Observable Plot: each one a single self-contained SVG (title,
 * legend, the plot, the caption naming its reports and gaps, the source line), so what the page
 * shows is exactly what the SVG and PNG downloads hold. Loaded with import() when the charts open.
 */
import * as Plot from '@observablehq/plot';
import {
  type AgencyGroup,
  captionLines,
  deskYears,
  drawnFrom,
  errorsByAgency,
  OUTCOME_LABEL,
  OUTCOMES,
  REVIEW_KINDS,
  REVIEW_LABEL,
  reviewSeries,
  type Share,
  shareSeries,
  sharesByAgency,
  sourceLine,
  type Translate,
  trendSeries,
  yearKeys,
} from './data';
import { textWidth, wrap } from './text';

/** The CJK fonts the desk itself uses: an SVG drawn as an image finds them on the system. */
export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Text sizes: body (ticks, labels, caption) never below 13 px. */
const BODY = 13;
const TITLE = 16;
const LINE = 20;
const PAD = 16;

/** Distinguishable colours (Tableau 10), one per category, the same in every chart. */
const OUTCOME_COLOURS = ['#4e79a7', '#76b7b2', '#e15759', '#f28e2b', '#b07aa1', '#9c755f'];
const REVIEW_COLOURS = ['#4e79a7', '#f28e2b', '#e15759'];
const ERROR_COLOURS = ['#e15759', '#b07aa1'];
const LINE_COLOUR = '#4e79a7';

/** A finished chart: the SVG to show and export, and a name for its files. */
export interface Figure {
  svg: SVGSVGElement;
  width: number;
  height: number;
  /** `trend`, `shares`, `reviews`, `errors`, `desk-shares`: also the element's data-chart. */
  kind: string;
  /** File name without extension. */
  name: string;
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Plot's options every chart shares: our font and sizes, white background. */
function base(width: number): Plot.PlotOptions {
  return {
    width,
    style: { fontFamily: FONT, fontSize: `${BODY}px`, background: '#fff', color: '#222' },
  };
}

interface Parts {
  kind: string;
  name: string;
  title: string;
  legend: { label: string; colour: string }[];
  plot: SVGSVGElement | HTMLElement;
  caption: string[];
  source: string;
  width: number;
}

/** Title, legend, plot, caption and source in one SVG, every text in our font. */
function compose(p: Parts): Figure {
  const plot = p.plot as SVGSVGElement;
  const plotHeight = Number(plot.getAttribute('height'));
  const root = el('svg', { xmlns: SVG_NS, width: p.width, 'font-family': FONT, 'font-size': BODY });
  root.dataset.chart = p.kind;
  root.append(el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: '#fff' }));
  let y = PAD + TITLE;
  for (const line of wrap(p.title, p.width - 2 * PAD, TITLE)) {
    root.append(el('text', { x: PAD, y, 'font-size': TITLE, 'font-weight': 'bold', fill: '#111' }, line));
    y += TITLE + 6;
  }
  // The legend: one swatch and label per series, flowing onto more rows when needed.
  if (p.legend.length > 0) {
    const legend = el('g', { class: 'chart-legend' });
    let x = PAD;
    y += 4;
    for (const { label, colour } of p.legend) {
      const w = 14 + 6 + textWidth(label) + 18;
      if (x + w > p.width - PAD && x > PAD) {
        x = PAD;
        y += LINE;
      }
      legend.append(el('rect', { x, y: y - 12, width: 14, height: 14, fill: colour }));
      legend.append(el('text', { x: x + 20, y, fill: '#222' }, label));
      x += w;
    }
    root.append(legend);
    y += LINE - 8;
  }
  plot.setAttribute('x', '0');
  plot.setAttribute('y', String(y));
  // Plot's own sheet gives its SVG `height: auto`, which a nested SVG reads as 100% of ours: pin
  // its size, and give its text our font as attributes too (a drawn SVG ignores nothing of these).
  plot.style.width = `${p.width}px`;
  plot.style.height = `${plotHeight}px`;
  plot.style.maxWidth = 'none';
  plot.setAttribute('font-family', FONT);
  plot.setAttribute('font-size', String(BODY));
  root.append(plot);
  y += plotHeight + LINE;
  const caption = el('g', { class: 'chart-caption', fill: '#333' });
  for (const text of p.caption)
    for (const line of wrap(text, p.width - 2 * PAD)) {
      caption.append(el('text', { x: PAD, y }, line));
      y += LINE;
    }
  root.append(caption);
  root.append(el('text', { x: PAD, y: y + 4, class: 'chart-source', fill: '#555' }, p.source));
  const height = Math.ceil(y + 4 + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${p.width} ${height}`);
  return { svg: root, width: p.width, height, kind: p.kind, name: p.name };
}

/** A count axis from 0: whole-number ticks only (no 0.2 of an application), up to ten of them. */
function counts(values: (number | null)[], label: string): Plot.ScaleOptions {
  const max = Math.max(1, ...values.filter((v): v is number => v !== null));
  const step = Math.max(1, Math.ceil(max / 10));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return { label, domain: [0, top], ticks, tickFormat: 'd', grid: true };
}

const pct = (share: number | null) => (share === null ? null : share * 100);
const round = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));

/** A share written on its bar segment: dark text with a white halo, readable on any fill. */
const SHARE_LABEL = {
  text: (s: Share) => `${round(s.share! * 100)}%`,
  fill: '#111',
  stroke: '#fff',
  strokeWidth: 3,
  paintOrder: 'stroke',
  fontSize: BODY,
} as const;

/** The three charts of one agency: applications received, outcome shares, reviews and suits. */
export function agencyFigures(group: AgencyGroup, t: Translate, width: number): Figure[] {
  const { reports, undated } = drawnFrom(group);
  const keys = yearKeys(reports);
  const source = sourceLine(t);
  const name = group.name;
  const figures: Figure[] = [];

  // 1. Applications received, one dot per report, the line broken at every gap.
  const trend = trendSeries(group);
  const at = (p: { year: number; reportId: string | null }) =>
    p.reportId === null ? String(p.year) : (keys.get(p.reportId) ?? String(p.year));
  const domain = [...new Set(trend.points.map(at))];
  const known = trend.points.filter((p) => p.value !== null);
  const blank = trend.points.filter((p) => p.value === null);
  figures.push(
    compose({
      kind: 'trend',
      name: `${name}-收到申请`,
      title: t('charts.trendTitle', [name]),
      legend: [],
      plot: Plot.plot({
        ...base(width),
        height: 300,
        marginTop: 30,
        marginLeft: 56,
        x: { type: 'point', domain, label: null, inset: 30 },
        y: counts(
          trend.points.map((p) => p.value),
          t('charts.countAxis'),
        ),
        marks: [
          Plot.lineY(trend.points, { x: at, y: 'value', stroke: LINE_COLOUR, strokeWidth: 2.5 }),
          Plot.dot(known, {
            x: at,
            y: 'value',
            fill: LINE_COLOUR,
            r: 5,
            ariaLabel: () => 'report',
            tip: false,
          }),
          Plot.text(known, { x: at, y: 'value', text: 'value', dy: -14, fontSize: BODY, fill: '#111' }),
          Plot.text(blank, {
            x: at,
            y: () => 0,
            text: (p: { reportId: string | null }) =>
              p.reportId === null ? t('charts.noReport') : t('charts.blank'),
            dy: -12,
            fontSize: BODY,
            fill: '#a33',
          }),
        ],
      }),
      caption: captionLines(t, reports, trend.gaps, undated),
      source,
      width,
    }),
  );

  // 2. Outcome shares, one stacked column per report; a blank category is left out of its column.
  const shares = shareSeries(group);
  const shareDomain = [...domain];
  const labelOf = (s: Share) => t(OUTCOME_LABEL[s.outcome]);
  const drawn = shares.shares.filter((s) => s.share !== null);
  const shareAt = (s: Share) => keys.get(s.reportId) ?? String(s.year);
  const colours = { domain: OUTCOMES.map((o) => t(OUTCOME_LABEL[o])), range: OUTCOME_COLOURS };
  const emptyColumns = shareDomain.filter((k) => !drawn.some((s) => shareAt(s) === k));
  // Columns with some categories blank: said on the column too, where the stack stops short.
  const partColumns = shareDomain.filter(
    (k) => !emptyColumns.includes(k) && shares.shares.some((s) => shareAt(s) === k && s.share === null),
  );
  figures.push(
    compose({
      kind: 'shares',
      name: `${name}-办理结果`,
      title: t('charts.sharesTitle', [name]),
      legend: colours.domain.map((label, i) => ({ label, colour: OUTCOME_COLOURS[i]! })),
      plot: Plot.plot({
        ...base(width),
        height: 320,
        marginTop: 36,
        marginLeft: 56,
        x: { type: 'band', domain: shareDomain, label: null, padding: 0.35 },
        y: { label: t('charts.shareAxis'), domain: [0, 100], grid: true },
        color: colours,
        marks: [
          Plot.barY(
            drawn,
            Plot.stackY({
              x: shareAt,
              y: (s: Share) => pct(s.share),
              fill: labelOf,
              order: colours.domain,
              ariaLabel: () => 'report',
            }),
          ),
          Plot.text(
            drawn.filter((s) => s.share! >= 0.06),
            Plot.stackY({
              x: shareAt,
              y: (s: Share) => pct(s.share),
              z: labelOf,
              order: colours.domain,
              ...SHARE_LABEL,
            }),
          ),
          Plot.text(emptyColumns, {
            x: (k: string) => k,
            y: () => 50,
            text: (k: string) =>
              trend.points.some((p) => at(p) === k && p.reportId === null)
                ? t('charts.noReport')
                : t('charts.blank'),
            fontSize: BODY,
            fill: '#a33',
          }),
          Plot.text(partColumns, {
            x: (k: string) => k,
            y: () => 100,
            text: () => t('charts.partBlank'),
            lineAnchor: 'bottom',
            dy: -4,
            fontSize: BODY,
            fill: '#a33',
          }),
          Plot.ruleY([0]),
        ],
      }),
      caption: captionLines(t, reports, shares.gaps, undated),
      source,
      width,
    }),
  );

  // 3. Reviews and suits: total per kind and year, upheld and corrected written above each bar.
  const reviews = reviewSeries(group);
  const kinds = REVIEW_KINDS.map((k) => t(REVIEW_LABEL[k]));
  const barsDrawn = reviews.bars.filter((b) => b.total !== null);
  const n = (v: number | null) => (v === null ? t('charts.blank') : String(v));
  const reviewAt = (b: { reportId: string; year: number }) => keys.get(b.reportId) ?? String(b.year);
  figures.push(
    compose({
      kind: 'reviews',
      name: `${name}-复议诉讼`,
      title: t('charts.reviewsTitle', [name]),
      legend: kinds.map((label, i) => ({ label, colour: REVIEW_COLOURS[i]! })),
      plot: Plot.plot({
        ...base(width),
        height: 320,
        marginTop: 56,
        marginLeft: 56,
        fx: { domain, label: null, padding: 0.15 },
        x: { domain: kinds, axis: null, padding: 0.1 },
        y: counts(
          reviews.bars.map((b) => b.total),
          t('charts.countAxis'),
        ),
        color: { domain: kinds, range: REVIEW_COLOURS },
        marks: [
          Plot.barY(barsDrawn, {
            fx: reviewAt,
            x: (b: { kind: (typeof REVIEW_KINDS)[number] }) => t(REVIEW_LABEL[b.kind]),
            y: 'total',
            fill: (b: { kind: (typeof REVIEW_KINDS)[number] }) => t(REVIEW_LABEL[b.kind]),
            ariaLabel: () => 'report',
          }),
          Plot.text(reviews.bars, {
            fx: reviewAt,
            x: (b: { kind: (typeof REVIEW_KINDS)[number] }) => t(REVIEW_LABEL[b.kind]),
            y: (b: { total: number | null }) => b.total ?? 0,
            text: (b: { total: number | null; upheld: number | null; corrected: number | null }) =>
              b.total === null
                ? t('charts.blank')
                : `${b.total}\n${t('charts.upheld', [n(b.upheld)])}\n${t('charts.corrected', [n(b.corrected)])}`,
            lineAnchor: 'bottom',
            dy: -4,
            fontSize: BODY,
            fill: '#111',
          }),
          // A year with no report: said in its empty panel.
          Plot.text(
            trend.points.filter((p) => p.reportId === null),
            {
              fx: (p: { year: number }) => String(p.year),
              x: () => kinds[1],
              y: () => 0,
              text: () => t('charts.noReport'),
              dy: -24,
              fontSize: BODY,
              fill: '#a33',
            },
          ),
          Plot.ruleY([0]),
        ],
      }),
      caption: captionLines(t, reports, reviews.gaps, undated),
      source,
      width,
    }),
  );
  return figures;
}

/** Desk-wide charts: errors by agency, and outcome shares by agency for one year or each latest. */
export function deskFigures(
  groups: AgencyGroup[],
  year: number | null,
  t: Translate,
  width: number,
  limit = 30,
): Figure[] {
  const source = sourceLine(t);
  const figures: Figure[] = [];
  const marginLeft = (labels: string[]) =>
    Math.min(360, Math.max(80, ...labels.map((l) => textWidth(l) + 14)));

  // Errors: one bar per agency, a segment per report and kind (its own, across years).
  const errors = errorsByAgency(groups, limit);
  const agencies = [...new Set(errors.bars.map((b) => b.agency))];
  const own = t('charts.ownErrors');
  const cross = t('charts.crossErrors');
  const long = errors.bars.flatMap((b) => [
    { ...b, kind: own, n: b.own },
    { ...b, kind: cross, n: b.cross },
  ]);
  const totals = agencies.map((agency) => ({
    agency,
    n: errors.bars.filter((b) => b.agency === agency).reduce((s, b) => s + b.own + b.cross, 0),
  }));
  const errorReports = groups
    .filter((g) => errors.bars.some((b) => b.group === g.id))
    .flatMap((g) => g.reports);
  const hiddenLine = (hidden: number) =>
    hidden > 0 ? [t('charts.shown', [String(hidden), String(limit)])] : [];
  figures.push(
    compose({
      kind: 'errors',
      name: '各机关错误数',
      title: t('charts.errorsTitle'),
      legend: [
        { label: own, colour: ERROR_COLOURS[0]! },
        { label: cross, colour: ERROR_COLOURS[1]! },
      ],
      plot: Plot.plot({
        ...base(width),
        height: 60 + agencies.length * 34,
        marginLeft: marginLeft(agencies),
        marginRight: 40,
        y: { domain: agencies, label: null },
        x: {
          ...counts(
            totals.map((d) => d.n),
            t('charts.errorsAxis'),
          ),
          labelAnchor: 'center',
          labelOffset: 36,
        },
        marginBottom: 48,
        color: { domain: [own, cross], range: ERROR_COLOURS },
        marks: [
          Plot.barX(
            long.filter((d) => d.n > 0),
            Plot.stackX({
              y: 'agency',
              x: 'n',
              fill: 'kind',
              order: [own, cross],
              ariaLabel: () => 'report',
            }),
          ),
          Plot.text(totals, { y: 'agency', x: 'n', text: 'n', dx: 6, textAnchor: 'start', fontSize: BODY }),
          Plot.ruleX([0]),
        ],
      }),
      // Undated reports count here too: an error is an error whatever year the report is of.
      caption: [...captionLines(t, errorReports, []), ...hiddenLine(errors.hidden)],
      source,
      width,
    }),
  );

  // Outcome shares by agency.
  const byAgency = sharesByAgency(groups, year, limit);
  const rowsDrawn = byAgency.rows.filter((s) => s.share !== null);
  const shareAgencies = [...new Set(byAgency.rows.map((s) => s.agency))];
  const colours = { domain: OUTCOMES.map((o) => t(OUTCOME_LABEL[o])), range: OUTCOME_COLOURS };
  const labelOf = (s: Share) => t(OUTCOME_LABEL[s.outcome]);
  const blankAgencies = shareAgencies.filter((a) => !rowsDrawn.some((s) => s.agency === a));
  const partAgencies = shareAgencies.filter(
    (a) => !blankAgencies.includes(a) && byAgency.rows.some((s) => s.agency === a && s.share === null),
  );
  const when = year === null ? t('charts.latestYears') : t('charts.yearOf', [String(year)]);
  figures.push(
    compose({
      kind: 'desk-shares',
      name: `各机关办理结果-${year ?? '最新年度'}`,
      title: t('charts.deskSharesTitle', [when]),
      legend: colours.domain.map((label, i) => ({ label, colour: OUTCOME_COLOURS[i]! })),
      plot: Plot.plot({
        ...base(width),
        height: 60 + Math.max(1, shareAgencies.length) * 34,
        marginLeft: marginLeft(shareAgencies),
        marginRight: 24,
        y: { domain: shareAgencies, label: null },
        x: {
          label: t('charts.shareAxis'),
          domain: [0, 100],
          grid: true,
          labelAnchor: 'center',
          labelOffset: 36,
        },
        marginBottom: 48,
        color: colours,
        marks: [
          Plot.barX(
            rowsDrawn,
            Plot.stackX({
              y: 'agency',
              x: (s: Share) => pct(s.share),
              fill: labelOf,
              order: colours.domain,
              ariaLabel: () => 'report',
            }),
          ),
          Plot.text(
            rowsDrawn.filter((s) => s.share! >= 0.08),
            Plot.stackX({
              y: 'agency',
              x: (s: Share) => pct(s.share),
              z: labelOf,
              order: colours.domain,
              ...SHARE_LABEL,
            }),
          ),
          Plot.text(blankAgencies, {
            y: (a: string) => a,
            x: () => 2,
            text: () => t('charts.blank'),
            textAnchor: 'start',
            fontSize: BODY,
            fill: '#a33',
          }),
          Plot.text(partAgencies, {
            y: (a: string) => a,
            x: () => 100,
            text: () => t('charts.partBlank'),
            textAnchor: 'end',
            dx: -4,
            fontSize: BODY,
            fill: '#a33',
          }),
          Plot.ruleX([0]),
        ],
      }),
      caption: [...captionLines(t, byAgency.reports, byAgency.gaps), ...hiddenLine(byAgency.hidden)],
      source,
      width,
    }),
  );
  return figures;
}

export { deskYears };
