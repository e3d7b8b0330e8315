/**
 * The command laid out as `npm install` lays it out, bin/ beside dist/ (built by
 * scripts/build-cli.mjs, with its code caches) and node_modules, in a fresh temp dir, for the tests that spawn it (cli/exit.test.ts,
 * cli/jobs.test.ts). The caller removes `dir` when done.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the command into a new temp dir named `prefix…`; returns the dir and the bin script. */
export async function buildPackagedCli(prefix: string): Promise<{ dir: string; bin: string }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'bin'));
  const bin = join(dir, 'bin/gov-report-audit.js');
  await copyFile(join(ROOT, 'bin/gov-report-audit.js'), bin);
  // Its dependencies where npm puts them (pdfjs-dist's character maps are read from there).
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, [
    join(ROOT, 'scripts/build-cli.mjs'),
    '--outfile',
    join(dir, 'dist/cli.js'),
  ]);
  return { dir, bin };
}
