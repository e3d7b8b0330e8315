import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../../lib/adapters/htmlparser2';
import { T3_COLUMNS, T3_ROWS } from '../../lib/keys';
import type { Template } from '../../lib/model';
import { recogniseTables } from '../../lib/recognise/tables';
import { consistentT3, page, t3Html } from './builders';

const read = (html: string) => recogniseTables(sourceFromHtml(html).blocks);

function expectValues(
  cells: Record<string, { value: number | null }>,
  template: Template,
  values: Record<string, (number | string)[]>,
) {
  for (const r of T3_ROWS[template]) {
    T3_COLUMNS.forEach((c, i) => {
      expect(cells[`t3.${r.key}.${c.key}`]?.value, `t3.${r.key}.${c.key}`).toBe(values[r.key]![i]);
    });
  }
}

describe('表三 in every markup', () => {
  for (const template of ['2019', '2021'] as const) {
    for (const style of ['rowspan', 'placeholder'] as const) {
      for (const variant of ['plain', 'seq', 'split'] as const) {
        it(`${template} ${style} ${variant}`, () => {
          const values = consistentT3(template, 7);
          const html = page(
            `某局${template === '2019' ? 2020 : 2022}年政府信息公开工作年度报告`,
            t3Html(values, {
              template,
              style,
              seq: variant === 'seq',
              splitAt: variant === 'split' ? 4 : undefined,
            }),
          );
          const r = read(html);
          expect(r.found.t3).toBe(true);
          expect(r.unmapped).toEqual([]);
          expect(r.template).toBe(template);
          expectValues(r.cells, template, values);
        });
      }
    }
  }

  it('reports a row with one cell fewer instead of guessing its columns', () => {
    const values = consistentT3('2019', 3);
    values.granted = [0, 0, 0, 0, 0, 0];
    const r = read(page('t', t3Html(values, { template: '2019', style: 'rowspan' })));
    expect(r.unmapped).toEqual([
      {
        table: 't3',
        row: 'granted',
        reason: expect.stringContaining('只有 6 个数值'),
        figures: ['0', '0', '0', '0', '0', '0'],
      },
    ]);
    expect(r.cells['t3.granted.total']).toEqual({ value: null, raw: '' });
    expect(r.cells['t3.partial.total']?.value).toBe(values.partial![6]);
  });

  it('points every cell of a row it cannot place at the row label, so the page can mark it', () => {
    const values = consistentT3('2019', 3);
    values.granted = [0, 0, 0, 0, 0];
    const blocks = sourceFromHtml(page('t', t3Html(values, { template: '2019', style: 'rowspan' }))).blocks;
    const r = recogniseTables(blocks);
    const nodes = T3_COLUMNS.map((c) => r.nodes.get(`t3.granted.${c.key}`));
    expect(nodes.every((n) => n !== undefined)).toBe(true);
    // One cell for the whole row, and it is the label (予以公开), not a figure put under a column.
    expect(new Set(nodes).size).toBe(1);
    const label = blocks
      .flatMap((b) => (b.kind === 'table' ? b.table.rows.flat() : []))
      .find((c) => c.text.includes('予以公开'));
    expect(nodes[0]).toBe(label?.node);
    expect(r.nodes.get('t3.partial.natural')).not.toBe(nodes[0]);
  });

  it('keeps blanks and markers as null with their raw text', () => {
    const values = consistentT3('2021', 5);
    values.new = ['', '/', '—', '无', '', '', 0];
    const r = read(page('t', t3Html(values, { template: '2021', style: 'rowspan' })));
    expect(r.cells['t3.new.natural']).toEqual({ value: null, raw: '' });
    expect(r.cells['t3.new.commercial']).toEqual({ value: null, raw: '/' });
    expect(r.cells['t3.new.total']).toEqual({ value: 0, raw: '0' });
  });

  it('reads 0 in the rows that share a row of 0s above them, and no figure it cannot split', () => {
    // 平潭综合实验区市场监督管理局 2021–2024: （六）其他处理's three reasons under one row of figures, each
    // cell spanning the three rows.
    const fixture = readFileSync(
      new URL('../fixtures/carryover-mismatch-2021.html', import.meta.url),
      'utf8',
    );
    const shared = (figure: number) =>
      fixture
        .replace(
          /(1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请<\/td>)((?:<td>0<\/td>){7})/,
          (_, label: string) => `${label}${'<td rowspan="3">0</td>'.repeat(6)}<td rowspan="3">${figure}</td>`,
        )
        .replace(
          /(2\.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请<\/td>)(?:<td>0<\/td>){7}/,
          '$1',
        )
        .replace(/(3\.其他<\/td>)(?:<td>0<\/td>){7}/, '$1');
    const cells = (html: string) => read(html).cells;
    expect(shared(0)).not.toBe(fixture);
    const zeros = cells(shared(0));
    for (const row of ['no_correction', 'no_fee', 'else'])
      for (const c of T3_COLUMNS) expect(zeros[`t3.other.${row}.${c.key}`]?.value, `${row}.${c.key}`).toBe(0);
    const one = cells(shared(1));
    expect(one['t3.other.no_correction.total']?.value).toBe(1);
    expect(one['t3.other.no_fee.total']?.value ?? null).toBeNull();
  });

  it('never throws on shuffled rows and junk cells, and finds what it can', () => {
    const junk = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('总计', '其他', '自然人', '—', '-4', '１２'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        fc.array(junk, { maxLength: 8 }),
        fc.boolean(),
        (seed, perm, junkCells, rowspan) => {
          const values = consistentT3('2021', seed);
          let html = t3Html(values, { template: '2021', style: rowspan ? 'rowspan' : 'placeholder' });
          const rows: string[] = [...(html.match(/<tr>.*?<\/tr>/g) ?? [])];
          // Swap some body rows and append a row of junk: labels must still name the rows.
          for (const p of perm) {
            const i = 3 + (p % (rows.length - 3));
            const j = 3 + ((p * 7) % (rows.length - 3));
            [rows[i], rows[j]] = [rows[j]!, rows[i]!];
          }
          rows.push(`<tr>${junkCells.map((j) => `<td>${j.replace(/[<&]/g, '')}</td>`).join('')}</tr>`);
          html = `<table>${rows.join('')}</table>`;
          const r = read(page('t', html));
          expect(r.found.t3).toBe(true);
          // Rows with their parent label beside them keep their figures wherever they move.
          for (const key of ['new', 'carried_in', 'carried_out']) {
            expect(r.cells[`t3.${key}.total`]?.value).toBe(values[key]![6]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('表二', () => {
  const t2019 = `
    <table>
      <tr><td colspan="4">第二十条第（一）项</td></tr>
      <tr><td>信息内容</td><td>本年新<br>制作数量</td><td>本年新<br>公开数量</td><td>对外公开总数量</td></tr>
      <tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>规范性文件</td><td>7</td><td>7</td><td>７</td></tr>
      <tr><td colspan="4">第二十条第（五）项</td></tr>
      <tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/</td><td>处理决定数量</td></tr>
      <tr><td>行政许可</td><td>13</td><td>－4</td><td>78</td></tr>
      <tr><td>其他对外管理服务事项</td><td>5</td><td>-2</td><td>208</td></tr>
      <tr><td colspan="4">第二十条第（九）项</td></tr>
      <tr><td>信息内容</td><td>采购项目数量</td><td>采购总金额</td><td></td></tr>
      <tr><td>政府集中采购</td><td>34</td><td>4345.2万元</td><td></td></tr>
    </table>`;
  it('maps 2019 columns by header, with negatives and money', () => {
    const r = read(page('t', t2019));
    expect(r.template).toBe('2019');
    expect(r.cells['t2.normative.total']).toEqual({ value: 7, raw: '７' });
    expect(r.cells['t2.permit.change']).toEqual({ value: -4, raw: '－4' });
    expect(r.cells['t2.other_services.decisions']?.value).toBe(208);
    expect(r.cells['t2.procurement.amount']).toEqual({ value: 4345.2, raw: '4345.2万元' });
  });

  it('falls back to position when the header is truncated (本年新 | 本年新)', () => {
    const html = t2019.replace('本年新<br>制作数量', '本年新').replace('本年新<br>公开数量', '本年新');
    const r = read(page('t', html));
    expect(r.cells['t2.normative.made']?.value).toBe(7);
    expect(r.cells['t2.normative.published']?.value).toBe(7);
  });

  it('reads the 2021 layout with money in 万元 and trailing empty cells', () => {
    const html = `<table>
      <tr><td>第二十条第（一）项</td><td></td><td></td><td></td></tr>
      <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>规章</td><td>/</td><td>/</td><td>/</td></tr>
      <tr><td>行政规范性文件</td><td>5</td><td>1</td><td>25</td></tr>
      <tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
      <tr><td>行政许可</td><td colspan="3">47</td></tr>
      <tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
      <tr><td>行政事业性收费</td><td>251000元</td><td></td><td></td></tr>
    </table>`;
    const r = read(page('t', html));
    expect(r.template).toBe('2021');
    expect(r.cells['t2.rules.issued']).toEqual({ value: null, raw: '/' });
    expect(r.cells['t2.normative.in_force']?.value).toBe(25);
    expect(r.cells['t2.permit.decisions']?.value).toBe(47);
    expect(r.cells['t2.fees.amount']?.value).toBe(25.1);
  });

  it('does not take a page with two unrelated rows for 表二', () => {
    const r = read(
      page(
        '权责清单',
        '<table><tr><td>行政许可</td><td>12</td></tr><tr><td>行政处罚</td><td>30</td></tr></table>',
      ),
    );
    expect(r.found.t2).toBe(false);
  });
});

describe('表四', () => {
  const head = `<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
    <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
    <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>`;
  it('maps the horizontal layout', () => {
    const data = Array.from({ length: 15 }, (_, i) => `<td>${i}</td>`).join('');
    const r = read(page('t', `<table>${head}<tr>${data}</tr></table>`));
    expect(r.found.t4).toBe(true);
    expect(r.cells['t4.review.upheld']?.value).toBe(0);
    expect(r.cells['t4.review.total']?.value).toBe(4);
    expect(r.cells['t4.suit_direct.upheld']?.value).toBe(5);
    expect(r.cells['t4.suit_after_review.total']?.value).toBe(14);
  });
  it('maps a vertical layout', () => {
    const html = `<table><tr><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
      <tr><td>行政复议</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
      <tr><td>未经复议直接起诉</td><td>0</td><td>2</td><td>0</td><td>0</td><td>2</td></tr>
      <tr><td>复议后起诉</td><td>0</td><td>0</td><td>0</td><td>3</td><td>3</td></tr></table>`;
    const r = read(page('t', html));
    expect(r.cells['t4.review.total']?.value).toBe(1);
    expect(r.cells['t4.suit_direct.corrected']?.value).toBe(2);
    expect(r.cells['t4.suit_after_review.pending']?.value).toBe(3);
  });
  it('maps a vertical layout whose groups are named in short words or numbered', () => {
    for (const [review, direct, after] of [
      ['复议', '直接起诉', '复议后起诉'],
      ['（一）行政复议', '直接提起行政诉讼', '经复议后提起诉讼'],
    ]) {
      const html = `<table><tr><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
        <tr><td>${review}</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
        <tr><td>${direct}</td><td>0</td><td>2</td><td>0</td><td>0</td><td>2</td></tr>
        <tr><td>${after}</td><td>0</td><td>0</td><td>0</td><td>3</td><td>3</td></tr></table>`;
      const r = read(page('t', html));
      expect(r.cells['t4.review.total']?.value, review).toBe(1);
      expect(r.cells['t4.suit_direct.corrected']?.value, direct).toBe(2);
      expect(r.cells['t4.suit_after_review.pending']?.value, after).toBe(3);
    }
  });

  it('keeps an empty data row as blanks', () => {
    const r = read(page('t', `<table>${head}<tr>${'<td></td>'.repeat(15)}</tr></table>`));
    expect(r.cells['t4.review.total']).toEqual({ value: null, raw: '' });
  });
});

describe('表三 drawn short', () => {
  // 项目 | 数量（件）: one column of figures, each row's total, as some townships draw it.
  const short = (template: Template, header: string, bump = 0) => {
    const values = consistentT3(template, 5);
    const rows = T3_ROWS[template]
      .map(
        (r, i) => `<tr><td>${r.label}</td><td>${Number(values[r.key]![6]) + (i === 0 ? bump : 0)}</td></tr>`,
      )
      .join('');
    const html = page(
      `某镇${template === '2019' ? 2020 : 2022}年政府信息公开工作年度报告`,
      `<p>三、收到和处理政府信息公开申请情况</p><table border="1"><tr><td>项目</td><td>${header}</td></tr>${rows}</table>`,
    );
    return { html, values };
  };

  for (const template of ['2019', '2021'] as const) {
    it(`reads its figures as the rows' totals and leaves the applicant columns out (${template})`, () => {
      const { html, values } = short(template, '数量（件）');
      const r = read(html);
      expect(r.found.t3).toBe(true);
      expect(r.unmapped).toEqual([]);
      for (const row of T3_ROWS[template]) {
        expect(r.cells[`t3.${row.key}.total`]?.value, row.key).toBe(values[row.key]![6]);
        expect(r.cells[`t3.${row.key}.natural`], row.key).toBeUndefined();
      }
    });
  }

  it('is held to its sums on the totals, and says its applicant columns are not in the table', async () => {
    const { audit } = await import('../../lib/audit');
    const ok = audit(sourceFromHtml(short('2021', '件数').html));
    const t3 = ok.findings.filter((f) => f.cells.some((c) => c.startsWith('t3.')));
    expect(t3.map((f) => f.rule)).toEqual(['blank-cell']);
    expect(t3[0]!.message).toContain('六列不在表中');
    // Cells the table lacks are not blanks read as 0: no sum "fails" for want of them.
    expect(t3[0]!.message).not.toContain('读作 0');
    expect(ok.findings.map((f) => f.rule)).not.toContain('short-row');
    const off = audit(sourceFromHtml(short('2021', '数量', 2).html));
    expect(off.findings.map((f) => f.rule)).toContain('t3-balance');
  });

  it('is not taken where the one column is an applicant kind (自然人)', () => {
    const values = consistentT3('2021', 5);
    const rows = T3_ROWS['2021']
      .map((r) => `<tr><td>${r.label}</td><td>${values[r.key]![0]}</td></tr>`)
      .join('');
    const one = read(
      page(
        't',
        `<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>项目</td><td>自然人</td></tr>${rows}</table>`,
      ),
    );
    expect(one.cells['t3.new.total']?.value ?? null).toBeNull();
  });
});
