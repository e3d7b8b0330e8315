/**
 * Which canonical row or column a label names. Labels arrive normalised (normLabel: folded,
 * whitespace removed); patterns are ordered most specific first, and never depend on position.
 */
import { stripNumbering } from '../text';
import { EXTRA_COLUMN } from './assign';

type Pattern = [RegExp, string];

// 表三 rows by the words only that row uses; `other.else` (a bare 其他) is handled by the caller.
export const T3_ROW_PATTERNS: Pattern[] = [
  [/国家秘密/, 'denied.state_secret'],
  // 其他法律行政止公开: a typo printed in real reports (洪泽区 2023, 2024).
  [/法律行政法规禁止|法律法规禁止|法律行政止公开/, 'denied.law_forbids'],
  [/三安全一稳定|危及.*安全/, 'denied.safety'],
  [/第三方合法权益/, 'denied.third_party'],
  [/内部事务/, 'denied.internal'],
  [/过程性信息/, 'denied.process'],
  // 属于行政执法案件: a typo printed in a real report (平潭综合实验区市场监督管理局 2025).
  [/行政执法案[卷件]/, 'denied.enforcement'],
  [/行政查询/, 'denied.inquiry'],
  [/不掌握/, 'unable.not_held'],
  [/没有现成信息|另行制作/, 'unable.needs_making'],
  [/补正后|仍不明确/, 'unable.unclear'],
  [/信访|举报投诉/, 'refused.complaint'],
  [/重复申请/, 'refused.repeat'],
  [/出版物/, 'refused.publication'],
  [/大量反复/, 'refused.mass'],
  [/确认或重新出具|重新出具/, 'refused.confirm'],
  [/逾期不补正|不补正/, 'other.no_correction'],
  [/缴纳费用|收费通知/, 'other.no_fee'],
  [/部分公开/, 'partial'],
  [/予以公开/, 'granted'],
  [/本年新收|本年度新收|新收政府信息公开申请/, 'new'],
  [/上年结转|上年度结转/, 'carried_in'],
  [/(?:结转|转入)下一?年度|下年度继续办理/, 'carried_out'],
  [/其他处理/, 'other'],
];

/**
 * Labels already read, per `inT3`: the same few hundred template labels come back on every page, and
 * trying two dozen patterns on each row of each table was a tenth of the recogniser's time.
 */
/**
 * What a row's last label alone says, per `inT3`: the row (`decided`), or that the labels combined
 * must be read, and whether the leaf then names （七）总计 (`total`). The same few hundred template
 * labels come back on every page, and trying two dozen patterns on each row of each table was a
 * tenth of the recogniser's time; the labels combined are looked up only where the leaf decides
 * nothing and the row has more than one label (a string made afresh for each row, so hashed afresh).
 */
interface LeafKey {
  decided: boolean;
  key: string | null;
  total: boolean;
}
const LEAF_KEYS = [new Map<string, LeafKey>(), new Map<string, LeafKey>()];
/** 表三's outcome groups with rows of their own under them, as a row's labels above its leaf name them. */
const GROUP_ABOVE = /不予公开|无法提供|不予处理|其他处理/;
/** The row the labels combined name by the patterns alone (the same for either `inT3`). */
const COMBINED_KEYS = new Map<string, string | null>();
const MAX_KEYS = 4096;

/**
 * `read` with its answers kept by label: a page's header and row labels are the template's, met again
 * on every page, and trying a dozen patterns on each of them was most of reading a header row.
 */
export function remembered<T>(read: (label: string) => T): (label: string) => T {
  const known = new Map<string, T>();
  return (label) => {
    let answer = known.get(label);
    if (answer === undefined) {
      answer = read(label);
      if (known.size >= MAX_KEYS) known.clear();
      known.set(label, answer);
    }
    return answer;
  };
}

/** The 表三 row a label names; `inT3` allows the bare labels (总计, 3.其他) only inside 表三. */
export function t3RowKey(leaf: string, combined: string, inT3: boolean): string | null {
  const known = LEAF_KEYS[inT3 ? 1 : 0]!;
  let byLeaf = known.get(leaf);
  if (byLeaf === undefined) {
    byLeaf = readLeafKey(leaf, inT3);
    if (known.size >= MAX_KEYS) known.clear();
    known.set(leaf, byLeaf);
  }
  if (byLeaf.decided) return byLeaf.key === 'outcome_total' ? ownTotal(leaf, combined) : byLeaf.key;
  // The leaf alone matched no pattern: neither do the labels combined when they are the leaf.
  let key: string | null = null;
  if (combined !== leaf) {
    const hit = COMBINED_KEYS.get(combined);
    if (hit !== undefined) key = hit;
    else {
      key = patternKey(combined);
      if (COMBINED_KEYS.size >= MAX_KEYS) COMBINED_KEYS.clear();
      COMBINED_KEYS.set(combined, key);
    }
  }
  return key ?? (byLeaf.total ? ownTotal(leaf, combined) : null);
}

