/**
 * The pipeline: page → tables and text → canonical report → findings. Pure and generic over the
 * adapter's node type, so the extension marks the very nodes the findings name.
 */
import { LAST_OLD_YEAR } from './keys';
import type { CellValue, Check, Finding, PageResult, Report } from './model';
import {
  bareDate,
  headingBlock,
  publishedNear,
  signedDate,
  tableDate,
  underHeading,
  wrappedLabelDate,
} from './recognise/dates';
import { findDraftNotes } from './recognise/draft-notes';
import { type FactScope, type FoundFact, findFacts, outOfScope, priorYearCounts } from './recognise/facts';
import { findCaseFacts } from './recognise/facts-cases';
import { findClaims } from './recognise/facts-claims';
import { findOutcomeFacts } from './recognise/facts-outcome';
import { agencyAsWritten, META_DATE_KEYS, metaDate, namesReport, readMeta } from './recognise/meta';
import { nextReportAt } from './recognise/next-report';
import { countMedia, NOT_A_REPORT, pageKind } from './recognise/page-kind';
import { portalFromPage, portalOf } from './recognise/portal';
import { priorYearLeads } from './recognise/prior-lead';
import { bookPage, pagedArticle, sectionsFound, textTruncated } from './recognise/sections';
import { statTableFacts } from './recognise/stat-table';
import { drain, type TablesResult, tableSteps } from './recognise/tables';
import { linesOf, t2FromText, t3FromText, t4FromText, textTables } from './recognise/text-tables';
import { checkRules } from './rules';
import { repostedBy } from './rules/late-publication';
import type { AuditContext } from './rules/types';
import type { Block, PageSource } from './source';
import { own } from './text';

/** An audited page: the report, its findings, and the nodes behind each address and fact. */
export interface Audit<N> {
  detected: boolean;
  /** Why the page is not a report (Chinese, then English), or null. */
  reason: string | null;
  report: Report;
  findings: Finding[];
  /** Every rule of the catalogue with its outcome: passed, failed or skipped (with the reason). */
  checks: Check[];
  ctx: AuditContext;
  /** The table cell behind each canonical address. */
  cellNodes: Map<string, N>;
  /** The text block behind each fact, with the quote's offsets in that block's text. */
  factNodes: Map<string, { node: N; start: number; end: number }>;
}

export {
  INTERPRETATION,
  NEWS_PAGE,
  NOT_A_REPORT,
  OTHER_REGIME,
  PART_OF_YEAR_PAGE,
  TABLE_ALONE,
  TEMPLATE_PAGE,
  TITLE_ALONE,
} from './recognise/page-kind';

/** Audits one page. */
export function audit<N>(source: PageSource<N>): Audit<N> {
  return drain(auditSteps(source));
}

/**
 * The page's first 发布时间 in the prose, replaced by the one a page prints for its report (see
 * publishedNear) where they differ: one far from the heading is another item's (a related-reports
 * list after the article, a footer's 网站更新时间). Above the heading, a date that the index box or
 * the page's meta contradicts is a sidebar's; the index box's, else the meta's, stands instead.
 */
function ownDate<N>(
  source: PageSource<N>,
  found: FoundFact<N>[],
  title: string,
  year: number | null,
): FoundFact<N>[] {
  const i = found.findIndex((f) => f.fact.key === 'f.published');
  const first = found[i]?.fact;
  // The common layout, an info bar right under the heading, needs no search: that is the date
  // publishedNear would take (a date in the block between would have been read first).
  if (first?.pos !== undefined && underHeading(source.blocks, first.pos.block, title, year)) return found;
  const heading = headingBlock(source.blocks, title);
  // A date from the index box has no place in the prose; nor has a page without its heading.
  if (first?.pos === undefined || heading < 0) return found;
  let near = publishedNear(source.blocks, heading, year);
  // The index box's date, read once where it is needed.
  let boxed: ReturnType<typeof tableDate> | undefined;
  const box = () => {
    if (boxed === undefined) boxed = tableDate(source.blocks);
    return boxed;
  };
  if (near?.fact.pos && near.fact.pos.block < heading) {
    const other = box()?.value ?? Number(metaDate(source)?.replace(/-/g, '') ?? Number.NaN);
    if (!Number.isNaN(other) && other !== near.fact.value) near = null;
  }
  // The same date elsewhere too: the first quote stands.
  if (near?.fact.value === first.value) return found;
  const boxDate = box();
  const instead =
    near ??
    (boxDate
      ? { fact: { key: 'f.published', value: boxDate.value, quote: boxDate.quote }, node: null }
      : null);
  return instead ? found.map((f, j) => (j === i ? instead : f)) : found.filter((_, j) => j !== i);
}

