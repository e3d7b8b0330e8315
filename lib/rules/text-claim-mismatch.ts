/**
 * Fires only when a claim in the prose without a number (均获维持, 无被纠错, 均已审结, 未收到申请,
 * 未发生行政复议, 未制发规范性文件, 申请均已办结, 申请人均为自然人) is contradicted by a filled, non-zero table cell, or, where the table
 * leaves those cells blank or has none, by the text's own count above zero (共收到申请5件), or by the 2008
 * form's statistics table (受理…申请总数 1 against 未收到申请; recognise/stat-table.ts).
 */
import { label, list, msg, type Param } from '../i18n/format';
import { T3_PART_COLUMNS } from '../keys';
import type { Fact, Finding, Report, TableId } from '../model';
import { statOtherYear, statPartRow, statParts, statRow } from '../recognise/stat-table';
import { absentReason, factOf, finding, num, OLD_FORMAT, shortQuote } from './helpers';
import { STAT_OTHER_YEAR } from './text-table-mismatch';
import type { Rule } from './types';

/** 表四's rows a claim speaks of, from its wording (`行政复议和行政诉讼均获维持`). */
function t4Rows(claim: string): string[] {
  return [
    ...(claim.includes('复议') ? ['review'] : []),
    ...(claim.includes('诉讼') ? ['suit_direct', 'suit_after_review'] : []),
  ];
}

/** The cells among `addrs` that hold a figure above zero; blanks say nothing. */
function nonZero(report: Report, addrs: string[]): string[] {
  return addrs.filter((a) => (num(report, a) ?? 0) > 0);
}

/** `表四 行政复议·结果纠正 为 1、行政复议·尚未审结 为 1`. */
function cellsText(report: Report, addrs: string[]): Param {
  return list(
    addrs.map((a) => msg('side', { label: label('cell', a, report.template), value: num(report, a) ?? 0 })),
  );
}

/**
 * 均获维持 is contradicted by a corrected or a pending case; 无被纠错 and 已审结的均获维持 only by a
 * corrected one: 表四's columns (and the parts of the text's counts, facts-cases.ts) it speaks of.
 */
const upheldColumns = (claim: string) =>
  claim.endsWith('均获维持') && !claim.includes('已审结') ? ['corrected', 'pending'] : ['corrected'];

/** The text's counts of the cases a claim names (`f.reviews`, `f.suits`), with `part` after them. */
const caseCounts = (claim: string, parts: string[] = ['']) =>
  [...(claim.includes('复议') ? ['f.reviews'] : []), ...(claim.includes('诉讼') ? ['f.suits'] : [])].flatMap(
    (k) => parts.map((p) => (p ? `${k}.${p}` : k)),
  );

/** The statistics table's rows of the cases a claim names: 行政复议数, 行政诉讼数. */
const statRows = (claim: string) => [
  ...(claim.includes('复议') ? ['f.stat.reviews'] : []),
  ...(claim.includes('诉讼') ? ['f.stat.suits'] : []),
];
/** The figures the table gives at these keys. */
const statFacts = (report: Report, keys: string[]) =>
  keys.map((k) => factOf(report, k)).filter((f): f is Fact => f?.value != null);
/** A row's result that is a correction (被依法纠错数), among its parts (recognise/stat-table.ts). */
const corrected = (report: Report, row: string) =>
  statParts(report, row).filter((f) => /纠错/.test(statRow(f)));

/** A figure of the table as a claim's finding names it: a part with its row (`行政复议数量·被依法纠错数`). */
function statName(report: Report, f: Fact): string {
  const key = statPartRow(f.key);
  const row = key ? factOf(report, key) : undefined;
  return row ? `${statRow(row)}·${statRow(f)}` : statRow(f);
}

/**
 * What each claim speaks of: its table; the cells there, any of them above zero contradicting it;
 * and the text's own counts, which contradict it where the table does not speak (its cells absent or
 * blank): 未收到申请 and 共收到申请5件, 未发生行政复议 and 被申请行政复议2件, 均获维持 and 结果纠正1件.
 * In the order the findings are given.
 */
const CLAIMS: Record<
  string,
  {
    table: TableId;
    cells: (claim: string) => string[];
    counts: (claim: string) => string[];
    /** The 2008 form's statistics table's figures it speaks of, where a report has that table instead. */
    stat?: (claim: string, report: Report) => Fact[];
  }
> = {
  'f.claim.reviews_all_upheld': {
    table: 't4',
    cells: (claim) => t4Rows(claim).flatMap((r) => upheldColumns(claim).map((c) => `t4.${r}.${c}`)),
    counts: (claim) => caseCounts(claim, upheldColumns(claim)),
    // The later form's results (行政复议数量's （二）被依法纠错数); it has no column of pending cases.
    stat: (claim, report) => statRows(claim).flatMap((k) => corrected(report, k)),
  },
  'f.claim.cases_concluded': {
    table: 't4',
    cells: (claim) => t4Rows(claim).map((r) => `t4.${r}.pending`),
    counts: (claim) => caseCounts(claim, ['pending']),
  },
  'f.claim.no_applications': {
    table: 't3',
    cells: () => ['t3.new.total'],
    counts: () => ['f.applications_received'],
    stat: (_claim, report) => statFacts(report, ['f.stat.applications']),
  },
  'f.claim.no_reviews': {
    table: 't4',
    cells: (claim) => t4Rows(claim).map((r) => `t4.${r}.total`),
    counts: (claim) => caseCounts(claim),
    stat: (claim, report) => statFacts(report, statRows(claim)),
  },
  'f.claim.no_normative': {
    table: 't2',
    cells: () => ['t2.normative.made'],
    counts: () => ['f.normative_made'],
  },
  'f.claim.applications_all_closed': {
    table: 't3',
    cells: () => ['t3.carried_out.total'],
    counts: () => ['f.carried_out'],
  },
  // 申请人均为自然人: 表三's 本年新收 from any applicant of another kind (its five 法人或其他组织 columns).
  'f.claim.all_natural': {
    table: 't3',
    cells: () => T3_PART_COLUMNS.filter((c) => c !== 'natural').map((c) => `t3.new.${c}`),
    counts: () => ['f.applicants.legal'],
  },
};
const cellsOf = (fact: Fact) => CLAIMS[fact.key]?.cells(fact.claim ?? '') ?? [];
const countsOf = (fact: Fact) => CLAIMS[fact.key]?.counts(fact.claim ?? '') ?? [];
/** Whether a cell the claim speaks of is filled in (a blank says nothing). */
const cellsFilled = (report: Report, fact: Fact) => cellsOf(fact).some((a) => num(report, a) !== null);

