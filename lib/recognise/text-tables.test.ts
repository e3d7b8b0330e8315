import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml, sourceFromText } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { escapeHtml } from '../text';
import { t2FromText, t3FromText, t4FromText } from './text-tables';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const seed = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const missing = (html: string) => {
  const a = audit(sourceFromHtml(html));
  return {
    findings: a.findings.filter((f) => f.rule === 'missing-table').map((f) => f.message.slice(0, 2)),
    check: a.checks.find((c) => c.rule === 'missing-table'),
    textTables: a.ctx.textTables ?? [],
  };
};

/** A page's text as a browser copies it: a table row's cells tab-separated, a line each. */
const copied = (page: string) =>
  page
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/gi, '\t')
    .replace(/<\/(?:tr|p|div|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ');

describe('tables a page gives only as text', () => {
  it('are there, not missing: a report whose tables are lines of text in a <pre>', () => {
    // Seed 000 as a page would set the text file: its three tables as lines of labels and figures.
    const text = seed('000_8a17b353415bb68d.txt');
    const got = missing(
      `<html><head><title>t</title></head><body><pre>${escapeHtml(text)}</pre></body></html>`,
    );
    // 表二's, 表三's rows and 表四's one row are read (t2FromText, t3FromText, t4FromText).
    expect(got.textTables).toEqual([]);
    expect(got.findings).toEqual([]);
    expect(got.check?.status).toBe('passed');
    // Read as a text file, the same.
    const plain = audit(sourceFromText(text));
    expect(plain.checks.find((c) => c.rule === 'missing-table')?.status).toBe('passed');
    expect(plain.report.cells['t2.permit.decisions']?.value).toBe(2710);
  });

  it('are still missing where the prose only tells their figures, with units, and the tables are pictures', () => {
    // report-images: 表二–表四 as images, the prose with 申请 and 复议 figures (…复议后起诉1件).
    const page = fixture('report-images.html');
    const got = missing(page);
    expect(got.textTables).toEqual([]);
    expect(got.findings).toEqual(['表二', '表三', '表四']);
    // Prose that names the tables' header words, and its figures with their units: not a table.
    const prose =
      '<p>因政府信息公开工作被申请行政复议4件，被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件。</p>' +
      '<p>申请人情况：自然人申请50件，法人或其他组织申请6件；本年新收56件，上年结转4件。</p>' +
      '<p>第二十条第（一）项信息内容：制发规范性文件6件，行政许可563件。</p>';
    expect(missing(page.replace(/<body([^>]*)>/i, `<body$1>${prose}`)).textTables).toEqual([]);
  });

  it('are there, not missing, where they are left blank: their labels, no figures', () => {
    // jiaxian-xizhen-2022's tables, every cell blank, as lines of text (a PDF printed without rules).
    const got = missing(
      `<html><body><pre>${escapeHtml(copied(fixture('jiaxian-xizhen-2022.html')))}</pre></body></html>`,
    );
    expect(got.textTables.sort()).toEqual(['t2', 't3', 't4']);
    expect(got.findings).toEqual([]);
  });

  it('are there where a narrow column breaks their header’s and labels’ words over its lines', () => {
    // As a PDF printed narrow without rules reads (seed000-placeholder, jiaxian-xizhen-2022): 法人或其 |
    // 他组织 on two lines, 表四's words a character a line, a blank 表三's labels wrapped.
    const HEADS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const lines = (...l: string[]) =>
      `<html><head><title>某镇2020年政府信息公开工作年度报告</title></head><body><h1>某镇2020年政府信息公开工作年度报告</h1>${[...HEADS, ...l].map((x) => `<p>${x}</p>`).join('')}</body></html>`;
    const t3 = [
      '（本列数据的勾 申请人情况',
      '自然人 法人或其 总',
      '他组织 计',
      '商业企业 科 社 法 其',
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（六）其他处理',
    ];
    const t4 = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行 行',
      '政 政',
      '复 诉',
      '议 讼',
      '结 结 其 尚 总 未经 复',
      '果 果 他 未 计 复议 议',
      '维 纠 结 审 直接 后',
      '持 正 果 结 起诉 起',
      '诉',
    ];
    expect(missing(lines(...t3, ...t4)).textTables).toEqual(['t3', 't4']);
    // A word's pieces are lines of a column: never in paragraphs, nor a line apart.
    const prose = (x: string) => `${x}，本机关严格按照条例要求，认真做好各项工作，确保信息公开及时准确全面。`;
    expect(missing(lines(...t3.map(prose), ...t4.map(prose))).textTables).toEqual([]);
    expect(missing(lines(...t3.flatMap((x) => [x, '—']), ...t4.flatMap((x) => [x, '—']))).textTables).toEqual(
      [],
    );
  });

  it('are still missing where a page has none of them, as text or otherwise', () => {
    const got = missing(fixture('seed004-cms-no-table4.html'));
    expect(got.textTables).toEqual([]);
    expect(got.findings).toEqual(['表四']);
  });

  it("are not made of the figures of the portal's frame around the article", () => {
    // 表四's header as text with three figures (a table cut short), in a county portal's article
    // frame: the 发布时间 line, related reports with dates, a footer of 标识码, ICP, 邮编 and phone.
    const frame = (table: string) =>
      fixture('seed004-cms-no-table4.html')
        .replace(/<body([^>]*)>/i, '<body$1><div>发布时间：2024-01-18 来源：本网 浏览次数：3521</div>')
        .replace(
          /<\/body>/i,
          `${table}<ul><li>2022年政府信息公开工作年度报告 2023-01-20</li><li>2021年政府信息公开工作年度报告 2022/01/25</li></ul>` +
            '<div>网站标识码：3201000012 苏ICP备05006421号-1 地址：人民路12号 邮编：210000 电话：025-12345678 总访问量：1234567</div></body>',
        );
    const head = ['行政复议', '行政诉讼', '复议后起诉'].map((w) => `<p>${w}</p>`).join('');
    const cut = missing(frame(`${head}<p>0</p><p>0</p><p>0</p>`));
    expect(cut.textTables).toEqual([]);
    expect(cut.findings).toEqual(['表四']);
    // The same frame around the whole row as text: there, and read (t4FromText).
    const row = '2 1 0 1 5 1 0 1 1 3 1 0 0 0 1'
      .split(' ')
      .map((n) => `<p>${n}</p>`)
      .join('');
    const whole = missing(frame(`${head}${row}`));
    expect(whole.findings).toEqual([]);
    expect(whole.check?.status).toBe('passed');
  });

  describe("表四's one row, read from text", () => {
    const HEAD = [
      '行政复议',
      '行政诉讼',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      '未经复议直接起诉',
      '复议后起诉',
    ];
    const ROW = '2 1 0 1 5 1 0 1 1 3 1 0 0 0 1';
    const blocks = (...lines: string[]) =>
      sourceFromHtml(`<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`).blocks;
    const t4 = (...lines: string[]) => {
      const cells = t4FromText(blocks(...lines));
      return (
        cells &&
        Object.values(cells)
          .map((c) => c.value)
          .join(' ')
      );
    };

    it('reads fifteen figures after the header, in a line, at the end of its words, or one a line', () => {
      expect(t4(HEAD.join(' '), ROW)).toBe(ROW);
      expect(t4(`${HEAD.join('\t')}\t${ROW}`)).toBe(ROW);
      expect(t4(HEAD.join(' '), ...ROW.split(' '))).toBe(ROW);
      const cells = t4FromText(blocks(HEAD.join(' '), ROW))!;
      expect(cells['t4.review.total']).toEqual({ value: 5, raw: '5' });
      expect(cells['t4.suit_after_review.upheld']).toEqual({ value: 1, raw: '1' });
    });

    it("reads nothing from fourteen or sixteen, from a header out of the template's order, or from prose", () => {
      expect(t4(HEAD.join(' '), ROW.slice(2))).toBeNull();
      expect(t4(HEAD.join(' '), `${ROW} 7`)).toBeNull();
      // A blank among them (a cell left empty) leaves fourteen.
      expect(t4(HEAD.join(' '), ROW.replace('0 1 5', '1 5'))).toBeNull();
      const totalFirst = [
        '行政复议',
        '行政诉讼',
        '总计',
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '未经复议直接起诉',
        '复议后起诉',
      ];
      expect(t4(totalFirst.join(' '), ROW)).toBeNull();
      expect(
        t4(
          '因政府信息公开被申请行政复议4件，被提起行政诉讼4件，其中复议后起诉1件。',
          '全年共办理2 1 0 1 5件',
        ),
      ).toBeNull();
    });

    it("checks 表四's sums on a report copied into a text file, as on its page", () => {
      const page = fixture('district-gov-2020-t4-sum-error.html');
      const text = copied(page);
      const html = audit(sourceFromHtml(page));
      const plain = audit(sourceFromText(text));
      const t4Of = (cells: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith('t4.')));
      expect(Object.keys(t4Of(plain.report.cells))).toHaveLength(15);
      expect(t4Of(plain.report.cells)).toEqual(t4Of(html.report.cells));
      const sums = (a: typeof html) => a.findings.filter((f) => f.rule === 't4-sum').map((f) => f.message);
      expect(sums(plain)).toHaveLength(1);
      expect(sums(plain)).toEqual(sums(html));
    });
  });

  it("reads a report copied into a text file under its title line, and stops at a second report's", () => {
    // Before, a text whose lines are not parted by blank ones was one block from the portal's first
    // line on: the title was that line (欢迎访问…), and the second report's 表四 figures and prose were
    // read into the first's (once 表四 was read from text, a text-table-mismatch error).
    const two = audit(sourceFromText(copied(fixture('two-reports.html'))));
    expect(two.report.title).toBe('市城管执法局2020年政府信息公开工作年度报告');
    expect(two.report.agency).toBe('市城管执法局');
    expect(two.findings.map((f) => f.rule)).toEqual(['unchecked-report']);
    // A real excerpt (a township's report, its tables' labels only): a report, no longer "not one".
    const sample = readFileSync(
      new URL('../../../shared/samples/jiaxian-xizhen-2022.txt', import.meta.url),
      'utf8',
    );
    const a = audit(sourceFromText(sample));
    expect(a.detected).toBe(true);
    expect(a.report.agency).toBe('螅镇');
  });

  describe("表三's rows, read from text", () => {
    const t3Of = (cells: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(cells).filter(([k]) => k.startsWith('t3.')));

    it.each([
      ['district-gov-2020-t4-sum-error', '2019'],
      ['seed000-word-balance-error', '2019'],
      ['carryover-ok-2021', '2021'],
      ['guangzhou-guoziwei-2020-outcome-mismatch', '2019'],
    ])('reads %s copied to text as its table, cell for cell (%s template)', (name, template) => {
      const page = fixture(`${name}.html`);
      const html = audit(sourceFromHtml(page));
      const read = t3FromText(sourceFromText(copied(page)).blocks);
      expect(read?.template).toBe(template);
      expect(read?.cells).toEqual(t3Of(html.report.cells));
      // And the audit of the text finds what the page's table gives.
      const plain = audit(sourceFromText(copied(page)));
      const sums = (a: typeof html) => a.findings.filter((f) => /^t3-/.test(f.rule)).map((f) => f.message);
      expect(sums(plain)).toEqual(sums(html));
    });

    it('reads nothing from a row short, a row more, a blank, a 序号 column or rows out of order', () => {
      const text = copied(fixture('district-gov-2020.html'));
      const read = (t: string) => t3FromText(sourceFromText(t).blocks);
      expect(read(text)).not.toBeNull();
      const row = /\n2\.重复申请\t[^\n]*\n/;
      expect(text).toMatch(row);
      expect(read(text.replace(row, '\n'))).toBeNull();
      expect(read(text.replace(row, (r) => r + r))).toBeNull();
      expect(read(text.replace(/(\n2\.重复申请\t\d+)\t\d+/, '$1\t'))).toBeNull();
      // Two sub-rows in each other's place: their numbering is not the template's order.
      expect(read(text.replace('2.重复申请', '3.重复申请'))).toBeNull();
      // seed003-cms-seqcol's 表三 has a 序号 before each row's figures: eight, not seven.
      expect(read(copied(fixture('seed003-cms-seqcol.html')))).toBeNull();
    });

    it('reads a row whose label a narrow column wraps onto its last figure (0人逾期…)', () => {
      // 2021's 2.申请人逾期… as a PDF without rules sets it: the label's first words, the figures, the rest.
      const text = copied(fixture('carryover-ok-2021.html'));
      const row = /\n2\.申请人逾期([^\t\n]*)((?:\t\d+){7})/;
      expect(text).toMatch(row);
      const read = (t: string) => t3FromText(sourceFromText(t).blocks)?.cells;
      const wrapped = text.replace(
        row,
        (_, rest: string, figures: string) => `\n2.申请 ${figures.trim().split('\t').join(' ')}人逾期${rest}`,
      );
      expect(wrapped).toMatch(/\n2\.申请 \d+ \d+ \d+ \d+ \d+ \d+ \d+人逾期/);
      expect(read(wrapped)).toEqual(read(text));
      expect(read(text)).toBeDefined();
    });

    it('reads a header whose 法人或其他组织 line comes before 自然人’s, not one line with them the other way', () => {
      // As a PDF printed without rules sets it: each line a block, the spanning 法人或其他组织 on the
      // header's upper line and 自然人, which spans both rows, lower.
      const lines = copied(fixture('district-gov-2020.html'))
        .split('\n')
        .filter((l) => l.trim() !== '');
      const header = '自然人\t法人或其他组织\t总计';
      expect(lines).toContain(header);
      const read = (ls: string[]) =>
        t3FromText(
          sourceFromHtml(`<body>${ls.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body>`).blocks,
        );
      const swap = (...by: string[]) => lines.flatMap((l) => (l === header ? by : [l]));
      expect(read(lines)).not.toBeNull();
      expect(read(swap('法人或其他组织', '自然人\t总计'))?.cells).toEqual(read(lines)?.cells);
      // On one line, 法人或其他组织 first: a table whose columns are not the template's order.
      expect(read(swap('法人或其他组织\t自然人\t总计'))).toBeNull();
      // The kinds of 法人或其他组织 out of order.
      expect(read(lines.map((l) => l.replace('商业企业\t科研机构', '科研机构\t商业企业')))).toBeNull();
    });
  });

  it('reads each table from a fixture page copied to text as the page’s table has it, or not at all', () => {
    // Every report page of the fixtures, its text as a browser copies it: a table read from the text
    // must be the page's own, cell for cell; one with blanks, short rows or a 序号 column is not read.
    const dir = new URL('../../test/fixtures/', import.meta.url);
    const read = { t2: 0, t3: 0, t4: 0 };
    let pages = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const page = fixture(name);
      const a = audit(sourceFromHtml(page));
      if (!a.detected) continue;
      pages++;
      // Values, not raw text: the text is folded (a full-width ０ is 0 there).
      const values = (cells: Record<string, { value: number | null }>) =>
        Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v.value]));
      const of = (t: string) =>
        values(Object.fromEntries(Object.entries(a.report.cells).filter(([k]) => k.startsWith(`${t}.`))));
      const blocks = sourceFromText(copied(page)).blocks;
      const got = { t2: t2FromText(blocks)?.cells, t3: t3FromText(blocks)?.cells, t4: t4FromText(blocks) };
      for (const t of ['t2', 't3', 't4'] as const) {
        if (!got[t]) continue;
        read[t]++;
        expect(values(got[t]), `${name} ${t}`).toEqual(of(t));
      }
    }
    // What the README says (On the … fixture pages copied to text …).
    expect({ pages, ...read }).toEqual({ pages: 52, t2: 36, t3: 37, t4: 43 });
  });

  describe("表二's rows, read from text", () => {
    const blocksOf = (lines: string) => sourceFromText(lines).blocks;
    const T2_2021 = [
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章 0 0 0',
      '行政规范性文件 5 1 25',
      '第二十条第（五）项',
      '信息内容 本年处理决定数量',
      '行政许可 563',
      '第二十条第（六）项',
      '信息内容 本年处理决定数量',
      '行政处罚 5',
      '行政强制 0',
      '第二十条第（八）项',
      '信息内容 本年收费金额（单位：万元）',
      '行政事业性收费 12.35',
      '三、收到和处理政府信息公开申请情况',
    ];

    it('reads each row of the 2021 template, an amount with its decimals', () => {
      const got = t2FromText(blocksOf(T2_2021.join('\n')));
      expect(got?.template).toBe('2021');
      expect(got?.cells).toMatchObject({
        't2.normative.issued': { value: 5 },
        't2.normative.in_force': { value: 25 },
        't2.permit.decisions': { value: 563 },
        't2.fees.amount': { value: 12.35, raw: '12.35' },
      });
      expect(Object.keys(got?.cells ?? {})).toHaveLength(10);
    });

    it('reads the 2019 template as a page copied to text gives it: a wrapped label, a change below 0', () => {
      // seed000-word's 表二 as a browser copies it, a line a row and its cells tab-separated.
      const page = fixture('seed000-word.html');
      const html = audit(sourceFromHtml(page)).report.cells;
      const text = copied(page).replace('其他对外管理服务事项', '其他对外管理服务事\n项');
      const got = t2FromText(blocksOf(text));
      expect(got?.template).toBe('2019');
      const t2 = Object.fromEntries(Object.entries(html).filter(([a]) => a.startsWith('t2.')));
      expect(got?.cells).toEqual(t2);
      // 本年增/减 of −3 is a figure, its sign kept.
      const minus = t2FromText(blocksOf(copied(page).replace(/(行政处罚\s+127\s+)0/, '$1-3')));
      expect(minus?.cells['t2.penalty.change']).toEqual({ value: -3, raw: '-3' });
      // And one of +126 (a district's 2019 report: 行政许可 66 +126 192), its sign kept in the raw text.
      const plus = t2FromText(blocksOf(copied(page).replace(/(行政处罚\s+127\s+)0/, '$1+12')));
      expect(plus?.cells['t2.penalty.change']).toEqual({ value: 12, raw: '+12' });
    });

    it('reads the words a table’s row may say instead: 规范性文件 in 2021, 行政事业型收费 (suijiang-huiyizhen-2021)', () => {
      const lines = T2_2021.map((l) =>
        l.replace('行政规范性文件 5', '规范性文件 5').replace('行政事业性收费', '行政事业型收费'),
      );
      expect(t2FromText(blocksOf(lines.join('\n')))?.cells).toEqual(
        t2FromText(blocksOf(T2_2021.join('\n')))?.cells,
      );
    });

    it('reads nothing where a row is not the template’s shape: a / for a figure, a row missing', () => {
      for (const lines of [
        T2_2021.map((l) => l.replace('行政许可 563', '行政许可 /')),
        T2_2021.filter((l) => l !== '行政强制 0'),
        T2_2021.map((l) => l.replace('规章 0 0 0', '规章 0 0')),
      ])
        expect(t2FromText(blocksOf(lines.join('\n')))).toBeNull();
    });
  });
});
