import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { shortRow } from './short-row';
import { cells, makeCtx, makeReport, sampleT3 } from './testing';

const fixture = (name: string) =>
  audit(sourceFromHtml(readFileSync(new URL(`../../test/fixtures/${name}.html`, import.meta.url), 'utf8')));
const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'];
const blankRow = (row: string) => cells(Object.fromEntries(COLS.map((c) => [`t3.${row}.${c}`, null])));

/**
 * district-gov-2020 with the table under `heading` printed again right after it, `note` between them,
 * and `from` changed to `to` in the copy.
 */
function withCopy(heading: string, note: string, from: string, to: string) {
  const html = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
  const start = html.indexOf('<table', html.indexOf(heading));
  const end = html.indexOf('</table>', start) + '</table>'.length;
  const again = html.slice(start, end).replace(from, to);
  return audit(sourceFromHtml(`${html.slice(0, end)}${note}${again}${html.slice(end)}`));
}

/** district-gov-2020 with its 表三 printed again after it, the copy's 本年新收·自然人 `copy` (48 in the first). */
const printedTwice = (copy: number) =>
  withCopy('三、收到和处理', '<p>（表格文字版）</p>', '<td>48</td>', `<td>${copy}</td>`);

describe('a 表三 row printed twice', () => {
  it('with other figures: neither is read, and both versions are named', () => {
    const a = printedTwice(47);
    const found = a.findings.filter((f) => f.rule === 'short-row');
    expect(found.map((f) => f.message)).toEqual([
      '表三：「本年新收」行在页面中出现两次，数值不同（一处为 48 5 0 1 2 0 56，另一处为 47 5 0 1 2 0 56），无法判断哪一份是报告中的数字；这些单元格不参与核算',
    ]);
    expect(found[0]?.cells).toContain('t3.new.natural');
    // No sum takes either copy's figures: the first is no longer the report's by default.
    expect(a.report.cells['t3.new.natural']).toEqual({ value: null, raw: '48' });
    expect(a.findings.filter((f) => f.rule !== 'short-row')).toEqual([]);
    expect(a.checks.find((c) => c.rule === 'blank-cell')?.status).toBe('passed');
  });

  it('with the same figures (a table printed twice): read once, as before', () => {
    const a = printedTwice(48);
    expect(a.findings).toEqual([]);
    expect(a.report.cells['t3.new.natural']?.value).toBe(48);
  });
});

/** district-gov-2020 with its 表四 (one row of fifteen figures) printed again, the copy's first figure `copy` (2). */
const t4PrintedTwice = (copy: number) =>
  withCopy(
    '四、政府信息公开行政复议',
    '<p>附：表四（更正）</p>',
    '<tr><td>2</td><td>1</td>',
    `<tr><td>${copy}</td><td>1</td>`,
  );

/** A report whose 表四 is written one group a row, printed twice, the copy's 行政复议·结果维持 `copy`. */
function verticalT4Twice(copy: number) {
  const t4 = (a: number) => `<table>
    <tr><td></td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
    <tr><td>行政复议</td><td>${a}</td><td>1</td><td>0</td><td>1</td><td>${a + 2}</td></tr>
    <tr><td>行政诉讼（未经复议直接起诉）</td><td>1</td><td>0</td><td>1</td><td>1</td><td>3</td></tr>
    <tr><td>行政诉讼（复议后起诉）</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>`;
  return audit(
    sourceFromHtml(`<html><body><h1>某区统计局2020年政府信息公开工作年度报告</h1>
      <p>四、政府信息公开行政复议、行政诉讼情况</p>${t4(2)}<p>附表</p>${t4(copy)}</body></html>`),
  );
}

describe('a 表四 printed twice', () => {
  it('as one row of fifteen figures, with other figures: neither is read, both are named', () => {
    const a = t4PrintedTwice(3);
    const found = a.findings.filter((f) => f.rule === 'short-row');
    expect(found.map((f) => f.message)).toEqual([
      '表四：表四的数值行在页面中出现两次，数值不同（一处为 2 1 0 1 4 1 0 1 1 3 1 0 0 0 1，另一处为 3 1 0 1 4 1 0 1 1 3 1 0 0 0 1），无法判断哪一份是报告中的数字；这些单元格不参与核算',
    ]);
    expect(found[0]?.cells).toHaveLength(15);
    expect(a.report.cells['t4.review.upheld']).toEqual({ value: null, raw: '2' });
    // The fifteen cells are short-row's, not blank-cell's; the text's 4 reviews cannot be compared.
    expect(a.findings.filter((f) => f.rule !== 'short-row')).toEqual([]);
    expect(a.checks.find((c) => c.rule === 'blank-cell')?.status).toBe('passed');
  });

  it('with the same figures, or followed by a table of another kind: read once, as before', () => {
    const same = t4PrintedTwice(2);
    expect(same.findings).toEqual([]);
    expect(same.report.cells['t4.review.upheld']?.value).toBe(2);
    // A later table with no 表四 header of its own is no copy of it.
    const html = readFileSync(new URL('../../test/fixtures/district-gov-2020.html', import.meta.url), 'utf8');
    const end = html.indexOf('</table>', html.indexOf('四、政府信息公开行政复议')) + '</table>'.length;
    const other = `<p>五、存在的主要问题及改进情况</p><table><tr><td>1</td><td>2</td><td>3</td></tr></table>`;
    const after = audit(sourceFromHtml(html.slice(0, end) + other + html.slice(end)));
    expect(after.findings).toEqual([]);
  });

  it('one group a row: the group printed with other figures is named, the others read', () => {
    const a = verticalT4Twice(3);
    expect(a.findings.filter((f) => f.rule === 'short-row').map((f) => f.message)).toEqual([
      '表四：「行政复议」行在页面中出现两次，数值不同（一处为 2 1 0 1 4，另一处为 3 1 0 1 5），无法判断哪一份是报告中的数字；这些单元格不参与核算',
    ]);
    expect(a.report.cells['t4.suit_direct.total']?.value).toBe(3);
    expect(verticalT4Twice(2).findings.filter((f) => f.rule === 'short-row')).toEqual([]);
  });
});

