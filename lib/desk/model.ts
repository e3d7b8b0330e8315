/**
 * The audit desk's records: a saved report (its audit, the user's flags and a snapshot of the page),
 * the summary the list view reads, and the backup file. Every read and import validates with these.
 */
import { z } from 'zod';
import {
  CheckSchema,
  FindingSchema,
  FlagSchema,
  ReportSchema,
  type SeveritySchema,
  TemplateSchema,
} from '../model';
import { deadline } from '../rules/late-publication';
import { type AgencyLinks, agencyKey } from './agency';

/** An audited page as the desk keeps it: only detected reports are saved. */
export const DetectedResultSchema = z.object({
  file: z.string().optional(),
  url: z.string().optional(),
  detected: z.literal(true),
  report: ReportSchema,
  findings: z.array(FindingSchema),
  // Optional: reports saved before checks existed have none.
  checks: z.array(CheckSchema).optional(),
  flags: z.array(FlagSchema).optional(),
});
export type DetectedResult = z.infer<typeof DetectedResultSchema>;

/** One report on the desk: the page's audit, the user's flags and the page's HTML as it was read. */
export const SavedReportSchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  title: z.string(),
  /** ISO time the page (or file) was read. */
  accessedAt: z.string().min(1),
  /** ISO time of this save. An import never takes a file's savedAt over the desk's (desk-backup.ts). */
  savedAt: z.string().min(1),
  source: z.enum(['page', 'file']),
  fileName: z.string().optional(),
  result: DetectedResultSchema,
  flags: z.array(FlagSchema),
  snapshot: z.string(),
});
export type SavedReport = z.infer<typeof SavedReportSchema>;

/** A row of the desk's list: what it shows and sorts by, without the heavy report and snapshot. */
export const SavedSummarySchema = z.object({
  id: z.string().min(1),
  url: z.string(),
  title: z.string(),
  agency: z.string().nullable(),
  agencyKey: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.nullable(TemplateSchema),
  errors: z.number().int(),
  warnings: z.number().int(),
  flags: z.number().int(),
  savedAt: z.string(),
  source: z.enum(['page', 'file']),
  // Optional: summaries written before the list showed them lack these (v4 rebuilds them).
  /** The registrable domain the report was published on. */
  portal: z.string().nullable().optional(),
  /** The publication date, `YYYY-MM-DD`. */
  published: z.string().nullable().optional(),
  /** Against 条例 第四十九条's deadline: on time, late, or unknown (no date or no year). */
  deadline: z.enum(['on-time', 'late', 'unknown']).optional(),
  /** The rules with an error or warning finding on the report itself, each once. */
  rules: z.array(z.string()).optional(),
});
export type SavedSummary = z.infer<typeof SavedSummarySchema>;

/** The user's agency links (see lib/desk/agency.ts). */
export const AgencyLinksSchema: z.ZodType<AgencyLinks> = z.object({
  pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
});

/** The desk's settings. */
export const DeskSettingsSchema = z.object({ autoSave: z.boolean() });
export type DeskSettings = z.infer<typeof DeskSettingsSchema>;

/** The `format` marker of a desk backup, so a stray JSON file is recognised as not ours. */
export const DESK_BACKUP_FORMAT = 'gov-report-audit-desk';

/** The whole desk in one file: reports with flags and snapshots, and the agency links. */
export const DeskBackupSchema = z.object({
  format: z.literal(DESK_BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  reports: z.array(SavedReportSchema),
  links: AgencyLinksSchema,
});
export type DeskBackup = z.infer<typeof DeskBackupSchema>;

/** On time, late or unknown, as late-publication's check decided (or would, for an old record). */
export function deadlineStatus(r: SavedReport): 'on-time' | 'late' | 'unknown' {
  const check = r.result.checks?.find((c) => c.rule === 'late-publication');
  if (check) return check.status === 'failed' ? 'late' : check.status === 'passed' ? 'on-time' : 'unknown';
  const { year, published } = r.result.report;
  if (r.result.findings.some((f) => f.rule === 'late-publication')) return 'late';
  if (year === null || published === null) return 'unknown';
  return published <= deadline({ ...r.result.report, year }) ? 'on-time' : 'late';
}

const count = (r: SavedReport, severity: z.infer<typeof SeveritySchema>) =>
  r.result.findings.filter((f) => f.severity === severity).length;

/**
 * The list row of a saved report. Its counts are the page's own findings; findings across years
 * depend on the rest of the desk and are added when the desk is shown (components/desk/results.ts).
 */
export function summarise(r: SavedReport): SavedSummary {
  const { report } = r.result;
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    agency: report.agency,
    agencyKey: agencyKey(report.agency),
    year: report.year,
    template: report.template,
    errors: count(r, 'error'),
    warnings: count(r, 'warning'),
    flags: r.flags.length,
    savedAt: r.savedAt,
    source: r.source,
    portal: report.portal ?? null,
    published: report.published,
    deadline: deadlineStatus(r),
    rules: [...new Set(r.result.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))],
  };
}
