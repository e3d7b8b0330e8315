import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromHtml, sourceFromText } from '../adapters/htmlparser2';
import { audit } from '../audit';
import { escapeHtml } from '../text';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const seed = (name: string) =>
  readFileSync(new URL(`../../../shared/seeds/${name}`, import.meta.url), 'utf8');
const missing = (html: string) => {
  const a = audit(sourceFromHtml(html));
  return {
    findings: a.findings.filter((f) => f.rule === 'missing-table').map((f) => f.message.slice(0, 2)),
    check: a.checks.find((c) => c.rule === 'missing-table'),
    textTables: a.ctx.textTables ?? [],
  };
};

describe('tables a page gives only as text', () => {
  it('are there, not missing: a report whose tables are lines of text in a <pre>', () => {
    // Seed 000 as a page would set the text file: its three tables as lines of labels and figures.
    const text = seed('000_8a17b353415bb68d.txt');
    const got = missing(
      `<html><head><title>t</title></head><body><pre>${escapeHtml(text)}</pre></body></html>`,
    );
    expect(got.textTables.sort()).toEqual(['t2', 't3', 't4']);
    expect(got.findings).toEqual([]);
    expect(got.check).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/^表格只以文字形式出现/),
    });
    // Read as a text file, it says so as before.
    const plain = audit(sourceFromText(text));
    expect(plain.checks.find((c) => c.rule === 'missing-table')?.reason).toMatch(/^纯文本/);
  });

  it('are still missing where the prose only tells their figures, with units, and the tables are pictures', () => {
    // report-images: 表二–表四 as images, the prose with 申请 and 复议 figures (…复议后起诉1件).
    const page = fixture('report-images.html');
    const got = missing(page);
    expect(got.textTables).toEqual([]);
    expect(got.findings).toEqual(['表二', '表三', '表四']);
    // Prose that names the tables' header words, and its figures with their units: not a table.
    const prose =
      '<p>因政府信息公开工作被申请行政复议4件，被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件。</p>' +
      '<p>申请人情况：自然人申请50件，法人或其他组织申请6件；本年新收56件，上年结转4件。</p>' +
      '<p>第二十条第（一）项信息内容：制发规范性文件6件，行政许可563件。</p>';
    expect(missing(page.replace(/<body([^>]*)>/i, `<body$1>${prose}`)).textTables).toEqual([]);
  });

  it('are still missing where a page has none of them, as text or otherwise', () => {
    const got = missing(fixture('seed004-cms-no-table4.html'));
    expect(got.textTables).toEqual([]);
    expect(got.findings).toEqual(['表四']);
  });
});
