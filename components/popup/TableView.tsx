/** 表二、表三、表四 laid out like the national template, each figure with its marks. */
import { requiredAddresses } from '../../lib/keys';
import type { Finding, Flag, Report, Template } from '../../lib/model';
import { findingText, tableTitle, uiLang } from '../lang';
import { Cell } from './Cell';
import { i18n } from './i18n';
import { marksByAddress } from './marks';
import { StatTable, statRows } from './StatTable';
import { T2Table } from './T2Table';
import { T3Table } from './T3Table';
import { T4Table } from './T4Table';

/** Props: the report, its findings and the page's flags. */
export interface TableViewProps {
  report: Report;
  findings: Finding[];
  flags: Flag[];
}

/** The template to lay out: the detected one, else the one whose own row keys appear. */
function layoutTemplate(report: Report): Template {
  if (report.template) return report.template;
  return Object.keys(report.cells).some((a) => /^t3\.other\.|^t2\.\w+\.(issued|in_force)$/.test(a))
    ? '2021'
    : '2019';
}

/** The three tables, then any cells the template does not have (kept visible, never hidden). */
export function TableView({ report, findings, flags }: TableViewProps) {
  // Nothing read (the tables are pictures or an attachment, or the report predates the template):
  // three empty grids of the template would say nothing and look like the page's.
  // An old report (the 2008 form) has its statistics table instead: that is shown.
  const lang = uiLang();
  const marks = marksByAddress(findings, flags, (f) => findingText(f, lang));
  if (Object.keys(report.cells).length === 0) {
    const stat = statRows(report).length > 0;
    return (
      <div class="tables">
        <p class="no-tables" data-table="none">
          {i18n.t(stat ? 'table.statOnly' : 'table.none')}
        </p>
        {stat && <StatTable report={report} marks={marks} />}
      </div>
    );
  }
  const template = layoutTemplate(report);
  const required = requiredAddresses(template);
  const known = new Set([...required.t2, ...required.t3, ...required.t4]);
  const extra = Object.keys(report.cells).filter((a) => !known.has(a));
  return (
    <div class="tables">
      <section data-table="t2">
        <h2>{tableTitle('t2', lang)}</h2>
        <T2Table report={report} template={template} marks={marks} />
      </section>
      <section data-table="t3">
        <h2>{tableTitle('t3', lang)}</h2>
        <T3Table report={report} template={template} marks={marks} />
      </section>
      <section data-table="t4">
        <h2>{tableTitle('t4', lang)}</h2>
        <T4Table report={report} marks={marks} />
      </section>
      {extra.length > 0 && (
        <section data-table="extra">
          <h2>{i18n.t('table.extra')}</h2>
          <table class="tpl extra">
            <tbody>
              {extra.map((a) => (
                <tr key={a}>
                  <th scope="row" class="label">
                    {a}
                  </th>
                  <Cell addr={a} report={report} marks={marks.get(a)} />
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
