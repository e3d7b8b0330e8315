/**
 * A PDF dropped on the desk: lib/desk/files.ts hands it to auditPdfFile (here with the CLI's
 * pdfjs; the desk page hands in the browser's). A real report is audited and kept with its
 * snapshot; every file that cannot be read says why and gives nothing to save.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../cli/pdfjs';
import { makePdf } from '../../test/unit/pdf-make';
import { auditFile, NOT_A_REPORT, type PdfReader } from '../desk/files';
import { auditPdfFile } from './file';
import { type PdfjsLike, SCAN_NOT_A_REPORT } from './index';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
/** A file's bytes as the browser's File.arrayBuffer() gives them: an ArrayBuffer of its own. */
function bytes(path: string): ArrayBuffer {
  const b = readFileSync(join(FIXTURES, path));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
const own = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

let pdfjs: PdfjsLike;
let pdf: PdfReader;
beforeAll(async () => {
  pdfjs = await loadPdfjs();
  pdf = (name, b) => auditPdfFile(pdfjs, name, b);
});

describe('a PDF dropped on the desk', () => {
  it('is audited like the CLI reads it, source pdf, with the text and tables as its snapshot', async () => {
    const out = await auditFile('洪泽区2023年报.pdf', bytes('pdf/hongze-district-gov-2023.pdf'), { pdf });
    if (!out.ok) throw new Error(out.error);
    const { report, findings, file } = out.result;
    expect(file).toBe('洪泽区2023年报.pdf');
    expect(report).toMatchObject({ source: 'pdf', year: 2023, template: '2021' });
    expect(report.cells['t4.review.total']).toEqual({ value: 0, raw: '0', page: 4 });
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['t4-sum', 't4-sum']);
    expect(out.html).toMatch(/^<!doctype html>/);
    expect(out.html).toContain(`<title>${report.title}</title>`);
    expect(out.html).toContain('<!-- file:///');
    expect(out.html).toContain('本年新收政府信息公开申请数量');
    expect((out.html.match(/<table /g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('is known by its bytes, whatever it is called', async () => {
    const out = await auditFile('download.do', bytes('pdf/hongze-district-gov-2024.pdf'), { pdf });
    expect(out.ok && out.result.report.year).toBe(2024);
  });

  it('without a PDF reader is refused, not read as a page', async () => {
    expect(await auditFile('a.pdf', bytes('pdf/seed001-cms.pdf'))).toEqual({
      ok: false,
      error: '此处不能读取 PDF 文件 / PDF files cannot be read here',
    });
  });

  it('named .pdf but a page (a portal error page saved as the file) says so', async () => {
    const page = new TextEncoder().encode('<html><body>404 Not Found</body></html>');
    expect(await auditFile('report.pdf', own(page), { pdf })).toEqual({
      ok: false,
      error:
        "文件名为 .pdf，内容却是网页，且不是年报（可能是网站的错误页或登录页） / named .pdf but holding a web page, and not a report (perhaps the site's error or login page)",
    });
    // Bytes that are neither a PDF nor a page are still called what they are not.
    expect(await auditFile('report.pdf', own(new TextEncoder().encode('1 0 obj')), { pdf })).toEqual({
      ok: false,
      error: '文件已损坏，或不是 PDF 文档 / The file is corrupt or not a PDF document',
    });
  });

  it('encrypted, corrupt or over the page cap: the reader’s message, nothing to save', async () => {
    expect(await auditFile('e.pdf', own(makePdf([{ text: 'x' }], { encrypted: true })), { pdf })).toEqual({
      ok: false,
      error: 'PDF 已加密（需要密码），无法读取 / The PDF is encrypted (password required)',
    });
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}`);
    const corrupt = await auditFile('c.pdf', own(junk), { pdf });
    expect(corrupt).toMatchObject({ ok: false });
    expect(!corrupt.ok && corrupt.error).toMatch(/^PDF 文件已损坏或不完整，无法读取 \/ The PDF is corrupt/);
    const many = makePdf(Array.from({ length: 201 }, (_, i) => ({ text: `page ${i + 1}` })));
    expect(await auditFile('m.pdf', own(many), { pdf })).toEqual({
      ok: false,
      error:
        'PDF 共 201 页，超过 200 页上限，不像一份年度报告 / The PDF has 201 pages, over the 200-page limit for a report',
    });
  });

  it('truncated: read as far as it goes or named corrupt, never thrown', async () => {
    const whole = new Uint8Array(bytes('pdf/seed001-cms.pdf'));
    for (const cut of [0.2, 0.6]) {
      const out = await auditFile('cut.pdf', own(whole.subarray(0, Math.floor(whole.length * cut))), { pdf });
      if (out.ok) expect(out.result.report.source).toBe('pdf');
      else expect(out.error).toMatch(/^(PDF 文件已损坏或不完整|不是政府信息公开年度报告)/);
    }
  });

  it('a scan: refused when its title does not name a report, kept (tables missing) when it does', async () => {
    expect(await auditFile('scan0001.pdf', own(makePdf([{ image: true }])), { pdf })).toEqual({
      ok: false,
      error: SCAN_NOT_A_REPORT,
    });
    const titled = makePdf([{ image: true }], { title: '某某县人民政府2023年政府信息公开工作年度报告' });
    const out = await auditFile('scan.pdf', own(titled), { pdf });
    if (!out.ok) throw new Error(out.error);
    expect(out.result.findings.filter((f) => f.rule === 'missing-table')).toHaveLength(3);
    expect(out.html).toContain('[扫描件 第 1 页]');
  });

  it('a PDF with text that is no report is refused as such', async () => {
    const notes = makePdf([{ text: 'Meeting notes, nothing about information disclosure.' }]);
    expect(await auditFile('notes.pdf', own(notes), { pdf })).toEqual({ ok: false, error: NOT_A_REPORT });
  });
});
