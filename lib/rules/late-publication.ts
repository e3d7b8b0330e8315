/** Fires only when the report's year and publication date are both known and the date is after 条例 第四十九条's deadline. */
import { msg } from '../i18n/format';
import { LAST_OLD_YEAR } from '../keys';
import type { Report } from '../model';
import { fold } from '../text';
import { finding, YEAR_FROM_DATE, yearsOf } from './helpers';
import type { Rule } from './types';

/**
 * Whose report it is, which decides the deadline. Article 49 names two: 县级以上人民政府部门 by 31
 * January, and 县级以上地方人民政府 for their own report by 31 March. A township or street office is
 * neither; the article sets it no deadline.
 */
export type ReportKind = 'department' | 'government' | 'township' | 'unclear';

const GOVERNMENT = /政府$/;
// A township's government or a street office (镇人民政府, 某某乡, 街道办事处, and Inner Mongolia's 苏木), or
// its own office (镇人民政府办公室, 镇党政办): below the county.
const TOWNSHIP = /(?:镇|乡|街道|苏木)(?:人民)?(?:政府|办事处|办)?(?:办公室|党政办(?:公室)?)?$/;
const DEPARTMENT =
  /(?:局|委|委员会|办|办公室|办事处|厅|部|院|所|镇|乡|街道|站|队|会|处|署|室|馆|社|公司|集团|政府)$/;
// A development or new zone's 管委会 is the government's dispatched body, neither a department nor
// a government in the article's words (a city's 城市管理委员会 is a department).
const ZONE_COMMITTEE =
  /(?:开发区|高新区|新区|园区|试验区|示范区|保税区|度假区|景区|合作区|工业区|产业园|综合区)(?:管理委员会|管委会|管委)$/;
// A 地区's or 盟's 行政公署 is the province's dispatched body governing it, acting as its government,
// and a 居委会 or 村委会 is self-government below the township: the article names none of them a
// department, so neither is due by 31 January.
const NEITHER = /(?:行政公署|行署|居民委员会|村民委员会|居委会|村委会)$/;
// Not the government's: a Party organ (中共…委办公室, 纪委, and one named without 中共: 区委宣传部, 市委组织部,
// 机关工委), the people's congress and the CPPCC, a court or a procuratorate, a 监察委员会, the people's
// organisations (工会, 妇联, 共青团, 残联, 科协, 工商联, 红十字会) and the military's 人民武装部. The article
// binds 县级以上人民政府部门; none of these is one, whatever its name ends in. (区委 is the Party's
// committee; 区委员会 is not written so, nor is 市教委, the government's 教育委员会.)
const NOT_GOVERNMENT =
  /^(?:中共|中国共产党)|(?:省|市|区|县|州|旗|盟)委(?!员会)|党委|党工委|机关工委|纪委|纪律检查委员会|监察委员会|监委|人大|人民代表大会|政协|政治协商会议|法院|检察院|工会|妇联|妇女联合会|共青团|团委|残疾人联合会|残联|科协|科学技术协会|工商联|工商业联合会|红十字会|武装部/;
// Public institutions and enterprises (a hospital, a school, a research institute, a museum, a broadcaster,
// a company) and social organisations (协会, 商会) report under the regulation's article on 公共企事业单位,
// not as 县级以上人民政府部门: ending in 院, 所, 馆, 社, 台, 会 or 公司 they were departments. So does a
// 中心 (融媒体中心, 不动产登记中心, 疾病预防控制中心, 公共资源交易中心): an institution nearly always, the
// government's own body seldom; held to 31 January, one published in February was called late.
const INSTITUTION =
  /(?:医院|卫生院|学院|大学|研究院|设计院|科学院|研究所|图书馆|博物馆|纪念馆|文化馆|美术馆|科技馆|体育馆|出版社|报社|电视台|广播电视台|公司|集团|协会|商会|学会|基金会|学校|中学|小学|幼儿园|中心)$/;
// A bare place name (某某区, 某某县) heads the government's own report.
const PLACE = /(?<!社)(?:省|市|区|县|州|旗|盟)$/;

/** A title's words for a revised or corrected copy: （修订版）, (更正稿), 修改后. */
const REVISED = /修订|更正|修正|勘误|修改(?:版|稿|后)|重新发布/;

/** The agency's own name as classified: folded, no spaces, no year after it, no second name. */
function bodyName(agency: string | null): string {
  return (
    fold(agency ?? '')
      .replace(/\s+/g, '')
      .replace(/(?:\d{4}年度?|年度)$/, '')
      // 区教育体育局（区体育局）: the other name a body bears (挂牌) after its own.
      .replace(/(?<=.{2})\([^()]{2,20}\)$/, '')
  );
}

/** Classifies the report by its agency: a department, a county-or-higher government, or unclear. */
export function reportKind(agency: string | null): ReportKind {
  return kindOf(bodyName(agency));
}

function kindOf(a: string): ReportKind {
  if (!a || ZONE_COMMITTEE.test(a) || NEITHER.test(a) || NOT_GOVERNMENT.test(a) || INSTITUTION.test(a))
    return 'unclear';
  if (TOWNSHIP.test(a)) return 'township';
  if (GOVERNMENT.test(a) || PLACE.test(a)) return 'government';
  if (DEPARTMENT.test(a)) return 'department';
  return 'unclear';
}

/**
 * A province's body (河北省发展和改革委员会, 广西壮族自治区…) or the State Council's (国家…, 教育部, 海关总署; not
 * a place's 部, as 县委宣传部).
 */
