/**
 * The report's title, agency, year and publication date, read from the page's metadata, its first
 * text blocks and its document title, in that order of trust.
 */
import type { PageSource } from '../source';
import { BARE_YEAR, CN_YEAR, fold, normLabel, stripSpaces, titleYear, titleYears } from '../text';
import { type FoundFact, SELF } from './facts';
import { interpretsReport } from './page-kind';

export interface ReportMeta {
  title: string;
  agency: string | null;
  year: number | null;
  published: string | null;
  /** True when a report title was found (not just the document title). */
  titled: boolean;
  /** The body the page's info box names as its publisher (发布机构：侯贯镇), whoever's report it is. */
  publisher: string | null;
  /** The year was taken as the one before the publication date's, for want of any other (AuditContext.yearFromDate). */
  yearFromDate: boolean;
}

// A title set in two lines may break inside its words (泉港区文化体育和旅游局2022年政府信息 公开工作年度报告).
// Its year may lack its 年 right before the report's name (东河区卫生健康委员会 2021政府信息公开工作年度报告).
const TITLE_RE = new RegExp(
  String.raw`(?:(?:(?:\d{4}|${CN_YEAR})\s*年(?:度)?|${BARE_YEAR}).{0,30}?(?:信息|政务)\s?公开.{0,10}?|(?:信息|政务)\s?公开(?:工作)?\s*(?:\d{4}|${CN_YEAR})\s*年度?(?:工作)?)(?:报告|年报)|(?:信息|政务)\s?公开(?:工作)?(?:年度)?(?:报告|年报)\s*[(（]\s*(?:\d{4}|${CN_YEAR})\s*年度?\s*[)）]`,
);
/** Whether a title (the page's own: its ArticleTitle or document title) names a year's disclosure report. */
export const namesReport = (title: string): boolean => TITLE_RE.test(fold(title));
/** A title about a year's disclosure work (信息公开, 信息工作公开, 政务公开工作), not in a report's words. */
const OWN_WORK = new RegExp(String.raw`(?:\d{4}|${CN_YEAR})\s*年.{0,30}?(?:信息|政务)(?:工作)?\s?公开`);
/** A title that opens with its year (2021年…, 二〇二一年度…). */
const STARTS_WITH_YEAR = new RegExp(String.raw`^(?:\d{4}|${CN_YEAR})\s*年`);
/** A title ends at 报告 (a `（全文）` or `（2021年度）` may follow), unlike 关于…报告的解读 or a sentence. */
const TITLE_END = /(?:报告|年报)(?:[（(][^）)]{0,24}[）)])?$/;
/**
 * What follows a title in a document title when it is a site's name: a dash and no figure, after the
 * title's closing bracket if any (…年度报告（2023年）-青山县人民政府).
 */
const SITE_AFTER = /(?<=^(?:[（(][^）)]{0,24}[）)])?\s*)[-–—][^\d]*$/;
/**
 * The most characters of a title's end wrapped onto a line of its own (年度报告, 工作年度报告, and the
 * whole 政府信息公开工作年度报告 under a line of the body's name and year: 儋州市人民政府办公室2023年度).
 */
const WRAPPED_END = 20;
/**
 * A line that holds a label or a date (发布日期：2024年01月30日): not a title's head, whatever line
 * names the report under it.
 */
const NOT_TITLE_HEAD = /[:：【】[\]|｜]|\d{4}\s*年\s*\d{1,2}\s*月/;
/** The article's first section heading: titles after it are links or sentences, not the report's. */
const FIRST_SECTION = /^(?:一[、.]|[（(]一[）)]).{0,8}(?:总体情况|概述|基本情况|概况)/;
const AGENCY_SUFFIX =
  /(?:局|委|委员会|办|办公室|厅|部|院|所|中心|政府|镇|乡|街道|街道办事处|站|队|会|处|署|委员会)$/;
// Not maketime: TRS sites write the document's creation time there, which is not its publication.
export const META_DATE_KEYS = [
  'pubdate',
  'publishdate',
  'firstpublishedtime',
  'published_time',
  'article:published_time',
];

