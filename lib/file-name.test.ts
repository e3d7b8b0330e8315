import { describe, expect, it } from 'vitest';
import { decodedPath, decodeSafe, fileNameOf, lastSegment } from './file-name';

describe('fileNameOf', () => {
  it('decodes a percent-encoded Chinese name', () => {
    expect(fileNameOf('http://www.hongze.gov.cn/files/%E5%B9%B4%E6%8A%A5.pdf')).toBe('年报.pdf');
    expect(fileNameOf('https://a.gov.cn/art/2024/%E6%B4%AA%E6%B3%BD%E5%8C%BA%202023.docx')).toBe(
      '洪泽区 2023.docx',
    );
    // Already decoded (as a page's link text may hand it in): unchanged.
    expect(fileNameOf('http://a.gov.cn/f/2024年报.pdf')).toBe('2024年报.pdf');
  });

  it('leaves a path with a malformed % sequence as written, never throws', () => {
    expect(fileNameOf('http://a.gov.cn/f/%E5%B9%ZZ.pdf')).toBe('%E5%B9%ZZ.pdf');
    expect(fileNameOf('http://a.gov.cn/f/100%.pdf?x=%')).toBe('100%.pdf');
    // One malformed sequence anywhere in the path keeps all of it as written.
    expect(fileNameOf('http://a.gov.cn/%ZZ/%E5%B9%B4.pdf')).toBe('%E5%B9%B4.pdf');
  });

  it('drops the query and the fragment', () => {
    expect(fileNameOf('http://a.gov.cn/f/x.DOCX?v=2')).toBe('x.DOCX');
    expect(fileNameOf('http://a.gov.cn/f/x.pdf#page=3')).toBe('x.pdf');
    expect(fileNameOf('http://a.gov.cn/download.jsp?id=7&name=%E5%B9%B4%E6%8A%A5.pdf')).toBe('download.jsp');
    // Not a URL: its text before ? or #.
    expect(fileNameOf('files/%E5%B9%B4%E6%8A%A5.pdf?v=1')).toBe('年报.pdf');
  });

  it('is empty after a trailing slash, or where there is no path', () => {
    expect(fileNameOf('http://a.gov.cn/files/')).toBe('');
    expect(fileNameOf('http://a.gov.cn')).toBe('');
    expect(fileNameOf('http://a.gov.cn?id=3')).toBe('');
    expect(fileNameOf('')).toBe('');
  });

  it('splits at an encoded backslash as at a slash', () => {
    expect(fileNameOf('http://a.gov.cn/f/a%5Cb.pdf')).toBe('b.pdf');
  });
});

describe('the parts', () => {
  it('decodeSafe decodes, or gives the text back', () => {
    expect(decodeSafe('%E5%B9%B4%E6%8A%A5')).toBe('年报');
    expect(decodeSafe('%E5%B9')).toBe('%E5%B9');
  });

  it('decodedPath is the whole decoded path', () => {
    expect(decodedPath('http://a.gov.cn/%E5%B9%B4/x.pdf?q=1')).toBe('/年/x.pdf');
    expect(decodedPath('x.pdf#a')).toBe('x.pdf');
  });

  it('lastSegment splits a POSIX or Windows path, decoding nothing', () => {
    expect(lastSegment('/tmp/reports/年报 2023.pdf')).toBe('年报 2023.pdf');
    expect(lastSegment('C:\\reports\\a%20b.pdf')).toBe('a%20b.pdf');
    expect(lastSegment('dir/')).toBe('');
  });
});
