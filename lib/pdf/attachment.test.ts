/**
 * A PDF or .docx a sweep reaches: read here as the extension's sweep page reads it (with the CLI's
 * pdfjs standing in for the browser's), it gives exactly what the CLI's `--follow` gives for the same
 * bytes (cli/document.ts), and a file that cannot be read says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../cli/document';
import { loadPdfjs } from '../../cli/pdfjs';
import { makePdf } from '../../test/unit/pdf-make';
import { SweepError } from '../sweep/crawl';
import { sweepReadsUrl } from '../sweep/kind';
import { kindOf, readAttachment } from './attachment';
import { SCAN_NOT_A_REPORT } from './index';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const file = (p: string) => new Uint8Array(readFileSync(join(FIXTURES, p)));
const BASE = 'http://www.a.gov.cn/xxgk/nb/files/';

describe('an attachment read in a sweep', () => {
  it('a PDF: the CLI’s audit, and a snapshot for the desk', async () => {
    const url = `${BASE}district-gov-2020.pdf`;
    const ours = await readAttachment('pdf', file('pdf/district-gov-2020.pdf'), url, loadPdfjs);
    const cli = await auditDocument(file('pdf/district-gov-2020.pdf'), { url }, 'application/pdf');
    expect(ours.result).toEqual(cli);
    expect(ours.result.detected && ours.result.report.source).toBe('pdf');
    expect(ours.html).toMatch(/^<!doctype html>/);
    expect(ours.html).toContain(url);
  });

  it('a .docx: the CLI’s audit, its HTML the snapshot', async () => {
    const url = `${BASE}tongjiju-2021.docx`;
    const bytes = file('docx/tongjiju-2021-merged.docx');
    const ours = await readAttachment('docx', bytes, url, loadPdfjs);
    expect(ours.result).toEqual(await auditDocument(bytes, { url }, null));
    expect(ours.result.detected && ours.result.report.source).toBe('docx');
    expect(ours.html).toContain('<table');
  });

  it('encrypted or corrupt: a SweepError with the reader’s words; a scan: not a report, with why', async () => {
    const url = `${BASE}x.pdf`;
    const encrypted = readAttachment('pdf', makePdf([{ text: 'x' }], { encrypted: true }), url, loadPdfjs);
    await expect(encrypted).rejects.toBeInstanceOf(SweepError);
    await expect(encrypted).rejects.toThrow(/^PDF 已加密/);
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}`);
    await expect(readAttachment('pdf', junk, url, loadPdfjs)).rejects.toThrow(/^PDF 文件已损坏/);
    const notZip = new TextEncoder().encode('PK not a zip at all');
    await expect(readAttachment('docx', notZip, `${BASE}x.docx`, loadPdfjs)).rejects.toThrow(
      /^无法读取该 Word 文档/,
    );
    const scan = await readAttachment('pdf', makePdf([{ image: true }]), `${BASE}scan0001.pdf`, loadPdfjs);
    expect(scan).toEqual({ result: expect.objectContaining({ detected: false }), html: '' });
    expect(!scan.result.detected && scan.result.reason).toBe(SCAN_NOT_A_REPORT);
  });

  it('is known by its bytes first, then the server’s word, then its name; .doc and spreadsheets are not read', () => {
    const pdf = file('pdf/seed001-cms.pdf');
    expect(kindOf(pdf, 'download.do', 'application/octet-stream')).toBe('pdf');
    expect(kindOf(new TextEncoder().encode('<html>'), 'a.pdf', 'text/html')).toBe('html');
    expect(kindOf(file('docx/tongjiju-2021-merged.docx'), 'a.docx', null)).toBe('docx');
    // A Word document under another name is known by its part word/document.xml; another ZIP is not.
    expect(kindOf(file('docx/tongjiju-2021-merged.docx'), 'a.zip', null)).toBe('docx');
    expect(kindOf(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'a.zip', null)).toBe('html');
    // Markup is a page whatever the server or the name says.
    expect(kindOf(new TextEncoder().encode('\ufeff\r\n <!DOCTYPE html>'), 'a.pdf', 'application/pdf')).toBe(
      'html',
    );
    expect(sweepReadsUrl(`${BASE}a.pdf`)).toBe(true);
    expect(sweepReadsUrl(`${BASE}a.DOCX`)).toBe(true);
    expect(sweepReadsUrl(`${BASE}a.html`)).toBe(true);
    for (const ext of ['doc', 'xls', 'xlsx', 'wps', 'zip'])
      expect(sweepReadsUrl(`${BASE}a.${ext}`)).toBe(false);
  });
});
