/**
 * Text normalisation shared by the recogniser and the fact finder: full-width forms, traditional
 * characters and whitespace folded so labels match, and cell text parsed into numbers.
 */
import { UNSEEN_CHARS } from './unseen';

// Traditional → simplified for the characters that occur in report labels and prose. One code unit
// to one code unit, so offsets in folded text stay valid in the original.
const T2S_PAIRS =
  '個个與与為为們们來来開开關关務务處处數数據据報报號号廢废發发規规範范檔档許许罰罚強强費费採采購购總总計计結结轉转' +
  '請请審审議议訴诉訟讼維维糾纠屬属國国祕秘機机構构會会體体營营產产業业組组織织權权護护險险穩稳衛卫內内過过執执詢询項项' +
  '現现補补確确訪访舉举復复覆复類类讀读獲获無无當当並并應应將将對对於于這这條条繳缴納纳達达兩两萬万億亿區区縣县鎮镇鄉乡' +
  '廣广漢汉環环態态門门戶户網网統统時时間间價价資资財财實实際际從从進进辦办說说證证讓让變变頁页題题顯显勞劳動动單单備备' +
  '傳传優优興兴製制複复見见覽览認认設设評评詳详誤误負负責责質质車车載载運运郵邮錄录長长問问閱阅隨随雜杂電电預预領领頭头' +
  '額额風风驗验減减獎奖給给徵征決决準准滿满專专歷历歸归檢检標标樣样適适編编級级權权義义務务寫写聯联係系幫帮歲岁擊击戰战' +
  '參参與与門门陽阳濟济區区業业辦办軟软園园鐵铁衛卫愛爱觀观親亲礎础節节約约績绩紀纪線线續续綜综綫线緊紧纖纤蘭兰藝艺' +
  '範范狀状況况幣币剛刚創创劃划則则東东嚴严喪丧亂乱亞亚佈布傷伤僅仅勵励區区協协厲厉員员啟启嗎吗團团圍围圖图場场壓压壞坏' +
  '夠够奪夺婦妇孫孙寧宁導导屆届帶带廳厅彈弹徑径後后態态懷怀戶户掃扫擔担據据攝摄敵敌斷断書书會会條条楊杨極极構构樂乐氣气' +
  '溝沟滬沪為为爭争稅税窮穷竊窃篇篇簡简簽签糧粮紅红納纳絡络給给絕绝統统經经綠绿網网緒绪練练縮缩繼继罷罢聖圣聲声職职' +
  '腦脑興兴舊旧藥药蘇苏蟲虫衝冲補补裝装襲袭規规視视訂订訊讯記记許许訴诉詞词試试該该誌志語语誤误說说調调談谈請请諮咨' +
  '謝谢證证識识議议護护讚赞財财貧贫貴贵費费賞赏賠赔資资賽赛趕赶躍跃輔辅輕轻輸输辦办農农連连週周進进遊游過过違违遠远' +
  '適适遷迁選选還还邊边鄭郑醫医釋释鑒鉴鑑鉴針针鋼钢錯错鍵键鎖锁鏈链閉闭開开閒闲間间閩闽關关隊队階阶際际隱隐雙双雞鸡' +
  '離离難难雲云電电靜静韓韩響响頂顶項项順顺須须頒颁預预領领頻频顧顾願愿類类顯显飛飞飯饭餘余館馆駐驻騰腾驗验髮发鬥斗' +
  '魯鲁鳳凤鴻鸿麗丽黃黄點点黨党齊齐齡龄龍龙柵栅' +
  // Seen in real reports in traditional script: 較 (较上年, 較2021年減少3件), 爲, 眾/衆 (群眾), 稱 …
  '較较爲为眾众衆众稱称監监積积欄栏臺台繞绕擴扩熱热樓楼遺遗蓋盖暢畅傾倾聽听細细揮挥謠谣堅坚習习賃赁雖虽曉晓訓训' +
  '豐丰緩缓話话貫贯徹彻謀谋慶庆勢势奮奋鄰邻轄辖彙汇匯汇裏里啓启' +
  // 沒有現成信息 (a reason of 無法提供, and 沒有收到…申請), and the words of a case's end: 敗訴, 勝訴,
  // 撤銷, 駁回 (沒有…行政復議敗訴 is no case lost, not no case).
  '沒没敗败勝胜銷销駁驳' +
  // Every other traditional form (OpenCC's standard, Taiwan and Hong Kong tables) of a character the
  // matchers use: a page set in traditional script by OpenCC read short of these, 占3.3% as 佔3.3%
  // (a parts list lost), 制定并发布 as 制定併發布, 群众 as 羣衆 (applications received not read).
  '佔占併并侷局傢家兒儿別别卻却卽即厤历唸念噹当嚮向囌苏埰采奬奖學学寀采層层嵗岁師师幷并幾几庫库' +
  '廠厂張张彆别彔录憑凭捲卷換换損损擇择擬拟敎教旂旗旣既昇升曆历曏向曬晒朮术査查檯台殘残沖冲洩泄' +
  '測测滙汇滷卤瀏浏爐炉産产畢毕畫画異异畵画疊叠療疗眞真碼码礙碍礦矿種种穫获筆笔箇个籤签糰团糹纟' +
  '純纯紙纸終终絶绝緑绿緻致縴纤繫系纍累羣群聞闻脩修舘馆華华葯药蔔卜蔘参術术衕同裡里覈核訁讠託托' +
  '註注証证説说謡谣貝贝貿贸贊赞踰逾輯辑辭辞迴回逕径遞递遶绕釒钅釦扣録录錶表鍼针鎭镇閑闲閤合閲阅' +
  '闆板陞升陳陈隻只韆千韋韦颱台飠饣馬马鬚须魚鱼鳥鸟鷄鸡鹵卤麥麦麪面麫面麵面黽黾齒齿齣出龜龟枱台' +
  '衞卫衹只' +
  // (…申請相關的投訴、反饋: what a claim of no application is not about.)
  '饋馈' +
  // A template's drafting note left in print (如無此項則刪除): lib/recognise/draft-notes.ts.
  '刪删';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);

