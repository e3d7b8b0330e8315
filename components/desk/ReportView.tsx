/**
 * One saved report, offline: the header, the findings (with the cross-year ones against the same
 * agency's other saved years), the flags and the three tables as the popup lays them out.
 */
import { useEffect, useState } from 'preact/hooks';
import { type AgencyLinks, agencyResolver } from '../../lib/desk/agency';
import { accessText } from '../../lib/desk/citation';
import { pairing } from '../../lib/desk/cross';
import type { SavedReport, SavedSummary } from '../../lib/desk/model';
import type { Check, Finding } from '../../lib/model';
import type { Desk } from '../../utils/desk-db';
import { Checklist } from '../Checklist';
import { uiLang } from '../lang';
import { downloadText, exportName } from '../popup/download';
import { i18n } from '../popup/i18n';
import { Summary } from '../popup/Summary';
import { TableView } from '../popup/TableView';
import { copyLabels } from './compare-label';
import { DeskFindings, DeskFlags } from './DeskFindings';
import { beijing } from './ReportList';
import { checksOf, crossItem, crossOf, crossSaid, withCross } from './results';

/** Props: where to read from, which report, its siblings' summaries, and the page's actions. */
export interface ReportViewProps {
  desk: Desk;
  id: string;
  list: SavedSummary[];
  links: AgencyLinks;
  onBack(): void;
  onRemoved(): void;
  onCompare(a: SavedReport, b: SavedReport): void;
}

interface Loaded {
  saved: SavedReport;
  others: SavedReport[];
  cross: Finding[];
  /** The report's checks, the cross-year ones marked as run when another year was paired. */
  checks: Check[] | undefined;
}

/**
 * Reads the report and every saved report of the same agency (same or linked name, and a portal
 * that lets them pair: lib/desk/cross.ts), for the cross-year checks and the side-by-side buttons.
 */
async function load(
  desk: Desk,
  id: string,
  list: SavedSummary[],
  links: AgencyLinks,
): Promise<Loaded | null> {
  const saved = await desk.get(id);
  if (!saved) return null;
  const me = list.find((s) => s.id === id);
  const resolve = agencyResolver(links);
  const agency = me?.agencyKey ? resolve(me.agencyKey) : null;
  const ids = list.filter(
    (s) => s.id !== id && agency !== null && s.agencyKey !== null && resolve(s.agencyKey) === agency,
  );
  // Another county's 政府办公室 shares the name, not the agency: it is no year to compare with.
  const others = (await Promise.all(ids.map((s) => desk.get(s.id)))).filter(
    (r): r is SavedReport => !!r && pairing(crossItem(saved), crossItem(r)) !== null,
  );
  const result = crossOf([saved, ...others], links);
  return { saved, others, cross: result.findings.get(id) ?? [], checks: checksOf(saved, result) };
}

/** The report page of the desk. */
export function ReportView({ desk, id, list, links, onBack, onRemoved, onCompare }: ReportViewProps) {
  const [data, setData] = useState<Loaded | null | undefined>(undefined);
  useEffect(() => {
    void load(desk, id, list, links).then(setData);
  }, [desk, id, list, links]);
  if (data === undefined) return <p class="loading">{i18n.t('desk.loading')}</p>;
  if (data === null) return <p class="error">{id}</p>;
  const { saved, others, cross, checks } = data;
  const { report, findings } = saved.result;
  const byYear = [...others].sort((x, y) => (x.result.report.year ?? 0) - (y.result.report.year ?? 0));
  const copies = copyLabels(byYear);
  const remove = async () => {
    if (!confirm(i18n.t('desk.confirmRemove'))) return;
    await desk.remove(id);
    onRemoved();
  };
  return (
    <article class="report-view" data-id={id}>
      <p class="actions">
        <button type="button" onClick={onBack}>
          ← {i18n.t('desk.back')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              exportName(report.agency, report.year, 'html'),
              saved.snapshot,
              'text/html;charset=utf-8',
            )
          }
        >
          {i18n.t('desk.snapshot')}
        </button>
        <button type="button" class="danger" onClick={remove}>
          {i18n.t('desk.remove')}
        </button>
      </p>
      <Summary
        report={report}
        findings={withCross(findings, cross)}
        flagCount={saved.flags.length}
        frame="top"
      />
      <p class="provenance">
        {i18n.t('desk.source')} {saved.fileName ?? saved.url} · {i18n.t('desk.accessed')}{' '}
        {uiLang() === 'zh' ? accessText(saved.accessedAt) : beijing(saved.accessedAt)}
      </p>
      <h2>{i18n.t('desk.cross')}</h2>
      <div class="cross">
        {cross.length > 0 ? (
          <DeskFindings saved={saved} findings={cross} />
        ) : (
          <p class="none">{i18n.t(crossSaid(others.length > 0, checks))}</p>
        )}
        <p class="compare">
          {byYear.map((o) => (
            <button
              type="button"
              key={o.id}
              data-compare={o.id}
              onClick={() =>
                (o.result.report.year ?? 0) <= (report.year ?? 0) ? onCompare(o, saved) : onCompare(saved, o)
              }
            >
              {copies.get(o.id)
                ? i18n.t('desk.compareCopy', [String(o.result.report.year ?? '?'), copies.get(o.id) ?? ''])
                : i18n.t('desk.compare', [String(o.result.report.year ?? '?')])}
            </button>
          ))}
        </p>
      </div>
      {checks && <Checklist checks={checks} findings={withCross(findings, cross)} />}
      <h2>{i18n.t('findings.heading')}</h2>
      <DeskFindings saved={saved} findings={findings} />
      <h2>{i18n.t('flags.heading')}</h2>
      <DeskFlags saved={saved} />
      <TableView report={report} findings={withCross(findings, cross)} flags={saved.flags} />
    </article>
  );
}
