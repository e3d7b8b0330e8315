/**
 * Page shapes seen on real portals that the fixtures do not all show: the article inside layout
 * tables, a 三、本年度办理结果 row of its own, subtotal rows, a 表四 with a leading empty cell.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { audit } from '../../lib/audit';
import { T3_ROWS } from '../../lib/keys';
import { reportKind } from '../../lib/rules/late-publication';
import { consistentT3 } from './builders';

/** A fixture page's HTML. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url), 'utf8');

const t3Body = (values: Record<string, (number | string)[]>, extraRows = '') =>
  T3_ROWS['2021']
    .map((r) => {
      const label = r.label.split(' ').pop()!;
      const cells = values[r.key]!.map((v) => `<td>${v}</td>`).join('');
      return `<tr><td colspan="2">${label}</td>${cells}</tr>${r.key === 'partial' ? extraRows : ''}`;
    })
    .join('');

const head = `<tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
  <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
  <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>`;

/** The audit of a page whose text is `lines` in one block, each ended by <br>, under a title naming no report. */
const brLines = (lines: string[]) =>
  audit(
    sourceFromHtml(
      `<html><head><title>政府信息公开</title></head><body><div>${lines.join('<br>\n')}</div></body></html>`,
    ),
  );

describe('real-portal page shapes', () => {
  it('does not call a table set a cell to a row blank: its figures are there, in no column', () => {
    // A city bureau's 2021 表二 (b-005) as a page copied through a tool that put each cell on a row of
    // its own: its labels stood in rows of no figure, and 表二 was called all blank (全部空白); where
    // its template was not told, as here, blank-cell and short-row passed (✓) on nothing read.
    const cells = [
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '规章',
      '/',
      '/',
      '/',
    ];
    cells.push(
      '行政规范性文件',
      '0',
      '0',
      '0',
      '第二十条第（五）项',
      '信息内容',
      '本年处理决定数量',
      '行政许可',
      '12',
    );
    cells.push('第二十条第（六）项', '信息内容', '本年处理决定数量', '行政处罚', '3', '行政强制', '0');
    cells.push('第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费', '0');
    const page = (table: string) =>
      audit(
        sourceFromHtml(
          `<html><head><title>XX市统计局2021年政府信息公开工作年度报告</title></head><body><h1>XX市统计局2021年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>二、主动公开政府信息情况</p>${table}<p>三、收到和处理政府信息公开申请情况</p></body></html>`,
        ),
      );
    const lines = page(`<table>${cells.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`);
    expect(lines.findings.filter((f) => f.rule === 'blank-cell' || f.rule === 'short-row')).toEqual([]);
    for (const rule of ['blank-cell', 'short-row'])
      expect(lines.checks.find((c) => c.rule === rule)?.reason).toMatch(/^表二的单元格每格占一行/);
    // Its rows read as lines of text fit no template (规章's `/` is no figure): none of its cells is
    // exported, blank or otherwise (they were, each blank, in the CSV).
    expect(Object.keys(lines.report.cells).filter((a) => a.startsWith('t2.'))).toEqual([]);
    // With figures for 规章's `/`, its rows as lines are the 2021 template's 表二: read, each figure
    // marked in its own cell, and checked.
    const figures = cells.map((c) => (c === '/' ? '0' : c));
    const read = page(`<table>${figures.map((c) => `<tr><td>${c}</td></tr>`).join('')}</table>`);
    expect(read.report.template).toBe('2021');
    expect(read.report.cells['t2.permit.decisions']).toEqual({ value: 12, raw: '12' });
    expect(read.report.cells['t2.penalty.decisions']?.value).toBe(3);
    expect(Object.keys(read.report.cells).filter((a) => a.startsWith('t2.'))).toHaveLength(10);
    const node = read.cellNodes.get('t2.permit.decisions');
    expect(node?.name).toBe('td');
    expect(node?.children).toEqual(['12']);
    expect(read.ctx.lineTables).toBeUndefined();
    expect(read.checks.find((c) => c.rule === 'blank-cell')?.status).toBe('passed');
    // The same table drawn with its rows whole: read, 规章's / called what it is.
    const rows = [
      ['规章', '/', '/', '/'],
      ['行政规范性文件', '0', '0', '0'],
    ];
    const whole = page(
      `<table><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`,
    );
    expect(whole.report.cells['t2.normative.issued']?.value).toBe(0);
    expect(whole.checks.find((c) => c.rule === 'blank-cell')?.reason ?? '').not.toMatch(/每格占一行/);
  });

  it('reads a report whose article sits in nested layout tables, with subtotal rows', () => {
    const values = consistentT3('2021', 11);
    const subtotal = `<tr><td colspan="2">（三）不予公开</td>${'<td>0</td>'.repeat(7)}</tr>`;
    const html = `<html><head><title>XX市统计局2021年政府信息公开工作年度报告_XX市人民政府</title></head><body>
      <table width="1000"><tr><td><table><tr><td><a href="/">首页</a></td></tr></table></td></tr>
      <tr><td>
        <div class="title">XX市统计局2021年政府信息公开工作年度报告</div>
        <div>发布时间：2022-01-20</div>
        <p>一、总体情况</p><p>2021年，我局主动公开政府信息120条。</p>
        <p>三、收到和处理政府信息公开申请情况</p>
        <table border="1">${head}<tr><td colspan="9">三、本年度办理结果</td></tr>${t3Body(values, subtotal)}</table>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
      </td></tr></table></body></html>`;
    const a = audit(sourceFromHtml(html));
    expect(a.detected).toBe(true);
    expect(a.report).toMatchObject({
      agency: 'XX市统计局',
      year: 2021,
      template: '2021',
      published: '2022-01-20',
    });
    for (const key of ['new', 'granted', 'denied.safety', 'other.else', 'outcome_total', 'carried_out']) {
      expect(a.report.cells[`t3.${key}.total`]?.value, key).toBe(values[key]![6]);
    }
    expect(a.findings.filter((f) => f.rule.startsWith('t3-'))).toEqual([]);
    expect(a.report.facts.find((f) => f.key === 'f.proactive_total')?.value).toBe(120);
  });

  it.each(['小计', '合计'])(
    'reads a 表三 with a %s column after the 法人或其他组织 columns, leaving that column out',
    (word) => {
      const values = consistentT3('2021', 5);
      const withSub = Object.fromEntries(
        Object.entries(values).map(([k, v]) => {
          const sub = v.slice(1, 6).reduce<number>((x, y) => x + Number(y), 0);
          return [k, [...v.slice(0, 6), sub, v[6]!]];
        }),
      );
      const subHead = head
        .replace('<td colspan="7">申请人情况', '<td colspan="8">申请人情况')
        .replace('<td colspan="5">法人或其他组织', '<td colspan="6">法人或其他组织')
        .replace('<td>其他</td></tr>', `<td>其他</td><td>${word}</td></tr>`);
      expect(subHead).toContain(`<td>${word}</td>`);
      const page = (body: string) => `<body><p>某局2021年政府信息公开工作年度报告</p>
      <p>三、收到和处理政府信息公开申请情况</p><table border="1">${subHead}${body}</table></body>`;
      const a = audit(sourceFromHtml(page(t3Body(withSub))));
      for (const key of ['new', 'granted', 'other.else', 'outcome_total']) {
        expect(a.report.cells[`t3.${key}.total`]?.value, key).toBe(values[key]![6]);
        expect(a.report.cells[`t3.${key}.other`]?.value, key).toBe(values[key]![5]);
      }
      expect(a.findings.filter((f) => f.rule === 'short-row' || f.rule.startsWith('t3-'))).toEqual([]);
      // A total that does not add up is still caught with the 小计 column there.
      const bumped = { ...withSub, new: [...withSub.new!.slice(0, 7), Number(withSub.new![7]) + 1] };
      expect(audit(sourceFromHtml(page(t3Body(bumped)))).findings.map((f) => f.rule)).toContain(
        't3-column-sum',
      );
    },
  );

  it('leaves out a remarks column (备注) of 表二, 表三 and 表四, whatever its cells say', () => {
    const values = consistentT3('2021', 7);
    const remarkHead = head.replace(
      '<td colspan="7">申请人情况</td>',
      '<td colspan="7">申请人情况</td><td rowspan="3">备注</td>',
    );
    const withRemark = Object.fromEntries(
      Object.entries(values).map(([k, v], i) => [
        k,
        [...v, i % 3 === 0 ? '无' : i % 3 === 1 ? '' : '含转办2件'],
      ]),
    );
    const t4 = [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const html = `<body><p>某局2021年政府信息公开工作年度报告</p>
      <p>二、主动公开政府信息情况</p><table border="1">
      <tr><td colspan="5">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td><td>备注</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td><td>/</td></tr>
      <tr><td>行政规范性文件</td><td>5</td><td>1</td><td>25</td><td>无</td></tr></table>
      <p>三、收到和处理政府信息公开申请情况</p><table border="1">${remarkHead}${t3Body(withRemark)}</table>
      <p>四、政府信息公开行政复议、行政诉讼情况</p><table border="1">
      <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td><td rowspan="3">备注</td></tr>
      <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
        .map((l) => `<td>${l}</td>`)
        .join('')
        .repeat(2)}</tr>
      <tr>${t4.map((v) => `<td>${v}</td>`).join('')}<td>无</td></tr></table></body>`;
    const a = audit(sourceFromHtml(html));
    expect(a.report.cells['t2.normative.in_force']?.value).toBe(25);
    for (const key of ['new', 'granted', 'other.else', 'outcome_total'])
      expect(a.report.cells[`t3.${key}.total`]?.value, key).toBe(values[key]![6]);
    expect(a.report.cells['t4.review.total']?.value).toBe(2);
    // (This 表二 gives only its first block: its other rows are blank-cell's, and no remark is.)
    const off = a.findings.filter((f) => f.rule === 'short-row' || f.rule === 'blank-cell');
    expect(off.map((f) => f.message)).toEqual([expect.stringMatching(/^表二.*「行政许可」行.*不在表中$/)]);
  });

  it('reads a 表四 whose data row starts with an empty placeholder cell', () => {
    const html = `<body><p>某局2020年政府信息公开工作年度报告</p><table>
      <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr>${['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
        .map((l) => `<td>${l}</td>`)
        .join('')
        .repeat(2)}</tr>
      <tr><td></td>${[1, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((v) => `<td>${v}</td>`).join('')}</tr></table></body>`;
    const a = audit(sourceFromHtml(html));
    expect(a.report.cells['t4.review.total']?.value).toBe(3);
    expect(a.findings.map((f) => f.rule)).toContain('t4-sum');
  });
});

describe('the audit in steps', () => {
  it('pauses between tables and ends with exactly what the one-go audit gives', async () => {
    const { auditSteps } = await import('../../lib/audit');
    const html = fixture('seed002-word-split');
    const steps = auditSteps(sourceFromHtml(html));
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    const tables = sourceFromHtml(html).blocks.filter((b) => b.kind === 'table').length;
    expect(pauses).toBeGreaterThanOrEqual(tables);
    const once = audit(sourceFromHtml(html));
    expect({ ...r.value, cellNodes: null, factNodes: null }).toEqual({
      ...once,
      cellNodes: null,
      factNodes: null,
    });
  });

  it.each([
    'seed001-cms.html',
    'seed002-cms.html',
    'shenzhen-longgang-dept-2024.html',
    'seed004-cms-no-section5.html',
  ])('reads %s set as one paragraph of lines split by <br> as it reads its paragraphs', async (file) => {
    const html = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
    // An editor's paste: the paragraphs between two tables become one, each a line of it.
    const lines = html.replace(/<\/p>\s*<p\b[^>]*>/gi, '<br/>');
    expect(lines.length).toBeLessThan(html.length);
    const strip = (a: ReturnType<typeof audit>) => ({
      findings: a.findings.map((f) => [f.rule, f.severity, f.cells.join(' ')]),
      // In the order of their blocks, which the joining changes: compared as a set.
      facts: a.report.facts.map((f) => `${f.key}=${f.value}`).sort(),
    });
    expect(strip(audit(sourceFromHtml(lines)))).toEqual(strip(audit(sourceFromHtml(html))));
  });

  it.each([
    // The title wrapped onto a second line, after a line of the page's counter.
    ['关怀版 无障碍', '访问量:', '信丰县卫生健康委2023年政府信息公开工作', '年度报告'],
    // The title as one line in 年度工作报告's word order, after a search box's words.
    ['泽州县人民政府', '搜索位置', '匹配度', '泽州县人民政府2023年政府信息公开年度工作报告'],
    ['天津政务网', '天津市城市管理委员会2023年度', '政府信息公开工作报告'],
    ['网站首页', '当前位置:首页', '鹿邑县教育体育局2023年政府信息公开年报'],
    ['网站首页', '浏览次数:', '宁强县自然资源局关于2023年度政府信息公开情况的报告'],
  ])('takes a title among lines split by <br> for the title alone, not the lines before it', (...lines) => {
    const body = `${lines.join('<br>\n')}<br>\n一、总体情况<br>\n本报告所列数据统计期限为2023年1月1日至2023年12月31日。<br>\n二、主动公开政府信息情况<br>\n全年主动公开政府信息120条。`;
    const a = audit(
      sourceFromHtml(`<html><head><title>政府信息公开</title></head><body><div>${body}</div></body></html>`),
    );
    const title = lines.slice(lines.findIndex((l) => /\d{4}年/.test(l))).join('');
    expect(a.report.title).toBe(title);
    expect(a.report.agency).toBe(title.slice(0, title.search(/关于|\d{4}年/)));
    expect(a.report.year).toBe(2023);
  });

  it('takes a 政务公开年报 title among lines split by <br>, not the breadcrumb above it', () => {
    // A district bureau's 2015 report: the title was read with the bureau's name and the breadcrumb.
    const lines = [
      '谯城区住房和城乡建设局',
      '您现在所在的位置: 网站首页 > 政府信息公开 > 谯城区住房和城乡建设局 > 政府信息公开年报',
      '2015年区住建委政务公开年报',
      '发布时间:2016-03-18 00:00 来源:谯城区住房和城乡建设局 字体:[ ]',
      '一、概述',
      '本报告所列数据统计期限为2015年1月1日至2015年12月31日。',
      '二、主动公开政府信息情况',
      '全年主动公开政府信息140条。',
    ];
    const a = brLines(lines);
    expect(a.report.title).toBe('2015年区住建委政务公开年报');
    expect(a.report.year).toBe(2015);
    // Words between 公开 and 报告, the title wrapped, under a page's widget label (a regional
    // department's 2025 report: title and agency were read with 背景色:).
    const wrapped = [
      '背景色:',
      '西藏自治区审计厅2025年政务信息',
      '公开工作开展年度报告',
      '一、总体情况',
      '本报告所列数据统计期限为2025年1月1日至2025年12月31日。',
      '二、主动公开政府信息情况',
    ];
    const b = brLines(wrapped);
    expect(b.report.title).toBe('西藏自治区审计厅2025年政务信息公开工作开展年度报告');
    expect(b.report.agency).toBe('西藏自治区审计厅');
    // The body and year on one line over 政府信息公开工作年度报告 (12 characters: a Hainan city office's
    // 2023 report), and a title whose year follows 公开 (a Big5 gateway's copy of 中國地震局's 2010
    // report): each was read run on with the line below it, and the page named no body.
    const two = brLines([
      '首页 > 年报',
      '儋州市人民政府办公室2023年度',
      '政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》,现公布本报告。',
      '一、总体情况',
      '二、主动公开政府信息情况',
    ]);
    expect(two.report.title).toBe('儋州市人民政府办公室2023年度政府信息公开工作年度报告');
    const after = brLines([
      '中國地震局政府信息公開工作2010年度報告',
      '根據《中華人民共和國政府信息公開條例》有關規定,編制本年度工作報告並依法公開。',
      '一、概述',
      '二、主動公開政府信息情況',
    ]);
    expect(after.report.title).toBe('中國地震局政府信息公開工作2010年度報告');
    // The agency as the page writes it (agencyAsWritten).
    expect(after.report.agency).toBe('中國地震局');
    // Not half-folded (重庆市长壽区…: only the characters the matchers use are folded when reading).
    const traditional = brLines([
      '重慶市長壽區衛生健康委員會2020年政府信息公開工作年度報告',
      '一、總體情況',
      '二、主動公開政府信息情況',
    ]);
    expect(traditional.report.agency).toBe('重慶市長壽區衛生健康委員會');
    expect(reportKind(traditional.report.agency)).toBe('department');
    // Not a date's line over the report's name (发布日期:2024年01月30日 / 政府信息公开工作年度报告).
    const dated = brLines([
      '发布日期:2024年01月30日',
      '政府信息公开工作年度报告',
      '一、总体情况',
      '二、主动公开政府信息情况',
    ]);
    expect(dated.report.title).not.toContain('发布日期');
  });

  it('reads a short report set in a layout table of one-cell boxes as the page, not as a table', () => {
    // A county bureau's 2013 report of 330 characters in a portal's layout table: the table was read as
    // a data table (no cell past 400 characters, the article's own table a one-cell box), and the page
    // as having no text: not a report.
    const article = [
      '道县文广新局2013年度信息公开工作年度报告',
      '一、主动公开政府信息的情况:',
      '2013年度主动公开信息的有5条;',
      '二、依申请公开信息的情况和不予公开信息的情况',
      '2013年度没有依申请公开信息的情况。',
      '三、因信息公开申请行政复议、提起行政诉讼的情况',
      '2013年所有信息公开都没有发生行政复议、行政诉讼的情况。',
      '四、信息公开工作存在的主要问题及改进情况',
      '信息公开工作主要存在公开不及时等问题。',
    ]
      .map((l) => `<p>${l}</p>`)
      .join('');
    const page = `<html><head><title>年度报告</title></head><body><table width="1000"><tr><td><a href="/">首页</a><br><a href="/ndbg">年度报告</a></td><td><table><tr><td>${article}</td></tr></table></td></tr><tr><td colspan="2">网站标识码：3604000012</td></tr></table></body></html>`;
    const a = audit(sourceFromHtml(page));
    expect(a.detected).toBe(true);
    expect(a.report.title).toBe('道县文广新局2013年度信息公开工作年度报告');
    // A table whose cell holds a heading of one section is still a table (表三's 三、本年度办理结果).
    const t3 = sourceFromHtml(
      '<table><tr><td>三、本年度办理结果（一）予以公开，另见主动公开政府信息情况与依申请公开情况说明</td><td>1</td></tr></table>',
    );
    expect(t3.blocks.some((b) => b.kind === 'table')).toBe(true);
  });

  it('takes the agency on its own <br> line above a title that opens with the year', () => {
    // A township's 2012 report: its name stood on a line after the page's counter and document number,
    // and the title was read without it.
    const lines = [
      '访问量:',
      '南政发[2013]05',
      '南坑乡人民政府',
      '2012年政府信息公开工作年度报告',
      '一、概述',
      '本报告所列数据统计期限为2012年1月1日至2012年12月31日。',
      '二、主动公开政府信息情况',
      '全年主动公开政府信息225条。',
    ];
    const a = brLines(lines);
    expect(a.report.title).toBe('南坑乡人民政府2012年政府信息公开工作年度报告');
    expect(a.report.agency).toBe('南坑乡人民政府');
  });

  it.each([
    ['guangzhou-guoziwei-2020-outcomes.html', '\n'],
    ['wuhan-sthjj-2020.html', '\n'],
    ['district-gov-2020-claim-mismatch.html', '\n'],
    ['guangzhou-guoziwei-2020-outcomes.html', '<br>'],
    ['seed000-word.html', '<br>'],
    ['xiongxian-township-2019.html', '<br>'],
  ])(
    // A line end in the markup (Word's HTML export wraps its source so), or a <br> (a paste of a
    // PDF's lines): neither ends a sentence, nor splits a heading (六、其<br>他需要报告的事项).
    'reads %s with its text wrapped mid-sentence by %j as it reads it whole',
    async (file, wrapWith) => {
      const html = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
      // A line end in the paragraphs' text every 23 characters, never inside a figure or a Latin word.
      let n = 0;
      const wrapText = (t: string) =>
        [...t]
          .map((ch, i) => {
            const wrap = ++n >= 23 && !(/[\w.,]/.test(ch) && /[\w.,]/.test(t[i + 1] ?? ''));
            if (wrap) n = 0;
            return wrap ? ch + wrapWith : ch;
          })
          .join('');
      const wrapped = html
        .split(/(<table\b[\s\S]*?<\/table>)/i)
        .map((part, i) =>
          i % 2
            ? part
            : part.replace(
                /(<p\b[^>]*>)([\s\S]*?)(<\/p>)/gi,
                (_, a, inner: string, b) =>
                  a + inner.replace(/(^|>)([^<]+)/g, (_m, gt, t: string) => gt + wrapText(t)) + b,
              ),
        )
        .join('');
      expect(wrapped.split(wrapWith).length).toBeGreaterThan(html.split(wrapWith).length + 5);
      const strip = (a: ReturnType<typeof audit>) => ({
        findings: a.findings.map((f) => [f.rule, f.severity, f.cells.join(' ')]),
        facts: a.report.facts.map((f) => `${f.key}=${f.value}`).sort(),
      });
      expect(strip(audit(sourceFromHtml(wrapped)))).toEqual(strip(audit(sourceFromHtml(html))));
    },
  );

  it('reads a zero written in Chinese (零, 〇, ○, or the letter O) as 0, not as a label that takes its row out', () => {
    const html = fixture('district-gov-2020');
    const zeros = ['零', '〇', '○', 'O'];
    let i = 0;
    const written = html.replace(/(<td\b[^>]*>\s*)0(\s*<\/td>)/gi, (_, a, b) => a + zeros[i++ % 4] + b);
    expect(i).toBeGreaterThan(30);
    const strip = (a: ReturnType<typeof audit>) => ({
      findings: a.findings,
      cells: Object.fromEntries(Object.entries(a.report.cells).map(([k, c]) => [k, c.value])),
    });
    expect(strip(audit(sourceFromHtml(written)))).toEqual(strip(audit(sourceFromHtml(html))));
  });

  it('reads a figure with a footnote mark or a note in brackets as that figure, keeping its row', () => {
    const html = fixture('district-gov-2020');
    const row = '<td>48</td><td>5</td><td>0</td><td>1</td><td>2</td><td>0</td><td>56</td>';
    expect(html).toContain(row);
    const noted = html.replace(
      row,
      '<td>48（含重复申请3件）</td><td>5</td><td>0</td><td>1</td><td>2</td><td>0</td><td>56*</td>',
    );
    const a = audit(sourceFromHtml(noted));
    expect(a.report.cells['t3.new.natural']).toMatchObject({ value: 48, raw: '48（含重复申请3件）' });
    expect(a.report.cells['t3.new.total']).toMatchObject({ value: 56, raw: '56*' });
    expect(a.findings).toEqual(audit(sourceFromHtml(html)).findings);
  });

  it("reads a one-row 表四 that says what its figures are (数量) or whose (区政府) in a column of its own, not another body's row", () => {
    const html = fixture('district-gov-2020');
    const head = '<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>';
    const data = '<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td>';
    expect(html).toContain(head);
    expect(html).toContain(data);
    const lead = (word: string, cell: string) =>
      html
        .replace(head, `<tr><th rowspan="3">${word}</th>${head.slice(4)}`)
        .replace(data, `<tr><td>${cell}</td>${data.slice(4)}`);
    const plain = audit(sourceFromHtml(html));
    const t4 = (a: ReturnType<typeof audit>) =>
      Object.entries(a.report.cells).filter(([k]) => k.startsWith('t4.'));
    const leads: [string, string][] = [
      ['项目', '数量'],
      ['年度', '2020年'],
      // Whose they are: this report's body (相山区人民政府), by its name, a short form or 本机关.
      ['单位', '相山区人民政府'],
      ['单位', '区政府'],
      ['单位名称', '相山区'],
      ['', '本机关'],
      // Its office, which writes the report, and words for the whole that name no other body.
      ['单位', '相山区人民政府办公室'],
      ['单位', '区政府办'],
      ['单位', '相山区政务公开办公室'],
      ['单位', '全区'],
      ['单位', '小计'],
      // The table's caption set in the row's first cell: it names no body.
      ['', '四、政府信息公开行政复议、行政诉讼情况'],
      ['项目', '表四 行政复议和行政诉讼'],
    ];
    for (const [word, cell] of leads) {
      const a = audit(sourceFromHtml(lead(word, cell)));
      expect(t4(a).map(([k, c]) => [k, c.value])).toEqual(t4(plain).map(([k, c]) => [k, c.value]));
      expect(a.findings).toEqual(plain.findings);
    }
    // The caption in one cell spanning the header rows and the row of figures, to their left.
    const spanned = html.replace(
      head,
      `<tr><th rowspan="4">四、政府信息公开行政复议、行政诉讼情况</th>${head.slice(4)}`,
    );
    expect(t4(audit(sourceFromHtml(spanned))).map(([k, c]) => [k, c.value])).toEqual(
      t4(plain).map(([k, c]) => [k, c.value]),
    );
    // A row that names a body is that body's: not taken for this report's 表四, and said so, where
    // blank-cell said 表四 had only its header.
    const other = audit(sourceFromHtml(lead('单位', '区教育局')));
    expect(other.report.cells['t4.review.total']?.value ?? null).toBeNull();
    expect(other.findings.map((f) => f.message)).toEqual([
      '表四：表中唯一的数值行标为「区教育局」，不是本报告的机关（相山区人民政府）；这些数值未作为本机关的数字读取，不参与核算（所列数值：2 1 0 1 4 1 0 1 1 3 1 0 0 0 1）',
    ]);
    expect(other.findings[0]?.cells).toContain('t4.review.total');
    // The same row with a department's rows below it: a table of departments, none of it this body's.
    const more = lead('单位', '相山区人民政府办公室').replace(
      '</tbody>\n</table>\n<p style="text-indent:2em;"><strong>五',
      `<tr><td>区教育局</td>${data.slice(4)}<td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></tbody>\n</table>\n<p style="text-indent:2em;"><strong>五`,
    );
    expect(more).not.toBe(lead('单位', '相山区人民政府办公室'));
    expect(audit(sourceFromHtml(more)).report.cells['t4.review.total']?.value ?? null).toBeNull();
  });

  it("reads a flipbook's page (its text layer in <pre><code>, a line a line) as one page of the report", () => {
    const sample = readFileSync(
      new URL('../../../shared/samples/weihai-wendeng-xinfangju-2022-p8.txt', import.meta.url),
      'utf8',
    );
    const lines = sample.split('\n').filter((l) => !l.startsWith('#') && !l.startsWith('[excerpt'));
    expect(lines[0]).toBe('Page 8 - 威海市文登区信访局2022年政府信息公开工作年度报告');
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const page = (title: string) =>
      `<html><head><title>${esc(title)}</title></head><body><div id="navigation"><a href="page7.html">Previous Page</a> <a href="page9.html">Next Page</a></div><div id="content"><pre><code>${esc(lines.slice(1).join('\n'))}</code></pre></div></body></html>`;
    const a = audit(sourceFromHtml(page(lines[0]!)));
    // A report's page: its title, and its two headings as headings (the text layer's lines).
    expect(a.detected).toBe(true);
    expect(a.report.agency).toBe('威海市文登区信访局');
    expect((a.ctx.sections ?? []).filter(Boolean).length).toBeGreaterThanOrEqual(1);
    // The book's other pages hold 表二, 表三 and the other sections: nothing is called missing.
    expect(a.findings).toEqual([]);
    expect(a.checks.find((c) => c.rule === 'missing-table')?.reason).toMatch(/^本页是分页显示的报告中的一页/);
    // The same page under a report's own title (no `Page 8 - `): its `P. 8` says it is a book's page.
    const retitled = audit(sourceFromHtml(page('威海市文登区信访局2022年政府信息公开工作年度报告')));
    expect(retitled.findings).toEqual([]);
  });

  it('reads a sentence wrapped over the lines of preformatted text as one, figures on two lines as two', () => {
    const report = (body: string) =>
      `<html><head><title>相山区人民政府2020年政府信息公开工作年度报告</title></head><body>${body}</body></html>`;
    const pre = audit(
      sourceFromHtml(
        report(
          '<pre>一、总体情况\n2020年，本机关共收到政府信息公开申\n请56件，办结56件。\n三、收到和处理政府信息公开申请情况\n0 0 0\n0 0</pre>',
        ),
      ),
    );
    expect(pre.report.facts.find((f) => f.key === 'f.applications_received')?.value).toBe(56);
    const src = sourceFromHtml(report('<pre>一、总体情况\n行政复议 1\n2 件</pre>'));
    expect(src.blocks.map((b) => (b.kind === 'text' ? b.text : ''))).toEqual([
      '一、总体情况',
      '行政复议 1 2 件',
    ]);
  });

  it('reads the rows and cells a page shows, not a hidden copy of them with other figures', () => {
    const html = fixture('district-gov-2020');
    const plain = audit(sourceFromHtml(html));
    const bumped = (row: string) =>
      row.replace(/<td>(\d+)<\/td>/g, (_, n: string) => `<td>${Number(n) + 7}</td>`);
    // Before each row of figures, its copy with every figure 7 more, hidden (by style, attribute or
    // its section); and a hidden cell before each figure.
    const rows = (hide: (row: string) => string) =>
      html.replace(
        /<tr>(?:(?!<\/tr>)[\s\S])*?<td>\d+<\/td>[\s\S]*?<\/tr>/g,
        (row) => hide(bumped(row)) + row,
      );
    const pages = [
      rows((r) => r.replace('<tr>', '<tr style="display: none">')),
      rows((r) => r.replace('<tr>', '<tr hidden>')),
      rows((r) => r.replace('<tr>', '<tr style="visibility:hidden">')),
      rows((r) => `</tbody><tbody style="display:none">${r}</tbody><tbody>`),
      html.replace(/<td>(\d+)<\/td>/g, '<td style="display:none">9</td><td>$1</td>'),
    ];
    for (const page of pages) {
      expect(page).not.toBe(html);
      const a = audit(sourceFromHtml(page));
      expect(a.report.cells).toEqual(plain.report.cells);
      expect(a.findings).toEqual(plain.findings);
    }
  });

  it('reads a figure an editor framed in a one-cell table as its cell, not the table as layout', () => {
    const html = fixture('district-gov-2020-t4-sum-error');
    const plain = audit(sourceFromHtml(html));
    const boxed = html.replace(
      /<td>(\d+)<\/td>/g,
      '<td><table width="100%" border="0"><tbody><tr><td align="center">$1</td></tr></tbody></table></td>',
    );
    expect(boxed).not.toBe(html);
    const a = audit(sourceFromHtml(boxed));
    expect(a.report.cells).toEqual(plain.report.cells);
    expect(a.findings).toEqual(plain.findings);
    expect(a.findings.map((f) => f.rule)).toContain('t4-sum');
    // A frame of two cells is a table of its own: the table around it is layout, as before.
    const framed = html.replace(
      /<td>(\d+)<\/td>/g,
      '<td><table><tr><td>$1</td><td>件</td></tr></table></td>',
    );
    expect(Object.keys(audit(sourceFromHtml(framed)).report.cells)).toHaveLength(0);
  });

  it("reads 表四 drawn on its side (results down, groups across) as the template's 表四", () => {
    const html = fixture('district-gov-2020-t4-sum-error');
    const plain = audit(sourceFromHtml(html));
    const at = html.indexOf('复议后起诉', html.indexOf('四、政府信息公开行政复议'));
    const from = html.lastIndexOf('<table', at);
    const to = html.indexOf('</table>', at) + '</table>'.length;
    const v = (g: string, c: string) => plain.report.cells[`t4.${g}.${c}`]?.raw ?? '';
    const results: [string, string][] = [
      ['upheld', '结果维持'],
      ['corrected', '结果纠正'],
      ['other', '其他结果'],
      ['pending', '尚未审结'],
      ['total', '总计'],
    ];
    const side = (head: string) =>
      `<table border="1">${head}${results
        .map(
          ([c, name]) =>
            `<tr><td>${name}</td><td>${v('review', c)}</td><td>${v('suit_direct', c)}</td><td>${v('suit_after_review', c)}</td></tr>`,
        )
        .join('')}</table>`;
    for (const head of [
      '<tr><th rowspan="2">项目</th><th rowspan="2">行政复议</th><th colspan="2">行政诉讼</th></tr><tr><th>未经复议直接起诉</th><th>复议后起诉</th></tr>',
      '<tr><th></th><th>行政复议</th><th>未经复议直接起诉</th><th>复议后起诉</th></tr>',
    ]) {
      const a = audit(sourceFromHtml(html.slice(0, from) + side(head) + html.slice(to)));
      const t4 = (cells: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith('t4.')));
      expect(Object.keys(t4(a.report.cells))).toHaveLength(15);
      expect(t4(a.report.cells)).toEqual(t4(plain.report.cells));
      expect(a.findings).toEqual(plain.findings);
      expect(a.findings.map((f) => f.rule)).toContain('t4-sum');
    }
    // Results down the side with no group named above them: not 表四, and not turned.
    const bare = audit(
      sourceFromHtml(
        html.slice(0, from) + side('<tr><th></th><th>甲</th><th>乙</th><th>丙</th></tr>') + html.slice(to),
      ),
    );
    expect(Object.keys(bare.report.cells).filter((k) => k.startsWith('t4.'))).toHaveLength(0);
  });

  it('reads a 表三 printed without its 总计 column by its header, the column said to be not in the table', () => {
    const html = fixture('district-gov-2020');
    const from = html.indexOf('<table', html.indexOf('三、收到和处理政府信息公开申请情况'));
    const to = html.indexOf('</table>', from);
    const table = html.slice(from, to);
    const plain = audit(sourceFromHtml(html));
    const t3 = (cells: Record<string, { value: number | null }>) =>
      Object.fromEntries(
        Object.entries(cells)
          .filter(([k]) => k.startsWith('t3.'))
          .map(([k, c]) => [k, c.value]),
      );
    // Each row's last cell (its 总计) and the header's 总计 taken out.
    const noTotal = table.replace(/<td>\d+<\/td><\/tr>/g, '</tr>').replace('<th rowspan="2">总计</th>', '');
    expect(noTotal).not.toBe(table);
    const a = audit(sourceFromHtml(html.slice(0, from) + noTotal + html.slice(to)));
    const expected = Object.fromEntries(
      Object.entries(t3(plain.report.cells)).filter(([k]) => !k.endsWith('.total')),
    );
    expect(t3(a.report.cells)).toEqual(expected);
    expect(a.findings.map((f) => f.rule)).toEqual(['blank-cell']);
    expect(a.findings[0]!.message).toMatch(/「总计」列不在表中/);
    // Each row's sum across the columns needs its 总计: not run, and said why.
    expect(a.checks.find((c) => c.rule === 't3-column-sum')?.reason).toMatch(/^每一项都有表中没有的单元格/);
    // A figure of a column changed is then found by the column's own sums.
    const wrong = noTotal.replace('（一）予以公开</td><td>18</td>', '（一）予以公开</td><td>19</td>');
    expect(wrong).not.toBe(noTotal);
    const b = audit(sourceFromHtml(html.slice(0, from) + wrong + html.slice(to)));
    expect(b.findings.map((f) => f.rule)).toContain('t3-outcome-sum');
    // Under the whole header, a row one figure short is still short-row's.
    const cut = table.replace('（一）予以公开</td><td>18</td>', '（一）予以公开</td>');
    const c = audit(sourceFromHtml(html.slice(0, from) + cut + html.slice(to)));
    expect(c.findings.find((f) => f.rule === 'short-row')?.message).toMatch(
      /「予以公开」行只有 6 个数值，应有 7 个/,
    );
  });

  it('reads 其它 as 其他 in 表三 (（六）其它处理, 3.其它, the 其它 column), as many reports write it', () => {
    for (const name of ['district-gov-2020', 'seed001-cms']) {
      const html = fixture(name);
      const plain = audit(sourceFromHtml(html));
      const at = html.indexOf('商业企业');
      const from = html.lastIndexOf('<table', at);
      const to = html.indexOf('</table>', at);
      const table = html.slice(from, to);
      expect(table).toContain('其他');
      const a = audit(
        sourceFromHtml(html.slice(0, from) + table.replaceAll('其他', '其它') + html.slice(to)),
      );
      expect(a.report.cells).toEqual(plain.report.cells);
      expect(a.findings).toEqual(plain.findings);
    }
  });

  it('reads 表四 printed in parts (行政复议 in one table, 行政诉讼 in the next, or one under another)', () => {
    const html = fixture('district-gov-2020-t4-sum-error');
    const plain = audit(sourceFromHtml(html));
    const heading = html.lastIndexOf('<p', html.indexOf('四、政府信息公开行政复议'));
    const at = html.indexOf('复议后起诉', heading);
    const from = html.lastIndexOf('<table', at);
    const to = html.indexOf('</table>', at) + '</table>'.length;
    const ths = '<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>';
    const tds = (g: string) =>
      ['upheld', 'corrected', 'other', 'pending', 'total']
        .map((c) => `<td>${plain.report.cells[`t4.${g}.${c}`]?.raw ?? ''}</td>`)
        .join('');
    const group = (name: string, g: string) =>
      `<tr><th colspan="5">${name}</th></tr><tr>${ths}</tr><tr>${tds(g)}</tr>`;
    const review = `<table border="1">${group('行政复议', 'review')}</table>`;
    const layouts = [
      // 行政复议's five columns, then 行政诉讼's ten in a table of their own.
      `${review}<table border="1"><tr><th colspan="10">行政诉讼</th></tr><tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr><tr>${ths}${ths}</tr><tr>${tds('suit_direct')}${tds('suit_after_review')}</tr></table>`,
      // The three groups one under another in one table.
      `<table border="1">${group('行政复议', 'review')}${group('行政诉讼·未经复议直接起诉', 'suit_direct')}${group('行政诉讼·复议后起诉', 'suit_after_review')}</table>`,
    ];
    const t4 = (cells: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith('t4.')));
    for (const layout of layouts) {
      const page = html.slice(0, from) + layout + html.slice(to);
      for (const variant of [page, page.slice(0, heading) + page.slice(page.indexOf('</p>', heading) + 4)]) {
        const a = audit(sourceFromHtml(variant));
        expect(Object.keys(t4(a.report.cells))).toHaveLength(15);
        expect(t4(a.report.cells)).toEqual(t4(plain.report.cells));
        expect(a.findings.map((f) => f.rule)).toContain('t4-sum');
        expect(a.findings.map((f) => f.rule)).not.toContain('short-row');
      }
    }
    // Its 行政复议 part alone (the suits a picture): those five read, the suits' rows not in the table.
    const half = audit(sourceFromHtml(html.slice(0, from) + review + html.slice(to)));
    expect(Object.keys(t4(half.report.cells)).filter((k) => half.report.cells[k]?.raw)).toHaveLength(5);
    expect(half.findings.find((f) => f.rule === 'blank-cell')?.message).toMatch(/不在表中/);
    // Five figures under the template's whole header are a row cut short, as before: not a part.
    const whole = html.slice(from, to);
    const short = whole.replace(/(<tr>(?:<td>[^<]*<\/td>){5})(?:<td>[^<]*<\/td>){10}/, '$1');
    expect(short).not.toBe(whole);
    const cut = audit(sourceFromHtml(html.slice(0, from) + short + html.slice(to)));
    expect(cut.findings.find((f) => f.rule === 'short-row')?.message).toMatch(/只有 5 个数值，应有 15 个/);
  });

  it('leaves out a 合计 or 小计 row under one outcome group of 表三, which is no （七）总计', () => {
    // A portal's subtotal of （三）不予公开's eight rows: read as （七）总计, the real one after it was
    // "the row printed twice with other figures" (short-row), and no sum of 表三 was checked.
    const html = fixture('district-gov-2020');
    const plain = audit(sourceFromHtml(html));
    const at = html.indexOf('</tr>', html.indexOf('8.属于行政查询事项')) + '</tr>'.length;
    for (const word of ['合计', '小计']) {
      const page = (
        html.slice(0, at) +
        `<tr><td>${word}</td>${'<td>3</td><td>0</td>'.repeat(3)}<td>3</td></tr>` +
        html.slice(at)
      )
        .replace(
          'rowspan="20" style="text-align:left;">三、本年度办理结果',
          'rowspan="21" style="text-align:left;">三、本年度办理结果',
        )
        .replace(
          'rowspan="8" style="text-align:left;">（三）不予公开',
          'rowspan="9" style="text-align:left;">（三）不予公开',
        );
      expect(page).toContain('rowspan="9"');
      const a = audit(sourceFromHtml(page));
      expect(a.findings, word).toEqual([]);
      expect(a.report.cells, word).toEqual(plain.report.cells);
      // Still read where it is wrong: a changed figure of the real （七）总计 is an error.
      const wrong = audit(sourceFromHtml(page.replace('<td>49</td>', '<td>48</td>')));
      expect(
        wrong.findings.map((f) => f.rule),
        word,
      ).toContain('t3-outcome-sum');
    }
  });

  it('reads 表四 printed without its 总计 columns, in each layout, by its header', () => {
    // district-gov-2020's 表四 (行政复议 2 | 1 | 0 | 1 | 4 …), its 总计s left out: each was a short row.
    const html = fixture('district-gov-2020');
    const heading = html.indexOf('四、政府信息公开行政复议');
    const from = html.indexOf('<table', heading);
    const to = html.indexOf('</table>', from) + '</table>'.length;
    const plain = audit(sourceFromHtml(html)).report.cells;
    const four = ['upheld', 'corrected', 'other', 'pending'];
    const ths = '<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th>';
    const tds = (g: string) => four.map((c) => `<td>${plain[`t4.${g}.${c}`]?.raw}</td>`).join('');
    const groups: [string, string][] = [
      ['行政复议', 'review'],
      ['行政诉讼·未经复议直接起诉', 'suit_direct'],
      ['行政诉讼·复议后起诉', 'suit_after_review'],
    ];
    const layouts = {
      oneRow: `<table border="1"><tr><th colspan="4">行政复议</th><th colspan="8">行政诉讼</th></tr><tr><th rowspan="2">结果维持</th><th rowspan="2">结果纠正</th><th rowspan="2">其他结果</th><th rowspan="2">尚未审结</th><th colspan="4">未经复议直接起诉</th><th colspan="4">复议后起诉</th></tr><tr>${ths}${ths}</tr><tr>${tds('review')}${tds('suit_direct')}${tds('suit_after_review')}</tr></table>`,
      parts: `<table border="1"><tr><th colspan="4">行政复议</th></tr><tr>${ths}</tr><tr>${tds('review')}</tr></table><table border="1"><tr><th colspan="8">行政诉讼</th></tr><tr><th colspan="4">未经复议直接起诉</th><th colspan="4">复议后起诉</th></tr><tr>${ths}${ths}</tr><tr>${tds('suit_direct')}${tds('suit_after_review')}</tr></table>`,
      stacked: `<table border="1">${groups.map(([name, g]) => `<tr><th colspan="4">${name}</th></tr><tr>${ths}</tr><tr>${tds(g)}</tr>`).join('')}</table>`,
      byRow: `<table border="1"><tr><th></th>${ths}</tr>${groups.map(([name, g]) => `<tr><td>${name}</td>${tds(g)}</tr>`).join('')}</table>`,
    };
    const want = Object.fromEntries(
      groups.flatMap(([, g]) => four.map((c) => [`t4.${g}.${c}`, plain[`t4.${g}.${c}`]?.value])),
    );
    for (const [name, layout] of Object.entries(layouts)) {
      const a = audit(sourceFromHtml(html.slice(0, from) + layout + html.slice(to)));
      const t4 = Object.fromEntries(
        Object.entries(a.report.cells)
          .filter(([k]) => k.startsWith('t4.'))
          .map(([k, c]) => [k, c.value]),
      );
      // Twelve cells read, the three 总计s not in the table (not blank).
      expect(t4, name).toEqual(want);
      expect(
        a.findings.map((f) => f.rule),
        name,
      ).not.toContain('short-row');
      expect(a.findings.find((f) => f.rule === 'blank-cell')?.message, name).toBe(
        '表四有 3 个单元格为空、不是数字或不在表中：「总计」列不在表中',
      );
      // The text's counts are held to the columns added up: 被申请行政复议5件 against 4.
      const wrong = audit(
        sourceFromHtml(
          (html.slice(0, from) + layout + html.slice(to)).replace('被申请行政复议4件', '被申请行政复议5件'),
        ),
      );
      expect(wrong.findings.find((f) => f.rule === 'text-table-mismatch')?.message, name).toBe(
        '正文称「因政府信息公开工作被申请行政复议5件」，表四 行政复议（表中没有总计列，按各列相加） 为 4',
      );
    }
    // One figure short of the four its header names: still a short row.
    const short = layouts.byRow.replace(
      `<td>行政复议</td>${tds('review')}`,
      '<td>行政复议</td><td>2</td><td>1</td><td>1</td>',
    );
    expect(short).not.toBe(layouts.byRow);
    const cut = audit(sourceFromHtml(html.slice(0, from) + short + html.slice(to)));
    // Counted against the four columns its header names, not the template's five.
    expect(cut.findings.find((f) => f.rule === 'short-row')?.message).toMatch(
      /^表四：「行政复议」行只有 3 个数值，应有 4 个，无法对应到列/,
    );
    // The one row of twelve, a figure short: the whole 表四's row, short of the twelve.
    const oneShort = layouts.oneRow.replace(
      `<tr>${tds('review')}`,
      `<tr>${tds('review').replace(/<td>[^<]*<\/td>$/, '')}`,
    );
    expect(oneShort).not.toBe(layouts.oneRow);
    const row = audit(sourceFromHtml(html.slice(0, from) + oneShort + html.slice(to)));
    expect(row.findings.find((f) => f.rule === 'short-row')?.message).toMatch(
      /^表四：表四的数值行只有 11 个数值，应有 12 个，无法对应到列/,
    );
    expect(row.findings.map((f) => f.rule)).not.toContain('blank-cell');
  });

  it("looks for 表四's results a few rows below a row of its groups, not through the whole table", () => {
    // A row of groups alone outside 表四 looked through the rest of its table for the results: a
    // table of 20,000 such rows before the report's first heading took 87 s.
    const rows = '<tr><td>行政复议</td><td>行政复议</td><td>行政复议</td></tr>'.repeat(20_000);
    const a = audit(
      sourceFromHtml(
        `<html><head><title>某某区人民政府2020年政府信息公开工作年度报告</title></head><body><table border="1">${rows}</table><p>一、总体情况</p></body></html>`,
      ),
    );
    expect(Object.keys(a.report.cells).filter((k) => k.startsWith('t4.'))).toEqual([]);
  });

  it("judges a report's template by its own 表二, not by a second report's after it on the page", () => {
    const body = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
    // 卫滨区城市管理局 2023 (2021 template), then 武汉市生态环境局 2020 (2019 template) on the same page,
    // the second without its heading: told apart where its sections start again (nextReportAt).
    const first = fixture('seed001-cms');
    const second = body(fixture('wuhan-sthjj-2020')).replaceAll(
      '武漢市生態環境局2020年政府信息公開工作年度報告',
      '',
    );
    const a = audit(sourceFromHtml(first.replace(body(first), `${body(first)}<hr>${second}`)));
    expect(a.report.template).toBe('2021');
    const rules = a.findings.map((f) => f.rule);
    expect(rules).not.toContain('template-mismatch');
    expect(rules).not.toContain('blank-cell');
    // Its tables are not the first's printed twice with other figures (short-row): not read at all.
    expect(a.findings.filter((f) => f.rule !== 'unchecked-report')).toEqual(
      audit(sourceFromHtml(first)).findings,
    );
    expect(a.findings.find((f) => f.rule === 'unchecked-report')?.message).toMatch(/从“一、總體情況”起/);
  });

  it("reads a page's first report alone where another body's or year's report follows it", async () => {
    const body = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
    const then = (first: string, after: string) => first.replace(body(first), `${body(first)}<hr>${after}`);
    const alone = audit(sourceFromHtml(fixture('seed003-cms-seqcol')));
    // 市城管执法局 2020, then 相山区人民政府 2020: the second's 全年制发规范性文件6件 was held against the
    // first's 表二 (0), an error; its tables' rows were named as printed twice.
    const two = audit(
      sourceFromHtml(then(fixture('seed003-cms-seqcol'), body(fixture('district-gov-2020')))),
    );
    // The one finding more says the second was not read (unchecked-report).
    expect(two.findings.filter((f) => f.rule !== 'unchecked-report')).toEqual(alone.findings);
    expect(two.findings.filter((f) => f.rule === 'unchecked-report').map((f) => f.message)).toEqual([
      expect.stringContaining('“相山区人民政府2020年政府信息公开工作年度报告”'),
    ]);
    expect(two.report.cells).toEqual(alone.report.cells);
    expect(two.report.facts).toEqual(alone.report.facts);
    // The second without its title: where its sections start again after the first's (from its
    // preamble, 本报告根据《条例》…). Before, its 规范性文件6件 was held to the first's 表二, an error.
    const untitled = audit(
      sourceFromHtml(
        then(
          fixture('seed003-cms-seqcol'),
          body(fixture('district-gov-2020')).replaceAll('相山区人民政府2020年政府信息公开工作年度报告', ''),
        ),
      ),
    );
    expect(untitled.findings.filter((f) => f.rule !== 'unchecked-report')).toEqual(alone.findings);
    expect(untitled.findings.filter((f) => f.rule === 'unchecked-report').map((f) => f.message)).toEqual([
      expect.stringContaining('从“一、总体情况”起，还载有另一份年度报告（没有自己的标题）'),
    ]);
    expect(untitled.report.cells).toEqual(alone.report.cells);
    expect(untitled.report.facts).toEqual(alone.report.facts);
    // Not a second report: this report's own title again (a print or mobile copy of it), another
    // year's named in a list of links, or 一、总体情况 with no table of the first, nor its last sections,
    // before it.
    const own = fixture('district-gov-2020');
    const ownAlone = audit(sourceFromHtml(own));
    expect(ownAlone.findings).toEqual([]);
    for (const after of [
      '<p>相山区人民政府2020年政府信息公开工作年度报告</p><p>一、总体情况</p>',
      `<p>相山区人民政府2020年政府信息公开工作年度报告</p>${body(own)}`,
      '<p>相关阅读</p><p><a href="/a.html">相山区人民政府2019年政府信息公开工作年度报告</a></p><p><a href="/b.html">相山区人民政府2018年政府信息公开工作年度报告</a></p>',
    ])
      expect(audit(sourceFromHtml(then(own, after))).findings).toEqual(ownAlone.findings);
  });

  describe('one page of a report shown over several (共3页 1 2 3 下一页)', () => {
    const load = async () => {
      return fixture('district-gov-2020');
    };
    const cut = (html: string, at: string, pager: string) => {
      const i = html.indexOf(at);
      const j = html.indexOf('</div>', html.indexOf('本年度未收取政府信息公开信息处理费'));
      expect(i).toBeGreaterThan(0);
      return `${html.slice(0, i)}</tbody></table>${pager}${html.slice(j)}`;
    };
    const pager =
      '<div class="pages">共3页 <span>1</span> <a href="index_1.html">2</a> <a href="index_1.html">下一页</a></div>';
    const rules = (html: string) => audit(sourceFromHtml(html)).findings.map((f) => f.rule);

    it('does not call the tables and sections on its other pages missing', async () => {
      const html = await load();
      const first = cut(html, '<p style="text-indent:2em;"><strong>三、收到和处理', pager);
      expect(rules(first)).toEqual([]);
      const a = audit(sourceFromHtml(first));
      expect(a.checks.filter((c) => c.status === 'skipped').map((c) => c.rule)).toEqual(
        expect.arrayContaining(['missing-table', 'missing-section']),
      );
      // The same page without its pager: the tables and sections are missing.
      expect(rules(cut(html, '<p style="text-indent:2em;"><strong>三、收到和处理', ''))).toEqual(
        expect.arrayContaining(['missing-table']),
      );
    });

    it('reads a table cut by the page break as a part, not as blank rows', async () => {
      const html = await load();
      const at = '<tr><td rowspan="8" style="text-align:left;">（三）不予公开</td>';
      expect(rules(cut(html, at, pager))).toEqual([]);
      // Without the pager, the rows not in the table are named, but the 办理结果总计 row is not "blank".
      const alone = audit(sourceFromHtml(cut(html, at, '')));
      expect(alone.findings.map((f) => f.rule)).not.toContain('blank-total');
      expect(alone.findings.map((f) => f.rule)).toContain('blank-cell');
    });
  });
});