// The CJK Radicals Supplement has no Unicode decomposition: its radicals as the ideographs Unicode
// names their equivalents (EquivalentUnifiedIdeograph.txt, Unicode 15, U+2E81–U+2EF3), a pair each.
// A font may map an ideograph's glyph to its radical (⻄ for 西, ⻘ for 青, ⼈ for 人: Chromium's "Save
// as PDF" with Noto CJK does), and text copied from such a PDF onto a page keeps them (办理⽹⺠留⾔).
const RADICAL_SUPPLEMENT =
  '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌⺙攵⺛旡' +
  '⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺵𦉫' +
  '⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻏邑⻐钅⻑長⻒镸⻓长' +
  '⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉' +
  '⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';
const RADICALS = new Map<string, string>([['⼾', '户']]);
for (const [pair] of RADICAL_SUPPLEMENT.matchAll(/../gu)) {
  const [radical, ideograph] = [...pair];
  RADICALS.set(radical!, ideograph!);
}

/**
 * A radical (Kangxi or the supplement's) or a CJK compatibility ideograph as the ideograph it stands
 * for; any other character as it is. ⼾ (Kangxi) decomposes to the traditional 戶: a report means 户.
 */
export function ideographOf(c: string): string {
  return RADICALS.get(c) ?? c.normalize('NFKC');
}

