import { describe, expect, it } from 'vitest';
import { normaliseUrl, withoutHash } from './page-url';

describe('page addresses', () => {
  it('normaliseUrl drops the hash, keeps the query, and writes the URL as URL does', () => {
    expect(normaliseUrl('http://a.gov.cn/p?x=1#y')).toBe('http://a.gov.cn/p?x=1');
    expect(normaliseUrl('HTTP://A.gov.cn:80/p#t3')).toBe('http://a.gov.cn/p');
    expect(normaliseUrl('https://x.gov.cn')).toBe('https://x.gov.cn/');
    expect(normaliseUrl('about:blank')).toBe('about:blank');
    expect(normaliseUrl('not a url#frag')).toBe('not a url');
  });

  it('withoutHash only cuts at the first #', () => {
    expect(withoutHash('HTTP://A.gov.cn/p?x=1#y#z')).toBe('HTTP://A.gov.cn/p?x=1');
    expect(withoutHash('http://a.gov.cn/p')).toBe('http://a.gov.cn/p');
    expect(withoutHash('')).toBe('');
  });
});
