import { describe, expect, it } from 'vitest';
import { T3_ROWS } from '../keys';
import { stripNumbering } from '../text';
import { T3_ROW_PATTERNS, t2RowKey, t3RowKey } from './labels';

/** t3RowKey as it reads every row, without its answers kept by leaf and by combined labels. */
function before(leaf: string, combined: string, inT3: boolean): string | null {
  const key = read(leaf, combined, inT3);
  // A total under an outcome group is that group's subtotal.
  const group =
    combined !== leaf && /不予公开|无法提供|不予处理|其他处理/.test(combined.slice(0, -leaf.length));
  return key === 'outcome_total' && group ? null : key;
}

function read(leaf: string, combined: string, inT3: boolean): string | null {
  const bare = stripNumbering(leaf);
  if (inT3 && bare === '其他') return 'other.else';
  if (inT3 && /其他处理\d+[.、]其他$/.test(leaf)) return 'other.else';
  if (inT3 && /^(?:总计|合计)$/.test(bare)) return 'outcome_total';
  if (inT3 && /^\(七\)小计$|^七[、.]小计$/.test(leaf)) return 'outcome_total';
  if (inT3 && bare === '公开' && bare !== leaf) return 'granted';
  for (const [re, key] of T3_ROW_PATTERNS) if (re.test(leaf)) return key;
  for (const [re, key] of T3_ROW_PATTERNS) if (re.test(combined)) return key;
  if (inT3 && /(?:^|\))(?:总计|合计)/.test(leaf)) return 'outcome_total';
  return null;
}

describe('t3RowKey', () => {
  it('names the same row as reading every pattern each time, for leaves alone and with parents', () => {
    const words = [
      ...T3_ROWS['2019'].map((r) => r.label.replace(/\s+/g, '')),
      ...T3_ROWS['2021'].map((r) => r.label.replace(/\s+/g, '')),
      '其他',
      '3.其他',
      '总计',
      '（七）总计',
      '(七)小计',
      '(一)公开',
      '小计',
      '合计',
      '规章',
      '行政复议',
      '三、本年度办理结果',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
      '1.',
      '',
    ];
    let n = 0;
    // Twice over: the second round answers from what the first kept.
    for (let round = 0; round < 2; round++)
      for (const leaf of words)
        for (const parent of words)
          for (const inT3 of [false, true]) {
            const combined = parent === '' ? leaf : parent + leaf;
            expect(t3RowKey(leaf, combined, inT3), `${parent}|${leaf}|${inT3}`).toBe(
              before(leaf, combined, inT3),
            );
            n++;
          }
    expect(n).toBeGreaterThan(1000);
  });
});

describe('t2RowKey', () => {
  it.each([
    ['行政许可', 'permit'],
    ['行政审批', 'permit'],
    ['政府集中采购', 'procurement'],
    ['政府采购', 'procurement'],
    ['行政规范性文件', 'normative'],
    ['行政事业性收费', 'fees'],
    ['行政复议', null],
    ['政务公开', null],
  ])('%s → %s', (label, key) => expect(t2RowKey(label)).toBe(key));
});

describe('t3RowKey: words some reports print for the template labels', () => {
  it.each([
    ['四、转入下年度办理', 'carried_out'],
    ['四、结转下一年度继续办理', 'carried_out'],
    ['3.要求提供出版物', 'refused.publication'],
    ['3.要求提供公开出版物', 'refused.publication'],
    ['(七)小计', 'outcome_total'],
    ['七、小计', 'outcome_total'],
    ['(一)公开', 'granted'],
    // A typo printed by a district bureau (2025): 案件 for 案卷.
    ['7.属于行政执法案件', 'denied.enforcement'],
    // Not numbered: a group's subtotal, or nothing of 表三's.
    ['小计', null],
    ['公开', null],
  ])('%s → %s', (label, key) => expect(t3RowKey(label, label, true)).toBe(key));

  it('reads a 合计 or 总计 under an outcome group as that group’s subtotal, no row of the template', () => {
    expect(t3RowKey('合计', '三、本年度办理结果(三)不予公开合计', true)).toBeNull();
    expect(t3RowKey('小计', '三、本年度办理结果(四)无法提供小计', true)).toBeNull();
    expect(t3RowKey('(七)总计', '三、本年度办理结果(七)总计', true)).toBe('outcome_total');
    expect(t3RowKey('合计', '三、本年度办理结果合计', true)).toBe('outcome_total');
  });
});