const FOLD_SPACE = [0x3000, 0xa0, 0x2002, 0x2003, 0x2009];
const FOLD_MINUS = [0x2212, 0x2013, 0xfe63];
// What each code unit folds to, 0 for itself: most text has nothing to fold, and then fold returns
// it untouched after one look at each code unit (a table read is cheaper than a regex's class).
const FOLD_TO = new Uint16Array(0x10000);
for (let c = 0xff01; c <= 0xff5e; c++) FOLD_TO[c] = c - 0xfee0;
for (const c of FOLD_SPACE) FOLD_TO[c] = 0x20;
for (const c of FOLD_MINUS) FOLD_TO[c] = 0x2d;
for (const [from, to] of T2S) FOLD_TO[from.charCodeAt(0)] = to.charCodeAt(0);
// Radicals and compatibility ideographs fold to their ideographs (one code unit to one: not those
// whose ideograph is outside the BMP), simplified where the table above has them. Worked out the
// first time each is met (LATER): normalising the 864 of them up front took half a millisecond of
// every report page's load, and most pages have none.
const LATER = 1;
FOLD_TO.fill(LATER, 0x2e80, 0x2fe0);
FOLD_TO.fill(LATER, 0xf900, 0xfb00);
function foldLater(c: number): number {
  const to = ideographOf(String.fromCharCode(c));
  FOLD_TO[c] = to.length === 1 && to.charCodeAt(0) !== c ? (T2S.get(to) ?? to).charCodeAt(0) : 0;
  return FOLD_TO[c]!;
}
// 其它 is written for 其他 in many reports (（六）其它处理, 3.其它, the 其它 column): one word to the matchers.
FOLD_TO['它'.charCodeAt(0)] = '他'.charCodeAt(0);

/**
 * Folds a string one code unit at a time: full-width ASCII to ASCII, ideographic and no-break
 * spaces to a space, traditional to simplified, radicals to ideographs (⽹⺠ to 网民), 它 to 他 (其它).
 * The length never changes.
 */
export function fold(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && FOLD_TO[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    let to = FOLD_TO[c]!;
    if (to === LATER) to = foldLater(c);
    if (to === 0) continue;
    // 資訊 and 網路: the words a Big5 gateway (big5.*.gov.cn) writes for 信息 and 网络, as Taiwan does
    // (政府資訊公開, 網路申請). Traditional script only: 资讯 and 网路 in simplified text are left.
    const word =
      c === 0x8cc7 && s.charCodeAt(i + 1) === 0x8a0a
        ? '信息'
        : c === 0x7db2 && s.charCodeAt(i + 1) === 0x8def
          ? '网络'
          : '';
    if (word) {
      out += s.slice(from, i) + word;
      from = ++i + 1;
      continue;
    }
    out += s.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return out + s.slice(from);
}

/**
 * `s` as a string of its own. In V8 a slice of 13 or more characters is a view that keeps the whole
 * string it was cut from: a title or a quote cut from a page would keep that page's text alive for
 * as long as the report is kept (the CLI keeps every result until it can cross-check a folder, the
 * desk keeps its reports). Slicing a string joined to another copies it first, so the slice's
 * parent is that copy, not the page.
 */
export function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/**
 * Every kind of whitespace, as labels drop it, and the invisible characters a word processor or a
 * CMS leaves in a cell (zero-width space, non-joiner and joiner, word joiner, soft hyphen, byte-order
 * mark): `1\u2060203` is 1203 to the reader, and was "not a number" to blank-cell.
 */
const SPACES = new RegExp(`[\\s${UNSEEN_CHARS}]+`, 'g');

/** Folded text with every kind of whitespace removed. */
export function stripSpaces(folded: string): string {
  return folded.replace(SPACES, '');
}

/** A label as matched by the recogniser: folded, every kind of whitespace removed. */
export function normLabel(s: string): string {
  return stripSpaces(fold(s));
}

/** Strips list numbering from the start of a label: `（一）`, `(一)`, `一、`, `1.`, `1、`. */
export function stripNumbering(label: string): string {
  return label.replace(
    /^(?:\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|\(?\d+\)|\d+[.、])+/,
    '',
  );
}

const BLANK_MARKERS = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '/',
  '\\',
  '无',
  '空',
  'n/a',
  'na',
  '-—',
  '—-',
  '×',
  'x',
]);

/**
 * A year in Chinese numerals (二〇二一), as typed: 〇, or the circle ○, 零, a letter O or a digit 0 for
 * it (二○二一, 二O二一, 二0二一).
 */