/**
 * （七）总计, unless the labels above the leaf name an outcome group (（三）不予公开 … 合计: the group's
 * subtotal, which some portals add): read as （七）总计, the real one looked like the row printed again
 * with other figures.
 */
function ownTotal(leaf: string, combined: string): string | null {
  return combined !== leaf && GROUP_ABOVE.test(combined.slice(0, -leaf.length)) ? null : 'outcome_total';
}

function patternKey(text: string): string | null {
  for (const [re, key] of T3_ROW_PATTERNS) if (re.test(text)) return key;
  return null;
}

/**
 * The leaf's part of the reading (in this order: a bare 其他 or 总计 in 表三, the leaf's patterns, the
 * combined labels' patterns, a 总计 after the leaf's numbering in 表三).
 */
function readLeafKey(leaf: string, inT3: boolean): LeafKey {
  const bare = stripNumbering(leaf);
  if (inT3 && bare === '其他') return { decided: true, key: 'other.else', total: false };
  // （六）其他处理 3.其他 in one cell (a 表三 drawn short): the 2021 row, not the 2019 single 其他处理.
  if (inT3 && /其他处理\d+[.、]其他$/.test(leaf)) return { decided: true, key: 'other.else', total: false };
  if (inT3 && /^(?:总计|合计)$/.test(bare)) return { decided: true, key: 'outcome_total', total: false };
  // （七）小计 for （七）总计, （一）公开 for （一）予以公开: what some reports print (a 小计 not numbered （七）
  // may be a group's subtotal, and is no row of the template).
  if (inT3 && /^\(七\)小计$|^七[、.]小计$/.test(leaf))
    return { decided: true, key: 'outcome_total', total: false };
  if (inT3 && bare === '公开' && bare !== leaf) return { decided: true, key: 'granted', total: false };
  const key = patternKey(leaf);
  if (key !== null) return { decided: true, key, total: false };
  return { decided: false, key: null, total: inT3 && /(?:^|\))(?:总计|合计)/.test(leaf) };
}

/** 表三 header labels. */
export const t3ColKey = remembered(readT3ColKey);

function readT3ColKey(label: string): string | null {
  const bare = stripNumbering(label);
  if (/^自然人/.test(bare)) return 'natural';
  if (/^商业企业/.test(bare)) return 'commercial';
  if (/^科研机构/.test(bare)) return 'research';
  if (/^社会公益组织/.test(bare)) return 'social';
  if (/^法律服务机构/.test(bare)) return 'legal';
  if (/^其他(?:组织)?$/.test(bare)) return 'other';
  if (/^(?:总计|合计)$/.test(bare)) return 'total';
  // 法人或其他组织's 小计, where a portal adds one: known, and no column of the template.
  if (bare === '小计') return EXTRA_COLUMN;
  return null;
}

/**
 * The one column of a 表三 drawn short, as some townships do (项目 | 数量（件）): its figures are the
 * rows' totals. Matched on a header cell's normalised text, its numbering taken off.
 */
const T3_QUANTITY = /^(?:数量|件数|数目|数值|合计|总计|总数|申请数|申请件数|办理数量)(?:\((?:件|个)\))?$/;
export const isT3Quantity = (norm: string) => T3_QUANTITY.test(stripNumbering(norm));

// The words a 表三 header names, as plain substrings.
const T3_HEADER_WORDS = [
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '申请人情况',
  '勾稽关系',
];

/** True when a row's cell texts (normalised, joined with |) read like 表三's header. */
export function isT3Header(joined: string): boolean {
  // Most rows name none of these words: a plain substring search rules them out first (the regex,
  // anchored at a cell's start, is tried at every position of the row). A loop, not .some with a
  // closure: this runs on every row of every table.
  let named = false;
  for (let i = 0; i < T3_HEADER_WORDS.length && !named; i++) named = joined.includes(T3_HEADER_WORDS[i]!);
  if (!named) return false;
  return /(?:^|\|)(?:自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|申请人情况)|勾稽关系/.test(
    joined,
  );
}

const T2_ROW_PATTERNS: Pattern[] = [
  [/^规章/, 'rules'],
  [/^(?:行政)?规范性(?:文件|档案)/, 'normative'],
  // 行政审批, 政府采购: what some reports print for the template's 行政许可 and 政府集中采购.
  [/^行政(?:许可|审批)/, 'permit'],
  [/^其他对外管理服务事项/, 'other_services'],
  [/^行政处罚/, 'penalty'],
  [/^行政强制/, 'coercion'],
  [/^行政事业.?收费/, 'fees'],
  [/^政府(?:集中)?采购/, 'procurement'],
];

