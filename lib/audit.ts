/**
 * The pipeline: page → tables and text → canonical report → findings. Pure and generic over the
 * adapter's node type, so the extension marks the very nodes the findings name.
 */
import type { Check, Finding, PageResult, Report } from './model';
import { normOf } from './recognise/blocktext';
import { findFacts } from './recognise/facts';
import { findClaims } from './recognise/facts-claims';
import { findOutcomeFacts } from './recognise/facts-outcome';
import { META_DATE_KEYS, readMeta } from './recognise/meta';
import { portalFromPage, portalOf } from './recognise/portal';
import { sectionsFound, textTruncated } from './recognise/sections';
import { drain, tableSteps } from './recognise/tables';
import { checkRules } from './rules';
import type { AuditContext } from './rules/types';
import type { Block, PageSource } from './source';
import { fold, normLabel } from './text';

/** An audited page: the report, its findings, and the nodes behind each address and fact. */
export interface Audit<N> {
  detected: boolean;
  /** Why the page is not a report (Chinese, then English), or null. */
  reason: string | null;
  report: Report;
  findings: Finding[];
  /** Every rule of the catalogue with its outcome: passed, failed or skipped (with the reason). */
  checks: Check[];
  ctx: AuditContext;
  /** The table cell behind each canonical address. */
  cellNodes: Map<string, N>;
  /** The text block behind each fact, with the quote's offsets in that block's text. */
  factNodes: Map<string, { node: N; start: number; end: number }>;
}

const NOT_A_REPORT =
  '本页不是政府信息公开工作年度报告（未找到报告的表格或标题） / Not a report page: no report tables or title found';
const IGNORED_IMAGE = /logo|icon|banner|\.gif|wza|erweima|qrcode|二维码|分享|sharing|button|btn/i;
const TABLE_DATE =
  /(?:发布|公开|发文)(?:日期|时间)\s*:?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** Images and attachments that are part of the article, not the portal's chrome. */
function countMedia<N>(blocks: Block<N>[]): AuditContext['media'] {
  const media = { images: 0, attachments: 0 };
  for (const b of blocks) {
    if (b.kind !== 'media') continue;
    if (b.media === 'attachment') media.attachments++;
    else if (!IGNORED_IMAGE.test(b.text)) media.images++;
  }
  return media;
}

/**
 * A page whose report is all images or an attachment: the document title and a heading name the
 * report (a title that ends in 报告, not news about one), and the article under that heading holds
 * an image or an attachment. A list of reports has its column name for a document title; news
 * about the report has a title that goes on after 报告.
 */
function mediaReport<N>(source: PageSource<N>, title: string): boolean {
  const t = normLabel(title);
  if (!/(?:报告|年报)(?:\([^)]*\))?$/.test(t) || !normLabel(source.title).includes(t)) return false;
  let heading = false;
  for (const b of source.blocks) {
    if (b.kind === 'text') {
      if (!heading && b.text.length <= t.length + 40) {
        const text = normOf(b);
        heading = text.includes(t) && text.length <= t.length + 20;
      }
    } else if (heading && b.kind === 'media') {
      if (b.media === 'attachment' || !IGNORED_IMAGE.test(b.text)) return true;
    }
  }
  return false;
}

/** A publication date written in an info-box table (发布日期 | 2021-01-29), as a fact. */
function tableDate<N>(blocks: Block<N>[]) {
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const row of b.table.rows) {
      const text = row.map((c) => c.text.trim()).join(' ');
      const m = TABLE_DATE.exec(fold(text));
      if (m)
        return {
          value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
          quote: text.slice(m.index, m.index + m[0].length),
        };
    }
  }
  return null;
}

// Portal style only (`2022-01-28`, `[ 2022/01/28 16:26 ]`): a `（2022年1月20日）` under the title is
// the document's own date.
const BARE_DATE =
  /^[[【]?\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】]?$/;

/**
 * A date standing alone just under the report's heading (`[ 2022-01-28 ]`, `2022-01-28 16:26`), as
 * portals print the publication date without a label. Only the few blocks after the heading: a
 * date further down is the report's signature (成文) date, not its publication.
 */
