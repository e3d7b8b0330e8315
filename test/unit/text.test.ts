import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { fold, normLabel, parseValue, stripNumbering } from '../../lib/text';

describe('parseValue', () => {
  it.each([
    ['0', 0],
    ['１２', 12],
    ['－4', -4],
    ['-15', -15],
    ['−3', -3],
    ['1,234', 1234],
    ['  7\u00a0', 7],
    ['12件', 12],
    ['4345.2万元', 4345.2],
    // A change in words, as 本年增/减 is typed.
    ['减少3', -3],
    ['减3', -3],
    ['增加12', 12],
    ['新增2项', 2],
    ['+12', 12],
    // Or with an arrow; and counts in the other units reports use (起, 笔, 户, 家, 批, 人).
    ['↑12', 12],
    ['↓3', -3],
    ['2起', 2],
    ['15873笔', 15873],
    ['48人', 48],
  ])('reads %j as %j', (raw, value) => {
    expect(parseValue(raw).value).toBe(value);
  });

  it.each(['〇', '○', '零', '零件', ' 〇 '])('reads %j, a zero written in Chinese, as 0', (raw) => {
    expect(parseValue(raw)).toEqual({ value: 0, blank: false });
  });

  it.each(['O', 'o', 'Ｏ', 'O件'])('reads %j, the letter typed for a zero, as 0', (raw) => {
    expect(parseValue(raw)).toEqual({ value: 0, blank: false });
  });

  it.each([
    ['56*', 56],
    ['56※', 56],
    ['3①', 3],
    ['48（含重复申请3件）', 48],
    ['12件(其中网上申请10件)', 12],
    ['7 (暂)', 7],
  ])('reads %j, a figure with a footnote mark or a note in brackets, as %j', (raw, value) => {
    expect(parseValue(raw)).toEqual({ value, blank: false });
  });

  it.each(['零零', '〇1', '零元', 'OO', '(3)', '3(2)(1)', '5%(约)'])(
    'does not read %j as a number',
    (raw) => {
      expect(parseValue(raw).value).toBeNull();
    },
  );

  it('converts 元 to 万元 in a money column', () => {
    expect(parseValue('251000元', true).value).toBe(25.1);
    expect(parseValue('1.5亿元', true).value).toBe(15000);
  });

  it.each(['', '—', '-', '/', '／', '无', '  ', '\u00a0'])('treats %j as an explicit blank', (raw) => {
    expect(parseValue(raw)).toEqual({ value: null, blank: true });
  });

  it.each([
    ['15 873', 15873],
    ['1 203件', 1203],
    ['1\u202f203', 1203],
    ['1\u2009203 ', 1203],
    ['12 345 678', 12345678],
  ])('reads %j, its thousands set apart by a space, as %d', (raw, value) => {
    expect(parseValue(raw).value).toBe(value);
  });

  it.each([
    '未统计',
    '0 0',
    '0 000',
    '1 20',
    '1 203 5',
    '1\n203',
    '1 2034',
    'abc',
    '12%',
    '增减',
    '减少',
    '增长3%',
  ])('treats %j as not a number', (raw) => {
    expect(parseValue(raw)).toEqual({ value: null, blank: false });
  });
});

