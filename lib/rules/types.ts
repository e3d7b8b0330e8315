/** The shape of a rule of the catalogue, and what the recogniser tells rules beyond the report. */
import type { Finding, Report, Severity, TableId } from '../model';

/** A table row the recogniser saw but could not map to columns (wrong number of values …). */
export interface UnmappedRow {
  table: TableId;
  /** The canonical row key, e.g. `granted`. */
  row: string;
  /** Why, in Chinese, e.g. `只有 6 个数值，应有 7 个`. */
  reason: string;
  /** The row's figures as written (raw text, in page order), for the message; absent in hand-made tests. */
  figures?: string[];
  /** A row printed twice with other figures: the second copy's figures (`figures` are the first's). */
  again?: string[];
  /** A one-row 表四 whose row is headed with another body's name: that name (区教育局). */
  otherBody?: string;
  /** The row is the whole of a 表四 written as one row (of fifteen figures, or of those its header names). */
  whole?: boolean;
}

/** What the audit knows about the page besides the canonical report. */
export interface AuditContext {
  /** Which tables were found as real HTML tables. */
  found: Record<TableId, boolean>;
  /** Images and linked attachments in the page body. */
  /**
   * `scanned`: the page is a PDF whose text cannot be read: images only (a scan, no text layer),
   * or (`garbled`) text that does not decode.
   */
  media: { images: number; attachments: number; scanned?: boolean; garbled?: boolean };
  /** Rows seen but not mapped: their cells are in `report.cells` with `value: null`. */
  unmapped: UnmappedRow[];
  /**
   * Which of the template's six sections (一、总体情况 … 六、其他需要报告的事项, index 0–5) the page
   * has as headings; absent when the caller did not look (a report built by hand in a test).
   */
  sections?: boolean[];
  /** The page's text says it stops short of the whole report (`[excerpt ends]`, 未完待续). */
  truncated?: boolean;
  /** The page is one page of a report shown over several (a pager: 共3页 1 2 3 下一页). */
  paged?: boolean;
  /** The report was read from plain text (PageSource.plainText): no table could be a table. */
  plainText?: boolean;
  /**
   * Tables not found as tables that the page's text holds, header and figures (a PDF's table drawn
   * without ruling lines, a table pasted as text): there, but not read (recognise/text-tables.ts).
   */
  textTables?: TableId[];
  /**
   * Tables found in a `<table>` set a cell to a row (recognise/tables.ts's cellLines): their labels
   * are there, their figures on rows of their own, in no column; not read as blank.
   */
  lineTables?: TableId[];
  /** The page was read from a browser's DOM flattened at its nesting limit (PageSource.flattened). */
  flattened?: boolean;
  /**
   * Another report that follows this one on the page (recognise/next-report.ts): the audit stopped
   * there, so it was not read. Its heading (another body's or year's), or, where it has none, the
   * heading its sections start again from (一、总体情况).
   */
  nextReport?: { title: string } | { from: string };
  /**
   * The report is of 2018 or before, with none of the template's 表二 or 表三: written under the 2008
   * Regulations (第三十一条, 第三十二条) and their statistics table, before the template existed. The
   * template's rules (Rule.template) are not run on it.
   */
  oldFormat?: boolean;
  /**
   * The report's year was read neither from its title nor from its statistics period, but taken as
   * the year before its publication date (recognise/meta.ts readMeta): the date cannot be checked
   * against a year made from it, nor can the date's lateness be told (a report dated in December may
   * be of that year or the year before).
   */
  yearFromDate?: boolean;
}

/** One rule of report-model.md's catalogue; its file is `lib/rules/<id>.ts`. */
export interface Rule {
  id: string;
  severity: Severity;
  /** Short Chinese title for the UI, with English after a slash. */
  title: string;
  /** One or two sentences: what it checks and why it matters. */
  explain: string;
  /**
   * The rule checks the national template's tables or sections (国办公开办函〔2019〕60号, 〔2021〕30号):
   * it is not run on a report of 2018 or before, written under the 2008 Regulations and their
   * statistics table (AuditContext.oldFormat).
   */
  template?: boolean;
  /**
   * Why the rule cannot be checked on this report (`表三缺失 / no table 3`), or null when it can.
   * A rule without it is checked on every report. Asked before `run`; a skipped rule does not run.
   */
  skip?(report: Report, ctx: AuditContext): string | null;
  run(report: Report, ctx: AuditContext): Finding[];
}

/** A rule across two reports of one agency (`prev` is year N, `next` year N+1). */
export interface PairRule {
  id: string;
  severity: Severity;
  title: string;
  explain: string;
  runPair(prev: Report, next: Report): Finding[];
  /**
   * Whether the two reports give any figure this rule compares (both years' cells it reads): where
   * none, the rule found nothing because it looked at nothing, and its check says so, not passed.
   */
  compares(prev: Report, next: Report): boolean;
}
