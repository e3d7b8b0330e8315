/**
 * The finding messages: one source (locales/*.yml), generated into messages.gen.ts; every id in
 * both languages with the same parameters; every id the rules name exists; English free of Chinese
 * except the page's own words quoted; Chinese exactly the exports' `message`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { flatten } from '../../scripts/gen-messages.mjs';
import { T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROWS } from '../keys';
import { ExportSchema, type Finding, FindingSchema } from '../model';
import { type Msg, type Param, templateParams } from './format';
import { EN_LABELS, EN_RULE_EXPLAIN, MESSAGES } from './messages.gen';
import { enColumnLabel, enRowLabel, render } from './render';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const yaml = (name: string) =>
  parseYAML(readFileSync(join(root, 'locales', name), 'utf8')) as Record<string, unknown>;
const HAN = /\p{Script=Han}/u;

/** Every fixture's findings, from the goldens (the CLI's JSON). */
function fixtureFindings(): { file: string; finding: Finding }[] {
  const dir = join(root, 'test/fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .flatMap((file) => {
      const pages = ExportSchema.parse([JSON.parse(readFileSync(join(dir, file), 'utf8'))].flat());
      return pages.flatMap((p) => (p.detected ? p.findings.map((finding) => ({ file, finding })) : []));
    });
}

/** The message with the page's own text (its string parameters) replaced by a placeholder. */
function withoutPageText<T extends Param>(p: T): T {
  if (typeof p === 'string') return '…' as T;
  if (typeof p !== 'object') return p;
  if ('list' in p) return { ...p, list: p.list.map(withoutPageText) };
  if ('id' in p)
    return {
      ...p,
      params: Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, withoutPageText(v)])),
    };
  return p;
}

/** Every message id in a message tree. */
function ids(p: Param | undefined, out: string[] = []): string[] {
  if (p === undefined || typeof p !== 'object') return out;
  if ('list' in p) for (const x of p.list) ids(x, out);
  else if ('id' in p) {
    out.push(p.id);
    for (const x of Object.values(p.params ?? {})) ids(x, out);
  }
  return out;
}

