/**
 * The desk's charts view: one agency over the years (applications received, outcome shares,
 * reviews and suits) and all agencies side by side (errors, outcome shares in one year), each with
 * its caption and source and SVG / PNG downloads. Loaded with import() when the view opens, with
 * the chart library, so the list opens as fast as without it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgencyLinks } from '../../../lib/desk/agency';
import type { Desk } from '../../../utils/desk-db';
import { downloadBlob } from '../../popup/download';
import { i18n } from '../../popup/i18n';
import { loadAll } from '../results';
import { type AgencyGroup, chartReports, deskYears, groupAgencies, label, type Translate } from './data';
import { agencyFigures, deskFigures, type Figure } from './draw';
import { pngBlob, svgBlob } from './exportImage';
import './charts.css';
import { errorText } from '../../lang';

/** i18n.t over the chart messages (their keys are checked against the locales by the tests). */
const t: Translate = (key, subs) => (i18n.t as unknown as (k: string, s?: string[]) => string)(key, subs);

/** Chart width in CSS pixels: the desk's column. */
const WIDTH = 880;

/** `年报核查-图表-<name>.<ext>`, without characters a file system refuses. */
function fileName(figure: Figure, ext: string): string {
  return `年报核查-图表-${figure.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 80)}.${ext}`;
}

/** One chart, shown as the SVG it exports, with its two downloads. */
function FigureBox({ figure }: { figure: Figure }) {
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    host.current?.replaceChildren(figure.svg);
  }, [figure]);
  const run = (task: () => Promise<void>) => async () => {
    try {
      await task();
      setStatus(i18n.t('charts.downloaded'));
    } catch (e) {
      setStatus(`${i18n.t('charts.failed')} ${errorText(e)}`);
    }
  };
  return (
    <figure class="chart" data-chart={figure.kind}>
      <div class="chart-svg" ref={host} />
      <div class="chart-actions">
        <button
          type="button"
          data-download="svg"
          onClick={run(async () => downloadBlob(fileName(figure, 'svg'), svgBlob(figure.svg)))}
        >
          {i18n.t('charts.svg')}
        </button>
        <button
          type="button"
          data-download="png"
          onClick={run(async () => downloadBlob(fileName(figure, 'png'), await pngBlob(figure.svg)))}
        >
          {i18n.t('charts.png')}
        </button>
        <span class="status" role="status">
          {status}
        </span>
      </div>
    </figure>
  );
}

/** The group a chart of one agency opens on: the one with the most dated reports. */
function first(groups: AgencyGroup[]): string | null {
  let best: AgencyGroup | null = null;
  for (const g of groups) {
    const n = g.reports.filter((r) => r.year !== null).length;
    if (best === null || n > best.reports.filter((r) => r.year !== null).length) best = g;
  }
  return best?.id ?? null;
}

/** The charts view. */
export function Charts({ desk, links, onBack }: { desk: Desk; links: AgencyLinks; onBack(): void }) {
  const [groups, setGroups] = useState<AgencyGroup[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [agency, setAgency] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    let stale = false;
    loadAll(desk)
      .then((reports) => {
        if (stale) return;
        const g = groupAgencies(chartReports(reports, links), links);
        setGroups(g);
        setAgency(first(g));
      })
      .catch((e: unknown) => setError(errorText(e)));
    return () => {
      stale = true;
    };
  }, [desk, links]);
  const group = groups?.find((g) => g.id === agency) ?? null;
  const perAgency = useMemo(() => (group ? agencyFigures(group, t, WIDTH) : []), [group]);
  const across = useMemo(
    () => (groups && groups.length > 0 ? deskFigures(groups, year, t, WIDTH) : []),
    [groups, year],
  );
  const years = useMemo(() => (groups ? deskYears(groups) : []), [groups]);

  let body = <p class="loading">{i18n.t('charts.loading')}</p>;
  if (error) {
    body = (
      <p class="error" role="alert">
        {i18n.t('charts.failed')} {error}
      </p>
    );
  } else if (groups && groups.length === 0) {
    body = <p class="none">{i18n.t('charts.none')}</p>;
  } else if (groups) {
    body = (
      <>
        <section class="charts-agency">
          <h2>{i18n.t('charts.perAgency')}</h2>
          <label class="chart-pick">
            {i18n.t('charts.pickAgency')}{' '}
            <select
              data-pick="agency"
              value={agency ?? ''}
              onChange={(e) => setAgency((e.currentTarget as HTMLSelectElement).value)}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {label(g)} · {g.reports.length}
                </option>
              ))}
            </select>
          </label>
          {perAgency.map((f) => (
            <FigureBox key={`${agency}-${f.kind}`} figure={f} />
          ))}
        </section>
        <section class="charts-desk">
          <h2>{i18n.t('charts.acrossDesk')}</h2>
          <label class="chart-pick">
            {i18n.t('charts.pickYear')}{' '}
            <select
              data-pick="year"
              value={year === null ? '' : String(year)}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                setYear(v === '' ? null : Number(v));
              }}
            >
              <option value="">{i18n.t('charts.latest')}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {across.map((f) => (
            <FigureBox key={`${year}-${f.kind}`} figure={f} />
          ))}
        </section>
      </>
    );
  }
  return (
    <section class="charts-view">
      <h2 class="charts-head">
        {i18n.t('charts.title')}{' '}
        <button type="button" data-action="charts-back" onClick={onBack}>
          {i18n.t('charts.back')}
        </button>
      </h2>
      {body}
    </section>
  );
}