/** The agency named in a title: before the year, or between the year and 政府信息公开. */
export function agencyOf(title: string): string | null {
  // `【2020年】XX局…`, `XX局政府信息公开工作年度报告（2020年度）`: the year read as if it came first.
  const t = normLabel(titleYears(title))
    .replace(/^[【[]\s*(\d{4}年度?)\s*[】\]]/, '$1')
    // `【文字】2024年XX局…`, `[转载]…`: a tag the portal sets before the title, naming no body.
    .replace(/^[【[][^】\]\d]{1,6}[】\]]/, '')
    .replace(/^(.+?)[(（](\d{4}年度?)[)）]$/, '$2$1')
    // `2022年政府信息公开工作年度报告（上海市嘉定区安亭镇人民政府）`: the body named in brackets after it.
    .replace(/^(\d{4}年度?[^()]*?(?:报告|年报))\(([^()]{2,24})\)$/, (all, head: string, name: string) =>
      NAME_END.test(name) ? name + head : all,
    )
    // A flipbook page's title names its page first: `Page 8 - XX局2022年…`, `第8页 - …`.
    .replace(/^(?:page\d+|第\d+页)[-–—_:|：]/i, '')
    // `2025湖口县大垅乡2025年度…` (a township's heading): a bare year before the name is none of it.
    .replace(/^(?:19|20)\d{2}(?=[^\d年])/, '');
  // `关于公开《渭南市人民政府2023年度…年度报告》的通知`, `按照…的要求，现向社会公开《…年度报告》。`: the report's
  // own name is in its brackets, whatever the sentence around them says.
  const named = /《([^《》]*\d{4}年[^《》]*(?:报告|年报))》/.exec(t)?.[1] ?? t;
  const before = /^(.*?)(?:关于)?\d{4}年/.exec(named);
  // `XX局政府信息公开工作2021年度报告`, `关于XX局2021年…`: the agency is the name, not the phrase around it.
  let agency =
    before?.[1]
      ?.replace(/^(?:关于)?[《“"]+|[的》”"]+$/g, '')
      // `关于公布XX局2021年…的通知`: the body named after what the notice does; `关于报送《XX局2016年
      // 政府信息公开工作情况》的函` (a bureau's covering letter): the name inside the brackets.
      .replace(/^关于(?:印发|公布|发布|公开|报送)?[《“"]*/, '')
      // `XX区人民政府办公室关于(印发)XX区2021年…`: the report is the body named after 关于.
      .replace(/^.{2,}?关于(?:印发|公布|发布)?(?=.{2,}$)/, '')
      .replace(/(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告)?$/, '')
      // `按照《条例》要求,特向社会公布XX局2020年…`: a sentence's last clause, after what it does.
      .replace(/^.*[,;:。](?=[^,;:。]{2,}$)/, '')
      .replace(/^(?:特|现)?(?:向社会)?(?:公布|发布|公开|印发)/, '') ?? '';
  if (!agency) {
    const after = /^\d{4}年度?(.*?)(?:政府)?信息公开/.exec(named);
    // `XX区人民政府信息公开…`: the 政府 the pattern takes for 政府信息公开's is the body's own.
    agency = after?.[1]?.replace(/^的|的$/g, '').replace(/人民$/, '人民政府') ?? '';
  }
  // `XX局关于公开《2023年度…年度报告》的通知`: a name in brackets naming no body, the notice's issuer.
  if (!agency && named !== t) agency = /^(.{2,}?)关于/.exec(t)?.[1] ?? '';
  // `2022年度本级政府信息公开年度报告`, `2022年度本级政府(机关)信息公开…` (a portal's titles for a body's
  // own report) name no body, nor does a notice's `关于认真做好2022年度政府信息公开工作年度报告…`: a body's
  // name is no word it says itself by (本级, 本局, 本级政府), and it ends as one does.
  const bare = agency.replace(/\([^()]*\)$/, '');
  if (SELF.test(bare) || !NAME_END.test(bare)) return null;
  return agency.length >= 2 ? agency : null;
}
/** How a body's or a place's name ends: 局, 委员会, 中心, 人民政府, 街道, 苏木, 系统, 大学, 林场, 公园 …. */
const NAME_END =
  /(?:局|委|办|院|所|队|站|处|厅|部|署|司|会|心|馆|行|团|区|县|市|省|州|旗|盟|镇|乡|村|街|街道|府|关|台|校|学|园|场|港|社|室|组|苏木|嘎查|系统)$/;

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 2000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An info box's labels of the body that published the page. */
const ISSUER_WORDS = '发布机构|发文机关|发布单位|来源单位';
// The whole name or none: one cut at the cap (…市场监管局(知识产权局 of a 33-character cell) is no body's.
const ISSUER = new RegExp(String.raw`(?:${ISSUER_WORDS})\s*(?:[:：]\s*)?([^\s:：|｜]{2,40})(?![^\s:：|｜])`);
/** Such a label as it opens a line (发布单位：XX局), or a source's (来源：XX局). */
const ISSUER_LABEL = new RegExp(String.raw`^(?:${ISSUER_WORDS}|信息来源|来源)\s*[:：]\s*`);
/** A government's own office (XX区人民政府办公室, XX县政府办), which publishes for the government. */
const GOVERNMENT_OFFICE = /政府办(?:公室)?$/;
const HAN = /\p{Script=Han}/u;

/**
 * The agency as the title writes it, where it was read from the title: its characters in the page's
 * own script (重慶市長壽區衛生健康委員會 on a traditional page, not the half-folded 重庆市长壽区… that
 * agencyOf reads, folding only the characters the matchers use), its punctuation as read. The name
 * as read where the title does not hold it (a 发布机构's, or one made whole: 人民 → 人民政府).
 */
export function agencyAsWritten(agency: string, title: string): string {
  const raw = stripSpaces(title);
  const folded = fold(raw);
  // Folding keeps every character's place (資訊 → 信息 included); where it did not, nothing is mapped.
  if (folded.length !== raw.length) return agency;
  const at = folded.indexOf(agency);
  if (at < 0) return agency;
  let out = '';
  for (let i = 0; i < agency.length; i++) {
    const c = raw[at + i]!;
    out += HAN.test(c) ? c : agency[i]!;
  }
  return out;
}

/** How far (in blocks) a title naming the agency may sit from the chosen one to stand for it. */
const FULLER_REACH = 3;
/** The most rows an index box has (索引号, 分类, 发布机构, 名称, 文号, 日期 …, two to a row or one). */
const BOX_ROWS = 12;
/** The first characters of BOX_TITLE's labels. */
const BOX_LABEL_START = new Set(['名', '标', '文', '信']);
/** The label of a portal's index box's title: 名称, 标题, 文件名称, 信息名称. */
const TITLE_LABEL = String.raw`(?:名\s*称|标\s*题|文件名称|信息名称)`;
/** The 名称 / 标题 row of a portal's index box (名称：XX局2021年政府信息公开工作年度报告). */
const BOX_TITLE = new RegExp(String.raw`^${TITLE_LABEL}\s*(?:[:：]\s*)?(.*)$`);
/**
 * That label as it opens a line of text, or a notice's attachment named on its line (附件：应急管理部2020年
 * 政府信息公开工作报告; its colon is needed, or 附件2023年… would lose its year's digits); an index box set as
 * text may give its label no colon (名称 宿迁市水利局2024年…, 标题水城区…),
 * and a list's bullet before it (• 信息名称: …), or before a title alone (• 南京市溧水区…年度报告).
 */
const TEXT_TITLE_LABEL = new RegExp(
  String.raw`^[•·●▪◆■\-*]?\s*(?:(?:${TITLE_LABEL}\s*[:：]?|附\s*件\s*\d{0,2}\s*[:：])\s*)?`,
);

/**
 * A breadcrumb up to its last step (您现在所在的位置: 网站首页 > 政府信息公开年度工作报告 > 木塔乡人民政府2024年…):
 * the page's own title may be that step.
 */
const BREADCRUMB = /^(?:您?(?:现在|当前)?(?:所在)?的?位置|当前位置)\s*[:：]?.*[>＞»›]\s*/;

/**
 * A portal's info bar up to its last print or close mark (发布时间：… 浏览次数：… 【字体：大 中 小】 【打印】
 * 【关闭】), where a title follows it on its line: a PDF of the page that ran the two lines together.
 */
const BAR = /^.*[【[]\s*(?:打印|关闭)[^】\]]{0,6}[】\]]\s*/;
/**
 * An index box set as text up to its keyword field's label (文 号: 关键字: 白银区2010年…年度报告, a
 * district's page whose fields are spans on lines): the keywords a portal gives a page are its title.
 */
