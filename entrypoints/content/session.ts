/**
 * One page's audit session: the current audit and its result, the marks, the panel and what it
 * shows. Everything else (messages, page events, the mutation watcher) calls into this.
 *
 * The page pays only for serializing and marking: the page's markup goes to the background,
 * which reads and audits it with the warm core (utils/audit-page.ts), and the answer names the
 * nodes to mark by tag and place, which the page checks (read.ts); where they disagree with the
 * page, it reads itself into a plain page source and the answer names nodes by the read's indices.
 */
import type { Check, Finding, Flag, PageResult, Template } from '../../lib/model';
import { textMayBeReport, titleMayBeReport } from '../../lib/quick-check';
import { plainTitle } from '../../lib/source';
import {
  AUDIT_PAGE,
  type AuditAnswer,
  type AuditPageReply,
  LOAD_READER,
  READER,
  type TabWords,
} from '../../utils/load-audit';
import { PageMarks } from '../../utils/marks';
import { ERROR_MAX, TEXT_FLAG } from '../../utils/panel-link';
import { asPanelOpen } from '../../utils/panel-open';
import { squash, textFlagRanges } from '../../utils/text-flags';
import { reportTables, tablesPrint } from './fingerprint';
import { measure, TIMINGS } from './measure';
import { flagsFrom, pageFlags, watchPageFlags } from './page-flags';
import { pageHtml } from './page-html';
import {
  type ColumnEdge,
  columnEdge,
  mountPanel,
  type PanelHandle,
  type PanelView,
  reportColumn,
  reportRight,
} from './panel-host';
import { findNodes, pageMarkup, type ReadPage } from './read';
import { api, send } from './runtime';
import type { TipState } from './tooltip';

/** A report's audit as the page holds it: the result's findings, and the live nodes they name. */
export interface PageAudit {
  findings: Finding[];
  checks: Check[];
  template: Template | null;
  /** The report's facts (their quotes are highlighted; a sentence's card shows the value). */
  facts: { key: string; quote: string; value?: unknown }[];
  /** The table cell behind each canonical address. */
  cellNodes: Map<string, Element>;
  /** The text block behind each fact, with the quote's offsets in that block's text. */
  factNodes: Map<string, { node: Element; start: number; end: number }>;
  /** Rule id → its short title (the rules the findings name). */
  titles: Record<string, string>;
  /** Cell address → its label, for the tooltip. */
  labels: Record<string, string>;
  /** Each finding's message in the UI's language, by index, for the tooltip. */
  texts: string[];
  /** Every cell address and fact key the report has (a flag on anything else is an orphan). */
  anchors: string[];
  /** The folded panel's words, in the UI's language. */
  words: TabWords;
}

/**
 * The page's own reader (read.ts readPage), loaded into this frame's content-script world on first
 * need (entrypoints/page-read.ts): most pages never need it, and so never compile it.
 */
async function pageReader(): Promise<(doc: Document) => Promise<ReadPage>> {
  const g = globalThis as { [READER]?: (doc: Document) => Promise<ReadPage> };
  if (!g[READER]) await api.runtime.sendMessage({ type: LOAD_READER });
  const read = g[READER];
  if (!read) throw new Error('the page reader did not load');
  return read;
}

/** The state of the page script in one frame. */
export class Session {
  readonly isTop = window.top === window;
  audit: PageAudit | null = null;
  result: PageResult | null = null;
  /** Why the last audit failed (it threw), shown by the popup instead of "not a report". */
  error: string | null = null;
  marksOn = true;
  flags: Flag[] = [];
  tip: TipState | null = null;
  readonly marks = new PageMarks(document);
  private panel: Promise<PanelHandle> | null = null;
  /** What the panel showed last (the tooltip changes alone on hover). */
  private view: PanelView | null = null;
  private watchingFlags = false;
  /** What the background handed over with its answer: the page's flags and the panel's state. */
  private handed: { flags?: unknown; panelOpen?: unknown } = {};
  /** The report column's edge, read before the first marks, for the panel's first mount. */
  private columnAt: ColumnEdge | undefined;
  private running: Promise<void> = Promise.resolve();
  private addressByNode: Map<Element, string> | null = null;
  /** The report's tables and their fingerprint when last audited (see fingerprint.ts). */
  private tables: Element[] = [];
  private print = '';
  /** True from the start of an audit's read until its fingerprint is taken. */
  auditing = false;
  /** The element last right-clicked, for the context menu's 标记此处 (only we know it). */
  contextTarget: Element | null = null;

