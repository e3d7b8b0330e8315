/**
 * Fires only when a figure or share stated in the text, read from a sentence about this body's year,
 * differs from the same figure in a table whose cells are all filled, or from what the columns of a blank
 * total already add up to.
 */
import { label, list, type Msg, msg, type Param } from '../i18n/format';
import {
  APPLICATIONS_AGAIN,
  address,
  PROACTIVE_AGAIN,
  T3_PART_COLUMNS,
  T3_REASON_GROUPS,
  T4_PART_COLUMNS,
} from '../keys';
import type { Fact, Finding, Report, TableId } from '../model';
import { STAT_CHANNEL, STAT_CUMULATIVE, statOtherYear, statRow } from '../recognise/stat-table';
import { fold } from '../text';
import {
  APPLICANT_KEYS,
  absentReason,
  byRow,
  factOf,
  finding,
  fromParts,
  num,
  OLD_FORMAT,
  OUTCOME_GROUPS,
  partsOfWhole,
  readTerms,
  receivedAndCarried,
  same,
  shortQuote,
  sideText,
  T3_ALL_ROWS,
  T3_OTHER_2021,
  type Term,
  total,
} from './helpers';
import type { Rule } from './types';

/** A fact and the cells whose sum must equal it. */
interface Comparison {
  fact: string;
  table: TableId;
  cells: (report: Report) => string[];
  /** Cells labelled by row only (表三's 总计 column: `予以公开`, not `予以公开·总计`). */
  byRow?: boolean;
  /**
   * A breakdown the text may give of this year's new applications alone (共收到申请58件，其中予以
   * 公开…), while 表三 also counts last year's carried-over ones: see `outsideCarriedIn`.
   */
  ofNew?: boolean;
  /**
   * A count of applications the text may give with last year's carried-over ones in it (共受理申请
   * 60件, 其中新收56件、上年结转4件): it agrees with 表三 when it is 本年新收 + 上年结转, unless it
   * says 新收 (new ones).
   */
  withCarriedIn?: boolean;
  /** Compared only when this holds (who applied: only where the text's count is 表三's 本年新收). */
  when?: (report: Report) => boolean;
}

// 规范性文件: the 2019 template counts 本年新制作数量, the 2021 one 本年制发件数.
function normative(report: Report): string[] {
  if (report.template === '2019') return ['t2.normative.made'];
  if (report.template === '2021') return ['t2.normative.issued'];
  return [num(report, 't2.normative.made') !== null ? 't2.normative.made' : 't2.normative.issued'];
}

const t3Total = (rows: string[]) => () => rows.map((r) => `t3.${r}.total`);
/** 表三's rows of one outcome group (`denied` → `denied.state_secret` …), as the key table lists them. */
const group = (prefix: string) => T3_ALL_ROWS.filter((r) => r.startsWith(`${prefix}.`));

/** (六) 其他处理: the rows the page has (2021's three, or the single row a 2019 table prints). */
function otherRows(report: Report): string[] {
  const has = (r: string) => `t3.${r}.total` in report.cells;
  if (T3_OTHER_2021.some(has)) return T3_OTHER_2021.map((r) => `t3.${r}.total`);
  return has('other') ? ['t3.other.total'] : [];
}

const outcome = (fact: string, cells: (report: Report) => string[]): Comparison => ({
  fact,
  table: 't3',
  cells,
  byRow: true,
  ofNew: true,
});

/** Whether the text states the comparison's figure, where the comparison applies at all. */
function applies(report: Report, c: Comparison): boolean {
  return factOf(report, c.fact)?.value != null && (!c.when || c.when(report));
}

/** 法人或其他组织: 表三's five columns of them. */
const LEGAL_COLUMNS = T3_PART_COLUMNS.filter((c) => c !== 'natural');