const ABOVE_COUNTY =
  /^(?:[^省市县区]{2,6}省|[^省市县]{2,8}自治区|国家|国务院|中华人民共和国)|^[^省市县区州旗盟]+(?:部|总署|总局)$/;
/** A county's or a district's body, named from its place (威县人民政府, 朝阳区教育局): no 省 or 市 before it. */
const COUNTY_BODY = /^[^省市]{1,6}(?<!自治)(?:县|区|旗)/;

/**
 * The page's publisher (发布机构) where it is a lower body than the report's own, or nothing: a
 * township's page carrying a county's or a province's report, a county's carrying a province's. A
 * lower body cannot publish a higher one's report: it reposts it, and the page's date is the
 * repost's (a town's page dated 3 February held a province commission's report to 31 January).
 */
export function repostedBy(publisher: string | null, agency: string | null): { reposted?: string } {
  if (!publisher || !agency) return {};
  const by = bodyName(publisher);
  const own = bodyName(agency);
  if (own.includes(by) || by.includes(own)) return {};
  const lower =
    kindOf(by) === 'township'
      ? kindOf(own) !== 'township'
      : COUNTY_BODY.test(by) && kindOf(by) !== 'unclear' && ABOVE_COUNTY.test(own);
  return lower ? { reposted: publisher } : {};
}

/** A department of the State Council (国家统计局, 教育部, 海关总署): it may make 规章. */
const NATIONAL = /^(?:国家|国务院|中华人民共和国|中国)|(?:部|总署|总局)$/;
/** A county's or a district's government (某某县人民政府, 相山区, 某某旗政府), not an autonomous region's. */
const COUNTY_GOVERNMENT = /(?<!自治)(?:县|区|旗)(?:人民)?(?:政府)?$/;

/**
 * True when the agency cannot make 规章 (立法法 第九十三条: only the governments of provinces and of
 * cities with districts, and the State Council's departments, can): a township, a county's or
 * district's government, or a department of any local government. Its 表二 「规章」 row is then
 * left blank or `/` by right. An agency the name does not place (a city's government, which may be a
 * city with districts or a county-level one; an unclear body): false.
 */
export function makesNoRegulations(agency: string | null): boolean {
  const a = bodyName(agency);
  const kind = kindOf(a);
  if (kind === 'township') return true;
  if (kind === 'department') return !NATIONAL.test(a);
  return kind === 'government' && COUNTY_GOVERNMENT.test(a);
}

/**
 * The last day the report may be published, as YYYY-MM-DD: 31 January for a department, else 31
 * March, the latest the article sets anyone (a township's, which it does not set, cannot be later).
 */
export function deadline(report: Report & { year: number }): string {
  // Of the years the report may be of (its title's and its period's, where they disagree), the later:
  // a slip in the title (二〇一九 for 2020) is no lateness.
  const year = Math.max(...yearsOf(report));
  // Up to 2018, the 2008 Regulations' 第三十一条: every body's report by 31 March.
  const month = year > LAST_OLD_YEAR && reportKind(report.agency) === 'department' ? '01-31' : '03-31';
  return `${year + 1}-${month}`;
}

/** Fires when the report was published after its deadline. */
export const latePublication: Rule = {
  id: 'late-publication',
  severity: 'warning',
  title: '逾期发布 / Published late',
  explain:
    '《政府信息公开条例》第四十九条：县级以上人民政府部门应在每年 1 月 31 日前公布上一年度的年度报告，县级以上人民政府的本级年度报告应在 3 月 31 日前公布。条例没有规定乡镇、街道的期限，它们的报告按其中最晚的 3 月 31 日计。2018 年及以前的报告按 2008 年条例第三十一条：每年 3 月 31 日前。',
  skip(report, ctx) {
    if (report.year === null) return '年度未识别 / report year not found';
    if (ctx.yearFromDate) return YEAR_FROM_DATE;
    if (report.published === null) return '发布日期未识别 / publication date not found';
    // A revised or corrected copy (…年度报告（修订版）) is dated when it was revised: the report itself
    // may have been published in time, and when cannot be told from this page.
    if (REVISED.test(fold(report.title)))
      return '本页为修订版，其日期未必是报告首次公布的日期 / a revised copy: its date may not be when the report was first published';
    if (report.reposted)
      return `本页由${report.reposted}转载，其日期是转载的日期，未必是报告公布的日期 / reposted by ${report.reposted}: its date is the repost's, not necessarily the report's`;
    return null;
  },
  run(report) {
    const { year, published } = report;
    if (year === null || published === null) return [];
    const due = deadline({ ...report, year });
    if (published <= due) return [];
    const kind = reportKind(report.agency);
    // The year the deadline is of (the later of the report's years) is the one before it falls.
    const dueYear = Number(due.slice(0, 4));
    const m =
      dueYear - 1 <= LAST_OLD_YEAR
        ? msg('latePublication.old', { published, due })
        : kind === 'township'
          ? msg('latePublication.township', { published, due })
          : msg('latePublication.late', { published, due, rule: msg(`latePublication.${kind}`) });
    // Over a year late: such a date is as often a site migration's or a repost's (a portal moved to
    // its province's platform dates every old article the day it moved) as the report's own.
    const yearLate = published > `${dueYear + 1}${due.slice(4)}`;
    const said = yearLate
      ? msg('latePublication.noted', { finding: m, note: msg('latePublication.yearLate') })
      : m;
    return [finding(latePublication, said, ['f.published'])];
  },
};
