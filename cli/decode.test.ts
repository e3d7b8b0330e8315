import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml, normaliseLabel, utf8Census } from './decode';

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

  it('reads GBK bytes under a <meta charset="utf-8"> they contradict as GB18030 (a saved page, its header lost)', () => {
    const html = page('<meta charset="utf-8">');
    expect(decodeHtml(gbk(html))).toEqual({ text: html, encoding: 'gb18030', source: 'sniff' });
    // The HTTP header, where there is one, is still obeyed as browsers obey it.
    expect(decodeHtml(gbk(html), 'text/html; charset=utf-8')).toMatchObject({
      encoding: 'utf-8',
      source: 'http',
    });
  });

  it('reads valid UTF-8 under <meta charset=gb2312> as UTF-8, and ASCII as declared', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(decodeHtml(utf8(html))).toEqual({ text: html, encoding: 'utf-8', source: 'sniff' });
    const ascii = '<html><head><meta charset="gbk"></head><body>2021</body></html>';
    expect(decodeHtml(utf8(ascii))).toEqual({ text: ascii, encoding: 'gb18030', source: 'meta' });
  });

  it('keeps a UTF-8 page declared so as UTF-8 with a few bad bytes (only a contradiction overrules it)', () => {
    const html = page('<meta charset="utf-8">');
    const bytes = utf8(html);
    const spoilt = new Uint8Array([...bytes.subarray(0, 80), 0xff, ...bytes.subarray(80)]);
    expect(decodeHtml(spoilt)).toMatchObject({ encoding: 'utf-8', source: 'meta' });
  });

  it('ignores an unknown charset label and a meta that claims UTF-16', () => {
    expect(decodeHtml(gbk(page('')), 'text/html; charset=bogus')).toMatchObject({ source: 'sniff' });
    expect(decodeHtml(utf8(page('<meta charset="utf-16">')))).toMatchObject({
      encoding: 'utf-8',
      source: 'meta',
    });
  });
});

describe('a page with a few bad bytes and no declaration', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '../test/fixtures', name));
  /** The page's bytes without its charset declaration, so the encoding must be guessed. */
  const undeclared = (name: string) => {
    const b = Buffer.from(fixture(name));
    const head = b.toString('latin1');
    const m = /<meta\b[^>]*charset[^>]*>/i.exec(head);
    if (!m) throw new Error(`${name} declares no charset`);
    return new Uint8Array(Buffer.concat([b.subarray(0, m.index), b.subarray(m.index + m[0].length)]));
  };
  /** Puts `bytes` in at evenly spaced places in the body, each after a '>' (never inside a character). */
  const spoil = (page: Uint8Array, bytes: number[]) => {
    const buf = Buffer.from(page);
    const at = buf.indexOf('<body');
    const out: Buffer[] = [];
    let prev = 0;
    bytes.forEach((b, i) => {
      const spot = buf.indexOf(0x3e, at + Math.floor(((i + 1) * (buf.length - at)) / (bytes.length + 1))) + 1;
      out.push(buf.subarray(prev, spot), Buffer.from([b]));
      prev = spot;
    });
    out.push(buf.subarray(prev));
    return new Uint8Array(Buffer.concat(out));
  };

  it('keeps a real UTF-8 page with one stray byte as UTF-8', () => {
    const page = undeclared('seed001-cms.html');
    expect(decodeHtml(page)).toMatchObject({ encoding: 'utf-8', source: 'sniff' });
    const d = decodeHtml(spoil(page, [0xa9]));
    expect(d).toMatchObject({ encoding: 'utf-8', source: 'sniff' });
    expect(d.text).toContain('卫滨区城市管理局');
    expect(d.text.split('\uFFFD')).toHaveLength(2);
  });

  it('keeps it UTF-8 with a handful of bad bytes (a cut character, a Latin-1 ©, a GBK pair)', () => {
    const d = decodeHtml(spoil(undeclared('seed000-word.html'), [0xe6, 0xa9, 0xff, 0xb1, 0xa8, 0xc0]));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('政府信息公开');
  });

  it('still reads a real GBK page as GB18030, with or without a few stray bytes', () => {
    const page = undeclared('seed004-gbk.html');
    const clean = decodeHtml(page);
    expect(clean).toMatchObject({ encoding: 'gb18030', source: 'sniff' });
    expect(clean.text).toContain('政府信息公开');
    expect(decodeHtml(spoil(page, [0xff, 0x80, 0xff]))).toMatchObject({ encoding: 'gb18030' });
  });

  it('reads a mostly-ASCII GBK page with a few Chinese words as GB18030', () => {
    const html = `<html><head><title>Report</title></head><body>${'<p>2021 figures: 12, 34, 56.</p>'.repeat(200)}<p>年度报告</p></body></html>`;
    expect(decodeHtml(gbk(html))).toMatchObject({ text: html, encoding: 'gb18030' });
  });

  it('counts bad sequences as the UTF-8 decoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = new TextDecoder('utf-8').decode(bytes);
        // A real U+FFFD in the input would be counted as a good character: leave those out.
        fc.pre(!Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd])));
        const { multi, bad } = utf8Census(bytes);
        expect(bad).toBe(text.split('\uFFFD').length - 1);
        expect(multi).toBe([...text].filter((c) => c !== '\uFFFD' && c.codePointAt(0)! >= 0x80).length);
      }),
      { numRuns: 3000 },
    );
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