const KEYWORD = /^(?:.*[\s:：])?(?:关\s*键\s*[字词]|主\s*题\s*词)\s*[:：]\s*/;
/** What a title's line may open with, passed over in this order (afterLead). */
const TITLE_LEADS = [BREADCRUMB, BAR, KEYWORD, TEXT_TITLE_LABEL];
/** A link to the article before or after this one (上一篇：…, 【下一篇】…, 下一条: …): another report's title. */
const NEIGHBOUR = /^[【[]?\s*[上下前后]\s*一?\s*[篇条则](?:文章|信息)?\s*[】\]]?\s*[:：]?/;
/** The same after a share or print bar on its line (分享到：微信 微博【打印本页】【关闭窗口】上一篇：…, a PDF's lines joined). */
const NEIGHBOUR_AFTER = /[】\]\s]\s*[上下]\s*一?\s*[篇条]\s*[:：]/;

/**
 * `s` after what `lead` (anchored at the start) matches of it folded (標 題 as 标 题, 當前位置 as 当前位置):
 * a traditional page's labels are the same labels. Fold keeps each character's place.
 */
function afterLead(s: string, lead: RegExp): string {
  const m = lead.exec(fold(s));
  return m ? s.slice(m[0].length) : s;
}

/**
 * A cell's text on one line: a line break between two Chinese characters is none (a PDF's cell wraps
 * 高青县人民政府办公室2025年政府信息公开工作年 / 度报告), other white space one space.
 */
