/**
 * The report model of `shared/docs/report-model.md`, as TypeScript types and zod schemas.
 * Every boundary (CLI output, exports, extension messages and storage) validates against these.
 */
// zod/mini: the same checks as classic zod at a third of the bundle, which matters because these
// schemas ship in every page's content script. A namespace import, so bundlers keep only what is
// used (`import { z }` kept all of zod's locales: 650 KB of dist/cli.js).
import * as z from 'zod/mini';

/** The three fixed tables of the national templates. */
export const TableIdSchema = z.enum(['t2', 't3', 't4']);
export type TableId = z.infer<typeof TableIdSchema>;

/** 国办公开办函〔2019〕60号 or 〔2021〕30号. */
export const TemplateSchema = z.enum(['2019', '2021']);
export type Template = z.infer<typeof TemplateSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** One figure of a table: `null` when blank or not a number; the raw text is always kept. */
export const CellValueSchema = z.object({
  value: z.nullable(z.number()),
  raw: z.string(),
  /** The PDF page (1-based) the cell is printed on; only for a report read from a PDF. */
  page: z.optional(z.int()),
});
export type CellValue = z.infer<typeof CellValueSchema>;

/** Where a fact's quote sits: the text block's index and the quote's offsets inside it. */
export const FactPosSchema = z.object({
  block: z.int(),
  start: z.int(),
  end: z.int(),
});
export type FactPos = z.infer<typeof FactPosSchema>;

/**
 * A figure stated in prose. `key` is unique within a report (`f.proactive_total`,
 * `f.proactive_parts.1`, …); `value` is null when the sentence promises a number and gives none.
 * `share` is a percentage written beside the figure (`占33.9%` → 33.9). A claim without a number
 * (`f.claim.*`: 均获维持, 未收到申请) has `value: null` and `claim`, what it asserts in a fixed
 * wording (`行政复议均获维持`, `未收到申请`): a null value with a claim is not a missing number.
 */
export const FactSchema = z.object({
  key: z.string(),
  value: z.nullable(z.number()),
  quote: z.string(),
  label: z.optional(z.string()),
  /**
   * On a listed part (`f.proactive_parts.*`): the list came after 其中, 包括 or 含 ("among them"), so
   * it may name only some of the whole's parts; after 分别 (是/为) it names them all. Absent: all.
   */
  partial: z.optional(z.boolean()),
  /**
   * The figure is written as an estimate or a bound (`1200余条`, `约50件`, `50件以上`, `50件左右`): kept
   * as written, and held to no table or sum.
   */
  rough: z.optional(z.boolean()),
  share: z.optional(z.number()),
  /**
   * On an outcome's count given by one reason and 等 (`因本机关不掌握等原因无法提供265件`): the 表三 row
   * of the reason it names (`unable.not_held`). The figure may be that row's alone; held to the
   * outcome's total only where it is not.
   */
  reason: z.optional(z.string()),
  claim: z.optional(z.string()),
  pos: z.optional(FactPosSchema),
});
export type Fact = z.infer<typeof FactSchema>;

/** The canonical report: metadata, every keyed cell, and the facts from the text. */
export const ReportSchema = z.object({
  title: z.string(),
  agency: z.nullable(z.string()),
  /**
   * The portal the report was published on: the registrable domain of its URL (`shuyang.gov.cn`),
   * or of a saved file's own canonical / og:url / saved-from address; null when nothing says. Two
   * reports pair as one agency's only on the same portal (report-model.md, Agency identity).
   */
  portal: z.optional(z.nullable(z.string())),
  year: z.nullable(z.int()),
  template: z.nullable(TemplateSchema),
  published: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /**
   * The body that put the report on this page when it is a lower one than the report's own (发布机构：
   * 侯贯镇 on a province department's report): the page's date is when it was reposted there.
   */
  reposted: z.optional(z.string()),
  cells: z.record(z.string(), CellValueSchema),
  facts: z.array(FactSchema),
  /** What the report was read from: a web page (`html`, also when absent), a PDF or a Word file. */
  source: z.optional(z.enum(['html', 'pdf', 'docx'])),
});
export type Report = z.infer<typeof ReportSchema>;