  constructor(
    private readonly life: AbortSignal,
    readonly onReport: () => void,
  ) {}

  /**
   * The frame's address. document.URL, not location.href: the same string (history.pushState
   * changes both), but the page script's first touch of `location` makes this world its Location
   * object, half a millisecond of bindings on every report page (bench:ext, GRA_BENCH_VERBOSE).
   */
  get url(): string {
    return document.URL;
  }

  /**
   * Detects and audits (queued, so two triggers never interleave); `force` (the user asked) or
   * `detected` (the detector has just found a report's words) skips the quick check.
   */
  run(force: boolean, detected = false): Promise<void> {
    this.running = this.running
      .then(() => this.runNow(force || detected))
      .catch((e: unknown) => this.failed(e, force));
    return this.running;
  }

  /** Whether the report tables' text changed since the last audit (cheap: no walk of the page). */
  tablesChanged(): boolean {
    return tablesPrint(document, this.tables) !== this.print;
  }

  /** Whether `node` is inside the last audit's report tables (any node, before a report is found). */
  inReportTables(node: Node): boolean {
    return this.tables.length === 0 || this.tables.some((t) => t.contains(node));
  }

  /**
   * An audit that threw (here, or in the background): nothing it half-did stays on the page (marks,
   * findings, counts that would claim "no problems"), and the popup and the panel are told the
   * reason rather than "not a report". The panel shows it where it was already up, or where the
   * user asked (`force`); an automatic audit of a page that never had a panel puts none up for it.
   */
  private failed(e: unknown, force: boolean): void {
    this.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    this.audit = null;
    this.result = null;
    this.tables = [];
    this.print = '';
    try {
      this.marks.clear();
    } catch {
      // The same weird DOM may break the clean-up; the next audit clears again.
    }
    if (this.panel || force) this.renderError(this.error);
    // The badge drops this frame's old counts (it must not show figures the popup no longer has),
    // and hears why: it then claims no clean pass, and the popup names a failed child frame.
    void send('auditDone', {
      errors: 0,
      warnings: 0,
      detected: false,
      error: this.error.slice(0, 2000),
    }).catch(() => undefined);
  }

  /**
   * The result with the page's flags, each quote-only flag marked an orphan when its quote is no
   * longer anywhere in the page's text (address flags are judged by the popup against the cells).
   */
  resultWithFlags(): PageResult | null {
    const r = this.result;
    if (!r?.detected || this.flags.length === 0) return r;
    const lost = new Set(this.lostQuotes());
    const flags = this.flags.map((f) => (f.address === null ? { ...f, orphan: lost.has(f.id) } : f));
    return { ...r, flags };
  }

  /** Ids of the quote-only flags whose quote is no longer anywhere in the page's text. */
  lostQuotes(): string[] {
    const quoted = this.flags.filter((f) => f.address === null);
    if (quoted.length === 0) return [];
    const text = squash(document.body?.textContent ?? '');
    return quoted.filter((f) => !text.includes(squash(f.quote))).map((f) => f.id);
  }

  /** Settles when the audit under way (if any) is done, so an answer never reports a half-read page. */
  idle(): Promise<void> {
    return this.running;
  }

