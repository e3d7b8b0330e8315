/**
 * What kind of page this is: a report (by its tables, title and sections) or what else it may be
 * (an interpretation of the report, news of it, a quarter's figures, the template, one table alone);
 * the images and attachments of the article, and whether the report itself is an image or an
 * attachment under its own heading.
 */
import type { AuditContext } from '../rules/types';
import type { Block, PageSource } from '../source';
import { fold, normLabel } from '../text';
import { normOf } from './blocktext';
import type { ReportMeta } from './meta';
import type { TablesResult } from './tables';

/** Why a page is not audited as a report, where nothing more particular says why. */
export const NOT_A_REPORT =
  '本页不是政府信息公开工作年度报告（未找到报告的表格或标题） / Not a report page: no report tables or title found';
/** Why a page that interprets a report is not audited as it. */
export const INTERPRETATION =
  '本页是年度报告的图解或解读，不是报告本身 / An illustrated or written interpretation of the report (图解, 解读), not the report itself';

/** Why news of a report is not audited as the report. */
export const NEWS_PAGE =
  '本页是关于年度报告的报道，不是报告本身 / News about the report, not the report itself';
/**
 * Why a page whose own title names a year's disclosure report, with none of its tables and fewer than
 * two of its sections, is not audited as one (平潭县质监局 2012's 政府信息公开年度工作报告: 工作开展情况, 不足,
 * 今后工作打算): the title was found, and NOT_A_REPORT's words would deny it.
 */
export const TITLE_ALONE =
  '本页标题是政府信息公开年度报告，但页面没有报告的表格，也没有其中两个以上部分（主动公开、依申请公开等），未作核查 / The title names an annual report, but the page has none of its tables and fewer than two of its sections: not audited';
/** Why a page with one of the report's tables and nothing else of it is not audited as a report. */
export const TABLE_ALONE =
  "本页只有与年度报告相同的表格，没有年度报告的标题、章节或其他表格 / Only a table like the report's, with no report title, sections or other tables";
/** Why the national template (or a sample of it) is not audited as a report. */
export const TEMPLATE_PAGE =
  "本页是年度报告的格式（模板）或样表，不是某个机关的报告 / The report template or a sample of it, not an agency's report";
/** Why a page of a quarter's or a month's figures is not audited as the annual report. */
export const PART_OF_YEAR_PAGE =
  "本页是季度、月度或半年的统计，不是年度报告 / A quarter's, month's or half-year's figures, not the annual report";
/**
 * A title of a page that interprets the report rather than being it: `图解：XX区2020年…年度报告`,
 * `一图读懂…`, `【解读】…`, `…年度报告（图解）`, `《…年度报告》解读`. Portals publish one beside nearly every
 * report, its figures as images, under its own (later) date. Not the report with its pictures:
 * `…年度报告(含图解)`, `…年度报告及解读`.
 */
