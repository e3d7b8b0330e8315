import { describe, expect, it } from 'vitest';
import { sanitise, sanitiseDeep } from './sanitise';

describe('sanitise', () => {
  it('keeps ordinary text, newlines and tabs as they are', () => {
    const s = '某某区统计局2021年政府信息公开工作年度报告\n\t表三「自然人」列：41 + 2 = 43';
    expect(sanitise(s)).toBe(s);
  });

  it.each([
    ['CSI colour and clear screen', 'a\x1b[31mb\x1b[2Jc\x1b[0m', 'abc'],
    ['OSC window title ended by BEL', 'a\x1b]0;pwned\x07b', 'ab'],
    ['OSC hyperlink ended by ST', 'a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['DCS string', 'a\x1bPq#0;2;0;0;0\x1b\\b', 'ab'],
    ['two-character escapes', 'a\x1bcb\x1b7c', 'abc'],
    ['C1 CSI', 'a\x9b2Jb', 'ab'],
    ['C0 controls but \\n and \\t', 'a\x00b\x07c\x08d\re\x7ff', 'abcdef'],
    ['C1 controls', 'a\x85b\x9cc', 'abc'],
    ['bidi embeddings, overrides and isolates', 'a\u202ab\u202ec\u2066d\u2069e\u202cf', 'abcdef'],
    ['a lone ESC at the end', 'abc\x1b', 'abc'],
  ])('strips %s', (_what, input, want) => {
    expect(sanitise(input)).toBe(want);
  });

  it('sanitises every string of a result, keys included, and leaves numbers alone', () => {
    expect(sanitiseDeep({ t: 'x\x1b[2J', n: 3, a: ['\u202e1', null], o: { 'k\x07': true } })).toEqual({
      t: 'x',
      n: 3,
      a: ['1', null],
      o: { k: true },
    });
  });
});
