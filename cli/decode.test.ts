import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml, normaliseLabel } from './decode';

const TEXT = '政府信息公开工作年度报告：本年新收申请12件，“三安全一稳定”。';
const page = (head: string) =>
  `<html><head>${head}<title>年报</title></head><body><p>${TEXT}</p></body></html>`;
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));

describe('decodeHtml', () => {
  it('takes valid UTF-8 without any declaration as UTF-8', () => {
    const d = decodeHtml(utf8(page('')));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'sniff' });
    expect(d.text).toContain(TEXT);
  });

  it('follows a UTF-8 BOM and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="gbk">'))]);
    const d = decodeHtml(bytes);
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(d.text.startsWith('<html>')).toBe(true);
    expect(d.text).toContain(TEXT);
  });

  it('follows a UTF-16LE BOM', () => {
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]),
    );
    const d = decodeHtml(bytes);
    expect(d).toMatchObject({ encoding: 'utf-16le', source: 'bom' });
    expect(d.text).toBe(page(''));
  });

  it('reads GBK bytes declared by <meta http-equiv … charset=gb2312> as GB18030', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />');
    const d = decodeHtml(gbk(html));
    expect(d).toMatchObject({ encoding: 'gb18030', source: 'meta' });
    expect(d.text).toBe(html);
  });

  it('reads <meta charset=GBK> (unquoted, upper case)', () => {
    const html = page('<META charset=GBK>');
    expect(decodeHtml(gbk(html))).toMatchObject({ text: html, encoding: 'gb18030', source: 'meta' });
  });

  it('ignores a meta charset beyond the first 2 KB and then sniffs', () => {
    const html = `<!--${' '.repeat(2100)}-->${page('<meta charset="windows-1252">')}`;
    expect(decodeHtml(gbk(html))).toMatchObject({ text: html, encoding: 'gb18030', source: 'sniff' });
  });

  it('guesses GB18030 for GBK bytes with no declaration', () => {
    const html = page('');
    expect(decodeHtml(gbk(html))).toMatchObject({ text: html, encoding: 'gb18030', source: 'sniff' });
  });

  it('lets the HTTP charset win over the meta tag', () => {
    const html = page('<meta charset="utf-8">');
    const d = decodeHtml(gbk(html), 'text/html; charset="GBK"');
    expect(d).toMatchObject({ text: html, encoding: 'gb18030', source: 'http' });
  });

  it('ignores an unknown charset label and a meta that claims UTF-16', () => {
    expect(decodeHtml(gbk(page('')), 'text/html; charset=bogus')).toMatchObject({ source: 'sniff' });
    expect(decodeHtml(utf8(page('<meta charset="utf-16">')))).toMatchObject({
      encoding: 'utf-8',
      source: 'meta',
    });
  });
});

describe('helpers', () => {
  it.each([
    ['gb2312', 'gb18030'],
    ['GBK', 'gb18030'],
    ['x-gbk', 'gb18030'],
    [' UTF8 ', 'utf-8'],
    ['big5', 'big5'],
    ['nonsense', null],
    ['', null],
  ])('normaliseLabel(%j) = %j', (label, out) => expect(normaliseLabel(label)).toBe(out));

  it('reads the charset parameter of Content-Type', () => {
    expect(charsetFromContentType('text/html;charset=GB2312')).toBe('GB2312');
    expect(charsetFromContentType('text/html; charset="utf-8"; x=1')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('finds the charset in either meta form', () => {
    expect(charsetFromMeta(utf8('<meta charset="gb2312">'))).toBe('gb2312');
    expect(charsetFromMeta(utf8("<meta content='text/html; charset=gbk' http-equiv='Content-Type'>"))).toBe(
      'gbk',
    );
    expect(charsetFromMeta(utf8('<meta name="charset-note" content="none">'))).toBeNull();
  });
});
