/**
 * A synthetic worst case for the content script: one report (a 表三 that does not balance, 表四)
 * followed by appendix tables of the kind county reports carry (per-township figures with Chinese
 * row labels and headers, so the recogniser must read each one): 50 tables, 20,000 cells in all.
 */

const T3_ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '（七）总计',
  '四、结转下年度继续办理',
];

function row(cells, tag = 'td') {
  return `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
}

function table3() {
  const head = row(
    ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
    'th',
  );
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