/** The text's count of applications, which its applicants split, is 表三's 本年新收. */
function splitsNew(report: Report): boolean {
  const received = factOf(report, 'f.applications_received')?.value;
  const fresh = num(report, 't3.new.total');
  // Listed after the whole with last year's (…上年结转7件，共计48件。其中自然人40件…), they split that whole.
  const applicants = APPLICANT_KEYS.map((k) => factOf(report, k));
  if (partsOfWhole(report, applicants)) return false;
  // Listed after the count and last year's (…收到申请12件，上年结转1件，其中自然人10件，法人3件), they may
  // split either: the new ones' only where both are given and make the count.
  if (receivedAndCarried(report, applicants) !== null) {
    const [natural, legal] = applicants.map((a) => a?.value);
    if (typeof natural !== 'number' || typeof legal !== 'number') return false;
    if (received == null || !same(natural + legal, received)) return false;
  }
  if (received == null) return false;
  if (fresh !== null && same(received, fresh)) return true;
  // 表三's 总计 short of its own columns (平潭综合实验区农业农村局 2024: 本年新收 总计 0, 自然人 3): the
  // columns, where they all hold figures and make the text's count, are the same applications.
  const columns = T3_PART_COLUMNS.map((c) => num(report, address('t3', 'new', c)));
  return columns.every((v) => v !== null) && same(received, total(columns as number[]));
}

const COMPARISONS: Comparison[] = [
  { fact: 'f.applications_received', table: 't3', cells: () => ['t3.new.total'], withCarriedIn: true },
  // The text naming the year's applications again, with another figure (lib/recognise/facts.ts).
  { fact: APPLICATIONS_AGAIN, table: 't3', cells: () => ['t3.new.total'], withCarriedIn: true },
  { fact: 'f.applications_closed', table: 't3', cells: () => ['t3.outcome_total.total'] },
  { fact: 'f.reviews', table: 't4', cells: () => ['t4.review.total'] },
  { fact: 'f.suits', table: 't4', cells: () => ['t4.suit_direct.total', 't4.suit_after_review.total'] },
  // The text naming them again, with another figure (lib/recognise/facts.ts CASE_COUNTS).
  { fact: 'f.reviews.again', table: 't4', cells: () => ['t4.review.total'] },
  { fact: 'f.suits.again', table: 't4', cells: () => ['t4.suit_direct.total', 't4.suit_after_review.total'] },
  { fact: 'f.normative_made', table: 't2', cells: normative },
  // What the text says the reviews and suits came to (其中结果维持2件…), and how the suits came.
  ...T4_PART_COLUMNS.flatMap((c): Comparison[] => [
    { fact: `f.reviews.${c}`, table: 't4', cells: () => [`t4.review.${c}`] },
    { fact: `f.suits.${c}`, table: 't4', cells: () => [`t4.suit_direct.${c}`, `t4.suit_after_review.${c}`] },
  ]),
  { fact: 'f.suits.direct', table: 't4', cells: () => ['t4.suit_direct.total'] },
  { fact: 'f.suits.after_review', table: 't4', cells: () => ['t4.suit_after_review.total'] },
  outcome('f.outcome.granted', t3Total(['granted'])),
  outcome('f.outcome.partial', t3Total(['partial'])),
  outcome('f.outcome.granted_partial', t3Total(['granted', 'partial'])),
  outcome('f.outcome.denied', t3Total(group('denied'))),
  outcome('f.outcome.unable', t3Total(group('unable'))),
  outcome('f.outcome.refused', t3Total(group('refused'))),
  outcome('f.outcome.other', otherRows),
  // The reasons in the brackets after 不予公开, 无法提供, 不予处理 (其中属于国家秘密1件…), each its row.
  ...T3_REASON_GROUPS.flatMap((g) => group(g).map((r) => outcome(`f.outcome.${r}`, t3Total([r])))),
  outcome('f.outcome.total', t3Total(['outcome_total'])),
  { fact: 'f.carried_out', table: 't3', cells: t3Total(['carried_out']), byRow: true },
  { fact: 'f.carried_in', table: 't3', cells: t3Total(['carried_in']), byRow: true },
  // Who applied, split from a count of applications that is 表三's 本年新收 (one that counts the
  // carried-over ones too splits those as well).
  { fact: 'f.applicants.natural', table: 't3', cells: () => ['t3.new.natural'], when: splitsNew },
  {
    fact: 'f.applicants.legal',
    table: 't3',
    cells: () => LEGAL_COLUMNS.map((c) => address('t3', 'new', c)),
    when: splitsNew,
  },
];

