import { describe, expect, it } from 'vitest';
import { nameOf } from './kind';

describe('nameOf', () => {
  it('takes a file path’s last segment as written, POSIX or Windows', () => {
    expect(nameOf({ file: '/tmp/reports/洪泽区2023年报.pdf' })).toBe('洪泽区2023年报.pdf');
    expect(nameOf({ file: 'C:\\reports\\a%20b#1.docx' })).toBe('a%20b#1.docx');
  });

  it('takes a URL’s file name decoded, without its query', () => {
    expect(nameOf({ url: 'http://www.hongze.gov.cn/files/%E5%B9%B4%E6%8A%A5.pdf?t=1' })).toBe('年报.pdf');
    expect(nameOf({ url: 'http://a.gov.cn/f/%E5%B9%ZZ.pdf' })).toBe('%E5%B9%ZZ.pdf');
    expect(nameOf({ url: 'http://a.gov.cn/art/' })).toBe('');
    expect(nameOf({})).toBe('');
  });
});
