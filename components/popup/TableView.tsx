/** 表二、表三、表四 laid out like the national template, each figure with its marks. */

import {
  address,
  requiredAddresses,
  T2_ROWS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_ROWS,
  TABLE_LABELS,
} from '../../lib/keys';
import type { Finding, Flag, Report, Template } from '../../lib/model';
import { Cell } from './Cell';
import { i18n } from './i18n';
import { type CellMarks, type LabelCell, marksByAddress, mergedLabels, t3Path } from './marks';

/** Props: the report, its findings and the page's flags. */
export interface TableViewProps {
  report: Report;
  findings: Finding[];
  flags: Flag[];
}

type Marks = Map<string, CellMarks>;

/** The template to lay out: the detected one, else the one whose own row keys appear. */
function layoutTemplate(report: Report): Template {
  if (report.template) return report.template;
  return Object.keys(report.cells).some((a) => /^t3\.other\.|^t2\.\w+\.(issued|in_force)$/.test(a))
    ? '2021'
    : '2019';
}

function Labels({ cells }: { cells: LabelCell[] }) {
  return (
    <>
      {cells.map((c) => (
        <th key={c.text} scope="row" rowSpan={c.rowSpan} colSpan={c.colSpan} class="label">
          {c.text}
        </th>
      ))}
    </>
  );
}

/** 表二: one block per run of rows sharing columns, as the template's 第二十条 items are. */
function T2({ report, template, marks }: { report: Report; template: Template; marks: Marks }) {
  const groups: (typeof T2_ROWS)['2019'][] = [];
  for (const row of T2_ROWS[template]) {
    const last = groups.at(-1);
    const sig = (r: (typeof T2_ROWS)['2019'][number]) => r.columns.map((c) => c.key).join();
    if (last && sig(last[0]!) === sig(row)) last.push(row);
    else groups.push([row]);
  }
  return (
    <>
      {groups.map((rows) => (
        <table key={rows[0]!.key} class="tpl t2">
          <thead>
            <tr>
              <th>{i18n.t('table.content')}</th>
              {rows[0]!.columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" class="label">
                  {r.label}
                </th>
                {r.columns.map((c) => {
                  const a = address('t2', r.key, c.key);
                  return <Cell key={a} addr={a} report={report} marks={marks.get(a)} />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** 表三: 申请人情况 across, the 办理结果 rows down with their merged group headers. */
function T3({ report, template, marks }: { report: Report; template: Template; marks: Marks }) {
  const rows = T3_ROWS[template];
  const labels = mergedLabels(
    rows.map((r) => t3Path(r.label)),
    3,
  );
  const [natural, ...rest] = T3_COLUMNS;
  const orgs = rest.slice(0, 5);
  return (
    <table class="tpl t3">
      <thead>
        <tr>
          <th rowSpan={3} colSpan={3} />
          <th colSpan={7}>申请人情况</th>
        </tr>
        <tr>
          <th rowSpan={2}>{natural!.label}</th>
          <th colSpan={5}>法人或其他组织</th>
          <th rowSpan={2}>{T3_COLUMNS[6]!.label}</th>
        </tr>
        <tr>
          {orgs.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.key}>
            <Labels cells={labels[i]!} />
            {T3_COLUMNS.map((c) => {
              const a = address('t3', r.key, c.key);
              return <Cell key={a} addr={a} report={report} marks={marks.get(a)} />;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 表四: one row of fifteen figures under 行政复议 and the two kinds of 行政诉讼. */
function T4({ report, marks }: { report: Report; marks: Marks }) {
  const [review, ...suits] = T4_ROWS;
  return (
    <table class="tpl t4">
      <thead>
        <tr>
          <th colSpan={5} rowSpan={2}>
            {review!.label}
          </th>
          <th colSpan={10}>行政诉讼</th>
        </tr>
        <tr>
          {suits.map((s) => (
            <th key={s.key} colSpan={5}>
              {s.label.replace('行政诉讼·', '')}
            </th>
          ))}
        </tr>
        <tr>{T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => <th key={`${r.key}.${c.key}`}>{c.label}</th>))}</tr>
      </thead>
      <tbody>
        <tr>
          {T4_ROWS.flatMap((r) =>
            T4_COLUMNS.map((c) => {
              const a = address('t4', r.key, c.key);
              return <Cell key={a} addr={a} report={report} marks={marks.get(a)} />;
            }),
          )}
        </tr>
      </tbody>
    </table>
  );
}

/** The three tables, then any cells the template does not have (kept visible, never hidden). */
export function TableView({ report, findings, flags }: TableViewProps) {
  const template = layoutTemplate(report);
  const marks = marksByAddress(findings, flags);
  const required = requiredAddresses(template);
  const known = new Set([...required.t2, ...required.t3, ...required.t4]);
  const extra = Object.keys(report.cells).filter((a) => !known.has(a));
  return (
    <div class="tables">
      <section data-table="t2">
        <h2>{TABLE_LABELS.t2}</h2>
        <T2 report={report} template={template} marks={marks} />
      </section>
      <section data-table="t3">
        <h2>{TABLE_LABELS.t3}</h2>
        <T3 report={report} template={template} marks={marks} />
      </section>
      <section data-table="t4">
        <h2>{TABLE_LABELS.t4}</h2>
        <T4 report={report} marks={marks} />
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