describe('finding messages', () => {
  it('messages.gen.ts holds what the locale files say (run `npm run i18n` after editing them)', () => {
    expect(MESSAGES.zh).toEqual(flatten(yaml('zh_CN.yml').msg));
    expect(MESSAGES.en).toEqual(flatten(yaml('en.yml').msg));
    expect(EN_LABELS).toEqual(flatten(yaml('en.yml').label));
  });

  it('has every message in both languages, with the same parameters', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const [id, zh] of Object.entries(MESSAGES.zh)) {
      const en = MESSAGES.en[id]!;
      // A plural form in one language needs its count `n` whether or not the other writes it.
      const plural = typeof en !== 'string' || typeof zh !== 'string';
      const params = (t: typeof zh) => [...new Set([...templateParams(t), ...(plural ? ['n'] : [])])].sort();
      expect(params(en), id).toEqual(params(zh));
    }
  });

  it('knows every message id the rules name, literal or by prefix', () => {
    const dir = join(root, 'lib/rules');
    const known = Object.keys(MESSAGES.zh);
    let named = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, file), 'utf8');
      for (const m of src.matchAll(/msg\(\s*'([^']+)'/g)) {
        named++;
        expect(known, `${file}: ${m[1]}`).toContain(m[1]);
      }
      for (const m of src.matchAll(/msg\(\s*`([^`$]*)\$\{/g))
        expect(
          known.some((k) => k.startsWith(m[1]!)),
          `${file}: ${m[1]}…`,
        ).toBe(true);
      // A ternary between two ids: msg(cond ? 'a' : 'b', …).
      for (const m of src.matchAll(/msg\([^,()]*\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) {
        expect(known, file).toContain(m[1]);
        expect(known, file).toContain(m[2]);
      }
    }
    expect(named).toBeGreaterThan(50);
  });

  it('renders every fixture finding in Chinese exactly as its message, with no id or parameter left over', () => {
    const all = fixtureFindings();
    expect(all.length).toBeGreaterThan(40);
    for (const { file, finding } of all) {
      expect(finding.msg, `${file} ${finding.rule}`).toBeDefined();
      const msg = finding.msg as Msg;
      for (const id of ids(msg)) expect(MESSAGES.zh[id], `${file}: ${id}`).toBeDefined();
      expect(render(msg, 'zh'), file).toBe(finding.message);
      for (const lang of ['zh', 'en'] as const)
        expect(render(msg, lang), file).not.toMatch(/\{[A-Za-z0-9_]+\}/);
    }
  });

  it('renders every fixture finding in English with no Chinese but what the page wrote', () => {
    for (const { file, finding } of fixtureFindings()) {
      const en = render(finding.msg as Msg, 'en');
      // The page's words are the string parameters (quotes, raw cells, dates): the rest is ours.
      expect(render(withoutPageText(finding.msg as Msg), 'en'), `${file}: ${en}`).not.toMatch(HAN);
      // As a reader sees it: Chinese only inside quotes.
      expect(en.replace(/“[^”]*”/g, '“”'), `${file}: ${en}`).not.toMatch(HAN);
    }
  });

  it('writes no Chinese in any English template or label', () => {
    for (const [id, t] of Object.entries(MESSAGES.en))
      for (const text of typeof t === 'string' ? [t] : Object.values(t)) expect(text, id).not.toMatch(HAN);
    for (const [key, text] of Object.entries(EN_LABELS)) expect(text, key).not.toMatch(HAN);
    // The rules' explanations too, but for an example of a page's words in quotes (“共条”).
    for (const [rule, text] of Object.entries(EN_RULE_EXPLAIN))
      expect(text.replace(/“[^”]*”/g, '“”'), rule).not.toMatch(HAN);
  });

  it('has an English label for every row and column of the templates', () => {
    const rows = [
      ...(['2019', '2021'] as const).flatMap((tpl) =>
        T2_ROWS[tpl].flatMap((r) => r.columns.map((c) => ({ t: 't2', row: r.key, col: c.key, tpl }))),
      ),
      ...[...T3_ROWS['2019'], ...T3_ROWS['2021']].flatMap((r) =>
        T3_COLUMNS.map((c) => ({ t: 't3', row: r.key, col: c.key, tpl: null })),
      ),
      ...T4_ROWS.flatMap((r) => T4_COLUMNS.map((c) => ({ t: 't4', row: r.key, col: c.key, tpl: null }))),
    ];
    for (const { t, row, col, tpl } of rows) {
      expect(enRowLabel(t, row), `${t}.${row}`).not.toBe(`${t}row.${row.replace(/\./g, '_')}`);
      expect(enColumnLabel(t, row, col, tpl), `${t}.${row}.${col}`).not.toBe(col);
    }
    // 表二's columns of one key differ by row and template.
    expect(enColumnLabel('t2', 'permit', 'decisions', '2021')).not.toBe(
      enColumnLabel('t2', 'permit', 'decisions', '2019'),
    );
    expect(enColumnLabel('t2', 'fees', 'amount', '2021')).not.toBe(
      enColumnLabel('t2', 'procurement', 'amount'),
    );
  });

  it('validates a finding msg with zod: ids, labels, lists and numbers, nothing else', () => {
    const f = { rule: 'r', severity: 'error', message: 'm', cells: [] };
    const good: Msg = {
      id: 'eq',
      params: { where: { label: 'table', key: 't3' }, left: { list: [1, 'x'], sep: 'plus' }, right: 'y' },
    };
    expect(FindingSchema.safeParse({ ...f, msg: good }).success).toBe(true);
    expect(FindingSchema.safeParse({ ...f, msg: { id: 1 } }).success).toBe(false);
    expect(FindingSchema.safeParse({ ...f, msg: { id: 'eq', params: { a: true } } }).success).toBe(false);
    expect(
      FindingSchema.safeParse({ ...f, msg: { id: 'eq', params: { a: { list: [], sep: 'x' } } } }).success,
    ).toBe(false);
  });

  it('picks plural forms by n', () => {
    const m = (n: number): Msg => ({ id: 'blankCell.tableAll', params: { table: 'T', all: 'all blank', n } });
    expect(render(m(1), 'en')).toBe('T: all blank (1 cell)');
    expect(render(m(3), 'en')).toBe('T: all blank (3 cells)');
    expect(render(m(3), 'zh')).toBe('Tall blank（3 个单元格）');
  });
});