/**
 * For a breakdown that may count only this year's new applications: null when the text's figure
 * can be right (between the table's less the carried-over applications and the table's), else the
 * note the message adds. With no carried-over applications the figures must simply agree.
 */
function outsideCarriedIn(report: Report, stated: number, table: number): Param | null {
  const carried = num(report, 't3.carried_in.total');
  if (carried === 0) return '';
  if (carried === null) return stated > table ? msg('textTableMismatch.larger') : null;
  if (stated <= table && stated >= table - carried) return null;
  // A cell of 0 leaves no range to name (在 0 至 0 之间): the figure alone says it.
  if (table === 0) return '';
  return carriedRange(carried, table - carried, table);
}

/** The range a breakdown of this year's new applications may lie in; no count is below 0. */
function carriedRange(carried: number, low: number, high: number): Param {
  return msg('textTableMismatch.carried', { carried, low: Math.max(0, low), high });
}

/** What an outcome fact counts, as a share's message names it (`textTableMismatch.outcome.*`). */
const OUTCOME_NAMES: Record<string, string> = {
  'f.outcome.granted': 'granted',
  'f.outcome.partial': 'partial',
  'f.outcome.granted_partial': 'granted_partial',
  'f.outcome.denied': 'denied',
  'f.outcome.unable': 'unable',
  'f.outcome.refused': 'refused',
  'f.outcome.other': 'other',
  'f.carried_out': 'carried_out',
};

/**
 * A percentage at `digits` decimals, rounded or cut off as report writers do; and a share above 0 but under the
 * smallest step written as that step (4 of 1245, 0.3%, as `占比1%`: no share of something is shown as 0).
 */
function shareMatches(stated: number, exact: number, digits: number): boolean {
  const k = 10 ** digits;
  const near = (x: number) => Math.abs(x - stated) < 0.5 / k / 10;
  if (exact > 0 && exact * k < 1 && near(1 / k)) return true;
  return near(Math.round(exact * k + 1e-9) / k) || near(Math.floor(exact * k + 1e-9) / k);
}

/** Wholes the text states, which a share beside an outcome may be of. */
const TEXT_WHOLES = ['f.applications_received', 'f.applications_closed', 'f.outcome.total'];

/** The wholes the text itself states, with a figure above 0. */
function statedWholes(report: Report): (Fact & { value: number })[] {
  return TEXT_WHOLES.map((k) => factOf(report, k)).filter(
    (f): f is Fact & { value: number } => f?.value != null && f.value > 0,
  );
}

/**
 * The outcomes the text lists, each group once (予以公开及部分公开 for the two), added up; null with
 * fewer than two. Shares in such a list are often of its own total, the answered applications
 * (已答复59件。其中“予以公开”3件，占已答复件数的5.1%；“部分公开”36件，占61%…), which the text may not state
 * as a count the reader takes for a whole.
 */
function listedOutcomes(report: Report): number | null {
  const value = (k: string) => factOf(report, `f.outcome.${k}`)?.value ?? null;
  const both = value('granted_partial');
  // 予以公开及部分公开 stands for the first two groups.
  const groups = both !== null ? OUTCOME_GROUPS.slice(2) : OUTCOME_GROUPS;
  const values = [...groups.map(value), both].filter((x): x is number => x !== null);
  return values.length >= 2 ? total(values) : null;
}

/** How many decimals a share is written with (`占33.9%` → 1; `占１３.３%`, full-width, too). */
function shareDigits(quote: string): number {
  return /(\d+(?:\.(\d+))?)\s*%/.exec(fold(quote))?.[2]?.length ?? 0;
}

/** `÷ 办理结果总计 805 = 32.0%`: a part's share of a whole, at the share's precision (one decimal at least). */
function ratioOf(whole: Param, part: number, value: number, digits: number): Msg {
  return msg('textTableMismatch.ratio', { whole, pct: ((100 * part) / value).toFixed(Math.max(digits, 1)) });
}

