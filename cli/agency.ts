/** Agency names as written vary in width, spacing and trailing words; this makes them comparable. */

// Words that follow an agency's name in titles but are not part of it: `…局2021年度`, `…局年度`.
const TRAILING = /(?:政府信息公开(?:工作)?(?:年度)?报告|\d{4}年度?|年度)$/;

/** A key under which two reports of one agency match: NFKC, no whitespace, no trailing 年度. */
export function agencyKey(agency: string): string {
  let key = agency.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(TRAILING, '');
  }
  return key;
}