/** The other report a cross-report finding compares with (year N−1 for year N, and so on). */
export const OtherReportSchema = z.object({
  title: z.string(),
  url: z.optional(z.string()),
  file: z.optional(z.string()),
  year: z.int(),
  published: z.nullable(z.string()),
});
export type OtherReport = z.infer<typeof OtherReportSchema>;

/** A label of the template in a message: a table, row, column or cell, named in the UI's language. */
const MsgLabelSchema = z.object({
  label: z.enum(['table', 'row', 'col', 'cell', 'leaf']),
  key: z.string(),
  tpl: z.optional(TemplateSchema),
});

/** A message parameter: page text, a number, a label, a message or a list (lib/i18n/format.ts). */
type MsgParamShape = string | number | z.infer<typeof MsgLabelSchema> | MsgShape | ListShape;
interface MsgShape {
  id: string;
  params?: Record<string, MsgParamShape>;
}
interface ListShape {
  list: MsgParamShape[];
  sep: 'list' | 'plus' | 'semi' | 'tight' | 'space' | 'comma';
}
const MsgParamSchema: z.ZodMiniType<MsgParamShape> = z.lazy(() =>
  z.union([z.string(), z.number(), MsgLabelSchema, MsgSchema, ListSchema]),
);
const ListSchema: z.ZodMiniType<ListShape> = z.object({
  list: z.array(MsgParamSchema),
  sep: z.enum(['list', 'plus', 'semi', 'tight', 'space', 'comma']),
});

/** A finding's message as an id of locales/*.yml (`msg:`) and its parameters, so a UI renders it in its language. */
export const MsgSchema: z.ZodMiniType<MsgShape> = z.object({
  id: z.string(),
  params: z.optional(z.record(z.string(), MsgParamSchema)),
});

/**
 * A rule's verdict: names every cell address or fact key it involves. `message` is Chinese (the
 * contract of the exports); `msg` the same message as template id and parameters, for an English UI.
 */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  cells: z.array(z.string()),
  other: z.optional(OtherReportSchema),
  msg: z.optional(MsgSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What became of one rule on one report: a report is clean only as far as its checks ran. */
export const CheckSchema = z.object({
  rule: z.string(),
  status: z.enum(['passed', 'failed', 'skipped']),
  /** Why a check was skipped (Chinese / English), e.g. `发布日期未识别 / publication date not found`. */
  reason: z.optional(z.string()),
});
export type Check = z.infer<typeof CheckSchema>;

/** A user's flag on a cell or a text quote. */
export const FlagSchema = z.object({
  id: z.string(),
  address: z.nullable(z.string()),
  quote: z.string(),
  /**
   * A text flag's place: where its quote starts in the page's text with whitespace removed (the
   * page re-anchors it at the occurrence of the quote nearest this, as a cell flag by its address).
   */
  at: z.optional(z.int().check(z.minimum(0))),
  /** A flag on a report read from a PDF: the page its cell or quote is printed on (1-based). */
  page: z.optional(z.int().check(z.minimum(1))),
  note: z.string(),
  created: z.string(),
  orphan: z.optional(z.boolean()),
});
export type Flag = z.infer<typeof FlagSchema>;

/** One page of the JSON export (the CLI's `--json`, the popup's download). */
export const PageResultSchema = z.discriminatedUnion('detected', [
  z.object({
    file: z.optional(z.string()),
    url: z.optional(z.string()),
    detected: z.literal(false),
    reason: z.optional(z.string()),
  }),
  z.object({
    file: z.optional(z.string()),
    url: z.optional(z.string()),
    detected: z.literal(true),
    report: ReportSchema,
    findings: z.array(FindingSchema),
    // Optional only so records saved before checks existed still read; every audit writes them.
    checks: z.optional(z.array(CheckSchema)),
    flags: z.optional(z.array(FlagSchema)),
  }),
]);
export type PageResult = z.infer<typeof PageResultSchema>;
export const ExportSchema = z.array(PageResultSchema);