const INTERPRETS =
  /^[【[(（]?\s*(?:图解|一图(?:读懂|看懂|了解|速览|解读)|图说|图读|图文解读|政策解读|解读|视频解读|动漫解读|漫画解读)|(?:报告|年报)[》”"]?(?:的)?(?:图解|解读)|(?<![含附及和与带暨])(?:图解|解读|一图读懂)\s*[)）】\]]?$/;
export function interpretsReport(title: string): boolean {
  // A document title's parts (`图解：…年度报告_XX区人民政府`): the one that names the report says what the
  // page is; a column's name beside it (`…年度报告_解读`) does not. The report must be the disclosure
  // report: `关于《政府工作报告》解读` or a 法治政府建设年度报告's is some other report's. Folded: a
  // traditional page's 圖文解讀 is one too.
  return fold(title)
    .split(/[_|｜]|\s[-–—]\s/)
    .some((part) => /信息公开|政务公开|年报/.test(part) && INTERPRETS.test(part.trim()));
}

// The portal's own: its logo (named for the site: 某某区人民政府, 门户网站), its badges (党政机关, 政府网站
// 找错, 备案, 公安/网安) and its buttons (无障碍, 长者模式, 打印, 关闭, 返回顶部, 微信, 微博). Counted, they made
// missing-table say a page's four chrome images "may be the tables as pictures".
const IGNORED_IMAGE =
  /logo|icon|banner|\.gif|wza|erweima|qrcode|二维码|分享|sharing|button|btn|党政机关|找错|纠错|备案|公安|网安|网警|无障碍|适老|长者|关怀|微信|微博|抖音|头条|客户端|返回顶部|打印|关闭|字号|(?:人民政府|政府网|门户网站?|网站)$/i;
/**
 * The portal's footer, after the article: its site code, ICP licence or copyright line (网站标识码：3590000001
 * 公安备案号… 闽ICP备09032658号 版权所有：…). Its badges, apps' QR codes and new-media accounts' pictures
 * (平潭发布, 闽政通APP, most with no alt) follow it. The code and licence with their figures: a report's prose may
 * name them (规范展示网站标识码、ICP备案编号).
 */
const FOOTER = /网站标识码\s*(?:[:：]\s*)?\d{6}|ICP\s*备\s*\d|版权所有\s*[:：©(（]|Copyright\s*©/i;
/**
 * Images and attachments that are part of the article, not the portal's chrome: from the report's heading
 * (where `title` names one: the header's logos and banner come before it) to the footer (FOOTER). A 2020
 * police report whose body is an attachment was said to have "11 images" that were its portal's.
 */
export function countMedia<N>(blocks: Block<N>[], title = ''): AuditContext['media'] {
  const media = { images: 0, attachments: 0 };
  for (const b of articleMedia(blocks, Math.max(0, headingAt(blocks, normLabel(title)))))
    if (b.media === 'attachment') media.attachments++;
    else if (!IGNORED_IMAGE.test(b.text)) media.images++;
  return media;
}

/** The media blocks from `from` up to the footer (FOOTER). */
function* articleMedia<N>(blocks: Block<N>[], from: number) {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'media') yield b;
    else if (b.kind === 'text' && i > from && FOOTER.test(b.text)) return;
  }
}

/**
 * The index of the first text block that is the report's heading (its title `t`, normalised, and at most 20
 * characters more); -1 where none is (or `t` is empty).
 */
function headingAt<N>(blocks: Block<N>[], t: string): number {
  if (t === '') return -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.text.length > t.length + 40) continue;
    const text = normOf(b);
    if (text.includes(t) && text.length <= t.length + 20) return i;
  }
  return -1;
}

/**
 * A page whose report is all images or an attachment: the document title and a heading name the
 * report (a title that ends in 报告, not news about one), and the article under that heading holds
 * an image or an attachment. A list of reports has its column name for a document title; news
 * about the report has a title that goes on after 报告.
 */
export function mediaReport<N>(source: PageSource<N>, title: string): boolean {
  const t = normLabel(title);
  if (!/(?:报告|年报)(?:\([^)]*\))?$/.test(t) || !normLabel(source.title).includes(t)) return false;
  const at = headingAt(source.blocks, t);
  if (at < 0) return false;
  for (const b of articleMedia(source.blocks, at))
    if (b.media === 'attachment' || !IGNORED_IMAGE.test(b.text)) return true;
  return false;
}

/**
 * A title that names part of a year (2021年第一季度…统计表, 2021年3月依申请公开办理情况, 上半年…情况):
 * portals publish such figures in 表三's own table, and the annual report's deadline, tables and
 * sections are not theirs to meet.
 */
const PART_OF_YEAR_TITLE =
  /第?[一二三四1-4]季度|上半年|下半年|半年度|(?:^|[^\d])(?:1[0-2]|0?[1-9])月(?:份)?(?!\d)|[一二三四五六七八九十]{1,2}月份|月度|月报|季报/;

/** Whether a title names part of a year, and no annual report (年报, 年度报告). */
export function namesPartOfYear(title: string): boolean {
  const t = normLabel(title);
  return PART_OF_YEAR_TITLE.test(t) && !/年报|年度报告/.test(t);
}

/** A title naming the template, its instructions or a sample: 年度报告格式, 模板, 样表, 填报说明. */
const TEMPLATE_TITLE = /报告格式|格式》|模板|样表|样式|范本|填报说明|填写说明|编制说明/;

/**
 * Whether a page is the national template or a sample of it (国办公开办函〔2019〕60号's 通知, a portal's
 * 年度报告模板): its title says so and its tables hold no figure. A report whose tables are all blank
 * has its own title.
 */
export function templatePage(title: string, cells: Record<string, { value: number | null }>): boolean {
  if (!TEMPLATE_TITLE.test(normLabel(title))) return false;
  for (const k in cells) if (cells[k]!.value !== null) return false;
  return true;
}

