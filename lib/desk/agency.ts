/**
 * Which reports belong to one agency: names as written vary in width, script, spacing and trailing
 * words, so they are compared by a normalised key; the user can link two keys the normalisation
 * cannot see are one (a renamed bureau) and unlink them again. Pure; the desk stores the links.
 */
import { fold } from '../text';

// Words that follow an agency's name in titles but are not part of it: `…局2021年度`, `…局年度`.
const TRAILING = /(?:政府信息公开(?:工作)?(?:年度)?报告|\d{4}年度?|年度)$/;

/** A key under which two reports of one agency match (folded, no whitespace, no 《》, no 年度), or null. */
export function agencyKey(name: string | null): string | null {
  if (name === null) return null;
  let key = fold(name)
    .normalize('NFKC')
    .replace(/[\s\u3000\u200b\ufeff《》〈〉<>]+/g, '');
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(TRAILING, '');
  }
  return key === '' ? null : key;
}

/**
 * Words inside an agency's body that hold a place character without naming a place: 住房和城乡建设局,
 * 市场监督管理局, 城市管理局, 乡村振兴局, 团县委. Never the end of a place name, so taken out anywhere.
 */
const BODY_WORDS = /城乡|城市|市场|市政|市容|市民|乡村|乡镇|联盟|团[省市县区]委/g;
/**
 * Kinds of area that end many real place names (相山区, 烈山区, 两城镇, 神农架林区, 苏州工业园区) but
 * name no place when nothing stands before them: 社区居委会, 经济开发区管委会, 景区管理处.
 */
const AREA_WORDS =
  /^(?:经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|综合保税区|产业园区|工业园区|开发区|高新区|保税区|示范区|试验区|自贸区|合作区|功能区|园区|景区|社区|片区|辖区|老区|苏区|山区|库区|矿区|林区|牧区|城区|市区|郊区|新区|地区|城镇|村镇)/;
/** A place name: at least one character, then what kind of place it is (沭阳县, 某某区, 城关镇). */
const PLACE = /[^\s·](?:省|市|县|区|镇|乡|街道|旗|州|盟)/;

/**
 * Whether an agency's name says where it is: a place name before its body (`沭阳县政府办公室`,
 * `某某区统计局`), not just the kind of place (`政府办公室`, `区统计局`, `县财政局`, `市场监督管理局`).
 * A name without its place is shared by every county's office of that name, so it never pairs
 * across portals, nor when a portal is unknown. Takes a name or its agencyKey.
 */
export function namesPlace(name: string | null): boolean {
  const key = agencyKey(name);
  return key !== null && PLACE.test(key.replace(AREA_WORDS, '·').replace(BODY_WORDS, '·'));
}

/** The user's links between agency keys: each pair says "these two names are one agency". */
export interface AgencyLinks {
  pairs: [string, string][];
}

/**
 * A resolver built once for many look-ups (the desk resolves thousands of reports): each key maps
 * to the smallest key of its linked group, so the canonical key never depends on link order.
 */
export function agencyResolver(links: AgencyLinks): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    // Path compression keeps later look-ups flat.
    for (let x = k; x !== root; ) {
      const next = parent.get(x) ?? root;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const [a, b] of links.pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  }
  return find;
}

/** The canonical key of `key`'s linked group (itself when it has no links). */
export function resolveAgency(key: string, links: AgencyLinks): string {
  return agencyResolver(links)(key);
}

/** Links two keys; returns new links, unchanged content when they already resolve together. */
export function link(links: AgencyLinks, a: string, b: string): AgencyLinks {
  if (a === b) return links;
  const resolve = agencyResolver(links);
  if (resolve(a) === resolve(b)) return links;
  return { pairs: [...links.pairs, [a, b]] };
}

/**
 * Unlinks two keys so that they no longer resolve together: the direct pair goes, and when a and
 * b are still joined through other names, b leaves its group altogether (every pair naming it
 * goes) — the user asked for these two to be apart, and that is the only cut that always does it.
 */
export function unlink(links: AgencyLinks, a: string, b: string): AgencyLinks {
  const direct = (p: [string, string]) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);
  let pairs = links.pairs.filter((p) => !direct(p));
  const resolve = agencyResolver({ pairs });
  if (a !== b && resolve(a) === resolve(b)) pairs = pairs.filter((p) => p[0] !== b && p[1] !== b);
  return { pairs };
}