  /** `checked`: the page may hold a report, and needs no quick check. */
  private async runNow(checked: boolean): Promise<void> {
    if (!checked) {
      const t0 = performance.now();
      const maybe =
        titleMayBeReport(document.title ?? '') || textMayBeReport(document.body?.textContent ?? '');
      measure('gra:detect', t0);
      if (!maybe) return;
    }
    this.auditing = true;
    let audited: { a: PageAudit | null; result: PageResult };
    try {
      audited = await this.readAndAudit();
    } finally {
      this.auditing = false;
    }
    const { a, result } = audited;
    this.error = null;
    this.audit = a;
    this.result = result;
    this.addressByNode = null;
    this.tables = a ? reportTables(a.cellNodes.values()) : [];
    this.print = tablesPrint(document, this.tables);
    // The badge heard this audit's counts from the background as it answered (readAndAudit).
    if (!a) {
      this.marks.clear();
      this.panel?.then((p) => p.remove());
      this.panel = null;
      return;
    }
    // Before the panel is first put up, where the report's column ends, read before any mark of ours
    // touches the page: a page already laid out answers at once, and the panel then decides and shows
    // in the same rendering step as the marks, not in one of its own after them.
    if (!this.panel) this.columnAt = columnEdge(reportColumn(this.tables));
    const t1 = performance.now();
    if (this.marksOn) {
      const done = await this.marks.apply(this.markInput(a));
      if (done) this.marks.setFlags(this.flags);
    }
    measure('gra:marks', t1);
    this.onReport();
    this.startFlags();
    this.render();
  }

  /**
   * Reads the page, has the background audit it, and turns the answer's node indices back into
   * the page's nodes. First as markup: the document's outerHTML (native serializing, a fraction of
   * what walking the DOM from this world costs) is parsed and read in the background, which names
   * the nodes to mark by tag and place; the page checks them (findNodes) and reads its own DOM
   * instead when they disagree with it. Timeline: gra:read (serializing, or the read, on this
   * thread), gra:check (until the answer is back: mostly the background's), gra:background (the
   * background's own time, on its thread, drawn at the end of gra:check), gra:apply (parsing the
   * answer, finding its nodes: this thread), gra:audit (all of it). The page's own share is read +
   * apply (+ gra:marks, after).
   */
  private async readAndAudit(): Promise<{ a: PageAudit | null; result: PageResult }> {
    const t0 = performance.now();
    const html = pageMarkup(document);
    measure('gra:read', t0);
    if (html !== null) {
      // The browser's view of a text file (one <pre>, no title): read as the CLI reads a .txt file,
      // titled by its first line.
      const plain = document.contentType === 'text/plain';
      const title = document.title || (plain ? plainTitle(document.body?.textContent ?? '') : '');
      const { answer, t2 } = await this.ask({ html, title, plain });
      const nodes = answer.result.detected && answer.located ? findNodes(document, answer.located) : [];
      if (nodes) return this.answered(answer, nodes, t0, t2);
      // The page changed under its markup, or holds what a parse reads otherwise: it reads itself.
    }
    const t1 = performance.now();
    const { source, nodes } = await (await pageReader())(document);
    // Its own name too: how often the markup's answer was not trusted (tests, the bench).
    measure('gra:read', t1);
    if (html !== null) measure('gra:reread', t1);
    const { answer, t2 } = await this.ask({ source: JSON.stringify(source) });
    return this.answered(answer, nodes, t0, t2);
  }

  /** Sends the page (its markup, or the source it read) to the background; its answer, and when it came. */
  private async ask(page: { html: string; title: string; plain: boolean } | { source: string }) {
    const t1 = performance.now();
    const reply = (await api.runtime.sendMessage({ type: AUDIT_PAGE, url: this.url, ...page })) as
      | AuditPageReply
      | undefined;
    const t2 = measure('gra:check', t1) + t1;
    if (!reply) throw new Error('no answer from the extension');
    if (!reply.ok) throw new AuditError(reply.error);
    if (TIMINGS)
      try {
        performance.measure('gra:background', { start: Math.max(t1, t2 - reply.ms), end: t2 });
      } catch {
        // A nicety, as measure() says.
      }
    this.handed = { flags: reply.flags, panelOpen: reply.panelOpen };
    return { answer: JSON.parse(reply.answer) as AuditAnswer, t2 };
  }