/**
 * A title that reports on a report rather than being it: a body that publishes it (我区发布2021年…年度
 * 报告, XX局公布《…》) or news of it (…年度报告出炉). A report's own title opens with its body's name
 * or its year, and never with 我区 or a verb of publishing (关于公布…的通知 is the notice that carries it).
 */
const ABOUT_REPORT =
  /^(?:我|本)(?:省|市|区|县|镇|乡|局|委|办|街道)|(?<!关于)(?:发布|公布|印发|刊发|晒出|亮出|晾晒|上线)(?:了)?[《"“]?(?:\d{4}|二[〇○零O])|(?:报告|年报)[》"”]?(?:出炉|发布|正式发布|公布|上线|亮相)$/;

/** Whether a title is news of a report (我区发布…年度报告), not the report. */
export function aboutReport(title: string): boolean {
  return ABOUT_REPORT.test(normLabel(title));
}

/**
 * Why a university's or a public enterprise's or institution's own disclosure report is not audited
 * as a government body's: it is written under its sector's rules (《高等学校信息公开办法》, the
 * 公共企事业单位 rules for 供电, 供水, 医疗卫生 …), by academic year or with its own outline, and has
 * none of the 条例's tables.
 */
export const OTHER_REGIME =
  "本页是高等学校或公共企事业单位依本行业办法发布的信息公开年度报告，不是政府信息公开工作年度报告，没有政府年报的表格，不按政府年报核查 / A university's or a public enterprise's or institution's disclosure report under its sector's own rules, not a government information-disclosure annual report: it has none of that report's tables and is not audited as one";

/**
 * A title of a disclosure report by a university, a school, a hospital or a public enterprise
 * (某某大学2022-2023学年信息公开工作年度报告, 国网某某供电公司2023年信息公开工作年度报告), which does not call
 * it 政府信息公开. A school's or a hospital's report on the government template says 政府信息公开 (and
 * has its tables, which decide first).
 */
const INSTITUTION_REPORT =
  /(?:大学|学院|学校|高等专科|中学|小学|幼儿园|医院|卫生院|公司|集团|供电|供水|自来水|燃气|热力|公交).*信息公开.*(?:报告|年报)|学年.*信息公开.*(?:报告|年报)/;

/** A title that calls its report a government one (政府信息公开, 政务公开). */
const GOVERNMENT_TITLE = /政府信息|政务公开|政务信息/;

/** A body of government in a title (某某市教育局, 某某区人民政府办公室, 某某街道办事处 …). */
const GOVERNMENT_BODY = /政府|局|委员会|委|办公室|办事处|街道|乡|镇|厅|部|署|管委会|管理委员会|中心/;

/** How much of a title otherRegime reads: a report's title is a line, not a page. */
const TITLE_MAX = 300;

/** Whether a title names a university's or a public enterprise's own disclosure report (OTHER_REGIME). */
export function otherRegime(title: string): boolean {
  // A title's first few hundred characters: a hostile one of thousands of 大学 would cost the
  // expression a pass from each.
  const t = normLabel(title.slice(0, TITLE_MAX));
  return INSTITUTION_REPORT.test(t) && !GOVERNMENT_TITLE.test(t);
}

/**
 * The sector's own rules a university's or a public enterprise's report is written under, as its
 * opening cites them: 《高等学校信息公开办法》 (教育部令第29号; a college's page writes 《高等学院信息公开办法》),
 * 《高等学校信息公开事项清单》, the ministry's yearly notice (《…关于做好2021年高校信息公开年度报告工作的通知》,
 * all a college's 2021 report cites), the 公共企事业单位 rules (《…信息公开规定制定办法》), a sector's 信息公开(管理|
 * 实施)办法 for 供电, 供水, 医疗卫生 … A government body's report cites the 条例 instead, and names the
 * sector's disclosure as its own work (完善公共企事业单位信息公开, a district's 2023 report).
 */
const SECTOR_RULES =
  /(?:高等学校|高等学院|高校)信息公开(?:办法|事项清单|实施细则)|教育部令第29号|(?:高等学校|高校)信息公开(?:工作)?年度报告(?:和评议)?工作的通知|公共企事业单位信息公开(?:规定|办法|实施办法|管理办法)|(?:供电|供水|供气|燃气|热力|公交|医疗卫生|医疗机构|学校)[^。《》]{0,12}信息公开(?:管理|实施)?(?:办法|规定|细则)/;
