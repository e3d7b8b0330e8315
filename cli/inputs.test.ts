import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFD_UNSUPPORTED, OLD_WORD_UNSUPPORTED } from '../lib/sniff';
import { expandInputs, isUrl, loadInput, walkHtml } from './inputs';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gra-inputs-'));
  for (const p of [
    'b/2.html',
    'b/10.HTM',
    'a.html',
    'b/c/z.htm',
    'b/report.PDF',
    'b/report.docx',
    'b/report.doc',
    'b/report.ofd',
    'notes.txt',
    '.git/x.html',
    'node_modules/m/x.html',
  ]) {
    await mkdir(join(dir, p, '..'), { recursive: true });
    await writeFile(join(dir, p), '<p>x</p>');
  }
  // An old binary Word file (OLE) beside the page saved under a .doc name above.
  await writeFile(
    join(dir, 'b/old.doc'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  );
  await symlink(join(dir, 'a.html'), join(dir, 'link.html'));
  // Links not named like a page: to a folder (named as skipped, whatever its name), to a file that
  // is not a page and to a folder under a hidden name (both passed over in silence).
  await symlink(join(dir, 'b'), join(dir, 'more-reports'));
  await symlink(join(dir, 'notes.txt'), join(dir, 'notes-link'));
  await symlink(join(dir, 'b'), join(dir, '.hidden-link'));
  await mkdir(join(dir, 'empty'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('walkHtml', () => {
  it('finds .html, .htm, .pdf and .docx recursively, sorted, skipping hidden dirs and node_modules', async () => {
    const { files, skipped, bad } = await walkHtml(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.html',
      'b/10.HTM',
      'b/2.html',
      'b/c/z.htm',
      'b/report.PDF',
      'b/report.doc',
      'b/report.docx',
      'link.html',
    ]);
    // A page saved under a .doc name is read as one (above); a document it cannot read is named, with
    // why; a file of any other kind is passed over.
    expect(skipped).toEqual([
      { input: join(dir, 'b/old.doc'), reason: OLD_WORD_UNSUPPORTED },
      { input: join(dir, 'b/report.ofd'), reason: OFD_UNSUPPORTED },
      { input: join(dir, 'more-reports'), reason: '指向目录的符号链接 / symlink to a folder' },
    ]);
    expect(bad).toEqual([]);
  });
});

describe('expandInputs', () => {
  it('keeps argument order, walks directories and names bad arguments', async () => {
    const { inputs, bad } = await expandInputs([
      'https://www.example.gov.cn/a.html',
      join(dir, 'notes.txt'),
      join(dir, 'b/c'),
      join(dir, 'nope.html'),
      join(dir, 'empty'),
    ]);
    expect(inputs).toEqual([
      { kind: 'url', url: 'https://www.example.gov.cn/a.html' },
      { kind: 'file', path: join(dir, 'notes.txt') },
      { kind: 'file', path: join(dir, 'b/c/z.htm') },
    ]);
    expect(bad).toEqual([
      { input: join(dir, 'nope.html'), reason: '找不到 / no such file or directory' },
      {
        input: join(dir, 'empty'),
        reason: '没有 .html/.htm/.mhtml/.pdf/.docx 文件 / no .html, .htm, .mhtml, .pdf or .docx files',
      },
    ]);
  });

  it('recognises http and https addresses only', () => {
    expect(isUrl('HTTPS://a.gov.cn')).toBe(true);
    expect(isUrl('http://a')).toBe(true);
    expect(isUrl('ftp://a')).toBe(false);
    expect(isUrl('http.html')).toBe(false);
  });
});

describe('loadInput', () => {
  it('reads a file and keeps the path as given', async () => {
    const page = await loadInput({ kind: 'file', path: join(dir, 'a.html') });
    expect(page.where).toEqual({ file: join(dir, 'a.html') });
    expect(Buffer.from(page.bytes).toString()).toBe('<p>x</p>');
  });

  it.skipIf(process.getuid?.() === 0)('explains an unreadable file', async () => {
    const p = join(dir, 'secret.html');
    await writeFile(p, 'x');
    await chmod(p, 0o000);
    await expect(loadInput({ kind: 'file', path: p })).rejects.toThrow('permission denied');
  });

  it('explains a missing file', async () => {
    await expect(loadInput({ kind: 'file', path: join(dir, 'gone.html') })).rejects.toThrow(
      '找不到 / no such file or directory',
    );
  });

  it('says a file is empty, rather than that it is no report', async () => {
    const p = join(dir, 'interrupted.html');
    await writeFile(p, '');
    await expect(loadInput({ kind: 'file', path: p })).rejects.toThrow(
      '文件为空 / the file is empty (0 bytes)',
    );
  });

  it('says a server sent nothing, rather than that its page is no report', async () => {
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end());
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`;
      await expect(loadInput({ kind: 'url', url })).rejects.toThrow(
        '服务器返回的内容为空 / the server sent nothing (0 bytes)',
      );
    } finally {
      server.close();
    }
  });
});