/** The wholes a share of 表三 may be of: 办理结果总计, 本年新收, 本年新收 + 上年结转. */
function wholes(report: Report): { label: Msg; value: number; cells: string[] }[] {
  const closed = num(report, 't3.outcome_total.total');
  const fresh = num(report, 't3.new.total');
  const carried = num(report, 't3.carried_in.total');
  const out: { label: Msg; value: number; cells: string[] }[] = [];
  const term = (row: string, value: number) => msg('term', { label: label('row', `t3.${row}`), value });
  if (closed !== null)
    out.push({ label: term('outcome_total', closed), value: closed, cells: ['t3.outcome_total.total'] });
  if (fresh !== null) out.push({ label: term('new', fresh), value: fresh, cells: ['t3.new.total'] });
  if (fresh !== null && carried !== null && carried !== 0)
    out.push({
      label: msg('textTableMismatch.wholeBoth', {
        fresh: term('new', fresh),
        carried: term('carried_in', carried),
      }),
      value: fresh + carried,
      cells: ['t3.new.total', 't3.carried_in.total'],
    });
  return out.filter((w) => w.value > 0);
}

/**
 * A share beside a figure that agrees with 表三: wrong only when it matches none of the wholes it
 * may be of (the text rarely says which), at the precision it is written with.
 */
function checkShare(report: Report, fact: Fact, terms: Term[], addrs: string[]): Finding[] {
  if (fact.share === undefined) return [];
  const digits = shareDigits(fact.quote);
  const part = total(terms.map((t) => t.value));
  const ws = wholes(report);
  if (ws.length === 0 || ws.some((w) => shareMatches(fact.share!, (100 * part) / w.value, digits))) return [];
  // A share true of a whole the text itself states (收到申请60件 where 表三 has 56) is that whole's
  // mismatch, reported on its own fact, not the share's.
  if (statedWholes(report).some((f) => shareMatches(fact.share!, (100 * part) / f.value, digits))) return [];
  const listed = listedOutcomes(report);
  if (listed && shareMatches(fact.share, (100 * part) / listed, digits)) return [];
  // Every whole it may be of, the one the sentence names (占新收申请的…) first, else 办理结果总计.
  const named = /新收|收到|受理/.test(fact.quote) ? ws.findIndex((w) => w.cells[0] === 't3.new.total') : -1;
  if (named > 0) ws.unshift(...ws.splice(named, 1));
  const ratios = ws.map((w) => ratioOf(w.label, part, w.value, digits));
  const outcome = OUTCOME_NAMES[fact.key];
  const name = outcome
    ? msg(`textTableMismatch.outcome.${outcome}`)
    : list(
        terms.map((t) => t.label),
        'plus',
      );
  const m = msg('textTableMismatch.share', {
    quote: shortQuote(fact.quote),
    name,
    part,
    ratios: list(ratios, 'comma'),
  });
  const cells = [...new Set([fact.key, ...addrs, ...ws.flatMap((w) => w.cells)])];
  return [finding(textTableMismatch, m, cells)];
}

/** The table's side where some totals are blank: each read from its row, or null where one cannot be. */
function sideFromParts(
  report: Report,
  addrs: string[],
  labelOf: (addr: string) => Param,
): { terms: Term[]; open: boolean; cells: string[]; table?: (table: Param) => Param } | null {
  const read: { a: string; value: number; id?: string }[] = [];
  const cells: string[] = [];
  let open = false;
  for (const a of addrs) {
    const v = num(report, a);
    if (v !== null) {
      read.push({ a, value: v });
      cells.push(a);
      continue;
    }
    const p = fromParts(report, a);
    if (!p) return null;
    // A total the table was printed without (表三 with no 总计 column) is not called blank.
    const id =
      report.cells[a] !== undefined ? 'textTableMismatch.fromParts' : 'textTableMismatch.fromPartsNoTotal';
    read.push({ a, value: p.low, id });
    cells.push(a, ...p.parts);
    open ||= p.open;
  }
  // Every total read from its columns alike: said once, after the table's name, not at each row.
  const id = read[0]?.id;
  if (read.length > 1 && id && read.every((r) => r.id === id))
    return {
      terms: read.map((r) => ({ label: byRow(r.a), value: r.value })),
      open,
      cells,
      table: (table) => msg(`${id}All`, { label: table }),
    };
  const terms = read.map((r) => ({
    label: r.id ? msg(r.id, { label: byRow(r.a) }) : labelOf(r.a),
    value: r.value,
  }));
  return { terms, open, cells };
}

