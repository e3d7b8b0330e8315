/**
 * The page ↔ background protocol of the audit itself. The detector imports the page script, and
 * asks the background to inject it (LOAD_AUDIT) only where that import fails; the page script
 * sends its document's markup (AUDIT_PAGE with `html`), or, where the answer to that disagrees
 * with the page, the PageSource it read itself, whose node handles are indices (AUDIT_PAGE with
 * `source`); the background audits it with the warm core and answers with the result and, for
 * marking, the nodes it names. Plain runtime messaging (no schema library on the page's side): the
 * detector stays a few hundred bytes and the page script small; the background validates what it
 * is sent.
 */
import type { PageResult } from '../lib/model';

/** The message the detector sends when its frame may hold a report and it could not import the page script. */
export const LOAD_AUDIT = 'gra:loadAudit';

/**
 * Left true on the content scripts' global (shared by the detector and the page script in a frame)
 * by the detector as it asks for the page script: the page script's first run then skips the quick
 * check the detector has just made, a second read of the body's whole text. Injected by the popup
 * instead (a page the detector passed over), the page script finds it unset and checks.
 */
export const DETECTED = Symbol.for('gov-report-audit.detected');

/** The page script (entrypoints/content/), injected into one frame. */
export const AUDIT_SCRIPT = '/page.js';

/**
 * The page's own reader (entrypoints/page-read.ts): loaded into a frame only when the answer to the
 * page's markup disagrees with the page, which then walks its own DOM. The page script asks for
 * it (LOAD_READER); it leaves its reader on the content scripts' global under READER.
 */
export const READER_SCRIPT = '/page-read.js';
export const LOAD_READER = 'gra:loadReader';
export const READER = Symbol.for('gov-report-audit.reader');

/** Whether a runtime message is the page script's request for its reader. */
export function isLoadReader(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === LOAD_READER;
}

/** Whether a runtime message is the detector's request. */
export function isLoadAudit(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === LOAD_AUDIT;
}

/**
 * The longest page markup the background parses (characters); a longer page reads itself, in
 * slices. Report pages run to a few hundred KB; this keeps the worker's parse tree of any page,
 * however hostile, to a few hundred MB.
 */
export const HTML_MAX = 4_000_000;

/** The message the page script sends with the page it read. */
export const AUDIT_PAGE = 'gra:auditPage';

/** page → background: the page read (node handles are indices into the page script's node list). */
export interface AuditPageRequest {
  type: typeof AUDIT_PAGE;
  /** The frame's address (location.href): the portal is read from it first. */
  url: string;
  /**
   * The page read, a PageSource<number> as JSON text: V8's JSON.stringify costs the page a
   * fraction of what the browser's own conversion of a large object into a message does. Sent
   * when the markup's answer could not be trusted (the page then reads itself).
   */
  source?: string;
  /**
   * The document's markup (its comments outside <html>, then the root's outerHTML): serializing
   * is native and costs the page a fraction of reading its own DOM; the background parses it.
   */
  html?: string;
  /** The document's title as the page has it (document.title), with `html`. */
  title?: string;
  /**
   * With `html`: the document is the browser's view of plain text (served as text/plain, shown as
   * one <pre>), read as the CLI reads a .txt file (lib/source.ts asPlainText).
   */
  plain?: boolean;
}

/** background → page: the audit, with what the page needs to mark it and show its tooltips. */
/**
 * The words on the folded panel's tab, which the page script draws (entrypoints/content/panel-host.ts):
 * the background sends them in the UI's language, since the page's first `i18n.getMessage` costs its
 * main thread about 2 ms (the browser hands the renderer the extension's whole message bundle).
 * `failed` holds `$1`, for the audit's error.
 */
export interface TabWords {
  brand: string;
  expand: string;
  label: string;
  errors: string;
  warnings: string;
  failed: string;
}

/**
 * Each tab word's message in the locales (its name as `i18n.getMessage` takes it) and its Chinese
 * where there are no locales: the background's lookup and the page's own (without an answer) read it.
 */
export const TAB_MESSAGES: Record<keyof TabWords, readonly [string, string]> = {
  brand: ['panel_brandShort', '核查'],
  expand: ['panel_expand', '展开'],
  label: ['panel_label', '年报核查'],
  errors: ['panel_errors', '错误'],
  warnings: ['panel_warnings', '警告'],
  failed: ['app_auditFailed', '核查出错：$1'],
};

export interface AuditAnswer {
  /** The export's entry for the page (findings, checks, report), as the popup and desk get it. */
  result: PageResult;
  /** [address, node index] of every recognised cell, in the core's order. */
  cells: [string, number][];
  /** [fact key, node index, start, end]: the text block behind a fact and the quote's offsets. */
  facts: [string, number, number, number][];
  /** Rule id → its short title, for the rules the findings name. */
  titles: Record<string, string>;
  /** Cell address → its label (表三 本年新收 · 自然人), for the tooltips. */
  labels: Record<string, string>;
  /** Each finding's message in the UI's language, by the findings' index (the tooltip's). */
  texts: string[];
  /** The folded panel's words in the UI's language (the page script draws its tab). */
  words: TabWords;
  /**
   * Sent markup only (AuditPageRequest.html): where the page finds each node the indices above
   * name — `nodes[i]`: [index into tags or -1, its place among that tag's elements in document
   * order or -1, its text as read with white space taken out, 1 for a cell (whose text must be
   * that) or 0 for a text block (whose text must hold it)] — and how many elements of each tag
   * the markup held (lib/adapters/locate.ts).
   */
  located?: { tags: string[]; counts: number[]; nodes: [number, number, string, 0 | 1][] };
}

/**
 * The background's reply: the answer as JSON text (the page parses it itself, so the CPU profile
 * the bench reads sees that cost on the page's thread instead of hiding it in the browser's own
 * message decoding), with the background's own time (validation, core, answer) in ms, and what the
 * page script would otherwise ask for at load (utils/audit-extras.ts); or why the audit failed.
 */
export type AuditPageReply =
  | {
      ok: true;
      answer: string;
      ms: number;
      /** The page's flags (utils/audit-extras.ts); the page script checks each, as it does pageFlags'. */
      flags?: unknown;
      /** How the user left the panel (utils/panel-open.ts); checked by the page script too. */
      panelOpen?: unknown;
      /**
       * The badge's counts for the frame, which the background records as it answers (the page then
       * sends no message of its own for them); taken off before the reply goes to the page.
       */
      counts?: AuditCounts;
    }
  | { ok: false; error: string };

/** What the badge counts for a frame's audit. */
export interface AuditCounts {
  errors: number;
  warnings: number;
  detected: boolean;
  gaps: number;
}

/** Whether a runtime message is the page script's audit request (its payload is checked later). */
export function isAuditPage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === AUDIT_PAGE;
}
