/**
 * Hostile and odd inputs: the CLI names each one in one line and exits 2, never hangs, never reads
 * without end, never prints a stack trace or a page's escape sequences.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PairRule } from '../lib/rules/types';
import { expandInputs, loadInput } from './inputs';
import { main } from './main';
import { captureIo, NEWS_HTML, reportHtml } from './testing';

let dir = '';
const p = (name: string) => join(dir, name);
const MB = 1024 * 1024;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gra-hostile-'));
  await writeFile(p('news.html'), NEWS_HTML);
  execFileSync('mkfifo', [p('fifo.html')]);
  await mkdir(p('folder'));
  await writeFile(p('folder/a.html'), NEWS_HTML);
  execFileSync('mkfifo', [p('folder/pipe.html')]);
  await symlink(p('folder/loop.html'), p('folder/loop.html'));
  await symlink(p('folder'), p('folder/up.html'));
  await symlink(p('nowhere.html'), p('folder/dangling.html'));
  await symlink(p('news.html'), p('folder/news-link.html'));
  await mkdir(p('folder/x.html'));
  await writeFile(p('folder/x.html/inside.html'), NEWS_HTML);
  await mkdir(p('dir.html'));
  await symlink(p('loop-a.html'), p('loop-b.html'));
  await symlink(p('loop-b.html'), p('loop-a.html'));
  // 600 MB that take no disk: a sparse file.
  await writeFile(p('huge.html'), '');
  await truncate(p('huge.html'), 600 * MB);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const c = captureIo();
  const code = await main(argv, c.io);
  return { code, out: c.stdout(), err: c.stderr() };
}

/** Every line of stderr starts `gov-report-audit: ` (one line per problem, no stack trace). */
function oneLiners(err: string) {
  const lines = err.trimEnd().split('\n');
  for (const l of lines) expect(l).toMatch(/^gov-report-audit: /);
  expect(err).not.toMatch(/\n\s+at /);
  return lines;
}

describe('files that are not regular files', () => {
  it('names a FIFO and never opens it (opening one for reading would wait for a writer)', async () => {
    const r = await run(p('fifo.html'), p('news.html'));
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      `gov-report-audit: ${p('fifo.html')}: 不是普通文件，不读取 / not a regular file, not read: 管道 / a FIFO (named pipe)`,
    ]);
    expect(r.out).toContain(p('news.html'));
  });

  it('names /dev/zero and /dev/null as devices instead of reading them', async () => {
    const r = await run('/dev/zero', '/dev/null');
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      'gov-report-audit: /dev/zero: 不是普通文件，不读取 / not a regular file, not read: 字符设备 / a character device',
      'gov-report-audit: /dev/null: 不是普通文件，不读取 / not a regular file, not read: 字符设备 / a character device',
    ]);
  });

  it('refuses a FIFO that replaced a file after the folder was walked, without blocking', async () => {
    await expect(loadInput({ kind: 'file', path: p('fifo.html') })).rejects.toThrow('a FIFO');
  });
});

describe('files that are no page, PDF or Word .docx', () => {
  it('says what an old Word file under a .docx name, an OFD or a spreadsheet is, not "not a report"', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const zip = (...parts: string[]) =>
      Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from(parts.join('\0'))]);
    await writeFile(p('年报.docx'), ole);
    await writeFile(p('年报.ofd'), zip('OFD.xml', 'Doc_0/Document.xml'));
    await writeFile(p('附表.xlsx'), zip('[Content_Types].xml', 'xl/workbook.xml'));
    const r = await run(p('年报.docx'), p('年报.ofd'), p('附表.xlsx'), p('news.html'));
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      `gov-report-audit: ${p('年报.docx')}: 不支持旧版 Word（.doc）或 WPS 格式，请另存为 .docx 后再试 / Old Word (.doc) and WPS files are not supported; save as .docx and try again`,
      `gov-report-audit: ${p('年报.ofd')}: 不支持 OFD 格式，请用 OFD 阅读器打印或另存为 PDF 后再试 / OFD files are not supported; print or save it as PDF with an OFD reader and try again`,
      `gov-report-audit: ${p('附表.xlsx')}: 不支持 Excel 表格文件，请另存为 PDF 后再试 / Spreadsheets (Excel) are not supported; save it as PDF and try again`,
    ]);
    // None of them is listed as a page read (and so "not an annual report"); the page after them is.
    for (const f of ['年报.docx', '年报.ofd', '附表.xlsx']) expect(r.out).not.toContain(p(f));
    expect(r.out).toContain(p('news.html'));
  });
});

describe('size', () => {
  it('refuses a 600 MB file by its size, before reading it', async () => {
    const r = await run(p('huge.html'));
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      `gov-report-audit: ${p('huge.html')}: 超过 50 MB 上限 (600 MB) / larger than the 50 MB limit (600 MB); --max-size 可调 / raise it with --max-size`,
    ]);
  });

  it('takes a lower or higher cap from --max-size', async () => {
    const small = await run('--max-size', '10B', p('news.html'));
    expect(small.code).toBe(2);
    expect(small.err).toContain('超过 10 B 上限 (');
    const big = await run('--max-size=700MB', '--json', p('news.html'));
    expect(big.code).toBe(0);
  });

  it('stops reading a file that grows past the cap while it is read', async () => {
    // /proc files say size 0 and then give more: the read itself stops at the cap.
    await expect(loadInput({ kind: 'file', path: '/proc/self/status' }, { maxBytes: 16 })).rejects.toThrow(
      'larger than the 16 B limit; --max-size',
    );
  });
});

