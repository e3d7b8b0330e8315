import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../cli/document';
import { auditBytes } from '../cli/page';
import { auditFile } from './desk/files';
import { isMhtml, mhtmlText, readMhtmlPages } from './mhtml';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url)));
const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Quoted-printable as IE and Word write it: every byte outside printable ASCII as =XX, lines of at most 76. */
function qp(bytes: Uint8Array): string {
  let out = '';
  let line = '';
  for (const b of bytes) {
    const piece =
      b === 10
        ? '\n'
        : b === 13
          ? ''
          : b === 61 || b < 32 || b > 126
            ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
            : String.fromCharCode(b);
    if (piece === '\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

/** An IE-style .mht of a GBK page: quoted-printable GB2312, its address in Content-Location. */
function ieMht(page: Uint8Array, location: string): Uint8Array {
  return ascii(
    [
      'From: <Saved by Windows Internet Explorer 8>',
      'Subject: =?gb2312?B?xOq6ow==?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----=_NextPart_000_0000_01DA1234.56789ABC"',
      'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17514',
      '',
      'This is a multi-part message in MIME format.',
      '',
      '------=_NextPart_000_0000_01DA1234.56789ABC',
      'Content-Type: text/html;',
      '\tcharset="gb2312"',
      'Content-Transfer-Encoding: quoted-printable',
      `Content-Location: ${location}`,
      '',
      // The CRLF before a delimiter is the delimiter's; the page's own last line break comes before it.
      qp(page),
      '------=_NextPart_000_0000_01DA1234.56789ABC',
      'Content-Type: image/gif',
      'Content-Transfer-Encoding: base64',
      'Content-Location: http://www.example.gov.cn/images/logo.gif',
      '',
      'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
      '',
      '------=_NextPart_000_0000_01DA1234.56789ABC--',
      '',
    ].join('\r\n'),
  );
}

describe('pages saved as one file (MHTML)', () => {
  it('reads a page Chromium saved as .mhtml exactly as the page itself, and where it was saved from', async () => {
    // test/fixtures/mhtml/seed001-cms.mhtml: Chromium's own snapshot (Page.captureSnapshot) of
    // seed001-cms.html served at http://www.weibin.gov.cn/zwgk/nb/202401/t20240119_1.html.
    const bytes = fixture('mhtml/seed001-cms.mhtml');
    expect(isMhtml(bytes)).toBe(true);
    const saved = readMhtmlPages(bytes)?.[0];
    expect(saved?.location).toBe('http://www.weibin.gov.cn/zwgk/nb/202401/t20240119_1.html');
    expect(mhtmlText(saved!)).toMatch(/^<!-- saved from url=\(0056\)http:\/\/www\.weibin\.gov\.cn\/zwgk\//);
    const page = await auditDocument(bytes, { file: 'report.mhtml' });
    const html = auditBytes(fixture('seed001-cms.html'), { file: 'report.mhtml' });
    expect(page.detected).toBe(true);
    if (!page.detected || !html.detected) return;
    // The same report, findings and checks; the portal from the address it was saved from.
    expect(page.findings).toEqual(html.findings);
    expect(page.checks).toEqual(html.checks);
    expect({ ...page.report, portal: null }).toEqual({ ...html.report, portal: null });
    expect(page.report.portal).toBe('weibin.gov.cn');
  });

  it('reads the report from a frame where the saved page shows its article in an iframe', async () => {
    // test/fixtures/mhtml/iframe-report.mhtml: Chromium's snapshot of a portal page whose <iframe>
    // holds seed001-cms; the frame is a part of its own.
    const bytes = fixture('mhtml/iframe-report.mhtml');
    const pages = readMhtmlPages(bytes);
    expect(pages?.map((p) => p.location)).toEqual([
      'http://www.weibin.gov.cn/zwgk/nb/show.html',
      'http://www.weibin.gov.cn/zwgk/content.html',
    ]);
    const page = await auditDocument(bytes, { file: 'show.mhtml' });
    const html = auditBytes(fixture('seed001-cms.html'), { file: 'show.mhtml' });
    expect(page.detected).toBe(true);
    if (page.detected && html.detected) expect(page.findings).toEqual(html.findings);
  });

  it('reads an IE .mht of a GBK page: quoted-printable GB2312, the charset its part declares', async () => {
    const gbk = fixture('seed004-gbk.html');
    const bytes = ieMht(gbk, 'http://www.example.gov.cn/xxgk/2021/nb.html');
    const saved = readMhtmlPages(bytes)?.[0];
    expect(saved?.charset).toBe('gb2312');
    // Transfer encoding undone byte for byte (its lines end in CRLF, as in the MIME message).
    const lf = (b: Uint8Array) =>
      Buffer.from(Buffer.from(b).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
    expect(lf(saved!.html).equals(lf(gbk))).toBe(true);
    const page = await auditDocument(bytes, { file: 'nb.mht' });
    const html = auditBytes(gbk, { file: 'nb.mht' });
    expect(page.detected && html.detected).toBe(true);
    if (page.detected && html.detected) expect(page.findings).toEqual(html.findings);
  });

  it('takes the part the message names as its start, and reads base64', () => {
    const page = iconv.encode('<html><head><title>甲</title></head><body>乙</body></html>', 'utf8');
    const msg = concat(
      ascii(
        [
          'MIME-Version: 1.0',
          'Content-Type: multipart/related; boundary=XYZ; start="<root@x>"; type="text/html"',
          '',
          '--XYZ',
          'Content-Type: text/html; charset=utf-8',
          'Content-ID: <frame@x>',
          '',
          '<html><body>a frame, not the page</body></html>',
          '--XYZ',
          'Content-Type: text/html; charset=utf-8',
          'Content-ID: <root@x>',
          'Content-Transfer-Encoding: base64',
          '',
          page.toString('base64'),
          '--XYZ--',
          '',
        ].join('\n'),
      ),
    );
    const saved = readMhtmlPages(msg)?.[0];
    expect(Buffer.from(saved!.html).toString('utf8')).toBe(page.toString('utf8'));
    // No address to go by (a file:// snapshot, or none): no saved-from comment.
    expect(mhtmlText(saved!)).toBe('<html><head><title>甲</title></head><body>乙</body></html>');
  });

  it('reads a hostile file of 200,000 parts whose headers never end in one pass, not one per part', () => {
    // 6.6 MB: each part was searched on to the end of the file for its blank line (over a minute).
    const parts = '--b\nContent-Type: image/png\nX: y\n'.repeat(200_000);
    const bytes = ascii(`MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n${parts}--b--\n`);
    expect(readMhtmlPages(bytes)).toEqual([]);
  });

  it('is not fooled by a page, a PDF, an e-mail without an HTML part, or a header line alone', async () => {
    expect(isMhtml(fixture('seed001-cms.html'))).toBe(false);
    expect(isMhtml(ascii('%PDF-1.7\n'))).toBe(false);
    expect(isMhtml(ascii('Subject: hi\r\nContent-Type: text/plain\r\n\r\nhello'))).toBe(false);
    expect(isMhtml(ascii('Content-Type: multipart/related; boundary=b'))).toBe(false);
    const noHtml = ascii(
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n',
    );
    expect(isMhtml(noHtml)).toBe(true);
    expect(readMhtmlPages(noHtml)).toEqual([]);
    // Said so, not audited into "not a report".
    await expect(auditDocument(noHtml, { file: 'broken.mhtml' })).rejects.toThrow(
      /中没有网页部分.* \/ the page saved as one file \(\.mhtml\) holds no web page/,
    );
    const desk = await auditFile('broken.mhtml', noHtml.slice().buffer);
    expect(desk).toEqual({ ok: false, error: expect.stringMatching(/holds no web page/) });
  });
});
