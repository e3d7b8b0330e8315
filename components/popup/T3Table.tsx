/** 表三 as the template prints it: 申请人情况 across, 办理结果 down with merged group headers. */
import { address, T3_COLUMNS, T3_ROWS } from '../../lib/keys';
import type { Report, Template } from '../../lib/model';
import { Cell } from './Cell';
import { type CellMarks, type LabelCell, mergedLabels, t3Path } from './marks';

type Marks = Map<string, CellMarks>;

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

/** 表三: 申请人情况 across, the 办理结果 rows down with their merged group headers. */
export function T3Table({ report, template, marks }: { report: Report; template: Template; marks: Marks }) {
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
