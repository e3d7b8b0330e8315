/**
 * The background's side of the audit: the page script sends its markup (auditHtml: parsed and read
 * here with the CLI's parser), or the page it read itself (auditPage: a PageSource whose node
 * handles are indices, utils/load-audit.ts), and the core (lib/audit.ts) audits it here, warm, off
 * the page's main thread. What comes back names the nodes to mark: by tag and place in the
 * document, with the text read in each, for the page to check; or by the page's own indices.
 */
import { z } from 'zod/mini';
import { reaches, readHtml } from '../lib/adapters/htmlparser2';
import type { BareElement } from '../lib/adapters/linear-parser';
import { locate } from '../lib/adapters/locate';
import { type Audit, audit, toPageResult } from '../lib/audit';
import { half, summariseChecks } from '../lib/checks';
import type { Lang } from '../lib/i18n/format';
import { addressName, render } from '../lib/i18n/render';
import { RULES } from '../lib/rules';
import { NEST_LIMIT, type PageSource } from '../lib/source';
import {
  type AuditAnswer,
  type AuditCounts,
  type AuditPageReply,
  HTML_MAX,
  TAB_MESSAGES,
  type TabWords,
} from './load-audit';
import { squash } from './text-flags';

const index = z.int().check(z.minimum(0));
const CellSchema = z.object({ text: z.string(), rowspan: z.int(), colspan: z.int(), node: index });
/** The page as the page script read it; anything else is refused before the core sees it. */
export const PageSourceSchema = z.object({
  title: z.string(),
  meta: z.record(z.string(), z.string()),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), text: z.string(), node: index }),
      z.object({
        kind: z.literal('table'),
        table: z.object({ rows: z.array(z.array(CellSchema)), node: index }),
      }),
      z.object({
        kind: z.literal('media'),
        media: z.enum(['image', 'attachment']),
        text: z.string(),
        node: index,
      }),
    ]),
  ),
  links: z.optional(z.object({ canonical: z.optional(z.string()) })),
  savedFrom: z.optional(z.string()),
  flattened: z.optional(z.boolean()),
  plainText: z.optional(z.boolean()),
});

const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** The UI's language as the extension's locales resolve it; Chinese where there are none (tests). */
function uiLanguage(): Lang {
  const g = globalThis as { chrome?: { i18n?: { getMessage?(key: string): string } } };
  const lang = g.chrome?.i18n?.getMessage?.('app_lang') || 'zh';
  return lang.startsWith('zh') ? 'zh' : 'en';
}

/** The folded panel's words in the UI's language; Chinese where there are no locales (tests). */
function tabWords(): TabWords {
  const g = globalThis as { chrome?: { i18n?: { getMessage?(key: string, subs?: string[]): string } } };
  // `$1` passed as itself: the failure's message keeps its place for the page's error.
  const m = (k: keyof TabWords) =>
    g.chrome?.i18n?.getMessage?.(TAB_MESSAGES[k][0], ['$1']) || TAB_MESSAGES[k][1];
  return {
    brand: m('brand'),
    expand: m('expand'),
    label: m('label'),
    errors: m('errors'),
    warnings: m('warnings'),
    failed: m('failed'),
  };
}

/** Audits a page the page script read (its source as JSON text); the error (never thrown) when it cannot. */
export function auditPage(url: unknown, source: unknown): AuditPageReply {
  const t0 = performance.now();
  let data: unknown;
  try {
    data = typeof source === 'string' ? JSON.parse(source) : undefined;
  } catch {
    data = undefined;
  }
  const parsed = PageSourceSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'Error: invalid page source' };
  try {
    const a = audit(parsed.data as PageSource<number>);
    return {
      ok: true,
      answer: JSON.stringify(answerOf(a, url, (n) => n)),
      ms: performance.now() - t0,
      counts: countsOf(a),
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/**
 * Audits a page the page script sent as markup (its document's outerHTML, and its title as the
 * page has it), read here with the CLI's parser: the page pays only for the serializing. The
 * answer names each node to mark by its tag and place in the document (lib/adapters/locate.ts),
 * with the text it was read with, for the page to check before it trusts them.
 */
export function auditHtml(url: unknown, html: unknown, title: unknown, plain = false): AuditPageReply {
  const t0 = performance.now();
  if (typeof html !== 'string' || html.length > HTML_MAX || typeof title !== 'string')
    return { ok: false, error: 'Error: invalid page markup' };
  try {
    const { source, root } = readHtml(html, title);
    // The page's DOM, serialized: nested this deep, the browser's parser may have flattened it.
    if (reaches(root, NEST_LIMIT)) source.flattened = true;
    // The browser's view of a text file (the page titled it by its first line, as the CLI does).
    if (plain) source.plainText = true;
    const a = audit(source);
    // Each node once, in the order first named; with the text the walk read in it.
    const nodes: BareElement[] = [];
    const ids = new Map<BareElement, number>();
    const id = (n: BareElement) => {
      let i = ids.get(n);
      if (i === undefined) {
        i = nodes.push(n) - 1;
        ids.set(n, i);
      }
      return i;
    };
    const answer = answerOf(a, url, id);
    if (a.detected) {
      const cellText = new Map<BareElement, string>();
      const blockTexts = new Map<BareElement, string[]>();
      for (const b of source.blocks)
        if (b.kind === 'table') for (const r of b.table.rows) for (const c of r) cellText.set(c.node, c.text);
        else if (b.kind === 'text') {
          const texts = blockTexts.get(b.node);
          if (texts) texts.push(b.text);
          else blockTexts.set(b.node, [b.text]);
        }
      const { tags, counts, places } = locate(root, nodes);
      answer.located = {
        tags,
        counts,
        nodes: nodes.map((n, i) => {
          const [tag, place] = places[i]!;
          const cell = cellText.get(n);
          return cell !== undefined
            ? [tag, place, squash(cell), 1]
            : [tag, place, squash((blockTexts.get(n) ?? []).join('')), 0];
        }),
      };
    }
    return { ok: true, answer: JSON.stringify(answer), ms: performance.now() - t0, counts: countsOf(a) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** The badge's counts for an audit (checks it allows that did not run: no clean pass claimed). */
function countsOf(a: Audit<unknown>): AuditCounts {
  if (!a.detected) return { errors: 0, warnings: 0, detected: false, gaps: 0 };
  let errors = 0;
  let warnings = 0;
  for (const f of a.findings)
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  return { errors, warnings, detected: true, gaps: summariseChecks(a.checks).gaps };
}

/** The answer for an audit, its nodes named by `id`. */
function answerOf<N>(a: Audit<N>, url: unknown, id: (node: N) => number): AuditAnswer {
  const result = toPageResult(a, { url: typeof url === 'string' ? url : '' });
  // The tooltip's words in the UI's language: rule titles, cell names, each finding's message.
  const lang = uiLanguage();
  const titles: Record<string, string> = {};
  for (const f of a.findings) titles[f.rule] = half(TITLES.get(f.rule) ?? f.rule, lang);
  const labels: Record<string, string> = {};
  for (const addr of a.cellNodes.keys()) labels[addr] = addressName(addr, a.report.template, lang);
  const texts = a.findings.map((f) => (f.msg ? render(f.msg, lang) : f.message));
  return {
    result,
    cells: [...a.cellNodes].map(([address, n]) => [address, id(n)]),
    facts: [...a.factNodes].map(([key, f]) => [key, id(f.node), f.start, f.end]),
    titles,
    labels,
    texts,
    words: tabWords(),
  };
}
