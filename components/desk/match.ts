/**
 * Matching what a reporter types against agency names: `卫滨区住建局` finds 卫滨区住房和城乡建设局.
 * Two ways, both cheap enough for 5,000 rows per keystroke: the common short forms of bureau names
 * expanded (住建 → 住房和城乡建设), and, for a Chinese term of three or more characters, its
 * characters in order within a short stretch of the name (卫滨住建 → 卫滨区住房和城乡建设局).
 */

/** Short forms used in speech and headlines, and the long forms in official names. */
const SHORT_FORMS: [string, string][] = [
  ['住建', '住房和城乡建设'],
  ['发改', '发展和改革'],
  ['人社', '人力资源和社会保障'],
  ['市监', '市场监督管理'],
  ['市场监管', '市场监督管理'],
  ['卫健', '卫生健康'],
  ['卫计', '卫生和计划生育'],
  ['环保', '生态环境'],
  ['生态', '生态环境'],
  ['自规', '自然资源和规划'],
  ['国土', '自然资源'],
  ['交通局', '交通运输局'],
  ['农业局', '农业农村局'],
  ['农委', '农业农村委员会'],
  ['应急局', '应急管理局'],
  ['教体', '教育和体育'],
  ['文旅', '文化和旅游'],
  ['文广旅', '文化广电和旅游'],
  ['退役军人局', '退役军人事务局'],
  ['医保', '医疗保障'],
  ['城管', '城市管理'],
  ['审批局', '行政审批服务局'],
  ['政数局', '政务服务和大数据管理局'],
  ['大数据局', '大数据管理局'],
  ['工信', '工业和信息化'],
  ['科技局', '科学技术局'],
  ['民宗', '民族宗教事务'],
  ['政府办', '人民政府办公室'],
  ['府办', '人民政府办公室'],
  ['区政府', '区人民政府'],
  ['县政府', '县人民政府'],
  ['市政府', '市人民政府'],
];

/** The term with every short form it holds written out (the term itself when it holds none). */
export function expand(term: string): string {
  let out = term;
  for (const [short, long] of SHORT_FORMS) {
    if (out.includes(short) && !out.includes(long)) out = out.replaceAll(short, long);
  }
  return out;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * True when `term`'s characters occur in `hay` in order, starting at a place where its first
 * character occurs, within three times the term's length: close enough that 卫滨住建局 is 卫滨区住房和
 * 城乡建设局, far enough apart that 区局 is not every district's every bureau.
 */
export function inOrder(hay: string, term: string): boolean {
  const reach = term.length * 3 + 4;
  for (let start = hay.indexOf(term[0]!); start !== -1; start = hay.indexOf(term[0]!, start + 1)) {
    let at = start;
    let ok = true;
    for (let i = 1; i < term.length; i++) {
      at = hay.indexOf(term[i]!, at + 1);
      if (at === -1 || at - start >= reach) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** The tests for one term of a query, its short forms written out once (not once per row). */
export interface TermTest {
  /** The term, or its short forms written out, occurs as it is. */
  strict(hay: string): boolean;
  /** Its characters occur in order within a short stretch of the agency and title (3+ Chinese characters). */
  loose(names: string): boolean;
}

/** Builds the tests for one lower-cased term. */
export function termTest(term: string): TermTest {
  const long = expand(term);
  const canLoosen = term.length >= 3 && CJK.test(term);
  return {
    strict: (hay) => hay.includes(term) || (long !== term && hay.includes(long)),
    loose: (names) => canLoosen && (inOrder(names, term) || (long !== term && inOrder(names, long))),
  };
}

/** One term against an indexed haystack (lower-cased); `names` is its agency and title part. */
export function termMatches(hay: string, names: string, term: string): boolean {
  const t = termTest(term);
  return t.strict(hay) || t.loose(names);
}
