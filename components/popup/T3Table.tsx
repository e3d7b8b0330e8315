/** 表三 as the template prints it: 申请人情况 across, 办理结果 down with merged group headers. */
import { address, T3_COLUMNS, T3_ROWS } from '../../lib/keys';
import type { Report, Template } from '../../lib/model';
import { columnName, rowName, uiLang } from '../lang';
import { Cell } from './Cell';
import { i18n } from './i18n';
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
  const lang = uiLang();
  const rows = T3_ROWS[template];
  // In English the same levels: 本年度办理结果 › 不予公开 › 属于国家秘密 from the English labels.
  const path = (r: (typeof rows)[number]) => {
    if (lang === 'zh') return t3Path(r.label);
    const name = rowName('t3', r.key, r.label, lang);
    return r.label.startsWith('（') ? [i18n.t('table.outcomes'), ...name.split(' · ')] : [name];
  };
  const labels = mergedLabels(rows.map(path), 3);
  const col = (c: (typeof T3_COLUMNS)[number]) => columnName('t3', 'new', c.key, c.label, template, lang);
  const [natural, ...rest] = T3_COLUMNS;
  const orgs = rest.slice(0, 5);
  return (
    <table class="tpl t3">
      <thead>
        <tr>
          <th rowSpan={3} colSpan={3} />
          <th colSpan={7}>{i18n.t('table.applicants')}</th>
        </tr>
        <tr>
          <th rowSpan={2}>{col(natural!)}</th>
          <th colSpan={5}>{i18n.t('table.orgs')}</th>
          <th rowSpan={2}>{col(T3_COLUMNS[6]!)}</th>
        </tr>
        <tr>
          {orgs.map((c) => (
            <th key={c.key}>{col(c)}</th>
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