/**
 * The audit as steps (after each table, after the facts): the page drives it a few milliseconds at
 * a time so a report of many tables never blocks the main thread; `audit` runs it in one go.
 */
export function* auditSteps<N>(page: PageSource<N>): Generator<void, Audit<N>> {
  // The page, or its part up to a second report after this one (nextReportAt).
  let source = page;
  /** The facts of the prose, with the date of a table's 填报日期 when the prose gives none. */
  const readFacts = (scope?: FactScope) => {
    const found = findFacts(source.blocks, scope);
    if (!found.some((f) => f.fact.key === 'f.published')) {
      const d = tableDate(source.blocks);
      if (d) found.push({ fact: { key: 'f.published', value: d.value, quote: d.quote }, node: null });
    }
    return found;
  };
  let found = readFacts();
  yield;
  let meta = readMeta(source, found);
  // Another body's or another year's report after this one on the page: its sentences and tables
  // are not this report's, and are not read as if they were.
  const next = meta.titled ? nextReportAt(source.blocks, meta.agency, meta.year) : null;
  const words = (t: string) => own(t.replace(/\s+/g, ' ').trim());
  const nextReport =
    next && (next.title === null ? { from: words(next.from) } : { title: words(next.title) });
  if (next && next.at > 0) {
    source = { ...source, blocks: source.blocks.slice(0, next.at) };
    found = readFacts();
    meta = readMeta(source, found);
  }
  // The year comes from the title or from facts (the statistics period, the date) that name no
  // other year, so a second reading, which passes over another year's counts, leaves it as it is.
  // Where the statistics period names another year than the title (year-mismatch), both are the
  // report's: which one its prose uses cannot be told.
  const period = found.find((f) => f.fact.key === 'f.period_year')?.fact.value;
  const years =
    meta.year === null
      ? []
      : typeof period === 'number' && period !== meta.year
        ? [meta.year, period]
        : [meta.year];
  // Likewise a count whose sentence names another body as its subject (区教育局收到申请30件 in the
  // 区政府's report): known only now, with the agency.
  const scope = { years, agency: meta.agency };
  if (found.some((f) => outOfScope(f.when, f.who, scope))) {
    const first = found;
    found = readFacts(scope);
    found.push(...priorYearCounts(source.blocks, first, found, scope));
  }
  found.push(...priorYearLeads(source.blocks, scope));
  const dated = meta.titled ? ownDate(source, found, meta.title, meta.year) : found;
  if (dated !== found) {
    found = dated;
    meta = readMeta(source, found);
  }
  if (!meta.published && meta.titled) {
    // 发布日 | 2021-04-06 | 期： (an info box printed narrow): a labelled date, before a bare one.
    const wrapped = wrappedLabelDate(source.blocks, meta.title, meta.year);
    if (wrapped) {
      found.push(wrapped);
      meta = readMeta(source, found);
    }
  }
  if (!meta.published && meta.titled) {
    const d = bareDate(source.blocks, meta.title);
    if (d) {
      found.push({ fact: { key: 'f.published', value: d.value, quote: d.quote }, node: d.node });
      meta = readMeta(source, found);
    }
  }
  if (meta.published && !found.some((f) => f.fact.key === 'f.published')) {
    const raw = META_DATE_KEYS.find((k) => source.meta[k]);
    found.push({
      fact: {
        key: 'f.published',
        value: Number(meta.published.replace(/-/g, '')),
        quote: `<meta name="${raw}" content="${source.meta[raw ?? ''] ?? ''}">`,
      },
      node: null,
    });
  }
  // The date the report is signed, where a paragraph under its last words is one, looked for only on a
  // page dated inside the report's year: year-mismatch holds that date to it.
  const early = meta.year !== null && meta.published !== null && meta.published <= `${meta.year}-12-31`;
  const signed = meta.titled && early ? signedDate(source.blocks, meta.title) : null;
  if (signed) found.push(signed);
  // Outcome figures and claims need the report's year: 2020年予以公开… in a 2021 report is not its own.
  found.push(
    ...findOutcomeFacts(source.blocks, meta.year, found, meta.agency),
    // The parts of 表四's counts (其中结果维持2件…), read after the counts themselves are settled.
    ...findCaseFacts(source.blocks, found),
    ...findClaims(source.blocks, meta.year, meta.agency),
    ...findDraftNotes(source.blocks),
    // The 2008 form's statistics table, where the report has one: its counts, to hold the text to.
    ...statTableFacts(source.blocks),
  );
  // The tables after the facts: a 表四 row may name the agency the title gives (区政府 | 2 | 1 …).
  const tables = yield* tableSteps(source.blocks, meta.agency);
  if (tables.lines.length > 0) readLineTables(source.blocks, tables);
  // What leaves the audit owns its text (see own): the facts' quotes and the title are cut from
  // the page, and a kept report would keep the whole page's text with them.
  const facts = found.map((f) => {
    f.fact.quote = own(f.fact.quote);
    return f.fact;
  });
  const factNodes = new Map<string, { node: N; start: number; end: number }>();
  for (const f of found)
    if (f.node !== null && f.fact.pos)
      factNodes.set(f.fact.key, { node: f.node, start: f.fact.pos.start, end: f.fact.pos.end });

  const found6 = sectionsFound(source.blocks);
  const sections = found6.filter(Boolean).length;
  const kind = pageKind(
    source,
    meta,
    tables,
    sections,
    namesReport(source.meta.articletitle ?? source.title),
  );
  const detected = kind.detected;
  // Tables the page gives only as text (a PDF's drawn without rules, cells pasted as lines): found;
  // 表二, 表三 and 表四 read where their rows are the template's (text-tables.ts).
  const whole = tables.found.t2 && tables.found.t3 && tables.found.t4;
  const asText = detected && !whole ? textTables(source.blocks, tables.found) : null;
  const t3Text = asText?.has('t3') ? t3FromText(source.blocks) : null;
  if (t3Text) {
    Object.assign(tables.cells, t3Text.cells);
    tables.found.t3 = true;
    tables.template ??= t3Text.template;
    asText?.delete('t3');
  }
  const t4Text = asText?.has('t4') ? t4FromText(source.blocks) : null;
  if (t4Text) {
    Object.assign(tables.cells, t4Text);
    tables.found.t4 = true;
    asText?.delete('t4');
  }
  const t2Text = asText?.has('t2') ? t2FromText(source.blocks) : null;
  // The template 表二's rows tell, where 表三 has not told it (or tells the same).
  if (t2Text && (tables.template ?? t2Text.template) === t2Text.template) {
    Object.assign(tables.cells, t2Text.cells);
    tables.found.t2 = true;
    tables.template ??= t2Text.template;
    asText?.delete('t2');
  }
  // In 表二, 表三, 表四 order, as the tables' own cells come.
  if ((t2Text || t3Text) && (tables.found.t3 || tables.found.t4)) tables.cells = inTableOrder(tables.cells);
  const report: Report = {
    title: own(meta.title),
    agency: meta.agency === null ? null : own(agencyAsWritten(meta.agency, meta.title)),
    portal: portalFromPage(source),
    year: meta.year,
    template: tables.template,
    published: meta.published,
    ...repostedBy(meta.publisher, meta.agency),
    cells: detected ? tables.cells : {},
    facts: detected ? facts : [],
  };
  const ctx: AuditContext = {
    found: tables.found,
    media: source.scanned
      ? {
          ...countMedia(source.blocks, meta.title),
          scanned: true,
          ...(source.garbled ? { garbled: true } : {}),
        }
      : countMedia(source.blocks, meta.title),
    unmapped: tables.unmapped,
    sections: found6,
    truncated: textTruncated(source.blocks),
  };
  if (pagedArticle(source.blocks) || bookPage(source.title, source.blocks)) ctx.paged = true;
  if (meta.yearFromDate) ctx.yearFromDate = true;
  if (source.flattened) ctx.flattened = true;
  if (source.plainText) ctx.plainText = true;
  if (nextReport) ctx.nextReport = nextReport;
  if (asText && asText.size > 0) ctx.textTables = [...asText];
  if (tables.lines.length > 0) ctx.lineTables = tables.lines;
  // A report of 2018 or before (each year it may be of) without the template's 表二 or 表三: the 2008
  // Regulations' format (AuditContext.oldFormat).
  if (years.length > 0 && Math.max(...years) <= LAST_OLD_YEAR && !tables.found.t2 && !tables.found.t3)
    ctx.oldFormat = true;
  const checked = detected ? checkRules(report, ctx) : { findings: [], checks: [] };
  return {
    detected,
    reason: kind.reason,
    report,
    findings: checked.findings,
    checks: checked.checks,
    ctx,
    cellNodes: detected ? tables.nodes : new Map(),
    factNodes: detected ? factNodes : new Map(),
  };
}