export const CN_YEAR = '[〇○零Oo0一二三四五六七八九]{4}';
const CN_YEAR_BEFORE_NIAN = new RegExp(`${CN_YEAR}(?=\\s*年)`, 'g');
const CN_DIGITS = '〇一二三四五六七八九';

const CN_POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a well-formed count in Chinese numerals (两, 十二, 五十六, 一百零五, 一千二百三十): each
 * digit of CN_DIGITS, 零 and 两, times the power after it.
 */
export function cnCount(s: string): number {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    const power = CN_POWER[c];
    if (power !== undefined) {
      total += (digit || 1) * power;
      digit = 0;
    } else digit = c === '两' ? 2 : Math.max(0, CN_DIGITS.indexOf(c));
  }
  return total + digit;
}

/** A CN_YEAR's digits (二○二一 → 2021). */
export function cnYearDigits(y: string): string {
  let out = '';
  // Each of the zero's forms is no digit of CN_DIGITS but 〇: all read 0.
  for (const c of y) out += String(Math.max(0, CN_DIGITS.indexOf(c)));
  return out;
}

/** `s` with each year in Chinese numerals before 年 written in digits (二〇二〇年 → 2020年). */
export function arabicYears(s: string): string {
  return s.replace(CN_YEAR_BEFORE_NIAN, cnYearDigits);
}

/**
 * A year written bare before the report's name, without its 年 (`XX委员会 2021政府信息公开工作年度报告`,
 * 政务公开, a title's line break in 信息 公开): the pattern meta.ts's TITLE_RE takes as a title's year,
 * and titleYears gives its 年, so the title's year and agency are read where the title is.
 */
export const BARE_YEAR = String.raw`(?<!\d)(?:19|20)\d{2}(?=\s*(?:政府)?(?:信息|政务)\s?公开)`;
const BARE_YEARS = new RegExp(BARE_YEAR, 'g');

/** A title's years in figures (arabicYears), each with its 年, as a bare one before the report's name is given. */
export function titleYears(title: string): string {
  return arabicYears(title).replace(BARE_YEARS, '$&年');
}

/**
 * The year a title names: the first 2000–2100 written before 年 (2021年, ２０２１年, 二〇二一年, or a bare
 * 2021 right before 政府信息公开), not one opening a date (2023年01月19日, when it was published: a page
 * titled by its info line), or null.
 */
export function titleYear(title: string): number | null {
  for (const m of titleYears(fold(title)).matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g)) {
    const y = Number(m[1]);
    if (y >= 2000 && y <= 2100) return y;
  }
  return null;
}

/** Units of a count (件, 条 …). */
const COUNT_UNITS = '件|条|个|项|次|宗|篇|份|人次|起|笔|户|家|批|人';
/**
 * What may follow a figure and is no part of it: a footnote's mark (`56*`, `56※`, `56①`) or a note
 * in brackets (`48（含重复申请3件）`, folded to round ones). Read as text, `56*` was a total "not a
 * number" and `48（含…申请3件）` a label that took its row for another (重复申请).
 */
const AFTER_FIGURE = String.raw`(?:\*{1,3}|※|[\u2460-\u2473]|\([^()]{1,40}\))?`;
/** Units a figure may carry, and a sign (also in words, 增加, 减少, or arrows, ↑12, ↓3); money is in 万元 as the model says. */
const NUMBER_RE = new RegExp(
  `^([+-]|增加|新增|增|减少|减|↑|↓)?(\\d+(?:\\.\\d+)?)(万元|亿元|元|%|${COUNT_UNITS})?${AFTER_FIGURE}$`,
);

/**
 * A figure whose thousands are set apart by one space (a thin or no-break one folds to it too, or
 * U+202F): `15 873`. A leading group of one to three digits, not 0, and at least one group of three;
 * no figure after it (`1 203 5` stays two figures).
 */
