#!/usr/bin/env node
/**
 * Regenerates test/fixtures/<name>.expected.json from the built CLI's --json, one fixture at a
 * time (so cross-year checks between fixtures do not leak into a golden), with the path relative
 * to the repository so the goldens are the same on every machine. Review the diff before committing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = 'test/fixtures';
const only = process.argv.slice(2);
const fixtures = readdirSync(join(root, dir))
  .filter((f) => /\.html?$/i.test(f) && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();

let failed = 0;
for (const f of fixtures) {
  const file = `${dir}/${f}`;
  const r = spawnSync(process.execPath, ['bin/gov-report-audit.js', '--json', file], {
    cwd: root,
    encoding: 'utf8',
  });
  // 1 only means the fixture has error findings, which many are made to have.
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`${file}: exit ${r.status}\n${r.stderr}`);
    failed++;
    continue;
  }
  const [page] = JSON.parse(r.stdout);
  const out = join(root, dir, f.replace(/\.html?$/i, '.expected.json'));
  writeFileSync(out, `${JSON.stringify(page, null, 2)}\n`);
  const n = page.detected ? `${page.findings.length} findings` : 'not a report';
  process.stdout.write(`${file} → ${out.slice(root.length + 1)} (${n})\n`);
}
process.exitCode = failed ? 1 : 0;
