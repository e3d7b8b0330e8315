/** A figure stated in the text that contradicts the same figure in a table. */
import type { Finding, Report } from '../model';
import {
  cellLabel,
  factOf,
  finding,
  num,
  readTerms,
  same,
  shortQuote,
  sideText,
  TABLE_NAMES,
  total,
} from './helpers';
import type { Rule } from './types';

/** A fact and the cells whose sum must equal it. */
interface Comparison {
  fact: string;
  table: 't2' | 't3' | 't4';
  cells: (report: Report) => string[];
}

// 规范性文件: the 2019 template counts 本年新制作数量, the 2021 one 本年制发件数.
function normative(report: Report): string[] {
  if (report.template === '2019') return ['t2.normative.made'];
  if (report.template === '2021') return ['t2.normative.issued'];
  return [num(report, 't2.normative.made') !== null ? 't2.normative.made' : 't2.normative.issued'];
}

const COMPARISONS: Comparison[] = [
  { fact: 'f.applications_received', table: 't3', cells: () => ['t3.new.total'] },
  { fact: 'f.applications_closed', table: 't3', cells: () => ['t3.outcome_total.total'] },
  { fact: 'f.reviews', table: 't4', cells: () => ['t4.review.total'] },
  { fact: 'f.suits', table: 't4', cells: () => ['t4.suit_direct.total', 't4.suit_after_review.total'] },
  { fact: 'f.normative_made', table: 't2', cells: normative },
];

function compare(report: Report, c: Comparison): Finding[] {
  const fact = factOf(report, c.fact);
  const addrs = c.cells(report);
  const terms = readTerms(report, addrs, (a) => cellLabel(a, report.template));
  if (fact?.value == null || !terms || same(fact.value, total(terms.map((t) => t.value)))) return [];
  const message = `正文称「${shortQuote(fact.quote)}」，${TABLE_NAMES[c.table]} ${sideText(terms)}`;
  return [finding(textTableMismatch, message, [fact.key, ...addrs])];
}

/** Applications received and closed, reviews, suits and normative documents: text against table. */
export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  severity: 'error',
  title: '正文与表格矛盾 / Text contradicts a table',
  explain:
    '正文中的申请数、办结数、行政复议和行政诉讼数、规范性文件数与表格中的同一数字不一致，说明其中之一有误。',
  run(report) {
    return COMPARISONS.flatMap((c) => compare(report, c));
  },
};