describe('folders', () => {
  it('walks a folder: follows links to files, names the links it skips and the FIFO it will not read', async () => {
    const x = await expandInputs([p('folder')]);
    expect(x.inputs.map((i) => (i.kind === 'file' ? i.path.slice(dir.length + 1) : i.url))).toEqual([
      'folder/a.html',
      'folder/news-link.html',
      'folder/x.html/inside.html',
    ]);
    expect(x.skipped).toEqual([
      { input: p('folder/dangling.html'), reason: '符号链接 / symlink: 找不到 / no such file or directory' },
      {
        input: p('folder/loop.html'),
        reason: '符号链接 / symlink: 符号链接循环 / too many symbolic links (a loop)',
      },
      { input: p('folder/up.html'), reason: '指向目录的符号链接 / symlink to a folder' },
    ]);
    expect(x.bad).toEqual([
      {
        input: p('folder/pipe.html'),
        reason: '不是普通文件，不读取 / not a regular file, not read: 管道 / a FIFO (named pipe)',
      },
    ]);
    const r = await run('--json', p('folder'));
    expect(r.code).toBe(2);
    const lines = oneLiners(r.err);
    expect(lines.filter((l) => l.includes('跳过 / skipped'))).toHaveLength(3);
    expect(JSON.parse(r.out)).toHaveLength(3);
  });

  it.skipIf(process.getuid?.() === 0)('names a subfolder it cannot read and walks the rest', async () => {
    await mkdir(p('locked/closed'), { recursive: true });
    await writeFile(p('locked/open.html'), NEWS_HTML);
    await chmod(p('locked/closed'), 0o000);
    try {
      const x = await expandInputs([p('locked')]);
      expect(x.inputs).toEqual([{ kind: 'file', path: p('locked/open.html') }]);
      expect(x.bad).toEqual([{ input: p('locked/closed'), reason: '无权读取 / permission denied' }]);
    } finally {
      await chmod(p('locked/closed'), 0o755);
    }
  });

  it('names a symlink loop, a directory named x.html, a folder that cannot be used', async () => {
    const r = await run(p('loop-a.html'), p('dir.html'), p('news.html/x'));
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      `gov-report-audit: ${p('loop-a.html')}: 符号链接循环 / too many symbolic links (a loop)`,
      `gov-report-audit: ${p('dir.html')}: 没有 .html/.htm/.mhtml/.pdf/.docx 文件 / no .html, .htm, .mhtml, .pdf or .docx files`,
      `gov-report-audit: ${p('news.html/x')}: 路径不对 / not a directory`,
    ]);
  });
});

describe('addresses and output', () => {
  it('names an ftp:// address as an unsupported scheme', async () => {
    const r = await run('ftp://example.gov.cn/report.html');
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      'gov-report-audit: ftp://example.gov.cn/report.html: 不支持的协议 / unsupported scheme ftp: (只支持 / only http, https)',
    ]);
  });

  it('-o - writes to stdout', async () => {
    const r = await run('-o', '-', '--json', p('news.html'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)[0].file).toBe(p('news.html'));
  });

  it('says a folder given to --out is a folder', async () => {
    const r = await run('-o', dir, p('news.html'));
    expect(r.code).toBe(2);
    expect(oneLiners(r.err)).toEqual([
      `gov-report-audit: ${dir}: 无法写入 / cannot write: 是目录 / is a directory`,
    ]);
  });

  it('reports an internal error in one line, and exits 2', async () => {
    await writeFile(p('y2021.html'), reportHtml('某某区统计局', 2021));
    await writeFile(p('y2022.html'), reportHtml('某某区统计局', 2022));
    const boom: PairRule = {
      id: 'carry-over-mismatch',
      severity: 'error',
      title: '',
      explain: '',
      compares: () => true,
      runPair: () => {
        throw new TypeError('boom\n  at somewhere');
      },
    };
    const c = captureIo();
    const code = await main([p('y2021.html'), p('y2022.html')], { ...c.io, pairRules: [boom] });
    expect(code).toBe(2);
    expect(c.stderr()).toBe('gov-report-audit: 内部错误 / internal error: TypeError: boom at somewhere\n');
  });
});

describe('what a page says reaches the terminal clean', () => {
  const ESC = '\x1b';
  const nasty = `某某区统计局${ESC}]0;pwned${ESC}\\${ESC}[2J${ESC}[31m\u202e2021\u202c\x07\x9b1m`;

  it('strips escape sequences, controls and bidi overrides from titles and file names in the summary', async () => {
    const html = reportHtml('某某区统计局', 2021).replace(
      /<title>[^<]*<\/title>/,
      `<title>${nasty}年政府信息公开工作年度报告</title>`,
    );
    const name = p(`evil${ESC}[2J\u202e.html`);
    await writeFile(name, html);
    const r = await run(name);
    expect(r.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain(p('evil.html'));
    // The JSON keeps the data, escaped.
    const j = await run('--json', name);
    expect(j.out).toContain('\\u001b[2J');
    expect(JSON.parse(j.out)[0].file).toBe(name);
  });
});

describe('deep markup through the CLI', () => {
  it('audits a report under 10,000 and 100,000 nested elements', async () => {
    const html = reportHtml('某某区统计局', 2021);
    for (const depth of [10_000, 100_000]) {
      const deep = html
        .replace('<body>', `<body>${'<div>'.repeat(depth)}`)
        .replace('</body>', `${'</div>'.repeat(depth)}</body>`);
      expect(deep.length).toBeGreaterThan(depth * 5);
      await writeFile(p(`deep${depth}.html`), deep);
    }
    const r = await run('--json', p('deep10000.html'), p('deep100000.html'));
    expect(r.err).toBe('');
    const results = JSON.parse(r.out);
    expect(results.map((x: { detected: boolean }) => x.detected)).toEqual([true, true]);
    expect(results[1].report.cells['t3.new.total']).toEqual(results[0].report.cells['t3.new.total']);
  });
});
