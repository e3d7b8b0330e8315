import { describe, expect, it } from 'vitest';
import { OLD_WORD_UNSUPPORTED, opensAsMarkup, sniffKind, unreadableReason } from './sniff';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF');
const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('sniffKind', () => {
  it('tells a PDF by its header whatever it is called or served as, junk before it allowed', () => {
    expect(sniffKind(PDF, 'download', 'application/octet-stream')).toBe('pdf');
    expect(sniffKind(PDF, 'a.html', 'text/html')).toBe('pdf');
    const junk = new Uint8Array([...new TextEncoder().encode('\r\n\r\n'), ...PDF]);
    expect(sniffKind(junk, 'download.do', null)).toBe('pdf');
  });

  it('looks for the header within the first KB only, as a whole', () => {
    const at = (offset: number) => {
      const bytes = new Uint8Array(offset + 64).fill(0x20);
      bytes.set(new TextEncoder().encode('%PDF-'), offset);
      return sniffKind(bytes, 'download', null);
    };
    expect(at(1019)).toBe('pdf');
    expect(at(1020)).toBeNull();
    expect(sniffKind(new TextEncoder().encode('%PDF'), 'download', null)).toBeNull();
  });

  it('tells a .docx only when a ZIP is named or served as one', () => {
    expect(sniffKind(ZIP, 'r.docx', '')).toBe('docx');
    expect(sniffKind(ZIP, 'getfile', `${DOCX_TYPE}; charset=binary`)).toBe('docx');
    expect(sniffKind(ZIP, 'r.zip', 'application/zip')).toBeNull();
  });

  it('tells a .docx under any name by the Word part its ZIP holds, and no other ZIP', () => {
    const zip = (part: string) =>
      new Uint8Array([...ZIP, ...new TextEncoder().encode(`[Content_Types].xml…${part}…`)]);
    expect(sniffKind(zip('word/document.xml'), 'download.do', 'application/octet-stream')).toBe('docx');
    expect(sniffKind(zip('word/document.xml'), '年报.html', null)).toBe('docx');
    // A spreadsheet or a presentation is a ZIP too.
    expect(sniffKind(zip('xl/workbook.xml'), 'download.do', null)).toBeNull();
    expect(sniffKind(zip('word/document.xm'), 'download.do', null)).toBeNull();
    // The part's name in a file that is no ZIP says nothing.
    expect(sniffKind(new TextEncoder().encode('<p>word/document.xml</p>'), 'a.html', null)).toBeNull();
  });

  it('is nothing for a page, whatever it is named', () => {
    expect(sniffKind(new TextEncoder().encode('<html>'), 'r.pdf', 'text/html')).toBeNull();
    expect(sniffKind(new Uint8Array(), 'r.docx', null)).toBeNull();
  });
});

describe('opensAsMarkup', () => {
  const utf16 = (text: string, le: boolean) => {
    const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
    for (const c of text) {
      const u = c.charCodeAt(0);
      out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    }
    return Uint8Array.from(out);
  };
  it('reads UTF-16 by its byte order mark, as it does UTF-8', () => {
    const enc = new TextEncoder();
    expect(opensAsMarkup(enc.encode('\ufeff \n<!doctype html>'))).toBe(true);
    expect(opensAsMarkup(enc.encode('一、总体情况'))).toBe(false);
    for (const le of [true, false]) {
      expect(opensAsMarkup(utf16(' \r\n<html>', le))).toBe(true);
      expect(opensAsMarkup(utf16('一、总体情况 <b>', le))).toBe(false);
      // 〈 (U+3008) is no < though its low byte is 0x08 … and ＜'s is 0x1c: the high byte decides.
      expect(opensAsMarkup(utf16('\u3c3c', le))).toBe(false);
    }
  });
});

describe('unreadableReason', () => {
  const zip = (...parts: string[]) =>
    new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, ...new TextEncoder().encode(parts.join('\0'))]);
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  it('tells an old Word or WPS file by its bytes, whatever it is named', () => {
    for (const name of ['年报.doc', '年报.docx', '年报.wps', 'download.do', '年报.html'])
      expect(unreadableReason(ole, name)).toBe(OLD_WORD_UNSUPPORTED);
    expect(unreadableReason(ole, '附表.xls')).toMatch(/Excel/);
  });

  it('tells an OFD, a spreadsheet and an archive apart from one another', () => {
    expect(unreadableReason(zip('OFD.xml', 'Doc_0/Document.xml'), 'download.do')).toMatch(
      /^不支持 OFD 格式.*OFD files/,
    );
    expect(unreadableReason(zip('[Content_Types].xml', 'xl/workbook.xml'), '附表.xlsx')).toMatch(/Excel/);
    expect(unreadableReason(zip('年报.pdf'), '年报.zip')).toMatch(/unpack it/);
    // Another ZIP-packed document: said to be none of what is read, with no advice to unpack it.
    expect(unreadableReason(zip('content.xml'), '年报.odt')).toMatch(
      /^不支持的文件类型.*Unsupported file type/,
    );
  });

  it('is nothing for a page, text or a file too short to tell', () => {
    expect(unreadableReason(new TextEncoder().encode('<html>OFD.xml</html>'), 'a.html')).toBeNull();
    expect(unreadableReason(new TextEncoder().encode('二〇二三年度报告'), 'a.txt')).toBeNull();
    expect(unreadableReason(ole.subarray(0, 4), 'a.doc')).toBeNull();
    expect(unreadableReason(new Uint8Array(), 'a.docx')).toBeNull();
  });
});
