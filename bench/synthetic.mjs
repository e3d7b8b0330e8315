/**
 * A synthetic worst case for the content script: one report (a 表三 that does not balance, 表四)
 * followed by appendix tables of the kind county reports carry (per-township figures with Chinese
 * row labels and headers, so the recogniser must read each one): 50 tables, 20,000 cells in all.
 */

import { T3L } from '../scripts/fixtures/lib.mjs';

/** 表三's rows with figures, as the 2019 template labels them (the fixture generator's labels). */
const T3_ROWS = [
  T3L.new,
  T3L.carried_in,
  T3L.granted,
  T3L.partial,
  ...T3L.deniedItems,
  ...T3L.unableItems,
  ...T3L.refusedItems,
  T3L.other,
  T3L.outcome_total,
  T3L.carried_out,
];

function row(cells, tag = 'td') {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}

function table3() {
  const head = row([T3L.applicant, T3L.natural, ...T3L.cols, T3L.total], 'th');
  const body = T3_ROWS.map((label, i) => {
    const v = i === 0 ? 12 : i === 2 ? 9 : i === 21 ? 10 : 0;
    return row([label, v, 0, 0, 0, 0, 0, v]);
  });
  return `<table border="1">${head}${body.join('')}</table>`;
}

function table4() {
  const head = row(['行政复议 结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], 'th');
  return `<p>四、政府信息公开行政复议、行政诉讼情况</p><table border="1">${head}${row([1, 0, 0, 0, 2])}</table>`;
}

/** The page's HTML and its cell count. */
export function syntheticReport(tables = 50, totalCells = 20_000) {
  const parts = [table3(), table4()];
  let cells = 8 * (T3_ROWS.length + 1) + 10;
  const fillers = tables - parts.length;
  const perTable = Math.ceil((totalCells - cells) / fillers);
  const cols = 20;
  const head = ['乡镇（街道）', ...Array.from({ length: cols - 1 }, (_, c) => `${2004 + c}年办件数`)];
  for (let t = 0; t < fillers; t++) {
    const rows = Math.ceil(perTable / cols) - 1;
    const trs = [row(head, 'th')];
    for (let r = 0; r < rows; r++)
      trs.push(
        row([
          `第${r + 1}镇（街道）`,
          ...Array.from({ length: cols - 1 }, (_, c) => (t * 7 + r * 3 + c) % 97),
        ]),
      );
    parts.push(
      `<p>附表${t + 1} 各乡镇（街道）依申请公开办件统计</p><table border="1">${trs.join('')}</table>`,
    );
    cells += (rows + 1) * cols;
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>示例市统计局2023年政府信息公开工作年度报告</title></head><body>
<h1>示例市统计局2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2023年，本机关共收到政府信息公开申请12件。</p>
<p>三、收到和处理政府信息公开申请情况</p>${parts.join('\n')}
<p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></body></html>`;
  return { html, cells, tables };
}

/** Sentences of a law's articles: none says anything the detector looks for. */
const LAW_SENTENCES = [
  '国家机关应当依照法律规定的权限和程序履行职责，保障公民、法人和其他组织的合法权益。',
  '县级以上人民政府有关部门按照各自职责，负责本行政区域内的相关管理工作。',
  '违反本法规定的，由有关主管部门责令改正，给予警告；情节严重的，对直接负责的主管人员依法给予处分。',
  '当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。',
  '有关单位和个人应当配合监督检查，如实提供有关资料，不得拒绝或者阻碍。',
  '国务院有关部门可以根据本法制定实施办法，报国务院批准后施行。',
];

/**
 * A gov.cn page that is not a report but is long: a law's full text under a portal's menus (which
 * name 政府信息公开, as every portal's do), `chars` characters of articles (the Civil Code, the
 * longest national law, is about 106,000).
 */
export function longPage(chars = 120_000) {
  const menu = ['首页', '政务公开', '政府信息公开', '政府信息公开指南', '政策文件', '互动交流']
    .map((m, i) => `<li><a href="/m${i}/">${m}</a></li>`)
    .join('');
  const articles = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const text = `第${n}条　${LAW_SENTENCES[n % LAW_SENTENCES.length]}${LAW_SENTENCES[(n * 7 + 3) % LAW_SENTENCES.length]}`;
    articles.push(`<p>${text}</p>`);
    length += text.length;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>中华人民共和国某某法_法律法规_某某市人民政府</title></head><body><ul class="nav">${menu}</ul><h1>中华人民共和国某某法</h1><div class="content">${articles.join('\n')}</div></body></html>`;
  return { html, chars: length };
}