/**
 * Whether an outcome's count given by one reason and 等 may be that reason's row alone (因本机关不掌握等
 * 原因无法提供265件 beside 不掌握 265 of 无法提供 337): then the text is not held to the outcome's total.
 * The row's 总计; where that is blank, the sum of its columns, at least that where some are blank too.
 */
function ofReasonAlone(report: Report, fact: Fact): boolean {
  if (fact.reason === undefined || fact.value === null) return false;
  const addr = `t3.${fact.reason}.total`;
  const cell = num(report, addr);
  if (cell !== null) return same(fact.value, cell);
  const parts = fromParts(report, addr);
  return parts !== null && (same(fact.value, parts.low) || (parts.open && fact.value > parts.low));
}

/**
 * A stated figure against totals the table leaves blank, read from their rows' columns: wrong only
 * where no reading of the blanks can make it right. Blank columns can only add, so with one among
 * them the text is wrong only when smaller than the columns' figures already are; a breakdown that
 * may count this year's new applications alone may be smaller by the carried-over ones.
 */
function compareFromParts(
  report: Report,
  c: Comparison,
  fact: Fact & { value: number },
  addrs: string[],
  labelOf: (addr: string) => Param,
): Finding[] {
  const side = sideFromParts(report, addrs, labelOf);
  if (!side || ofReasonAlone(report, fact)) return [];
  const low = total(side.terms.map((t) => t.value));
  const carried = c.ofNew ? num(report, 't3.carried_in.total') : 0;
  const least = carried === null ? Number.NEGATIVE_INFINITY : low - carried;
  const most = side.open ? Number.POSITIVE_INFINITY : low;
  if (fact.value >= least - 1e-6 && fact.value <= most + 1e-6) return [];
  let note: Param = '';
  if (side.open)
    note = carried
      ? msg('textTableMismatch.carriedAtLeast', { carried, low: least })
      : msg('textTableMismatch.atLeast');
  else if (c.ofNew && carried) note = carriedRange(carried, least, low);
  else if (c.ofNew && carried === null) note = msg('textTableMismatch.larger');
  const table = label('table', c.table);
  const m = msg('textTableMismatch.mismatch', {
    quote: shortQuote(fact.quote),
    table: side.table ? side.table(table) : table,
    side: sideText(side.terms, side.terms.length > 3),
    note,
  });
  return [finding(textTableMismatch, m, [fact.key, ...side.cells])];
}

/**
 * A share beside a figure the table cannot be held to (its 总计 blank, or no 表三): wrong where it
 * is not the text's own figure's share of any whole, the table's or the text's (答复805件 …
 * 予以公开及部分公开258件，占33.9%: 258 is 32.0% of 805). The text then contradicts itself.
 */
function checkOwnShare(report: Report, fact: Fact & { value: number }): Finding[] {
  if (fact.share === undefined) return [];
  const digits = shareDigits(fact.quote);
  const part = fact.value;
  const ws = wholes(report);
  const stated = statedWholes(report);
  const matches = (whole: number) => shareMatches(fact.share!, (100 * part) / whole, digits);
  const listed = listedOutcomes(report);
  if (
    ws.length + stated.length === 0 ||
    ws.some((w) => matches(w.value)) ||
    stated.some((f) => matches(f.value)) ||
    (listed !== null && matches(listed))
  )
    return [];
  // A whole the text states that the table does not have: named by its own words. Only these of the
  // text's wholes are among the finding's cells: a stated whole the table agrees with (答复805件) is
  // no part of the error, and marked with it the page would read as accusing that sentence too.
  const inTable = new Set(ws.map((w) => w.value));
  const textOnly = stated.filter((f) => !inTable.has(f.value));
  const ratios = [
    ...ws.map((w) => ratioOf(w.label, part, w.value, digits)),
    ...textOnly.map((f) =>
      ratioOf(
        msg('textTableMismatch.statedWhole', { quote: shortQuote(f.quote, 24) }),
        part,
        f.value,
        digits,
      ),
    ),
  ];
  const m = msg('textTableMismatch.ownShare', {
    quote: shortQuote(fact.quote),
    part,
    ratios: list(ratios, 'comma'),
  });
  const cells = [...new Set([fact.key, ...ws.flatMap((w) => w.cells), ...textOnly.map((f) => f.key)])];
  return [finding(textTableMismatch, m, cells)];
}