const cellLine = (s: string) =>
  s.replace(/(?<=\p{Script=Han})[ \t]*\n\s*(?=\p{Script=Han})/gu, '').replace(/\s+/g, ' ');

/** The title a portal's index box gives the page, when it is a report's title. */
function boxTitle<N>(source: PageSource<N>): string | null {
  const blocks = source.blocks;
  for (let bi = 0; bi < Math.min(blocks.length, 150); bi++) {
    const b = blocks[bi]!;
    if (b.kind !== 'table') continue;
    // An index box is a few rows at the top of the page: past the first long table (the report's
    // own) there is none to find.
    if (b.table.rows.length > BOX_ROWS) break;
    for (const row of b.table.rows) {
      for (let i = 0; i < row.length; i++) {
        // Only a cell that opens with a label's first character is looked at: a report's own tables
        // are mostly figures.
        const text = row[i]!.text.trim();
        if (!BOX_LABEL_START.has(fold(text.charAt(0)))) continue;
        const line = cellLine(text);
        const m = BOX_TITLE.exec(fold(line));
        if (!m) continue;
        // The label and the title in one cell, or the title in the next cell that holds anything.
        const next = row.slice(i + 1).find((c) => c.text.trim() !== '');
        // (m[1] from the cell's own text: fold keeps each character's place.)
        const t = (
          (m[1] && line.slice(m[0].length - m[1].length)) ||
          (next && cellLine(next.text)) ||
          ''
        ).trim();
        if (t.length <= 80 && TITLE_RE.test(fold(t)) && TITLE_END.test(normLabel(t))) return t;
      }
    }
  }
  return null;
}

/** The issuing body of a portal's info box (发布机构：XX局), in a table or in text. */
function issuer<N>(source: PageSource<N>): string | null {
  for (const b of source.blocks.slice(0, 150)) {
    const texts =
      b.kind === 'text'
        ? [b.text]
        : b.kind === 'table'
          ? b.table.rows.map((r) => r.map((c) => c.text.trim()).join(' '))
          : [];
    for (const t of texts) {
      const m = ISSUER.exec(fold(t));
      if (m && AGENCY_SUFFIX.test(m[1]!)) return m[1]!;
    }
  }
  return null;
}

/** The publication date the page's `<meta>` tags give (PubDate, …), as YYYY-MM-DD, or null. */
export function metaDate(source: PageSource<unknown>): string | null {
  for (const key of META_DATE_KEYS) {
    const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(source.meta[key] ?? '');
    const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (date) return date;
  }
  return null;
}

/** What the page names: its title, whether one was found, its agency and its publisher (发布机构). */
interface Named {
  title: string;
  titled: boolean;
  agency: string | null;
  publisher: string | null;
  /** An untitled page's own title's year, where that title is about a year's disclosure work (OWN_WORK). */
  ownYear: number | null;
}
/** Read once a page: readMeta is asked again as facts come in. */
const NAMED = new WeakMap<object, Named>();