  /** The page's audit from the background's answer, whose node indices name `nodes`. */
  private answered(
    answer: AuditAnswer,
    nodes: Node[],
    t0: number,
    t2: number,
  ): { a: PageAudit | null; result: PageResult } {
    const result = answer.result;
    if (!result.detected) {
      measure('gra:apply', t2);
      measure('gra:audit', t0);
      return { a: null, result };
    }
    // Indexed loops, not destructuring: this runs once per page, cold, where taking each pair
    // apart through the iterator protocol costs more than the map it fills.
    const cellNodes = new Map<string, Element>();
    const cells = answer.cells;
    for (let k = 0; k < cells.length; k++) cellNodes.set(cells[k]![0], nodes[cells[k]![1]] as Element);
    const factNodes = new Map<string, { node: Element; start: number; end: number }>();
    for (let k = 0; k < answer.facts.length; k++) {
      const f = answer.facts[k]!;
      factNodes.set(f[0], { node: nodes[f[1]] as Element, start: f[2], end: f[3] });
    }
    const a: PageAudit = {
      findings: result.findings,
      checks: result.checks ?? [],
      template: result.report.template,
      facts: result.report.facts,
      cellNodes,
      factNodes,
      titles: answer.titles,
      labels: answer.labels,
      texts: answer.texts ?? [],
      anchors: [...Object.keys(result.report.cells), ...result.report.facts.map((f) => f.key)],
      words: answer.words,
    };
    measure('gra:apply', t2);
    measure('gra:audit', t0);
    return { a, result };
  }

  private markInput(a: PageAudit) {
    return { findings: a.findings, cellNodes: a.cellNodes, factNodes: a.factNodes, facts: a.facts };
  }

  private startFlags(): void {
    if (this.watchingFlags) return;
    this.watchingFlags = true;
    const show = (flags: Flag[]) => {
      // No flags before and none now (most pages): nothing to mark or tell the panel.
      if (flags.length === 0 && this.flags.length === 0) return;
      this.flags = flags;
      if (this.marksOn) this.marks.setFlags(flags);
      this.render();
    };
    // Handed over with the audit's answer (most often none); asked for when they were not.
    const handed = flagsFrom(this.handed.flags);
    if (handed) show(handed);
    else void pageFlags(this.url).then(show, () => undefined);
    watchPageFlags(this.url, show);
  }

  /** Shows or removes every mark (the panel stays, so the user can turn them back on). */
  async setMarks(on: boolean): Promise<void> {
    this.marksOn = on;
    this.tip = null;
    if (!on) this.marks.clear();
    else if (this.audit && (await this.marks.apply(this.markInput(this.audit))))
      this.marks.setFlags(this.flags);
    this.render();
  }

  /** Scrolls to finding `index` of the current audit and pulses its cells. */
  focus(index: number): boolean {
    const f = this.audit?.findings[index];
    if (!f) return false;
    if (!this.marksOn) void this.setMarks(true).then(() => this.marks.focus(f));
    else return this.marks.focus(f);
    return true;
  }

  /** Like focus(), for the panel: the cells and sentences brought into view, or null when none are on the page. */
  private focusFromPanel(index: number): (Element | Range)[] | null {
    const f = this.audit?.findings[index];
    if (!f || !this.focus(index)) return null;
    const { nodes, ranges } = this.marks.targets(f);
    return [...nodes, ...ranges];
  }

  /** Scrolls to the cell or sentence at `address` (a flag's) and pulses it, as a finding naming it would. */
  private locate(address: string): (Element | Range)[] | null {
    if (!this.audit || !this.marksOn) return null;
    if (address.startsWith(TEXT_FLAG)) return this.locateText(address.slice(TEXT_FLAG.length));
    const f = { rule: 'flag', severity: 'info' as const, message: '', cells: [address] };
    if (!this.marks.focus(f)) return null;
    const { nodes, ranges } = this.marks.targets(f);
    return [...nodes, ...ranges];
  }

  /** Scrolls to the text flag `id` (found again as the marks found it) and pulses it. */
  private locateText(id: string): Range[] | null {
    const flag = this.flags.find((f) => f.id === id && f.address === null);
    const range = flag ? textFlagRanges(document, [flag])[0] : undefined;
    if (!range) return null;
    this.marks.focusRange(range);
    return [range];
  }