const SPACED_THOUSANDS = /^\s*[+-]?[1-9]\d{0,2}(?:[ \u202f]\d{3})+(?!\s*[+-]?\d)/;

/**
 * A zero written in Chinese: 〇, the circle ○ or the letter O typed for it (二○二一, 二O二一), or 零,
 * alone in the cell or with a count's unit. It is a figure, not a blank; read as text, 零 looked like
 * a label and took its row out of the table, and a 表四 of O's was "only its header".
 */
const CN_ZERO_RE = new RegExp(`^[〇○零Oo](?:${COUNT_UNITS})?$`);

/** The parsed value of a cell: a number, or null when blank or not a number. */
export interface ParsedValue {
  value: number | null;
  /** True when the cell is empty or a blank marker (`—`, `/`, `无`). */
  blank: boolean;
}

/**
 * Parses a cell's text. `money` converts 元 and 亿元 to 万元 (`251000元` → 25.1); counts keep
 * their number and drop a unit such as 件.
 */
export function parseValue(raw: string, money = false): ParsedValue {
  return parseFolded(fold(raw), money);
}

/** parseValue for text already folded (the recogniser folds each cell once). */
export function parseFolded(folded: string, money = false): ParsedValue {
  return parseStripped(folded, stripSpaces(folded), money);
}

/**
 * parseFolded given the folded text's stripSpaces too (the recogniser keeps it as the cell's
 * normalised text). Trimming the folded text first would change neither: trim removes only
 * whitespace, which stripSpaces removes anyway, and two figures apart have a figure either side.
 */
export function parseStripped(folded: string, stripped: string, money = false): ParsedValue {
  // Two figures in one cell (`0 0`, or `0<p>0` read as `0\n0`) are not one number; thousands set
  // apart by a space (`15 873`, `1 203`: groups of three after the first) are.
  if (/\d\s+[+-]?\d/.test(folded) && !SPACED_THOUSANDS.test(folded)) return { value: null, blank: false };
  const s = stripped.includes(',') ? stripped.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1') : stripped;
  // No marker is longer than three code units, nor does lower-casing halve a string's length.
  if (s.length <= 6 && BLANK_MARKERS.has(s.toLowerCase())) return { value: null, blank: true };
  const m = NUMBER_RE.exec(s);
  if (!m) return CN_ZERO_RE.test(s) ? { value: 0, blank: false } : { value: null, blank: false };
  let value = Number(m[2]);
  // A change written in words (本年增/减: 增加12, 减少3) as a reporter types it: its sign.
  if (m[1] === '-' || m[1] === '↓' || m[1]?.startsWith('减')) value = -value;
  const unit = m[3];
  if (unit === '%') return { value: null, blank: false };
  if (unit === '元' && money) value = value / 10000;
  else if (unit === '亿元' && money) value = value * 10000;
  // Avoid 25.099999999 from the division above: money keeps at most 6 decimals.
  if (money) value = Math.round(value * 1e6) / 1e6;
  return { value, blank: false };
}

/**
 * True when folded text whose parse is known holds a letter of a label (a CJK ideograph or a Latin
 * word), not a figure or an explicit blank.
 */
export function isLabelFolded(folded: string, parsed: ParsedValue): boolean {
  return parsed.value === null && !parsed.blank && /[\u3400-\u9fffA-Za-z]/.test(folded);
}

/**
 * Words naming where information was published (门户网站, 政务微博, 新媒体, 公开栏 …), not what it is.
 * One item goes out on several channels, so counts by channel overlap and do not add up to a total.
 */
export const PUBLICATION_CHANNEL =
  /网站|网页|门户|专栏|微博|微信|公众号|服务号|订阅号|新媒体|客户端|app|头条|抖音|快手|视频号|报刊|报纸|广播|电视|公开栏(?!目)|公示栏(?!目)|宣传栏(?!目)|公告栏(?!目)|电子屏|显示屏|发布会|热线/i;

/** Text as markup writes it: `&`, `<`, `>` and `"` as character references (text or an attribute). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
