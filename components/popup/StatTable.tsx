/**
 * An old report's 政府信息公开情况统计表 (the 2008 form, read by lib/recognise/stat-table.ts) as the popup
 * shows it: each row read, as the page words it, with its figure for the year and, for 主动公开, the
 * running total (历年累计); a figure a finding names carries that finding's marks and messages.
 */
import type { Fact, Report } from '../../lib/model';
import { isStatFact, STAT_CUMULATIVE, STAT_YEAR, statPartRow, statRow } from '../../lib/recognise/stat-table';
import { i18n } from './i18n';
import type { CellMarks } from './marks';

/** Props: the report and the marks by address (fact keys among them). */
export interface StatTableProps {
  report: Report;
  marks: Map<string, CellMarks>;
}

/** The statistics table's facts that are rows (not its year's header, not a running total). */
export function statRows(report: Report): Fact[] {
  return report.facts.filter(
    (f) => isStatFact(f.key) && f.key !== STAT_YEAR && f.key !== STAT_CUMULATIVE && f.value !== null,
  );
}

function Figure({ fact, marks }: { fact: Fact | undefined; marks: Map<string, CellMarks> }) {
  if (!fact) return <td class="v missing" />;
  const m = marks.get(fact.key);
  const classes = ['v'];
  if (m?.severity) classes.push(m.severity);
  const tip = [statRow(fact), fact.key, ...(m?.messages ?? []).map((s) => `• ${s}`)];
  return (
    <td class={classes.join(' ')} data-address={fact.key} title={tip.join('\n')}>
      {String(fact.value)}
    </td>
  );
}

/** The table, or nothing where the report has none. */
export function StatTable({ report, marks }: StatTableProps) {
  const rows = statRows(report);
  if (rows.length === 0) return null;
  const year = report.facts.find((f) => f.key === STAT_YEAR);
  const cumulative = report.facts.find((f) => f.key === STAT_CUMULATIVE);
  return (
    <section data-table="stat">
      <h2>{i18n.t('table.stat')}</h2>
      <table class="tpl stat">
        <thead>
          <tr>
            <th scope="col">{i18n.t('table.statRow')}</th>
            <th scope="col">{year ? year.quote : i18n.t('table.statYear')}</th>
            {cumulative && <th scope="col">{i18n.t('table.statCumulative')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.key}>
              {/* A part of a row (其中：1、网站公开), indented under it. */}
              <th scope="row" class={statPartRow(f.key) ? 'label part' : 'label'}>
                {statRow(f)}
              </th>
              <Figure fact={f} marks={marks} />
              {cumulative &&
                (f.key === 'f.stat.proactive_total' ? (
                  <Figure fact={cumulative} marks={marks} />
                ) : (
                  <td class="v" />
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