  /** Opens the flag editor for a cell address (or a text quote at `at`, see FlagSchema) in the panel's frame. */
  openEditor(address: string | null, quote: string, at?: number): void {
    if (!this.audit) return;
    this.render();
    const target = address ? (this.audit.cellNodes.get(address) ?? null) : null;
    void this.panel?.then((p) => p.edit(address, quote.trim().slice(0, 2000), target, at));
  }

  /** The address of the recognised cell at or around `el` (marks on or off). */
  addressOf(el: Element | null): string | null {
    if (!el || !this.audit) return null;
    if (!this.addressByNode) {
      this.addressByNode = new Map();
      for (const [addr, node] of this.audit.cellNodes)
        if (!this.addressByNode.has(node)) this.addressByNode.set(node, addr);
    }
    for (let n: Element | null = el; n; n = n.parentElement) {
      const addr = this.addressByNode.get(n);
      if (addr) return addr;
    }
    return null;
  }

  /** The address of the last right-clicked cell. */
  lastContextCell(): string | null {
    return this.addressOf(this.contextTarget);
  }

  /** A cell's text, as the flag's quote. */
  cellText(address: string | null): string {
    const node = address ? this.audit?.cellNodes.get(address) : undefined;
    return (node?.textContent ?? '').trim();
  }

  /** The panel, mounted on first use (null again if it could not be: a page with no <body>). */
  private mount(): Promise<PanelHandle> {
    if (this.panel) return this.panel;
    const panel = mountPanel(
      {
        toggleMarks: (on) => void this.setMarks(on),
        focus: (i) => this.focusFromPanel(i),
        locate: (address) => this.locate(address),
        save: async () =>
          this.result?.detected === true &&
          (await send('saveToDesk', {
            result: this.result,
            html: pageHtml(),
            url: this.url,
            title: this.result.report.title,
          })) === true,
        reportRight: () => reportRight(this.tables),
        reportColumn: () => reportColumn(this.tables),
      },
      this.life,
      asPanelOpen(this.handed.panelOpen),
      this.columnAt,
    );
    this.columnAt = undefined;
    this.panel = panel;
    panel.catch(() => {
      if (this.panel === panel) this.panel = null;
    });
    return panel;
  }

  /** Tells the panel the audit failed (`message` is the audit's own error, cut short): no counts, no findings. */
  private renderError(message: string): void {
    const view: PanelView = {
      url: this.url,
      findings: [],
      template: null,
      anchors: [],
      lostQuotes: [],
      marksOn: this.marksOn,
      tip: null,
      error: message.slice(0, ERROR_MAX),
      // The words of the last answer, if any (else the page's own lookup of them).
      ...(this.view?.tab ? { tab: this.view.tab } : {}),
    };
    this.tip = null;
    this.view = view;
    void this.mount()
      .then((p) => p.update(view))
      .catch(() => undefined);
  }

  /** Re-renders the tooltip and tells the panel's frame what changed (mounting both on first use). */
  render(): void {
    const a = this.audit;
    if (!a) return;
    const panel = this.mount();
    const view = {
      url: this.url,
      findings: a.findings,
      checks: a.checks,
      template: a.template,
      anchors: a.anchors,
      lostQuotes: this.lostQuotes(),
      marksOn: this.marksOn,
      tip: this.tip,
      tab: a.words,
    };
    this.view = view;
    void panel.then((p) => p.update(view)).catch(() => undefined);
  }

  /** Shows the current tooltip (hover and focus change only it, not what the frame shows). */
  renderTip(): void {
    const view = this.view;
    if (!view || !this.audit) return;
    view.tip = this.tip;
    void this.panel?.then((p) => p.update(view));
  }
}

/** An audit the background could not do: its own message (already "Name: message"). */
class AuditError extends Error {
  constructor(message: string) {
    const i = message.indexOf(': ');
    super(i > 0 ? message.slice(i + 2) : message);
    this.name = i > 0 ? message.slice(0, i) : 'Error';
  }
}
