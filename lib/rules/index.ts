/** The rule catalogue of report-model.md, in its order, and the runner the audit calls. */
import type { Finding, Report } from '../model';
import { blankCell } from './blank-cell';
import { carryOverMismatch } from './carry-over-mismatch';
import { copiedTable } from './copied-table';
import { latePublication } from './late-publication';
import { missingTable } from './missing-table';
import { t2Continuity } from './t2-continuity';
import { t3Balance } from './t3-balance';
import { t3ColumnSum } from './t3-column-sum';
import { t3OutcomeSum } from './t3-outcome-sum';
import { t4Sum } from './t4-sum';
import { templateMismatch } from './template-mismatch';
import { textBlankNumber } from './text-blank-number';
import { textPartSum } from './text-part-sum';
import { textTableMismatch } from './text-table-mismatch';
import type { AuditContext, PairRule, Rule } from './types';
import { yearMismatch } from './year-mismatch';

/** Every single-report rule, in the catalogue's order. */
export const RULES: Rule[] = [
  t3Balance,
  t3OutcomeSum,
  t3ColumnSum,
  t4Sum,
  blankCell,
  textBlankNumber,
  textPartSum,
  textTableMismatch,
  templateMismatch,
  yearMismatch,
  latePublication,
  missingTable,
];

/**
 * The rules across two reports of one agency (year N, then N+1): the catalogue's carry-over check,
 * then the desk's own warnings (see DESK_ONLY in catalogue.test.ts).
 */
export const PAIR_RULES: PairRule[] = [carryOverMismatch, t2Continuity, copiedTable];

/** Runs every single-report rule; findings come in catalogue order. */
export function runRules(report: Report, ctx: AuditContext): Finding[] {
  return RULES.flatMap((rule) => rule.run(report, ctx));
}