/**
 * Each 表二 row's words at the end of a label (`…信息内容规范性文件` in a 2021 表二 given as text): the
 * words T2_ROW_PATTERNS takes at a label's start, so text says 行政事业型收费 and 规范性文件 as a table may.
 */
export const T2_ROW_ENDS: Readonly<Record<string, RegExp>> = Object.freeze(
  Object.fromEntries(
    T2_ROW_PATTERNS.map(([re, key]) => [key, new RegExp(`(?:${re.source.replace(/^\^/, '')})$`)]),
  ),
);

/** The 表二 row a label names (the label must start with the row's words). */
export const t2RowKey = remembered(readT2RowKey);

function readT2RowKey(leaf: string): string | null {
  const bare = stripNumbering(leaf);
  for (const [re, key] of T2_ROW_PATTERNS) if (re.test(bare)) return key;
  return null;
}

/** A 表二 column: its key, and whether it holds money (万元). */
export interface T2Col {
  key: string;
  money: boolean;
}

const T2_COL_PATTERNS: Pattern[] = [
  [/本年新制作|新制作数/, 'made'],
  [/本年新公开|新公开数/, 'published'],
  [/对外公开总数|公开总数/, 'total'],
  [/本年制发|制发件数/, 'issued'],
  [/本年废止|废止件数/, 'repealed'],
  [/现行有效/, 'in_force'],
  [/上一年项目|上年项目/, 'prev_items'],
  [/本年增/, 'change'],
  [/处理决定/, 'decisions'],
  [/采购项目/, 'projects'],
  [/采购总金额|采购金额/, 'amount'],
  [/收费金额/, 'amount'],
];

/** 表二 header labels (the answer is shared: not to be changed). */
export const t2ColKey = remembered(readT2ColKey);

function readT2ColKey(label: string): T2Col | null {
  for (const [re, key] of T2_COL_PATTERNS)
    if (re.test(label)) return Object.freeze({ key, money: key === 'amount' });
  return null;
}

/** True when a row is one of 表二's block headers (信息内容 …, 第二十条第(一)项). */
export function isT2Header(joined: string): boolean {
  if (!joined.includes('信息内容') && !joined.includes('第二十条')) return false;
  return /(?:^|\|)(?:信息内容(?:\||$)|第二十条)/.test(joined);
}

/** 表四 column (结果维持 …) and group (行政复议, 未经复议直接起诉, 复议后起诉) labels. */
export const t4ColKey = remembered(readT4ColKey);

function readT4ColKey(label: string): string | null {
  if (/结果维持|^维持$/.test(label)) return 'upheld';
  if (/结果纠正|^纠正$/.test(label)) return 'corrected';
  if (/其他结果/.test(label)) return 'other';
  if (/尚未审结|未审结/.test(label)) return 'pending';
  if (/^(?:总计|合计)$/.test(label)) return 'total';
  return null;
}

export const t4GroupKey = remembered(readT4GroupKey);

function readT4GroupKey(label: string): string | null {
  // The groups in short words too (复议 | 直接起诉 | 复议后起诉), and numbered ((一)行政复议).
  if (/未经复议|直接(?:提起)?(?:行政)?(?:起诉|诉讼)/.test(label)) return 'suit_direct';
  if (/复议后(?:提起)?(?:行政)?(?:起诉|诉讼)/.test(label)) return 'suit_after_review';
  if (/^(?:行政)?复议(?:案件)?$/.test(stripNumbering(label))) return 'review';
  return null;
}

/**
 * True when a label is 表四's own caption (四、政府信息公开行政复议、行政诉讼情况, 表四 行政复议和行政诉讼):
 * a one-row 表四 may print it before its figures, where it names no body and no group.
 */
export function isT4Caption(label: string): boolean {
  return /^(?:表?[四4][、.．：:]?)?(?:政府信息公开)?行政复议[、，,和及与]?(?:行政)?诉讼(?:情况|案件)?(?:统计表?)?$/.test(
    stripNumbering(label),
  );
}

/** True when one of a row's texts names a group of 表四 (行政复议, 行政诉讼 or a kind of suit) and nothing else. */
export function namesT4Group(texts: string[]): boolean {
  return texts.some((t) => t4GroupKey(t) !== null || /^(?:行政)?诉讼$/.test(stripNumbering(t)));
}

/** True when a row reads like 表四's header. */
export function isT4Header(joined: string): boolean {
  return (/行政复议/.test(joined) && /行政诉讼/.test(joined)) || /结果维持|尚未审结/.test(joined);
}