function bareDate<N>(blocks: Block<N>[], title: string) {
  const t = normLabel(title);
  if (!t) return null;
  const at = blocks.findIndex(
    (b) => b.kind === 'text' && b.text.length <= t.length + 40 && normOf(b).includes(t),
  );
  if (at < 0) return null;
  for (const b of blocks.slice(at + 1, at + 4)) {
    if (b.kind !== 'text') continue;
    const m = BARE_DATE.exec(fold(b.text).trim());
    if (m)
      return {
        value: Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]),
        quote: b.text.trim(),
        node: b.node,
      };
  }
  return null;
}

/** Audits one page. */
export function audit<N>(source: PageSource<N>): Audit<N> {
  return drain(auditSteps(source));
}

/**
 * The audit as steps (after each table, after the facts): the page drives it a few milliseconds at
 * a time so a report of many tables never blocks the main thread; `audit` runs it in one go.
 */
export function* auditSteps<N>(source: PageSource<N>): Generator<void, Audit<N>> {
  const tables = yield* tableSteps(source.blocks);
  const found = findFacts(source.blocks);
  yield;
  if (!found.some((f) => f.fact.key === 'f.published')) {
    const d = tableDate(source.blocks);
    if (d) found.push({ fact: { key: 'f.published', value: d.value, quote: d.quote }, node: null });
  }
  let meta = readMeta(source, found);
  if (!meta.published && meta.titled) {
    const d = bareDate(source.blocks, meta.title);
    if (d) {
      found.push({ fact: { key: 'f.published', value: d.value, quote: d.quote }, node: d.node });
      meta = readMeta(source, found);
    }
  }
  if (meta.published && !found.some((f) => f.fact.key === 'f.published')) {
    const raw = META_DATE_KEYS.find((k) => source.meta[k]);
    found.push({
      fact: {
        key: 'f.published',
        value: Number(meta.published.replace(/-/g, '')),
        quote: `<meta name="${raw}" content="${source.meta[raw ?? ''] ?? ''}">`,
      },
      node: null,
    });
  }
  // Outcome figures and claims need the report's year: 2020年予以公开… in a 2021 report is not its own.
  found.push(...findOutcomeFacts(source.blocks, meta.year, found), ...findClaims(source.blocks, meta.year));
  const facts = found.map((f) => f.fact);
  const factNodes = new Map<string, { node: N; start: number; end: number }>();
  for (const f of found)
    if (f.node !== null && f.fact.pos)
      factNodes.set(f.fact.key, { node: f.node, start: f.fact.pos.start, end: f.fact.pos.end });

  const found6 = sectionsFound(source.blocks);
  const sections = found6.filter(Boolean).length;
  const anyTable = tables.found.t2 || tables.found.t3 || tables.found.t4;
  const detected =
    anyTable || (meta.titled && (sections >= 2 || mediaReport(source, meta.title))) || sections >= 4;
  const report: Report = {
    title: meta.title,
    agency: meta.agency,
    portal: portalFromPage(source),
    year: meta.year,
    template: tables.template,
    published: meta.published,
    cells: detected ? tables.cells : {},
    facts: detected ? facts : [],
  };
  const ctx: AuditContext = {
    found: tables.found,
    media: source.scanned ? { ...countMedia(source.blocks), scanned: true } : countMedia(source.blocks),
    unmapped: tables.unmapped,
    sections: found6,
    truncated: textTruncated(source.blocks),
  };
  const checked = detected ? checkRules(report, ctx) : { findings: [], checks: [] };
  return {
    detected,
    reason: detected ? null : NOT_A_REPORT,
    report,
    findings: checked.findings,
    checks: checked.checks,
    ctx,
    cellNodes: detected ? tables.nodes : new Map(),
    factNodes: detected ? factNodes : new Map(),
  };
}

/**
 * The page's entry of the JSON export. The address it was read at names its portal before anything
 * the page says about itself (a saved file or a loopback host names none, and the page's word stands).
 */
export function toPageResult(a: Audit<unknown>, where: { file?: string; url?: string }): PageResult {
  if (!a.detected) return { ...where, detected: false, reason: a.reason ?? NOT_A_REPORT };
  const portal = portalOf(where.url) ?? a.report.portal ?? null;
  const report = portal === a.report.portal ? a.report : { ...a.report, portal };
  return { ...where, detected: true, report, findings: a.findings, checks: a.checks };
}