function compare(report: Report, c: Comparison): Finding[] {
  const fact = factOf(report, c.fact);
  if (fact?.value == null || !applies(report, c)) return [];
  const addrs = c.cells(report);
  if (addrs.length === 0) return [];
  const labelOf = c.byRow ? byRow : (a: string) => label('cell', a, report.template);
  const terms = readTerms(report, addrs, labelOf);
  if (!terms) {
    const stated = fact as Fact & { value: number };
    const found = compareFromParts(report, c, stated, addrs, labelOf);
    return found.length > 0 ? found : checkOwnShare(report, stated);
  }
  const table = total(terms.map((t) => t.value));
  if (same(fact.value, table)) return checkShare(report, fact, terms, addrs);
  if (ofReasonAlone(report, fact)) return [];
  let note: Param | null = c.ofNew ? outsideCarriedIn(report, fact.value, table) : '';
  const cells = [fact.key, ...addrs];
  // 新收 says new ones only; 受理, 收到 may count the carried-over ones in.
  const carried = c.withCarriedIn && !/新收/.test(fact.quote) ? num(report, 't3.carried_in.total') : null;
  if (carried !== null && carried > 0) {
    if (same(fact.value, table + carried)) return [];
    // Larger than 本年新收: the text may count the carried-over ones too, and still does not agree.
    if (fact.value > table) {
      note = msg('textTableMismatch.withCarried', { carried, both: table + carried });
      cells.push('t3.carried_in.total');
    }
  }
  if (note === null) return [];
  const m = msg('textTableMismatch.mismatch', {
    quote: shortQuote(fact.quote),
    table: label('table', c.table),
    side: sideText(terms, terms.length > 3),
    note: note || kindOf(fact),
  });
  return [finding(textTableMismatch, m, cells)];
}

/** A review decision by name, read as the 表四 result it is a kind of (lib/recognise/facts-cases.ts). */
const KINDS: Record<string, [RegExp, RegExp, string]> = {
  'f.reviews.corrected': [/纠正|纠错/, /撤销|变更|确认[^,;，；]{0,4}违法|责令[^,;，；\d]{0,4}/, 'corrected'],
  'f.reviews.other': [/其他结果/, /驳回[^,;，；\d]{0,6}|终止(?:审理)?/, 'other'],
};

/** `（正文所称撤销计入表四的结果纠正）`: why a 撤销 is held to 结果纠正; '' for a result's own words. */
function kindOf(fact: Fact): Param {
  const kind = KINDS[fact.key];
  const words = kind && !kind[0].test(fact.quote) ? kind[1].exec(fact.quote)?.[0] : undefined;
  return words
    ? msg('textTableMismatch.kindOf', { words, result: msg(`textTableMismatch.kindResult.${kind![2]}`) })
    : '';
}

/**
 * The text's counts against the 2008 form's statistics table (recognise/stat-table.ts): each
 * mention of a count, the first and one stated again, against the table's row for it.
 */
const STAT_PAIRS: { text: string[]; stat: string }[] = [
  { text: ['f.proactive_total', PROACTIVE_AGAIN], stat: 'f.stat.proactive_total' },
  { text: ['f.applications_received', APPLICATIONS_AGAIN], stat: 'f.stat.applications' },
  { text: ['f.reviews', 'f.reviews.again'], stat: 'f.stat.reviews' },
  { text: ['f.suits', 'f.suits.again'], stat: 'f.stat.suits' },
];

const NO_FIGURE = '正文未陈述可核对的数字 / the text states no figure to check';
/** Why the text is not held to a statistics table headed with another year (text-claim-mismatch too). */
export const STAT_OTHER_YEAR =
  '统计表的数字一栏标为另一年度，未与正文对照 / the statistics table’s column is headed with another year: not compared with the text';

type Stated = Fact & { value: number };
const figureOf = (f: Fact | undefined): f is Stated => f?.value != null && !f.rough;

