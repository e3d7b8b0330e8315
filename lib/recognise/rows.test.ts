import { describe, expect, it } from 'vitest';
import { plainCount } from './rows';

// What the recogniser matched before plainCount read it by hand.
const PLAIN = /^[ \t\r\n\u00a0]*(\d{1,9})?[ \t\r\n\u00a0]*$/;
const byRegex = (t: string) => {
  const m = PLAIN.exec(t);
  return m ? (m[1] ?? '') : null;
};

describe('plainCount', () => {
  it('reads a bare count, padded or not, and nothing, as the regex did', () => {
    const cases = [
      '',
      ' ',
      '0',
      '12',
      ' 12 ',
      '\u00a012\r\n',
      '\t\t7',
      '123456789',
      '1234567890',
      ' 1234567890 ',
      '1 2',
      '12a',
      'a12',
      '—',
      '/',
      '1.5',
      '-1',
      '１２',
      '\u300012',
      '12\u3000',
      '\u200b12',
      '０',
      '\n\n',
      '007',
    ];
    for (const t of cases) expect(plainCount(t), JSON.stringify(t)).toBe(byRegex(t));
  });

  it('agrees with the regex on random strings of digits, pads and other characters', () => {
    const alphabet = ['0', '5', '9', ' ', '\t', '\r', '\n', '\u00a0', '\u3000', 'a', '.', '-', '１'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let k = 0; k < 5000; k++) {
      let t = '';
      const n = next() % 14;
      for (let i = 0; i < n; i++) t += alphabet[next() % alphabet.length];
      expect(plainCount(t), JSON.stringify(t)).toBe(byRegex(t));
    }
  });
});