describe('tables set a cell to a row', () => {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  /** A page of `blocks`' text and tables, each table as it stands or with every cell on a row of its own. */
  const rebuilt = (title: string, blocks: ReturnType<typeof sourceFromHtml>['blocks'], lines: boolean) =>
    `<html><head><title>${esc(title)}</title></head><body>${blocks
      .map((b) =>
        b.kind === 'text'
          ? `<p>${esc(b.text)}</p>`
          : b.kind === 'table'
            ? `<table>${
                lines
                  ? b.table.rows.flatMap((r) => r.map((c) => `<tr><td>${esc(c.text)}</td></tr>`)).join('')
                  : b.table.rows
                      .map(
                        (r) =>
                          `<tr>${r.map((c) => `<td rowspan="${c.rowspan}" colspan="${c.colspan}">${esc(c.text)}</td>`).join('')}</tr>`,
                      )
                      .join('')
              }</table>`
            : '',
      )
      .join('\n')}</body></html>`;

  it('reads each fixture table as its rows do, or not at all, and calls nothing of it blank or short', () => {
    // Every report page of the fixtures with each table set a cell to a row (a page copied through a
    // tool that puts every cell on a line of its own): a table read from its lines must be the page's
    // own, cell for cell; one with a blank, a / or a 序号 column is not read, and no finding says so.
    const dir = new URL('../fixtures/', import.meta.url);
    const read = { t2: 0, t3: 0, t4: 0 };
    let pages = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const source = sourceFromHtml(readFileSync(new URL(name, dir), 'utf8'));
      const plain = audit(sourceFromHtml(rebuilt(source.title, source.blocks, false)));
      if (!plain.detected || !plain.report.template) continue;
      pages++;
      const lines = audit(sourceFromHtml(rebuilt(source.title, source.blocks, true)));
      const of = (a: typeof plain, t: string) =>
        Object.fromEntries(
          Object.entries(a.report.cells)
            .filter(([k]) => k.startsWith(`${t}.`))
            .map(([k, v]) => [k, v.value]),
        );
      for (const t of ['t2', 't3', 't4'] as const) {
        const got = of(lines, t);
        // (A table left blank has no figure to set on a row: its lines are read as its rows are.)
        if (Object.values(got).every((v) => v === null)) continue;
        read[t]++;
        expect(got, `${name} ${t}`).toEqual(of(plain, t));
      }
      // No finding the page's own tables do not give.
      const rules = (a: typeof plain) => new Set(a.findings.map((f) => f.rule));
      for (const rule of rules(lines)) expect(rules(plain).has(rule), `${name} ${rule}`).toBe(true);
    }
    // As many as from the same pages copied to text (text-tables.test.ts).
    expect({ pages, ...read }).toEqual({ pages: 48, t2: 36, t3: 37, t4: 43 });
  });
});

