/** 表二 as the template prints it: one block per 第二十条 item, its own column heads above. */
import { address, T2_ROWS } from '../../lib/keys';
import type { Report, Template } from '../../lib/model';
import { columnName, rowName, uiLang } from '../lang';
import { Cell } from './Cell';
import { i18n } from './i18n';
import type { CellMarks } from './marks';

type Marks = Map<string, CellMarks>;

/** 表二: one block per run of rows sharing columns, as the template's 第二十条 items are. */
export function T2Table({ report, template, marks }: { report: Report; template: Template; marks: Marks }) {
  const lang = uiLang();
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
                <th key={c.key}>{columnName('t2', rows[0]!.key, c.key, c.label, template, lang)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" class="label">
                  {rowName('t2', r.key, r.label, lang)}
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
