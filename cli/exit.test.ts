/**
 * The built command end to end: bundle it into a temp dir the way `npm install` does, then spawn
 * it on real files and check exit codes and which stream carries what.
 */
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackagedCli } from '../test/unit/packaged-cli';
import { NEWS_HTML, reportHtml } from './testing';

const FIXTURES = fileURLToPath(new URL('../test/fixtures', import.meta.url));

let dir = '';
let bin = '';

beforeAll(async () => {
  ({ dir, bin } = await buildPackagedCli('gra-exit-'));
  await writeFile(join(dir, 'news.html'), NEWS_HTML);
  await writeFile(join(dir, 'broken.html'), reportHtml('某某区统计局', 2022, { broken: true }));
  await mkdir(join(dir, 'years'));
  const site = 'http://www.shuyang.gov.cn/tjj/';
  await writeFile(
    join(dir, 'years/2021.html'),
    reportHtml('某某区统计局', 2021, { savedFrom: `${site}2021.html` }),
  );
  await writeFile(
    join(dir, 'years/2022.html'),
    reportHtml('某某区 统计局', 2022, { carry: 3, savedFrom: `${site}2022.html` }),
  );
  await mkdir(join(dir, 'site/sub'), { recursive: true });
  await writeFile(join(dir, 'site/b.html'), NEWS_HTML);
  await writeFile(join(dir, 'site/sub/a.htm'), NEWS_HTML);
  await writeFile(join(dir, 'site/readme.txt'), 'x');
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the built CLI', () => {
  it('--help and --version exit 0', () => {
    expect(cli('--help')).toMatchObject({ code: 0, err: '' });
    expect(cli('--version').out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exits 0 on a page that is not a report', () => {
    const r = cli('news.html');
    expect(r.code).toBe(0);
    expect(r.out).toContain('不是政府信息公开年报 / not an annual report');
    expect(r.err).toBe('');
  });

  it('exits 1 on a report with an error finding', () => {
    expect(cli('broken.html').code).toBe(1);
  });

  it('exits 2 on bad usage', () => {
    const r = cli('--frobnicate', 'news.html');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^gov-report-audit: .*frobnicate/);
  });

  it('exits 2 on an unreadable path, still printing the other inputs', () => {
    const r = cli('--json', 'missing.html', 'news.html');
    expect(r.code).toBe(2);
    expect(r.err).toBe('gov-report-audit: missing.html: 找不到 / no such file or directory\n');
    expect(JSON.parse(r.out)).toEqual([{ file: 'news.html', detected: false, reason: expect.any(String) }]);
  });

  it('walks a directory for .html and .htm, sorted', () => {
    const r = cli('--json', 'site');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((p: { file: string }) => p.file)).toEqual(['site/b.html', 'site/sub/a.htm']);
  });

  it('checks carry-over between consecutive years of one agency and files it under the later year', () => {
    const r = cli('--json', 'years');
    expect(r.code).toBe(1);
    const [y2021, y2022] = JSON.parse(r.out) as { findings: { rule: string; cells: string[] }[] }[];
    expect(y2021?.findings.map((f) => f.rule)).not.toContain('carry-over-mismatch');
    const carry = y2022?.findings.filter((f) => f.rule === 'carry-over-mismatch');
    expect(carry?.flatMap((f) => f.cells)).toEqual(['t3.carried_in.natural', 't3.carried_in.total']);
  });

  it('runs on the code caches the build made: V8 takes both, and a .docx and a PDF are read', () => {
    const pdf = join(FIXTURES, 'pdf/huaian-city-gov-2024.pdf');
    const docx = join(FIXTURES, 'docx/tongjiju-2021-merged.docx');
    // The command's own loader, in a process of its own, as bin/gov-report-audit.js runs it.
    const script = `import { readFileSync } from 'node:fs';
const { loadScript } = await import(${JSON.stringify(pathToFileURL(join(dir, 'dist/load.js')).href)});
const cli = loadScript(${JSON.stringify(join(dir, 'dist/cli.cjs'))});
const pdf = await cli.exports.auditDocument(new Uint8Array(readFileSync(${JSON.stringify(pdf)})), { file: 'a.pdf' });
console.log(JSON.stringify([cli.cache, cli.exports.codeCacheUse(${JSON.stringify(join(dir, 'dist/cli-pdfjs.cjs'))}), pdf.detected]));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['used', 'used', true]);
    const both = cli('--json', pdf, docx);
    expect(both.err).toBe('');
    const pages = JSON.parse(both.out) as { detected: boolean; report?: { source?: string } }[];
    expect(pages.map((p) => [p.detected, p.report?.source])).toEqual([
      [true, 'pdf'],
      [true, 'docx'],
    ]);
  });

  it("starts each --jobs worker on the worker script's code cache, and it audits", () => {
    // The pool's own start (cli/pool.ts startWorker), from the packaged bundle, in a fresh process.
    const page = join(FIXTURES, 'seed001-cms.html');
    const script = `const { startWorker, workerBoot } = await import(${JSON.stringify(pathToFileURL(join(dir, 'dist/cli.js')).href)});
const w = startWorker(new URL('file:///nowhere.js'), { limits: {} }, workerBoot());
const got = [];
w.on('message', (m) => {
  got.push(m.boot ?? (m.ready ? 'ready' : m.result?.detected));
  if (m.ready) w.postMessage({ i: 0, input: { kind: 'file', path: ${JSON.stringify(page)} } });
  if (m.i === 0) { console.log(JSON.stringify(got)); void w.terminate(); }
});`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // The worker says it is ready while its script runs, before the loader hands back the cache's use.
    expect(JSON.parse(r.stdout)).toEqual(['ready', 'used', true]);
  });

  it('tells the user to run npm install when the bundle is missing', async () => {
    const lone = join(dir, 'lone/bin');
    await mkdir(lone, { recursive: true });
    await copyFile(bin, join(lone, 'gov-report-audit.js'));
    await chmod(join(lone, 'gov-report-audit.js'), 0o755);
    const r = spawnSync(join(lone, 'gov-report-audit.js'), ['--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm install');
  });

  it('a dist/cli.cjs copied with its loader alone (no code cache) audits pages, and says which reader it lacks for a PDF or a .docx', async () => {
    const alone = join(dir, 'alone');
    await mkdir(join(alone, 'bin'), { recursive: true });
    await mkdir(join(alone, 'dist'));
    await copyFile(bin, join(alone, 'bin/gov-report-audit.js'));
    for (const f of ['cli.cjs', 'load.js']) await copyFile(join(dir, 'dist', f), join(alone, 'dist', f));
    const r = spawnSync(
      process.execPath,
      [
        join(alone, 'bin/gov-report-audit.js'),
        '--json',
        join(FIXTURES, 'pdf/huaian-city-gov-2024.pdf'),
        join(FIXTURES, 'docx/tongjiju-2021-merged.docx'),
        join(FIXTURES, 'seed001-cms.html'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot load pdfjs-dist to read PDFs');
    expect(r.stderr).toContain('cannot load mammoth to read Word documents');
    // The document is not blamed for the missing reader.
    expect(r.stderr).not.toContain('corrupt');
    const pages = JSON.parse(r.stdout) as { detected: boolean }[];
    expect(pages.map((p) => p.detected)).toEqual([true]);
  });
});