/**
 * The page's entry of the JSON export. The address it was read at names its portal before anything
 * the page says about itself (a saved file or a loopback host names none, and the page's word stands).
 */
export function toPageResult(a: Audit<unknown>, where: { file?: string; url?: string }): PageResult {
  if (!a.detected) return { ...where, detected: false, reason: a.reason ?? NOT_A_REPORT };
  const portal = portalOf(where.url) ?? a.report.portal ?? null;
  const report = portal === a.report.portal ? a.report : { ...a.report, portal };
  return { ...where, detected: true, report, findings: a.findings, checks: a.checks };
}

/**
 * The tables in `<table>`s set a cell to a row (TablesResult.lines): their rows, as they stand, hold
 * a label or a figure, never both, and the recogniser read no cell of them. Read as lines of text
 * instead (linesOf), as a table given as text is (t2FromText, t3FromText, t4FromText: exactly the
 * template's shape, or nothing), each figure's cell kept for its marks. A table so read is no longer
 * one in lines.
 */
function readLineTables<N>(blocks: Block<N>[], tables: TablesResult<N>): void {
  const asLines = new Set(tables.lineSources);
  const lines = blocks.flatMap((b) => (b.kind === 'table' && asLines.has(b.table) ? linesOf(b.table) : [b]));
  for (const t of tables.lines) {
    const nodes = new Map<string, N>();
    const read =
      t === 't2'
        ? t2FromText(lines, nodes)
        : t === 't3'
          ? t3FromText(lines, nodes)
          : { cells: t4FromText(lines, nodes), template: null };
    if (!read?.cells || (read.template && (tables.template ?? read.template) !== read.template)) continue;
    Object.assign(tables.cells, read.cells);
    for (const [a, n] of nodes) tables.nodes.set(a, n);
    tables.template ??= read.template;
    tables.lines = tables.lines.filter((x) => x !== t);
  }
  tables.cells = inTableOrder(tables.cells);
}

/** Cells in 表二, 表三, 表四 order, each table's in the order they came. */
function inTableOrder(cells: Record<string, CellValue>): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const t of ['t2.', 't3.', 't4.']) for (const a in cells) if (a.startsWith(t)) out[a] = cells[a]!;
  return out;
}
