import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAIR_RULES, RULES } from './index';
import type { PairRule, Rule } from './types';

const here = dirname(fileURLToPath(import.meta.url));
// CI checks shared/ out beside the repository, as on a developer's machine.
const doc = readFileSync(resolve(here, '../../../shared/docs/report-model.md'), 'utf8');

/** The rows of report-model.md's rule table: id and severity, in the catalogue's order. */
const catalogue = [...doc.slice(doc.indexOf('## Rules')).matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map(
  (m) => ({ id: m[1]!, severity: m[2]! }),
);
const registered: (Rule | PairRule)[] = [...RULES, ...PAIR_RULES];

/**
 * Pair rules the desk runs that report-model.md's catalogue does not list, each with the reason.
 * They are warnings about a journalist's own collection of years, not part of the export contract,
 * so the shared catalogue stays as it is; they still need a file, tests and a registration.
 */
const DESK_ONLY: { id: string; severity: string; why: string }[] = [
  {
    id: 't2-continuity',
    severity: 'warning',
    why: '2021 模板表二的现行有效件数跨年应连续；only meaningful across a desk of consecutive years',
  },
  {
    id: 'stat-continuity',
    severity: 'warning',
    why: '2008 年格式统计表的历年累计跨年应连续；the old reports’ own table, which the 2019/2021 catalogue does not know',
  },
  {
    id: 'copied-table',
    severity: 'warning',
    why: '整表沿用上年数据是评估中常见的问题；a heuristic, so a warning kept out of the shared catalogue',
  },
];

/**
 * Single-report rules report-model.md's catalogue does not list, each with the reason: what the
 * audit left unread on a page, or a defect none of the catalogue's rules can see (the text against
 * itself, where no table has the figure); the shared catalogue stays as it is. They come after the
 * catalogue's rules.
 */
const PAGE_ONLY: { id: string; severity: string; why: string }[] = [
  {
    id: 'text-self-mismatch',
    severity: 'warning',
    why: '正文两处所称同一数字不一（主动公开总数没有表格可对照）；the text against itself, where no table settles it',
  },
  {
    id: 'unchecked-report',
    severity: 'info',
    why: '页面在本报告后另载一份年报：只核查了第一份；says the page held a report that was not read',
  },
  {
    id: 'draft-note',
    severity: 'warning',
    why: '正文留有模板的填写说明（请根据实际情况填写）；two real reports printed one, which no catalogue rule names',
  },
  {
    id: 'stat-part-sum',
    severity: 'error',
    why: '2008 年格式统计表的分项之和；the old reports’ own table, which the 2019/2021 catalogue does not know',
  },
];
const EXTRA = [...DESK_ONLY, ...PAGE_ONLY];

describe('the rule catalogue', () => {
  it('is read from report-model.md', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(13);
  });

  it.each([...catalogue, ...EXTRA])(
    '$id has its file, its tests and its registration with severity $severity',
    async ({ id, severity }) => {
      expect(existsSync(join(here, `${id}.ts`)), `lib/rules/${id}.ts`).toBe(true);
      expect(existsSync(join(here, `${id}.test.ts`)), `lib/rules/${id}.test.ts`).toBe(true);
      const rule = registered.find((r) => r.id === id);
      expect(rule, `${id} registered in lib/rules/index.ts`).toBeDefined();
      expect(rule?.severity).toBe(severity);
      expect(rule?.title).toMatch(/\S+ \/ \S+/);
      expect(rule?.explain.length).toBeGreaterThan(10);
      // The rule object lives in the file named after it.
      const mod: Record<string, unknown> = await import(`./${id}.ts`);
      expect(Object.values(mod)).toContain(rule);
    },
  );

  it('registers nothing the catalogue (or the desk- and page-only lists) does not name, in the catalogue order', () => {
    const ids = catalogue.map((c) => c.id);
    expect(registered.map((r) => r.id).sort()).toEqual([...ids, ...EXTRA.map((d) => d.id)].sort());
    for (const d of EXTRA) {
      expect(ids, `${d.id} is now in the catalogue: drop it from DESK_ONLY`).not.toContain(d.id);
      expect(d.why.length).toBeGreaterThan(10);
    }
    expect(RULES.map((r) => r.id)).toEqual([
      ...ids.filter((id) => RULES.some((r) => r.id === id)),
      ...PAGE_ONLY.map((d) => d.id),
    ]);
    expect(new Set(registered.map((r) => r.id)).size).toBe(registered.length);
  });

  it('keeps pair rules (across two reports) apart from single-report rules', () => {
    for (const r of RULES) expect(typeof r.run).toBe('function');
    for (const r of PAIR_RULES) expect(typeof r.runPair).toBe('function');
    expect(PAIR_RULES.map((r) => r.id)).toEqual([
      'carry-over-mismatch',
      't2-continuity',
      'stat-continuity',
      'copied-table',
    ]);
  });
});