describe('labels', () => {
  it('folds full-width forms and traditional characters without changing length', () => {
    const s = '（二）部分公開（區分處理的）';
    expect(fold(s)).toBe('(二)部分公开(区分处理的)');
    expect(fold(s).length).toBe(s.length);
    // A provincial bureau's comparison in traditional script (較 unfolded read as naming 2021).
    expect(fold('共受理信息公開申請4件(較2021年減少3件),群眾')).toBe(
      '共受理信息公开申请4件(较2021年减少3件),群众',
    );
    // A Big5 gateway's words for 信息 and 网络 (big5.mot.gov.cn), in traditional script only.
    const gate = '對外公開資訊1740條，網路申請2件；资讯，网路';
    expect(fold(gate)).toBe('对外公开信息1740条,网络申请2件;资讯,网路');
    expect(fold(gate).length).toBe(gate.length);
  });
  it('folds every traditional form of the characters the matchers use (OpenCC standard, Taiwan, Hong Kong)', () => {
    // 佔, 併, 羣 (OpenCC's standard) and 裡, 衞, 枱 (its Hong Kong and Taiwan forms); 么 stays (什么).
    const s = '佔3.3%,制定併發布,羣衆,這裡,衞生,枱,什么';
    expect(fold(s)).toBe('占3.3%,制定并发布,群众,这里,卫生,台,什么');
    expect(fold(s).length).toBe(s.length);
  });
  it('folds radicals a PDF left in the text to their ideographs, simplified, without changing length', () => {
    // Copied from a PDF onto a page (a real report: 办理⽹⺠留⾔), or a page printed with Noto CJK.
    const s = '办理⽹⺠留⾔,⻄安市高⻘县⼈⺠政府,⻑,當⾯申請3件';
    expect(fold(s)).toBe('办理网民留言,西安市高青县人民政府,长,当面申请3件');
    expect(fold(s).length).toBe(s.length);
    // A radical whose ideograph is outside the BMP (⺇ is 𠘨) stays: one code unit to one.
    expect(fold('⺇')).toBe('⺇');
    // A compatibility ideograph as its unified one (U+F900 豈 is 豈).
    expect(fold('\uf900')).toBe('豈');
  });
  it('removes whitespace inside labels broken by <br> or spaces', () => {
    expect(normLabel('本年新\n制作数量')).toBe('本年新制作数量');
    expect(normLabel('自 然 人')).toBe('自然人');
  });
  it('drops the invisible characters a word processor or a CMS leaves in a cell', () => {
    // Zero-width space, zero-width (non-)joiner, word joiner, soft hyphen, byte-order mark.
    expect(normLabel('本年新收\u200b政府\u200c信息\u200d公开\u2060申请\u00ad数量\ufeff')).toBe(
      '本年新收政府信息公开申请数量',
    );
    expect(parseValue('1\u2060203')).toEqual({ value: 1203, blank: false });
    expect(parseValue('12\u00ad03')).toEqual({ value: 1203, blank: false });
  });
  it('strips the numbering variants', () => {
    for (const s of ['(一)予以公开', '一、予以公开', '1.予以公开', '1、予以公开', '(1)予以公开']) {
      expect(stripNumbering(s)).toBe('予以公开');
    }
  });
});

describe('traditional script', () => {
  /** Every CJK character in the code of lib/ (its comments and tests aside): the matchers' lexicon. */
  const lexicon = (): Set<string> => {
    const chars = new Set<string>();
    const root = fileURLToPath(new URL('../../lib/', import.meta.url));
    for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts') || f.startsWith('i18n')) continue;
      const code = readFileSync(join(root, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '');
      for (const c of code) if (c >= '\u3400' && c <= '\u9fff') chars.add(c);
    }
    return chars;
  };

  it('folds every traditional form OpenCC knows of each character the matchers use', () => {
    // A page in traditional script (a Big5 gateway's copy, a portal's 繁體 button) must read as the
    // simplified one: a form fold leaves as it is loses the fact its word names. 么 is OpenCC's Hong
    // Kong form of 幺, and simplified text's own 什么: left.
    const words = lexicon();
    expect(words.size).toBeGreaterThan(1000);
    const unfolded: string[] = [];
    for (const from of ['t', 'tw', 'hk'] as const) {
      const toSimplified = OpenCC.Converter({ from, to: 'cn' });
      for (let u = 0x3400; u <= 0x9fff; u++) {
        const c = String.fromCharCode(u);
        const s = toSimplified(c);
        if (s !== c && s.length === 1 && words.has(s) && c !== '么' && fold(c) !== s)
          unfolded.push(`${c}→${s}`);
      }
    }
    expect(unfolded).toEqual([]);
  });
});