describe('short-row', () => {
  it('names a row whose figures could not be placed, and all its cells', () => {
    const c = { ...sampleT3(), ...blankRow('granted') };
    const ctx = makeCtx({
      unmapped: [
        {
          table: 't3',
          row: 'granted',
          reason: '只有 6 个数值，应有 7 个，无法对应到列',
          figures: ['3', '1', '0', '0', '0', '4'],
        },
      ],
    });
    expect(shortRow.run(makeReport({ cells: c }), ctx)).toMatchObject([
      {
        rule: 'short-row',
        severity: 'warning',
        message:
          '表三：「予以公开」行只有 6 个数值，应有 7 个，无法对应到列（所列数值：3 1 0 0 0 4）；未按位置猜测各数值所属的列，这些单元格不参与核算',
        cells: COLS.map((col) => `t3.granted.${col}`),
      },
    ]);
  });

  it('names many rows together, says when their figures are all 0, and keeps 其他处理 apart from its parts', () => {
    const c = { ...sampleT3('2021'), ...blankRow('other'), ...blankRow('new'), ...blankRow('partial') };
    const reason = '只有 5 个数值，应有 7 个，无法对应到列';
    const zeros = ['0', '0', '0', '0', '0'];
    const ctx = makeCtx({
      unmapped: ['new', 'partial', 'other'].map((row) => ({
        table: 't3' as const,
        row,
        reason,
        figures: zeros,
      })),
    });
    const [f] = shortRow.run(makeReport({ template: '2021', cells: c }), ctx);
    expect(f?.message).toBe(
      '表三：「本年新收」「部分公开」「其他处理」各行只有 5 个数值，应有 7 个，无法对应到列，这些行的数值均为 0；未按位置猜测各数值所属的列，这些单元格不参与核算',
    );
    expect(f?.cells).toHaveLength(21);
    expect(f?.cells.some((a) => a.startsWith('t3.other.else'))).toBe(false);
  });

  it('tells a row of zeros from a row of blanks', () => {
    const c = { ...sampleT3(), ...blankRow('granted') };
    const note = (figures: string[]) =>
      shortRow.run(
        makeReport({ cells: c }),
        makeCtx({
          unmapped: [
            { table: 't3', row: 'granted', reason: '只有 5 个数值，应有 7 个，无法对应到列', figures },
          ],
        }),
      )[0]?.message;
    expect(note(['0', '0', '0', '0', '0'])).toContain('无法对应到列，该行的数值均为 0；');
    expect(note(['0', '', '', '—', ''])).toContain('无法对应到列，该行的数值均为 0 或空白；');
    expect(note(['', '', '', '', ''])).toContain('无法对应到列，该行没有填写数值；');
  });

  it('is silent when every row was placed, and skipped when no table was found', () => {
    expect(shortRow.run(makeReport({ cells: sampleT3() }), makeCtx())).toEqual([]);
    const none = makeCtx({ found: { t2: false, t3: false, t4: false } });
    expect(shortRow.skip?.(makeReport(), none)).toBe('未找到表格 / no table found');
  });

  it('fires on 表三 rows of five figures under seven columns, with cells the page can mark; silent on a clean page', () => {
    const a = fixture('lufeng-hedongzhen-2021');
    const found = a.findings.filter((f) => f.rule === 'short-row');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^表三：「本年新收」「上年结转」.*等 25 行只有 5 个数值，应有 7 个/);
    expect(found[0]?.message).toContain('这些行的数值均为 0');
    expect(found[0]?.cells).toHaveLength(25 * 7);
    for (const addr of found[0]?.cells ?? []) expect(a.cellNodes.has(addr), addr).toBe(true);
    // Not also a pile of blank cells.
    expect(a.findings.filter((f) => f.rule === 'blank-cell')).toEqual([]);
    const clean = fixture('shenzhen-longgang-dept-2024');
    expect(clean.findings.filter((f) => f.rule === 'short-row')).toEqual([]);
    expect(clean.checks.find((c) => c.rule === 'short-row')?.status).toBe('passed');
  });
});
