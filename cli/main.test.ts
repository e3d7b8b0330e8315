import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSchema, type PageResult } from '../lib/model';
import type { PairRule } from '../lib/rules/types';
import pkg from '../package.json';
import { main } from './main';
import { captureIo, NEWS_HTML, reportHtml } from './testing';

let dir = '';
const p = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gra-main-'));
  await writeFile(p('news.html'), NEWS_HTML);
  const savedFrom = 'https://tjj.huaian.gov.cn/nb/a.html';
  await writeFile(p('ok-2021.html'), reportHtml('某某区统计局', 2021, { savedFrom }));
  await writeFile(p('broken-2022.html'), reportHtml('某某区统计局', 2022, { broken: true, savedFrom }));
  await mkdir(p('many'));
  for (let i = 0; i < 7; i++) await writeFile(p(`many/${i}.html`), NEWS_HTML);
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const parse = (json: string) => ExportSchema.parse(JSON.parse(json)) as PageResult[];

describe('main', () => {
  it('prints help and version', async () => {
    const help = captureIo();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^用法 \/ usage: gov-report-audit/);
    const version = captureIo();
    expect(await main(['--version'], version.io)).toBe(0);
    expect(version.stdout()).toBe(`${pkg.version}\n`);
  });

  it('exits 2 on bad usage, saying why on stderr and nothing on stdout', async () => {
    const c = captureIo();
    expect(await main(['--json', '--csv', p('news.html')], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/^gov-report-audit: --json 与 --csv/);
    expect(c.stdout()).toBe('');
  });

  it('exits 0 for a page that is not a report and says so', async () => {
    const c = captureIo();
    expect(await main([p('news.html')], c.io)).toBe(0);
    expect(c.stdout()).toContain('不是政府信息公开年报 / not an annual report');
    expect(c.stderr()).toBe('');
  });

  it('exits 1 when a report has an error finding', async () => {
    const c = captureIo();
    expect(await main([p('broken-2022.html')], c.io)).toBe(1);
    expect(c.stdout()).toContain('错误 errors');
  });

  it('names an unreadable input, audits the rest and exits 2', async () => {
    const c = captureIo();
    expect(await main([p('gone.html'), p('news.html')], c.io)).toBe(2);
    expect(c.stderr()).toBe(`gov-report-audit: ${p('gone.html')}: 找不到 / no such file or directory\n`);
    expect(c.stdout()).toContain(p('news.html'));
    expect(c.stdout()).toContain('1 个输入无法读取');
  });

  it('--json writes exactly the export: one validated entry per page, in input order', async () => {
    const c = captureIo();
    await main(['--json', p('ok-2021.html'), p('news.html')], c.io);
    const results = parse(c.stdout());
    expect(results.map((r) => [r.file, r.detected])).toEqual([
      [p('ok-2021.html'), true],
      [p('news.html'), false],
    ]);
    const first = results[0]!;
    expect(first.detected && first.report.cells['t3.new.total']).toBeTruthy();
  });

  it('--csv writes the tidy CSV; --out sends any format to a file', async () => {
    const c = captureIo();
    await main(['--csv', p('ok-2021.html'), p('news.html')], c.io);
    expect(c.stdout()).toMatch(
      /^\uFEFFsource,agency,year,template,table,row,column,address,label,value,raw,findings,table_label,row_label,column_label,messages\r\n/,
    );
    expect(c.stdout()).not.toContain('news.html');
    const o = captureIo({ tty: true });
    expect(await main(['--out', p('out.csv'), '--csv', p('ok-2021.html')], o.io)).toBe(0);
    expect(o.stdout()).toBe('');
    expect(await readFile(p('out.csv'), 'utf8')).toBe(c.stdout());
  });

  it('never writes its output over an input or an existing page or document, and reads nothing then', async () => {
    const page = p('evidence.html');
    await writeFile(page, NEWS_HTML);
    const notes = p('notes.txt');
    await writeFile(notes, NEWS_HTML);
    const other = p('other-report.pdf');
    await writeFile(other, '%PDF-1.7 kept');
    for (const [out, args, why] of [
      [page, ['--json', page], 'is one of the inputs: not overwritten'],
      // The same file by another path, and an input of any name.
      [join(dir, '.', 'evidence.html'), [page], 'is one of the inputs: not overwritten'],
      [notes, ['--csv', notes], 'is one of the inputs: not overwritten'],
      [other, ['--json', page], 'is an existing page or document: not overwritten'],
      [page, ['--json', p('many')], 'is an existing page or document: not overwritten'],
    ] as const) {
      const c = captureIo();
      expect(await main(['--out', out, ...args], c.io), out).toBe(2);
      // One line, naming the output and why.
      expect(c.stderr(), out).toBe(
        `gov-report-audit: --out ${out}: ${c.stderr().slice(c.stderr().indexOf('是'))}`,
      );
      expect(c.stderr().trimEnd().split('\n'), out).toHaveLength(1);
      expect(c.stderr(), out).toContain(why);
      expect(c.stdout(), out).toBe('');
    }
    expect(await readFile(page, 'utf8')).toBe(NEWS_HTML);
    expect(await readFile(notes, 'utf8')).toBe(NEWS_HTML);
    expect(await readFile(other, 'utf8')).toBe('%PDF-1.7 kept');
    // A new file of any name, and an existing JSON file, are written as asked.
    for (const out of [p('new-audit.html'), p('out.json'), p('out.json')]) {
      const c = captureIo();
      expect(await main(['--json', '--out', out, page], c.io), out).toBe(0);
      expect(parse(await readFile(out, 'utf8'))).toHaveLength(1);
    }
  });

  it('colours the summary on a terminal only, and never with NO_COLOR or --out', async () => {
    const tty = captureIo({ tty: true });
    await main([p('ok-2021.html')], tty.io);
    expect(tty.stdout()).toContain('\x1b[');
    const noColor = captureIo({ tty: true, env: { NO_COLOR: '1' } });
    await main([p('ok-2021.html')], noColor.io);
    expect(noColor.stdout()).not.toContain('\x1b[');
    const toFile = captureIo({ tty: true });
    await main(['--out', p('out.txt'), p('ok-2021.html')], toFile.io);
    expect(await readFile(p('out.txt'), 'utf8')).not.toContain('\x1b[');
  });

  it('draws progress on a terminal stderr for many inputs, never on stdout', async () => {
    const c = captureIo({ errTty: true });
    await main(['--json', p('many')], c.io);
    expect(c.stderr()).toContain('7/7');
    expect(parse(c.stdout())).toHaveLength(7);
    const quiet = captureIo({ errTty: false });
    await main(['--json', p('many')], quiet.io);
    expect(quiet.stderr()).toBe('');
  });

  it('runs the pair rules on consecutive years of one agency and files them under the later year', async () => {
    const rule: PairRule = {
      id: 'carry-over-mismatch',
      severity: 'error',
      title: '',
      explain: '',
      compares: () => true,
      runPair: (prev, next) => [
        { rule: 'carry-over-mismatch', severity: 'error', message: `${prev.year}→${next.year}`, cells: [] },
      ],
    };
    const c = captureIo();
    const io = { ...c.io, pairRules: [rule] };
    await main(['--json', p('broken-2022.html'), p('ok-2021.html'), p('news.html')], io);
    const [later, earlier] = parse(c.stdout());
    const ids = (r: PageResult | undefined) => (r?.detected ? r.findings.map((f) => f.message) : []);
    expect(ids(later)).toContain('2021→2022');
    expect(ids(earlier)).not.toContain('2021→2022');
  });
});
