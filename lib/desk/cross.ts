/**
 * Checks across reports, for the desk and the CLI alike: every pair rule on consecutive years of
 * one agency. One agency means the same name (by key, or linked by the user) on the same portal
 * (report-model.md, Agency identity). Linear in the number of reports, so it can run on every
 * render of a desk of thousands.
 *
 * Decisions:
 * - Two different portals never pair, even under one place-qualified name: a city bureau's report
 *   reposted on the province's portal is the rarer case, and 朝阳区, 鼓楼区, 城关镇 … are each the
 *   name of many places. The user's links join names, not portals.
 * - When either report's portal is unknown (a saved file that names no address), the pair runs but
 *   its findings are only `info`, saying the pairing is uncertain (report-model.md). When the portal
 *   they share is not a government's own (a wiki, a news site or a shared IP host reposting reports
 *   from many places), only a place-qualified name pairs so; `政府办公室` there does not pair.
 * - When the year before has several reports (a page saved twice, a revised copy at another address)
 *   and the later report does not meet them alike (it agrees with one, not with another), every such
 *   pair's findings are only `info`, saying so: which of them is that year's cannot be told.
 * - When either report's title names another year than its statistics period (year-mismatch), the
 *   pair runs but its findings are only `info`, saying so: a report whose title slipped (2023 for a
 *   2022 report) paired with the real 2022 one gave carry-over errors between two copies of one
 *   year, and which of its years is right cannot be told.
 */
import { type Msg, msg } from '../i18n/format';
import { render } from '../i18n/render';
import type { Finding, OtherReport, Report } from '../model';
import { officialPortal, portalOf } from '../recognise/portal';
import { yearsOf } from '../rules/helpers';
import { PAIR_RULES } from '../rules/index';
import type { PairRule } from '../rules/types';
import { type AgencyLinks, agencyKey, agencyResolver, namesPlace } from './agency';

/** One report as the cross checks see it, with where it was read (for the findings' `other`). */
export interface CrossItem {
  id: string;
  report: Report;
  /** The page's address; also its portal when the report carries none (saved before portals). */
  url?: string;
  /** The file it was read from, when it was not a page. */
  file?: string;
}

/** Appended to the message of a finding whose pairing could not be confirmed. */
export const UNCERTAIN_NOTE = render(msg('cross.uncertain'), 'zh');

/** The portal of an item: the report's own, else its page address. */
function portalOfItem(item: CrossItem): string | null {
  return item.report.portal ?? portalOf(item.url);
}

/**
 * Whether two reports of one agency name are one agency's: `sure` on one government portal, null
 * on two portals; when a portal is unknown, or the one they share is not a government's own (a
 * wiki or a shared host reposting many places' reports), `uncertain` if the name says its place and
 * null if it does not.
 */
export function pairing(prev: CrossItem, next: CrossItem): 'sure' | 'uncertain' | null {
  const a = portalOfItem(prev);
  const b = portalOfItem(next);
  if (a !== null && b !== null && a !== b) return null;
  if (a !== null && a === b && officialPortal(a)) return 'sure';
  // Nothing says where either came from: report-model.md asks for the pair as uncertain (info),
  // whatever the name, so the journalist who saved both files sees the comparison, never as an error.
  if (a === null || b === null) return 'uncertain';
  return namesPlace(prev.report.agency) && namesPlace(next.report.agency) ? 'uncertain' : null;
}

/** Where a name may start with the place above its own: a province's or a city's name's end. */
const ABOVE_END = /[省市州盟]|地区/g;

/**
 * The name an agency's key stands for among `keys`: itself, or, where it starts with the place above
 * its own (新乡市卫滨区住房和城乡建设局, 河南省新乡市…) and another report names it without (卫滨区住房和
 * 城乡建设局), that other key — one body, whose title gives the city one year and not the next. Only
 * where the shorter name says its own place (namesPlace): 新乡市住房和城乡建设局 is the city's bureau,
 * not 住房和城乡建设局 of whichever county. Pairs so made are in doubt (cross.placeAbove): two
 * places' bodies may share the shorter name (鼓楼区 is in Nanjing and in Fuzhou).
 */
export function placedAbove(key: string, keys: ReadonlySet<string>): string {
  ABOVE_END.lastIndex = 0;
  for (let m = ABOVE_END.exec(key); m; m = ABOVE_END.exec(key)) {
    const rest = key.slice(m.index + m[0].length);
    // At least a place (2 characters) and a body (2) after the cut, and a place's name before it.
    if (m.index < 1 || rest.length < 4) continue;
    if (keys.has(rest) && namesPlace(rest)) return rest;
  }
  return key;
}

/** What a finding says about the report it was compared with. */
export function otherOf(item: CrossItem): OtherReport {
  const { report } = item;
  return {
    title: report.title,
    ...(item.file !== undefined ? { file: item.file } : item.url !== undefined ? { url: item.url } : {}),
    year: report.year ?? 0,
    published: report.published,
  };
}

/** Whether either report's title and statistics period name two years (year-mismatch): no sure place in a sequence. */
function inDoubt(prev: CrossItem, next: CrossItem): boolean {
  return yearsOf(prev.report).length > 1 || yearsOf(next.report).length > 1;
}

/**
 * The findings of one pair, naming the earlier report; downgraded to info, with `notes` saying why,
 * when there are any (the pairing uncertain, or either report's year in doubt).
 */
