/** Builds report tables as HTML in the markups real portals use, for recogniser tests. */
import { T3_COLUMNS, T3_ROWS } from '../../lib/keys';
import type { Template } from '../../lib/model';

export type T3Values = Record<string, (number | string)[]>;

export interface T3Options {
  template: Template;
  /** rowspan: parents span their rows; placeholder: empty cells instead of spans. */
  style: 'rowspan' | 'placeholder';
  /** Prepend a 序号 column. */
  seq?: boolean;
  /** Split the table into two <table> elements before this row index. */
  splitAt?: number;
}

const PARENT: Record<string, string> = {
  denied: '（三）不予公开',
  unable: '（四）无法提供',
  refused: '（五）不予处理',
  other: '（六）其他处理',
};

function leafLabel(label: string): string {
  // keys.ts labels carry the parent, e.g. `（三）不予公开 1.属于国家秘密`: the leaf is the last part.
  const parts = label.split(' ');
  return parts[parts.length - 1]!;
}

/** Consistent 表三 figures: random parts, totals that add up. */
export function consistentT3(template: Template, seed: number): T3Values {
  let x = seed || 1;
  const rnd = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % 4;
  };
  const v: T3Values = {};
  const outcomeRows = T3_ROWS[template]
    .map((r) => r.key)
    .filter((k) => !['new', 'carried_in', 'outcome_total', 'carried_out'].includes(k));
  const col = (vals: number[]) => [...vals, vals.reduce((a, b) => a + b, 0)];
  const zero = [0, 0, 0, 0, 0, 0];
  const outcomeSum = [...zero];
  for (const k of outcomeRows) {
    const parts = zero.map(() => rnd());
    parts.forEach((p, i) => {
      outcomeSum[i]! += p;
    });
    v[k] = col(parts);
  }
  const carriedOut = zero.map(() => rnd());
  const carriedIn = zero.map(() => rnd());
  v.outcome_total = col(outcomeSum);
  v.carried_out = col(carriedOut);
  v.carried_in = col(carriedIn);
  v.new = col(outcomeSum.map((s, i) => s + carriedOut[i]! - carriedIn[i]!));
  return v;
}

const td = (text: string | number, attrs = '') => `<td${attrs}>${text}</td>`;

/** 表三 as HTML (one or two tables). */
export function t3Html(values: T3Values, o: T3Options): string {
  const rows = T3_ROWS[o.template];
  const seqTd = (n: string) => (o.seq ? td(n) : '');
  const head = [
    `<tr>${o.seq ? '<td rowspan="3">序号</td>' : ''}<td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>`,
    `<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>`,
    `<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`,
  ];
  const placeholderHead = [
    `<tr>${seqTd('序号')}${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')}${td('')}${td('')}${td('申请人情况')}${td('')}${td('')}${td('')}${td('')}${td('')}${td('')}</tr>`,
    `<tr>${seqTd('')}${td('')}${td('')}${td('')}${td('自然人')}${td('法人或其他组织')}${td('')}${td('')}${td('')}${td('')}${td('总计')}</tr>`,
    `<tr>${seqTd('')}${td('')}${td('')}${td('')}${td('')}${td('商业企业')}${td('科研机构')}${td('社会公益组织')}${td('法律服务机构')}${td('其他')}${td('')}</tr>`,
  ];
  const body: string[] = [];
  const outcomeKeys = rows.map((r) => r.key).filter((k) => !['new', 'carried_in', 'carried_out'].includes(k));
  let parentSeen = new Set<string>();
  rows.forEach((r, i) => {
    const vals = (values[r.key] ?? []).map((x) => td(x)).join('');
    const seq = seqTd(String(i + 1));
    const group = r.key.split('.')[0]!;
    const isSub = r.key.includes('.');
    if (!outcomeKeys.includes(r.key)) {
      body.push(
        `<tr>${seq}${o.style === 'rowspan' ? `<td colspan="3">${r.label}</td>` : `${td(r.label)}${td('')}${td('')}`}${vals}</tr>`,
      );
      return;
    }
    const first = r.key === outcomeKeys[0];
    let cells = '';
    if (o.style === 'rowspan') {
      if (first) cells += `<td rowspan="${outcomeKeys.length}">三、本年度办理结果</td>`;
      if (isSub) {
        if (!parentSeen.has(group)) {
          const n = rows.filter((x) => x.key.startsWith(`${group}.`)).length;
          cells += `<td rowspan="${n}">${PARENT[group]}</td>`;
          parentSeen.add(group);
        }
        cells += td(leafLabel(r.label));
      } else {
        cells += `<td colspan="2">${leafLabel(r.label)}</td>`;
      }
    } else {
      cells += td(first ? '三、本年度办理结果' : '');
      if (isSub) {
        cells += td(parentSeen.has(group) ? '' : PARENT[group]!);
        parentSeen.add(group);
        cells += td(leafLabel(r.label));
      } else {
        cells += td(leafLabel(r.label)) + td('');
      }
    }
    body.push(`<tr>${seq}${cells}${vals}</tr>`);
  });
  parentSeen = new Set();
  const all = [...(o.style === 'rowspan' ? head : placeholderHead), ...body];
  if (o.splitAt === undefined) return `<table border="1">${all.join('')}</table>`;
  const cut = 3 + o.splitAt;
  return `<table border="1">${all.slice(0, cut).join('')}</table><p>&nbsp;</p><table border="1">${all.slice(cut).join('')}</table>`;
}

/** A page around the given tables. */
export function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="article"><h1>${title}</h1>${body}</div></body></html>`;
}

export { T3_COLUMNS };
