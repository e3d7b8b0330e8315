import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OLD_WORD_UNSUPPORTED } from '../sniff';
import { auditFile, NOT_A_REPORT } from './files';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
/** A file's bytes as the browser's File.arrayBuffer() gives them: an ArrayBuffer of its own. */
function bytes(path: string): ArrayBuffer {
  const b = readFileSync(join(fixtures, path));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('auditFile', () => {
  it('reads a Word report with merged cells (rowspan, colspan) as the 2021 template', async () => {
    const out = await auditFile('某某区统计局2021年报.docx', bytes('docx/tongjiju-2021-merged.docx'));
    if (!out.ok) throw new Error(out.error);
    // mammoth keeps the template's merges rather than flattening them.
    expect(out.html).toContain('rowspan="22"');
    expect(out.html).toContain('colspan="7"');
    const { report, findings } = out.result;
    expect(report.template).toBe('2021');
    expect(report.year).toBe(2021);
    expect(report.agency).toBe('某某市某某区统计局');
    const v = (a: string) => report.cells[a]?.value;
    expect(v('t3.new.total')).toBe(12);
    expect(v('t3.new.natural')).toBe(10);
    expect(v('t3.carried_in.total')).toBe(1);
    expect(v('t3.granted.total')).toBe(8);
    expect(v('t3.partial.natural')).toBe(2);
    expect(v('t3.unable.not_held.total')).toBe(1);
    expect(v('t3.refused.repeat.natural')).toBe(1);
    expect(v('t3.other.else.total')).toBe(0);
    expect(v('t3.outcome_total.total')).toBe(12);
    expect(v('t3.carried_out.total')).toBe(1);
    expect(v('t2.normative.in_force')).toBe(12);
    expect(v('t2.permit.decisions')).toBe(563);
    expect(v('t4.review.upheld')).toBe(1);
    expect(v('t4.suit_direct.total')).toBe(1);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.result.file).toBe('某某区统计局2021年报.docx');
    expect(report.source).toBe('docx');
  });

  it('reads a saved .html page, decoding GBK by its meta charset', async () => {
    const out = await auditFile('seed004-gbk.HTML', bytes('seed004-gbk.html'));
    if (!out.ok) throw new Error(out.error);
    expect(out.result.report.agency).toContain('商务局');
    expect(out.html).toContain('政府信息公开');
  });

  it('reads a page saved as one file (.mhtml), keeping where it was saved from in its text', async () => {
    const out = await auditFile('卫滨区城市管理局.mhtml', bytes('mhtml/seed001-cms.mhtml'));
    if (!out.ok) throw new Error(out.error);
    expect(out.result.report.agency).toBe('卫滨区城市管理局');
    expect(out.result.report.portal).toBe('weibin.gov.cn');
    // The text the desk keeps says where it came from, as a page a browser saved does.
    expect(out.html).toMatch(/^<!-- saved from url=\(\d{4}\)http:\/\/www\.weibin\.gov\.cn\//);
    // The article in an iframe of the saved page: the frame's page is the one kept.
    const framed = await auditFile('show.mhtml', bytes('mhtml/iframe-report.mhtml'));
    if (!framed.ok) throw new Error(framed.error);
    expect(framed.result.report.agency).toBe('卫滨区城市管理局');
    expect(framed.html).toContain('saved from url=(0042)http://www.weibin.gov.cn/zwgk/content.html');
  });

  it('refuses a page or document that is not a report', async () => {
    expect(await auditFile('list.html', bytes('nonreport-list.html'))).toEqual({
      ok: false,
      error: NOT_A_REPORT,
    });
  });

  it('reads what a file is, not what it is called: a page saved as .pdf or .doc, a .docx saved as .html', async () => {
    for (const name of ['某某局年报.pdf', '某某局年报.doc', '某某局年报.docx']) {
      const out = await auditFile(name, bytes('seed001-cms.html'));
      expect(out.ok, name).toBe(true);
      if (out.ok) expect(out.result.report.source, name).toBeUndefined();
    }
    // A page under a Word file's name that is no report: what it likely is, said.
    expect(await auditFile('b.docx', text('<html>not a zip</html>'))).toEqual({
      ok: false,
      error: expect.stringContaining(
        "named .docx but holding a web page, and not a report (perhaps the site's error",
      ),
    });
    expect(await auditFile('list.htm', bytes('nonreport-list.html'))).toEqual({
      ok: false,
      error: NOT_A_REPORT,
    });
    const word = await auditFile('某某区统计局2021年报.html', bytes('docx/tongjiju-2021-merged.docx'));
    expect(word.ok && word.result.report.source).toBe('docx');
  });

  it('gives a clear message for corrupt, empty and unsupported files', async () => {
    const corrupt = await auditFile('a.docx', text('PK\u0003\u0004 this is not really a zip'));
    expect(corrupt).toEqual({ ok: false, error: expect.stringMatching(/损坏.* \/ .*corrupt/) });
    expect(await auditFile('b.docx', text('PK not a zip either'))).toEqual({
      ok: false,
      error: expect.stringMatching(/损坏.* \/ .*corrupt/),
    });
    expect(await auditFile('c.html', new ArrayBuffer(0))).toMatchObject({
      ok: false,
      error: expect.stringContaining('empty'),
    });
    expect(await auditFile('d.doc', text('x'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('.docx'),
    });
    expect(await auditFile('e.pdf', text('x'))).toMatchObject({
      ok: false,
      error: '文件已损坏，或不是 PDF 文档 / The file is corrupt or not a PDF document',
    });
    // An old Word file under a .docx name, an OFD: said what they are, not "corrupt" or "unsupported".
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await auditFile('h.docx', ole.buffer)).toEqual({ ok: false, error: OLD_WORD_UNSUPPORTED });
    const ofd = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('OFD.xml')]);
    expect(await auditFile('i.ofd', ofd.buffer)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^不支持 OFD 格式.*OFD files are not supported/),
    });
    // An OpenDocument file (a ZIP, NULs and all): neither a page nor text.
    const odt = new Uint8Array(64);
    odt.set([0x50, 0x4b, 0x03, 0x04, 0x14]);
    expect(await auditFile('f.odt', odt.buffer)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unsupported'),
    });
    // Text that is no report: said so, as of a page.
    expect(await auditFile('g.txt', text('会议纪要\n一、参会人员\n'))).toEqual({
      ok: false,
      error: NOT_A_REPORT,
    });
  });

  it('reads a report copied into a text file line by line, as the CLI does, and keeps it as that page', async () => {
    const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
    const b = readFileSync(join(seeds, '000_8a17b353415bb68d.txt'));
    // Under its own name, and under none (a file saved without one).
    for (const name of ['相山区城管局2020年报.txt', 'report']) {
      const out = await auditFile(
        name,
        b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
      );
      if (!out.ok) throw new Error(out.error);
      expect(out.result.report.title).toBe('相山区城市管理局2020年政府信息公开工作年度报告');
      // Its parts of 主动公开 that do not sum; 表二, 表三 and 表四 read from its lines.
      expect(out.result.findings.map((f) => f.rule)).toEqual(['text-part-sum']);
      expect(out.result.checks?.find((c) => c.rule === 'missing-table')?.status).toBe('passed');
      expect(out.result.checks?.find((c) => c.rule === 't3-balance')?.status).toBe('passed');
      // The snapshot is the text as a browser shows it, escaped.
      expect(out.html).toMatch(/<pre>相山区城市管理局2020年政府信息公开工作年度报告\r?\n/);
    }
    // Text under a document's name is a broken document, as before.
    expect(await auditFile('x.pdf', text('相山区城市管理局2020年政府信息公开工作年度报告'))).toMatchObject({
      ok: false,
    });
  });
});