function runPair(prev: CrossItem, next: CrossItem, rules: PairRule[], notes: string[]): Finding[] {
  const other = otherOf(prev);
  // The notes in the Chinese message, once for the pair.
  const said = notes.map((note) => render(msg(note), 'zh')).join('');
  return rules.flatMap((rule) =>
    rule.runPair(prev.report, next.report).map((f): Finding => {
      // `other` before `msg`, as the schema has them (the JSON export prints a finding as it is).
      const { msg: m, ...rest } = f;
      let noted: Msg | undefined = m;
      for (const note of notes)
        if (noted !== undefined) noted = msg('cross.noted', { finding: noted, note: msg(note) });
      const g: Finding =
        notes.length === 0
          ? { ...rest, other }
          : { ...rest, severity: 'info', message: `${f.message}${said}`, other };
      if (noted !== undefined) g.msg = noted;
      return g;
    }),
  );
}

/** The pair rules' outcome: findings by the later report's id, and which reports were paired at all. */
export interface CrossResult {
  /** Findings keyed by the later report's id (only ids with findings appear). */
  findings: Map<string, Finding[]>;
  /** Ids of the later reports of every pair that ran, findings or not (their pair checks ran). */
  paired: Set<string>;
  /** Ids of the earlier reports of pairs that ran, with the later year their results are filed under. */
  earlier: Map<string, number>;
  /** Ids of the later reports with at least one pair not in doubt (its findings keep their severity). */
  sure: Set<string>;
  /**
   * For each later report of a pair, the pair rules that had figures to compare with a year before it
   * (PairRule.compares): the others looked at nothing, and its checks say so.
   */
  compared: Map<string, Set<string>>;
  /** The same for each earlier report, of its pairs with the year after it (whose checks hold them). */
  comparedEarlier: Map<string, Set<string>>;
}

/**
 * Runs the pair rules on every consecutive pair of one agency's reports. Reports without an agency
 * or a year cannot be placed in a sequence and are left out.
 */
export function crossCheckItems(
  items: CrossItem[],
  links: AgencyLinks,
  rules: PairRule[] = PAIR_RULES,
): CrossResult {
  const resolve = agencyResolver(links);
  /** Each item's agency key, read once. */
  const keyOf = new Map<CrossItem, string>();
  const keys = new Set<string>();
  for (const item of items) {
    const key = agencyKey(item.report.agency);
    if (key === null) continue;
    keyOf.set(item, key);
    keys.add(key);
  }
  // agency → year → items; two saves of one year (two URLs) are each paired with the other year.
  const groups = new Map<string, Map<number, CrossItem[]>>();
  /** The keys taken as another's with the place above it before them (placedAbove). */
  const widened = new Set<string>();
  for (const item of items) {
    const key = keyOf.get(item);
    const year = item.report.year;
    if (key === undefined || year === null) continue;
    const near = placedAbove(key, keys);
    if (near !== key) widened.add(key);
    const canon = resolve(near);
    let years = groups.get(canon);
    if (!years) {
      years = new Map();
      groups.set(canon, years);
    }
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  const findings = new Map<string, Finding[]>();
  const paired = new Set<string>();
  const earlier = new Map<string, number>();
  const sure = new Set<string>();
  const compared = new Map<string, Set<string>>();
  const comparedEarlier = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, id: string, rule: string) => {
    const ids = map.get(id) ?? new Set<string>();
    ids.add(rule);
    map.set(id, ids);
  };
  for (const years of groups.values()) {
    for (const [year, nexts] of years) {
      const prevs = years.get(year - 1);
      if (!prevs) continue;
      for (const next of nexts) {
        const runs: { prev: CrossItem; notes: string[]; found: Finding[] }[] = [];
        for (const prev of prevs) {
          const how = pairing(prev, next);
          if (how === null) continue;
          paired.add(next.id);
          earlier.set(prev.id, year);
          for (const rule of rules)
            if (rule.compares(prev.report, next.report)) {
              note(compared, next.id, rule.id);
              note(comparedEarlier, prev.id, rule.id);
            }
          // Why the pair is in doubt, if it is: its findings are then info, saying so.
          const notes: string[] = [];
          if (how === 'uncertain') notes.push('cross.uncertain');
          else {
            // Grouped in one, both keyed: one of them only by the place above it (placedAbove).
            const [a, b] = [keyOf.get(prev)!, keyOf.get(next)!];
            if (a !== b && (widened.has(a) || widened.has(b))) notes.push('cross.placeAbove');
          }
          if (inDoubt(prev, next)) notes.push('cross.yearInDoubt');
          runs.push({ prev, notes, found: runPair(prev, next, rules, notes) });
        }
        // Several reports of the year before (a page saved twice, a revised copy at another address)
        // that this one does not meet alike: it agrees with one and not with another, and which of
        // them is that year's report cannot be told. Each pair's findings are then info, saying so.
        const met = (r: (typeof runs)[number]) => [...new Set(r.found.map((f) => f.rule))].sort().join();
        if (runs.length > 1 && runs.some((r) => met(r) !== met(runs[0]!)))
          for (const r of runs) {
            r.notes.push('cross.severalEarlier');
            r.found = runPair(r.prev, next, rules, r.notes);
          }
        for (const { notes, found } of runs) {
          if (notes.length === 0) sure.add(next.id);
          if (found.length > 0) findings.set(next.id, [...(findings.get(next.id) ?? []), ...found]);
        }
      }
    }
  }
  return { findings, paired, earlier, sure, compared, comparedEarlier };
}

/** Findings of the pair rules, keyed by the later report's id (only ids with findings appear). */
export function crossFindings(
  items: CrossItem[],
  links: AgencyLinks,
  rules: PairRule[] = PAIR_RULES,
): Map<string, Finding[]> {
  return crossCheckItems(items, links, rules).findings;
}