describe('an info box whose summary names 行政复议 and 行政诉讼', () => {
  it('is no header of 表四: a page without 表四 is told it is missing, not that it has only a header', () => {
    // A district bureau's 2024 report (b-110): its info box's 内容概述 says the report covers
    // 政府信息公开行政复议和行政诉讼情况; read as 表四's header, the page was told 表四只有表头 (15 cells
    // not in the table).
    const page = fixture('seed001-cms');
    const body = page.search(/<body[^>]*>/) + page.match(/<body[^>]*>/)![0].length;
    const box =
      '<table><tr><td>内容概述</td><td>报告内容涵盖总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等。</td><td></td><td></td></tr><tr><td>时 效</td><td>有效</td></tr></table>';
    const t4 = page.indexOf('<table', page.indexOf('四、政府信息公开行政复议'));
    const withoutT4 = page.slice(0, t4) + page.slice(page.indexOf('</table>', t4) + '</table>'.length);
    const a = audit(sourceFromHtml(withoutT4.slice(0, body) + box + withoutT4.slice(body)));
    expect(a.findings.filter((f) => f.rule === 'blank-cell')).toEqual([]);
    expect(a.findings.find((f) => f.rule === 'missing-table')?.message).toMatch(/^表四 未以表格形式出现/);
  });
});