/**
 * The statistics table's figures a claim speaks of, where no template cell does (an old report) and
 * the table is headed with the report's own year (one headed with another may be that year's).
 */
function statOf(report: Report, fact: Fact): Fact[] {
  if (cellsFilled(report, fact) || statOtherYear(report)) return [];
  return CLAIMS[fact.key]?.stat?.(fact.claim ?? '', report) ?? [];
}
const hasStat = (report: Report, fact: Fact) =>
  (CLAIMS[fact.key]?.stat?.(fact.claim ?? '', report) ?? []).length > 0;

/** The text's counts above zero that contradict a claim the table says nothing of. */
function textCounts(report: Report, fact: Fact): Fact[] {
  if (cellsFilled(report, fact)) return [];
  return countsOf(fact)
    .map((k) => factOf(report, k))
    .filter((f): f is Fact => f?.value != null && f.value > 0);
}

/** One finding per claim a table contradicts, naming the claim and the cells. */
export const textClaimMismatch: Rule = {
  id: 'text-claim-mismatch',
  severity: 'warning',
  title: '正文表述与表格矛盾 / Text claim contradicts a table',
  explain:
    '正文称“均获维持”“均已审结”“未收到申请”“未发生行政复议”“未制发规范性文件”“申请均已办结”“申请人均为自然人”等，而表二、表三或表四中却有被纠正或尚未审结的案件、新收的申请、复议诉讼案件、本年制发的规范性文件、结转下年度的申请或法人及其他组织的新收申请，说明正文或表格之一有误；表格中没有这些数字时，与正文自己写出的件数（如“共收到申请5件”）对照；2018 年及以前的报告，与其《政府信息公开情况统计表》中的受理申请总数、行政复议数、行政诉讼数对照。',
  skip(report, ctx) {
    const claims = Object.keys(CLAIMS).filter((k) => factOf(report, k));
    if (claims.length === 0) return '正文未作可核对的表述 / the text makes no claim to check';
    // The text's own counts speak where the table does not.
    if (claims.some((k) => countsOf(factOf(report, k)!).some((c) => factOf(report, c)?.value != null)))
      return null;
    // Checkable when one claim has a cell it speaks of filled in (a blank says nothing).
    const filled = claims.some((k) => cellsFilled(report, factOf(report, k)!));
    // An old report's statistics table speaks where the template's cells do not.
    if (!filled && claims.some((k) => hasStat(report, factOf(report, k)!)))
      return statOtherYear(report) ? STAT_OTHER_YEAR : null;
    if (ctx.oldFormat) return OLD_FORMAT;
    if (filled) return null;
    const has = (t: string) => Object.keys(report.cells).some((a) => a.startsWith(`${t}.`));
    const tables = [...new Set(claims.map((k) => CLAIMS[k]!.table))];
    if (!tables.some(has)) return absentReason(tables, ctx);
    return '表格中对应的数字空白 / the table leaves those figures blank';
  },
  run(report) {
    const out: Finding[] = [];
    for (const key of Object.keys(CLAIMS)) {
      const fact = factOf(report, key);
      if (!fact) continue;
      const said = textCounts(report, fact);
      if (said.length > 0) {
        const m = msg('textClaimMismatch.text', {
          quote: shortQuote(fact.quote),
          counts: list(said.map((f) => msg('textClaimMismatch.quoted', { x: shortQuote(f.quote) }))),
        });
        out.push(finding(textClaimMismatch, m, [key, ...said.map((f) => f.key)]));
        continue;
      }
      const stat = statOf(report, fact).filter((f) => f.value! > 0);
      if (stat.length > 0) {
        const m = msg('textClaimMismatch.mismatch', {
          quote: shortQuote(fact.quote),
          table: msg('textTableMismatch.statTable'),
          cells: list(
            stat.map((f) =>
              msg('side', { label: msg('pageText', { x: statName(report, f) }), value: f.value! }),
            ),
          ),
        });
        out.push(finding(textClaimMismatch, m, [key, ...stat.map((f) => f.key)]));
        continue;
      }
      const cells = nonZero(report, cellsOf(fact));
      if (cells.length === 0) continue;
      const m = msg('textClaimMismatch.mismatch', {
        quote: shortQuote(fact.quote),
        table: label('table', CLAIMS[key]!.table),
        cells: cellsText(report, cells),
      });
      out.push(finding(textClaimMismatch, m, [key, ...cells]));
    }
    return out;
  },
};
