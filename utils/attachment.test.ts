import { describe, expect, it } from 'vitest';
import {
  AttachmentError,
  attachmentKind,
  fetchAttachment,
  refuseHost,
  unreadableMessage,
} from './attachment';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF');
const PAGE = 'http://www.hongze.gov.cn/art/2024/1/20/art_1.html';

/** A fake fetch answering every request with `body` (and the headers), as from `url`. */
function answer(body: Uint8Array | string, headers: Record<string, string> = {}, status = 200, url?: string) {
  return (async (input: string | URL | Request) => {
    const res = new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), {
      status,
      headers,
    });
    Object.defineProperty(res, 'url', { value: url ?? String(input) });
    return res;
  }) as typeof fetch;
}

describe('attachmentKind', () => {
  it('reads the extension of the address, else of the link text', () => {
    expect(attachmentKind('http://a.gov.cn/f/2024年报.pdf')).toBe('pdf');
    expect(attachmentKind('http://a.gov.cn/f/x.DOCX?v=2')).toBe('docx');
    expect(attachmentKind('http://a.gov.cn/f/x.doc')).toBe('unreadable');
    expect(attachmentKind('http://a.gov.cn/f/x.wps')).toBe('unreadable');
    expect(attachmentKind('http://a.gov.cn/f/x.ofd')).toBe('unreadable');
    expect(attachmentKind('http://a.gov.cn/download.jsp?id=7', '洪泽区2023年年度报告.pdf')).toBe('pdf');
    expect(attachmentKind('http://a.gov.cn/f/x.xls')).toBeNull();
    expect(attachmentKind('http://a.gov.cn/art/1.html')).toBeNull();
  });

  it('names the format that is not readable yet', () => {
    expect(unreadableMessage('http://a.gov.cn/x.ofd')).toContain('OFD');
    expect(unreadableMessage('http://a.gov.cn/x.doc')).toContain('.doc');
  });
});

describe('refuseHost', () => {
  it('lets the page fetch its own *.gov.cn host only', () => {
    expect(refuseHost('http://www.hongze.gov.cn/files/a.pdf', PAGE)).toBeNull();
    expect(refuseHost(PAGE, PAGE)).toBeNull();
    expect(refuseHost('http://www.other.gov.cn/a.pdf', PAGE)).toContain('www.other.gov.cn');
    expect(refuseHost('http://cdn.example.com/a.pdf', PAGE)).toContain('cdn.example.com');
    expect(refuseHost('http://www.example.com/a.pdf', 'http://www.example.com/r.html')).toContain('gov.cn');
    expect(refuseHost('file:///etc/passwd', PAGE)).toContain('http');
    expect(refuseHost('http://www.hongze.gov.cn/a.pdf', null)).not.toBeNull();
    expect(refuseHost('not a url', PAGE)).not.toBeNull();
  });
});

describe('fetchAttachment', () => {
  it('fetches a PDF on the page host', async () => {
    const got = await fetchAttachment('http://www.hongze.gov.cn/files/%E5%B9%B4%E6%8A%A5.pdf', PAGE, {
      fetch: answer(PDF, { 'content-type': 'application/octet-stream' }),
    });
    expect(got.kind).toBe('pdf');
    expect(got.name).toBe('年报.pdf');
    expect(got.bytes.length).toBe(PDF.length);
  });

  it('refuses another host without fetching', async () => {
    let asked = false;
    const spy = (async () => {
      asked = true;
      return new Response('');
    }) as typeof fetch;
    await expect(fetchAttachment('http://www.other.gov.cn/a.pdf', PAGE, { fetch: spy })).rejects.toThrow(
      AttachmentError,
    );
    expect(asked).toBe(false);
  });

  it('refuses a redirect to another host', async () => {
    const f = answer(PDF, {}, 200, 'http://evil.example.com/a.pdf');
    await expect(fetchAttachment('http://www.hongze.gov.cn/a.pdf', PAGE, { fetch: f })).rejects.toThrow(
      /evil\.example\.com/,
    );
  });

  it('stops past the size cap, by the header or by the bytes', async () => {
    const big = new Uint8Array(2048);
    big.set(PDF);
    await expect(
      fetchAttachment('http://www.hongze.gov.cn/a.pdf', PAGE, { fetch: answer(big), maxBytes: 1024 }),
    ).rejects.toThrow(/larger than/);
    await expect(
      fetchAttachment('http://www.hongze.gov.cn/a.pdf', PAGE, {
        fetch: answer(big, { 'content-length': '99999999' }),
        maxBytes: 1024,
      }),
    ).rejects.toThrow(/larger than/);
  });

  it('says what went wrong: an HTTP error, a web page, an empty file, not a document', async () => {
    const url = 'http://www.hongze.gov.cn/a.pdf';
    await expect(fetchAttachment(url, PAGE, { fetch: answer('', {}, 404) })).rejects.toThrow(/HTTP 404/);
    await expect(
      fetchAttachment(url, PAGE, { fetch: answer('<html>login</html>', { 'content-type': 'text/html' }) }),
    ).rejects.toThrow(/web page/);
    await expect(fetchAttachment(url, PAGE, { fetch: answer(new Uint8Array(0)) })).rejects.toThrow(/empty/);
    await expect(fetchAttachment(url, PAGE, { fetch: answer('GIF89a') })).rejects.toThrow(/not a PDF/);
    // A link named .docx that serves an old binary Word file: said what it is, and what to do.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(
      fetchAttachment('http://www.hongze.gov.cn/a.docx', PAGE, { fetch: answer(ole) }),
    ).rejects.toThrow(/Old Word \(\.doc\).*save as \.docx/);
    // Another ZIP (an .odt served for the link): not a PDF or .docx, no advice meant for the CLI.
    const odt = new Uint8Array([0x50, 0x4b, 3, 4, ...new TextEncoder().encode('content.xml')]);
    await expect(fetchAttachment(url, PAGE, { fetch: answer(odt) })).rejects.toThrow(
      '附件不是 PDF 或 .docx 文件 / The attachment is not a PDF or .docx file',
    );
  });

  it('gives up after the time limit', async () => {
    const hang = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      })) as typeof fetch;
    await expect(
      fetchAttachment('http://www.hongze.gov.cn/a.pdf', PAGE, { fetch: hang, timeoutMs: 20 }),
    ).rejects.toThrow(/timed out/);
  });
});