/** The report's title, whether one was found, and its agency: from the page alone, not its facts. */
function named<N>(source: PageSource<N>): Named {
  const known = NAMED.get(source);
  if (known) return known;
  let title = '';
  let titled = false;
  const metaTitle = source.meta.articletitle ?? source.meta.title ?? '';
  if (TITLE_RE.test(fold(metaTitle))) {
    title = metaTitle.trim();
    titled = true;
  }
  if (!titled) {
    // The index box's 名称 is the CMS's own record of the page, as the ArticleTitle meta is.
    const boxed = boxTitle(source);
    if (boxed) {
      title = boxed;
      titled = true;
    }
  }
  if (!titled) {
    // Portals list other years' reports in sidebars, sometimes before the article: a candidate the
    // document title repeats is the page's own; otherwise the last one before the article's first
    // section (the sidebar comes before the heading), or the first when no section is seen.
    const docTitle = normLabel(source.title);
    const candidates: string[] = [];
    /** Where each candidate was read (its block). */
    const at: number[] = [];
    let prev = '';
    let sectioned = false;
    let afterNeighbour = false;
    const blocks = source.blocks;
    for (let bi = 0; bi < Math.min(blocks.length, 120); bi++) {
      const block = blocks[bi]!;
      if (block.kind !== 'text') continue;
      const line = block.text.replace(/\s+/g, ' ').trim();
      // A link to a neighbouring article names another report; its label may stand alone, the title in
      // the next block (上一篇： | XX局2020年…年度报告).
      const foldedLine = fold(line);
      const neighbour = NEIGHBOUR.exec(foldedLine);
      if (neighbour || afterNeighbour || NEIGHBOUR_AFTER.test(foldedLine)) {
        afterNeighbour = neighbour?.[0].length === line.length;
        continue;
      }
      // A portal's index box set as text (名称：…年度报告, in a list or a PDF's lines): its title.
      let text = TITLE_LEADS.reduce(afterLead, line);
      let folded = fold(text);
      // A title wrapped onto a short paragraph of its own (道县文广新局2013年度信息公开工作 / 年度报告, a
      // bureau's page): the two are the title, as two such lines of one paragraph are (adapters/walk.ts).
      const nextBlock = blocks[bi + 1];
      if (
        text.length <= 70 &&
        nextBlock?.kind === 'text' &&
        !TITLE_RE.test(folded) &&
        !NOT_TITLE_HEAD.test(folded)
      ) {
        const more = nextBlock.text.replace(/\s+/g, ' ').trim();
        // (Not a title of its own under a line of the portal's: 政府信息公开年报 / 2023年…年度报告.)
        if (
          more.length > 0 &&
          more.length <= WRAPPED_END &&
          TITLE_END.test(normLabel(more)) &&
          !TITLE_RE.test(fold(more))
        ) {
          const whole = fold(text + more);
          if (TITLE_RE.test(whole) && TITLE_END.test(normLabel(whole))) {
            text += more;
            folded = whole;
            bi++;
          }
        }
      }
      if (candidates.length && text.length <= 60 && FIRST_SECTION.test(normLabel(text))) {
        sectioned = true;
        break;
      }
      // A link's text (a sidebar's or a related list's item) or a PDF's side column names another page,
      // unless the document title repeats it (a portal that sets the article's own title as a link to itself).
      if (
        text.length <= 80 &&
        TITLE_RE.test(folded) &&
        TITLE_END.test(normLabel(text)) &&
        !(block.aside && !docTitle.includes(normLabel(text)))
      ) {
        // An agency set on its own line above a title that starts with the year (相山区商务局 / 2020年…).
        // Not where the title names one after its year (2024年度绍兴市上虞区经济和信息化局…, under 发布单位：…),
        // and the info box's label (发布单位：) is no part of the name.
        const startsWithYear = STARTS_WITH_YEAR.test(folded) && !agencyOf(text);
        const above = prev.replace(ISSUER_LABEL, '');
        // (Not a line that holds the portal's words before a name: 【字体: 打印海南省…厅, a page set as one
        // paragraph whose lines ran together.)
        const withAgency =
          startsWithYear &&
          above &&
          above.length <= 30 &&
          !/[:：【】[\]|｜]/.test(above) &&
          AGENCY_SUFFIX.test(normLabel(above));
        candidates.push(withAgency ? `${above}${text}` : text);
        at.push(bi);
      }
      prev = text;
    }
    // A link to the report's illustrated version beside its own title (【文字】2024年…年度报告, then
    // 【图解版】2024年…年度报告, on a city bureau's page that holds the report): the page is the report.
    // An interpretation's title is the page's only where no other is given.
    if (candidates.some((c) => !interpretsReport(c)))
      for (let i = candidates.length - 1; i >= 0; i--)
        if (interpretsReport(candidates[i]!)) {
          candidates.splice(i, 1);
          at.splice(i, 1);
        }
    if (candidates.length) {
      const chosen = sectioned ? candidates.length - 1 : 0;
      const first = candidates[chosen]!;
      // The same title twice (a portal heading, then the article's own with the agency above it):
      // the one that names the agency says more. Only beside it, and not as an item of a list (a
      // block beside it names another report): a sidebar lists other bodies' reports of the year
      // (相山区教育局2020年… above the 区政府's 2020年…).
      const listed = (i: number) =>
        candidates.some(
          (c, j) =>
            j !== i &&
            j !== chosen &&
            Math.abs(at[j]! - at[i]!) <= 1 &&
            normLabel(c) !== normLabel(candidates[i]!),
        );
      const fuller = candidates.find(
        (c, i) =>
          Math.abs(at[i]! - at[chosen]!) <= FULLER_REACH &&
          !listed(i) &&
          agencyOf(c) &&
          titleYear(c) === titleYear(first) &&
          normLabel(c).endsWith(normLabel(first)),
      );
      title = candidates.find((c) => docTitle.includes(normLabel(c)) && agencyOf(c)) ?? fuller ?? first;
      titled = true;
    }
  }
  if (!titled) {
    for (const part of source.title.split(/[_|｜]|\s[-–—]\s/)) {
      const m = TITLE_RE.exec(fold(part));
      if (m) {
        // The site's name after a dash with no spaces (…年度报告-青山县人民政府) is not the title's.
        const site = SITE_AFTER.exec(part.slice(m.index + m[0].length));
        title = (site ? part.slice(0, m.index + m[0].length + site.index) : part).trim();
        titled = true;
        break;
      }
    }
  }
  if (!titled) title = source.title;
  else if (!agencyOf(title)) {
    // `2021年政府信息公开工作年度报告` under a document title that names the agency before it
    // (`XX局2021年政府信息公开工作年度报告-XX市人民政府`): the agency is the document title's.
    const doc = normLabel(source.title);
    const own = normLabel(title);
    const at = doc.indexOf(own);
    const prefix =
      at > 0
        ? doc
            .slice(0, at)
            .split(/[_|｜\-–—>»]/)
            .pop()
        : '';
    if (prefix && agencyOf(prefix + own)) title = prefix + own;
  }

  let agency = titled ? agencyOf(title) : null;
  // A page titled for its year's disclosure work in other words than a report's (平潭县人防办2011年度
  // 政府信息工作公开年度报告, 关于报送《…公安局2016年 政府信息公开工作情况》的函): the body its own title names.
  let ownYear: number | null = null;
  if (!titled) {
    const own = source.meta.articletitle ?? source.title.split(/[_|｜]/)[0] ?? '';
    if (OWN_WORK.test(fold(own))) {
      agency = agencyOf(own);
      ownYear = titleYear(own);
    }
  }
  // The body that published the page, where the title names none: a government's office publishes
  // the government's report as often as its own, so it names neither (and a report held to the
  // office's 31 January was late by the government's 31 March).
  const publisher = issuer(source);
  if (!agency) {
    const src = normLabel(source.meta.contentsource ?? source.meta.author ?? '');
    const by = publisher ?? (src && AGENCY_SUFFIX.test(src) ? src : null);
    if (by && !GOVERNMENT_OFFICE.test(by)) agency = by;
  }
  const found = { title, titled, agency, publisher, ownYear };
  NAMED.set(source, found);
  return found;
}

/** Reads the report's metadata; `facts` supplies the publication date and statistics period. */
export function readMeta<N>(source: PageSource<N>, facts: FoundFact<N>[]): ReportMeta {
  const { title, titled, agency, publisher, ownYear } = named(source);
  const period = facts.find((f) => f.fact.key === 'f.period_year')?.fact.value ?? null;
  const year = (titled ? titleYear(title) : null) ?? period ?? ownYear;

  let published: string | null = null;
  const pub = facts.find((f) => f.fact.key === 'f.published')?.fact.value;
  if (typeof pub === 'number')
    published = isoDate(Math.floor(pub / 10000), Math.floor(pub / 100) % 100, pub % 100);
  published ??= metaDate(source);
  // Reports are published in the year after the one they cover: the last resort for the year.
  const fallbackYear = year ?? (published ? Number(published.slice(0, 4)) - 1 : null);
  return {
    title,
    agency,
    year: fallbackYear,
    published,
    titled,
    publisher,
    yearFromDate: year === null && fallbackYear !== null,
  };
}
