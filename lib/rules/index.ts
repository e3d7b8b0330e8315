/** The rule catalogue of report-model.md, in its order, and the runner the audit calls. */
import type { Check, Finding, Report } from '../model';
import { blankCell } from './blank-cell';
import { blankTotal } from './blank-total';
import { carryOverMismatch } from './carry-over-mismatch';
import { copiedTable } from './copied-table';
import { draftNote } from './draft-note';
import { OLD_FORMAT } from './helpers';
import { latePublication } from './late-publication';
import { missingSection } from './missing-section';
import { missingTable } from './missing-table';
import { shortRow } from './short-row';
import { statContinuity } from './stat-continuity';
import { statPartSum } from './stat-part-sum';
import { t2Continuity } from './t2-continuity';
import { t3Balance } from './t3-balance';
import { t3ColumnSum } from './t3-column-sum';
import { t3OutcomeSum } from './t3-outcome-sum';
import { t4Sum } from './t4-sum';
import { templateMismatch } from './template-mismatch';
import { textBlankNumber } from './text-blank-number';
import { textClaimMismatch } from './text-claim-mismatch';
import { textPartSum } from './text-part-sum';
import { textSelfMismatch } from './text-self-mismatch';
import { textTableMismatch } from './text-table-mismatch';
import type { AuditContext, PairRule, Rule } from './types';
import { uncheckedReport } from './unchecked-report';
import { yearMismatch } from './year-mismatch';

export { OLD_FORMAT };

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
  blankTotal,
  shortRow,
  textClaimMismatch,
  missingSection,
  // Not in report-model.md's catalogue (see PAGE_ONLY in catalogue.test.ts).
  textSelfMismatch,
  uncheckedReport,
  draftNote,
  statPartSum,
];

/**
 * The rules across two reports of one agency (year N, then N+1): the catalogue's carry-over check,
 * then the desk's own warnings (see DESK_ONLY in catalogue.test.ts).
 */
export const PAIR_RULES: PairRule[] = [carryOverMismatch, t2Continuity, statContinuity, copiedTable];

/** Runs every single-report rule; findings come in catalogue order. */
export function runRules(report: Report, ctx: AuditContext): Finding[] {
  return checkRules(report, ctx).findings;
}

/** Why a pair rule has not run on a report seen alone. */
export const ONE_YEAR = '仅有一个年度 / only one year of this agency';

/** Why an earlier year's pair checks show no outcome: it ran, and its findings sit with the later year. */
export function filedWithLater(year: number): string {
  return `已与 ${year} 年报告对照，结果见该报告 / compared with the ${year} report: see its findings`;
}

/** Why a pair rule that ran has no outcome: neither pair of years gave it a figure to compare. */
export const NOTHING_TO_COMPARE =
  '两个年度的报告中没有此项检查所需的数字 / neither year gives the figures this check compares';

/**
 * An earlier year's checks once it was compared with `laterYear`: its pair checks point there, but
 * those that had no figures to compare (`compared`: the rules that had) say that instead.
 */
export function withEarlierPairChecks(
  checks: Check[] | undefined,
  laterYear: number,
  rules: PairRule[] = PAIR_RULES,
  compared?: ReadonlySet<string>,
): Check[] | undefined {
  if (!checks) return checks;
  const ids = new Set(rules.map((r) => r.id));
  return checks.map((c) =>
    ids.has(c.rule) && c.status === 'skipped'
      ? {
          ...c,
          reason: compared && !compared.has(c.rule) ? NOTHING_TO_COMPARE : filedWithLater(laterYear),
        }
      : c,
  );
}

/**
 * Runs every single-report rule and says what became of each, pair rules included (skipped until
 * a second year of the same agency is seen: see `withPairChecks`).
 */
export function checkRules(report: Report, ctx: AuditContext): { findings: Finding[]; checks: Check[] } {
  const findings: Finding[] = [];
  const checks: Check[] = [];
  for (const rule of RULES) {
    const reason = (ctx.oldFormat && rule.template ? OLD_FORMAT : null) ?? rule.skip?.(report, ctx) ?? null;
    if (reason !== null) {
      checks.push({ rule: rule.id, status: 'skipped', reason });
      continue;
    }
    const found = rule.run(report, ctx);
    findings.push(...found);
    checks.push({ rule: rule.id, status: found.length > 0 ? 'failed' : 'passed' });
  }
  for (const rule of PAIR_RULES) checks.push({ rule: rule.id, status: 'skipped', reason: ONE_YEAR });
  return { findings, checks };
}

/**
 * Why a pair rule ran but has no outcome: every report it was compared with was an uncertain match
 * (two files of unknown portal, or a year in doubt), so what it found is a note, and what it did not
 * find proves nothing.
 */
export const PAIR_IN_DOUBT =
  '与上一年度的对照存疑，所见仅作提示 / the match with the year before is in doubt: its findings are notes only';

/**
 * A report's checks once the pair rules ran against another year of its agency: each pair rule
 * that ran is failed where it found an error or warning, passed where it found none. Where every
 * pairing was in doubt (`sure` false), its findings are info and it is neither: skipped, saying so;
 * so too, where it had no figure to compare (not in `compared`, the rules that had).
 */
export function withPairChecks(
  checks: Check[] | undefined,
  ran: Finding[],
  rules: PairRule[] = PAIR_RULES,
  sure = true,
  compared?: ReadonlySet<string>,
): Check[] {
  const failed = new Set(ran.filter((f) => f.severity !== 'info').map((f) => f.rule));
  const ranIds = new Set(rules.map((r) => r.id));
  return (checks ?? []).map((c): Check => {
    if (!ranIds.has(c.rule)) return c;
    if (failed.has(c.rule) || c.status === 'failed') return { rule: c.rule, status: 'failed' };
    if (compared && !compared.has(c.rule))
      return { rule: c.rule, status: 'skipped', reason: NOTHING_TO_COMPARE };
    if (!sure) return { rule: c.rule, status: 'skipped', reason: PAIR_IN_DOUBT };
    return { rule: c.rule, status: 'passed' };
  });
}
