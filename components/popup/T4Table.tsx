/** 表四 as the template prints it: one row of fifteen figures under three heads. */
import { address, T4_COLUMNS, T4_ROWS } from '../../lib/keys';
import type { Report } from '../../lib/model';
import { columnName, rowName, uiLang } from '../lang';
import { Cell } from './Cell';
import { i18n } from './i18n';
import type { CellMarks } from './marks';

type Marks = Map<string, CellMarks>;

/** 表四: one row of fifteen figures under 行政复议 and the two kinds of 行政诉讼. */
export function T4Table({ report, marks }: { report: Report; marks: Marks }) {
  const lang = uiLang();
  const [review, ...suits] = T4_ROWS;
  const row = (r: (typeof T4_ROWS)[number]) => rowName('t4', r.key, r.label, lang);
  return (
    <table class="tpl t4">
      <thead>
        <tr>
          <th colSpan={5} rowSpan={2}>
            {row(review!)}
          </th>
          <th colSpan={10}>{i18n.t('table.suits')}</th>
        </tr>
        <tr>
          {suits.map((s) => (
            <th key={s.key} colSpan={5}>
              {lang === 'zh' ? s.label.replace('行政诉讼·', '') : row(s)}
            </th>
          ))}
        </tr>
        <tr>
          {T4_ROWS.flatMap((r) =>
            T4_COLUMNS.map((c) => (
              <th key={`${r.key}.${c.key}`}>{columnName('t4', r.key, c.key, c.label, null, lang)}</th>
            )),
          )}
        </tr>
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
