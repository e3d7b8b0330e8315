import { describe, expect, it } from 'vitest';
import { textWidth, wrap } from './text';

describe('wrap', () => {
  it('breaks Chinese anywhere, English between words, a long address inside only when it must', () => {
    expect(textWidth('年报', 13)).toBe(26);
    expect(wrap('卫滨区住房和城乡建设局', 13 * 4)).toEqual(['卫滨区住', '房和城乡', '建设局']);
    expect(wrap('upheld and corrected each year', 13 * 0.6 * 12)).toEqual([
      'upheld and',
      'corrected',
      'each year',
    ]);
    const url = 'http://www.example.gov.cn/a/very/long/path.html';
    const lines = wrap(`来源 ${url}`, 13 * 0.6 * 20);
    expect(lines.join('').replace(/\s/g, '')).toBe(`来源${url}`);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(13 * 0.6 * 20);
    expect(wrap('', 100)).toEqual([]);
  });
});