/** How much of the page's text citesSectorRules reads: a report's opening, not a long page's whole. */
const SECTOR_TEXT_MAX = 20_000;

/**
 * Whether the page's text (its first SECTOR_TEXT_MAX characters) cites a sector's own disclosure
 * rules (SECTOR_RULES): a university's report titled 2025年信息公开工作年度报告 names no university in
 * its title, only in the rules it is written under.
 */
function citesSectorRules<N>(blocks: Block<N>[]): boolean {
  let read = 0;
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    if (SECTOR_RULES.test(normOf(b))) return true;
    read += b.text.length;
    if (read > SECTOR_TEXT_MAX) return false;
  }
  return false;
}

/** A page's first text block where it is short enough to be a title line, else ''. */
function leadLine<N>(blocks: Block<N>[]): string {
  const first = blocks.find((b) => b.kind === 'text');
  return first?.kind === 'text' && first.text.length <= TITLE_LINE_MAX ? first.text.trim() : '';
}
const TITLE_LINE_MAX = 100;

/** Whether a page is a report, and why not where it is not. */
export interface PageKind {
  detected: boolean;
  reason: string | null;
}

/**
 * Whether the page is a report: its tables, its title and its sections, and what else it may be
 * (an interpretation, news of the report, a quarter's figures, the template, one table alone).
 * `sections` is how many of the template's six sections the page has.
 */
export function pageKind<N>(
  source: PageSource<N>,
  meta: Pick<ReportMeta, 'title' | 'titled'>,
  tables: Pick<TablesResult<N>, 'found' | 'cells'>,
  sections: number,
  ownTitle = false,
): PageKind {
  const anyTable = tables.found.t2 || tables.found.t3 || tables.found.t4;
  const title = meta.title || source.title;
  // A table of 行政复议/行政诉讼 results or of 行政许可/行政处罚 counts is also printed by other reports
  // (法治政府建设年度报告, a bureau's 执法 statistics), and 表三's by pages of a year's or a quarter's
  // applications: one table alone makes a report only under a disclosure report's title or among its
  // sections; 表三 with 表二 or 表四 is the report's, whatever the page's title.
  const reportTables =
    (tables.found.t3 && (tables.found.t2 || tables.found.t4)) || (anyTable && (meta.titled || sections >= 2));
  const not = (reason: string): PageKind => ({ detected: false, reason });
  // A page that interprets the report (图解, 解读) is not it, unless it holds the report's tables. (Where
  // no report's title is found, its first line says so: a document named 附件1.docx, whose first
  // paragraph is …年度报告图文解读.)
  if (
    !anyTable &&
    (interpretsReport(meta.title) ||
      interpretsReport(source.title) ||
      (!meta.titled && interpretsReport(leadLine(source.blocks))))
  )
    return not(INTERPRETATION);
  // News of the report (我区发布2021年…年度报告, with a photo): its title names the report, and no
  // table or section of it is on the page.
  if (meta.titled && !reportTables && sections < 2 && aboutReport(meta.title)) return not(NEWS_PAGE);
  // A quarter's or month's figures in 表三's table, under a title that names no annual report, with
  // none of the report's other tables or its sections (a report has them, whatever its title says).
  if (!meta.titled && !tables.found.t2 && !tables.found.t4 && sections < 2 && namesPartOfYear(title))
    return not(PART_OF_YEAR_PAGE);
  if (templatePage(title, tables.cells)) return not(TEMPLATE_PAGE);
  // A university's or a public enterprise's own report, with none of the template's tables.
  if (!anyTable && (otherRegime(meta.title) || otherRegime(source.title))) return not(OTHER_REGIME);
  // One whose title names neither a government report nor a body of government (2025年信息公开工作年度
  // 报告, on a college's site) and whose text cites its sector's rules: a bureau's report may cite
  // them of the schools it oversees.
  if (!anyTable && !GOVERNMENT_TITLE.test(normLabel(title)) && !GOVERNMENT_BODY.test(normLabel(title)))
    if (citesSectorRules(source.blocks)) return not(OTHER_REGIME);
  if (reportTables || (meta.titled && (sections >= 2 || mediaReport(source, meta.title))) || sections >= 4)
    return { detected: true, reason: null };
  // (`ownTitle`: the page's own title names a report, not a report's name read from its text — a list of
  // reports names many.)
  return not(anyTable ? TABLE_ALONE : ownTitle ? TITLE_ALONE : NOT_A_REPORT);
}