/** The pairs of a text's figure and the statistics table's that this report gives. */
export function statComparisons(report: Report): { fact: Stated; stat: Stated }[] {
  // A table headed with another year (2015年度 in a 2016 report) may be that year's: year-mismatch says so.
  if (statOtherYear(report)) return [];
  return STAT_PAIRS.flatMap(({ text, stat: key }) => {
    const stat = factOf(report, key);
    if (!figureOf(stat)) return [];
    return text.map((k) => factOf(report, k)).flatMap((fact) => (figureOf(fact) ? [{ fact, stat }] : []));
  });
}

/**
 * A figure of the text the statistics table contradicts. 主动公开's may be one channel's (网站公开…), or
 * the running total the table gives beside the year's (历年累计): where it is, it is not held to the year's.
 */
function statFindings(report: Report): Finding[] {
  const others = report.facts.filter(
    (f) => f.value !== null && (f.key.startsWith(`${STAT_CHANNEL}.`) || f.key === STAT_CUMULATIVE),
  );
  return statComparisons(report).flatMap(({ fact, stat }) => {
    if (same(fact.value, stat.value)) return [];
    if (stat.key === 'f.stat.proactive_total' && others.some((o) => same(o.value!, fact.value))) return [];
    const m = msg('textTableMismatch.mismatch', {
      quote: shortQuote(fact.quote),
      table: msg('textTableMismatch.statTable'),
      side: msg('side', { label: msg('pageText', { x: statRow(stat) }), value: stat.value }),
      note: '',
    });
    return [finding(textTableMismatch, m, [fact.key, stat.key])];
  });
}

/** Applications, outcomes, reviews, suits and normative documents: text against table. */
export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  severity: 'error',
  title: '正文与表格矛盾 / Text contradicts a table',
  explain:
    '正文中的申请数（及自然人、法人或其他组织各自的申请数）、办理结果（予以公开、不予公开、无法提供等件数及所占比例）、上年结转和结转下年度的件数、行政复议和行政诉讼数及其结果、起诉方式、规范性文件数与表格中的同一数字不一致，说明其中之一有误。2018 年及以前按 2008 年格式编写的报告，正文的主动公开信息数、受理申请数、行政复议数和行政诉讼数与其《政府信息公开情况统计表》中的同一数字对照（正文所称主动公开数等于表中某一公开渠道或历年累计数时不算矛盾）。',
  skip(report, ctx) {
    // The 2008 form's report: held to its statistics table, where it has one; the template's tables it has not.
    if (statComparisons(report).length > 0) return null;
    if (ctx.oldFormat && statOtherYear(report)) return STAT_OTHER_YEAR;
    // A statistics table the text states none of the counts of: nothing to hold to it.
    const statTable = STAT_PAIRS.some(({ stat }) => figureOf(factOf(report, stat)));
    if (ctx.oldFormat && statTable) return NO_FIGURE;
    if (ctx.oldFormat) return OLD_FORMAT;
    const stated = COMPARISONS.filter((c) => applies(report, c));
    if (stated.length === 0) return NO_FIGURE;
    // Checkable when one stated figure has every cell it is compared with filled in, or read from a
    // blank total's columns that are all figures. Where blank columns leave a total open, the text
    // can still be shown wrong (smaller than the figures there are): then the check runs and fails.
    const filled = (c: Comparison) => {
      const addrs = c.cells(report);
      return (
        addrs.length > 0 &&
        addrs.every((a) => {
          if (num(report, a) !== null) return true;
          const p = fromParts(report, a);
          return p !== null && !p.open;
        })
      );
    };
    if (stated.some(filled)) return null;
    if (COMPARISONS.some((c) => compare(report, c).length > 0)) return null;
    const tables = [...new Set(stated.map((c) => c.table))];
    const has = (t: TableId) => Object.keys(report.cells).some((a) => a.startsWith(`${t}.`));
    if (!tables.some(has)) return absentReason(tables, ctx);
    return '表格中对应的数字空白 / the table leaves those figures blank';
  },
  run(report, ctx) {
    const stat = statFindings(report);
    return ctx.oldFormat ? stat : [...COMPARISONS.flatMap((c) => compare(report, c)), ...stat];
  },
};
