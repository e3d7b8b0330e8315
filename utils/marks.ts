/**
 * Marks on the page: every recognised cell gets `data-audit-address`, every cell a finding names
 * gets `data-audit-rules` and `data-audit-severity` (which the mark stylesheet paints), or
 * `data-audit-quiet` when only quiet findings (blank cells) name it, cells the user flagged get the
 * class FLAGGED_CLASS (no count, no note: the page may read it, so it says only "flagged"), and
 * text facts are highlighted. Work is sliced so huge pages stay
 * responsive, and everything is undone exactly by `clear()`.
 */
import type { Finding, Flag } from '../lib/model';
import { forEachSliced } from './chunk';
import {
  type BlockText,
  blockText,
  clearRanges,
  type FactTone,
  HIGHLIGHT_HOST,
  paintRanges,
  pulseRange,
  quoteRange,
} from './highlight';
import { type CellInfo, type MarkInput, planCells } from './mark-plan';
import { addMarkStyle, FLAGGED_CLASS, hasMarkStyle, removeMarkStyle } from './mark-style';
import { clearTextFlags, paintTextFlags } from './text-flags';

/** How long a text finding's sentence is shown alone before its cells (ms). */
const SENTENCE_FIRST_MS = 1600;

const ATTRS = [
  'data-audit-address',
  'data-audit-rules',
  'data-audit-severity',
  'data-audit-quiet',
  HIGHLIGHT_HOST,
];

/**
 * Brings a sentence to the middle of the window: its block when the block fits, otherwise the
 * sentence itself (a long block centred would leave the sentence off screen).
 */
function scrollToRange(range: Range): void {
  const block = range.startContainer.parentElement;
  const view = block?.ownerDocument.defaultView;
  if (!block || !view) return;
  if (block.getBoundingClientRect().height <= view.innerHeight * 0.8) {
    block.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    return;
  }
  const r = range.getBoundingClientRect();
  view.scrollBy({ top: r.top + r.height / 2 - view.innerHeight / 2, behavior: 'smooth' });
}

/** Takes our flag class off an element (and the class attribute, when nothing else was in it). */
function unflag(el: Element): void {
  el.classList.remove(FLAGGED_CLASS);
  if (el.getAttribute('class') === '') el.removeAttribute('class');
}

/** The marks of one audited document. */
export class PageMarks {
  cells = new Map<Element, CellInfo>();
  /** Fact key → its range, for scrolling to a finding that names only text. */
  factRanges = new Map<string, Range>();
  /** The sentences the user flagged (flags with a quote and no address), as found on the page. */
  textFlags: Range[] = [];
  private wrappers: Element[] = [];
  private focusable: Element[] = [];
  private flagged: Element[] = [];
  private generation = 0;
  /** The cells' turn of a text finding's focus, pending while its sentence pulses. */
  private cellsNext: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  /** Applies marks for an audit (replacing any previous ones); resolves when every slice ran. */
  async apply(input: MarkInput): Promise<boolean> {
    this.clear();
    const gen = ++this.generation;
    const cancelled = () => gen !== this.generation;
    this.cells = planCells(input);
    const rulesOf = (info: CellInfo) => [...new Set(info.findings.map((i) => input.findings[i]!.rule))];
    const done = await forEachSliced(
      this.cells,
      // The entry by index (not destructured: cold, that goes through the iterator protocol).
      (entry) => {
        const node = entry[0];
        const info = entry[1];
        node.setAttribute('data-audit-address', info.addresses.join(' '));
        if (info.findings.length === 0) return;
        node.setAttribute('data-audit-rules', rulesOf(info).join(' '));
        // A quiet cell keeps its tooltip on hover but is no Tab stop: a hundred blanks would
        // stand between the keyboard and the real findings.
        if (info.severity === null) {
          node.setAttribute('data-audit-quiet', '');
          return;
        }
        node.setAttribute('data-audit-severity', info.severity);
        // Keyboard users reach the tooltip by Tab; only cells that had no tabindex of their own.
        if (!node.hasAttribute('tabindex')) {
          node.setAttribute('tabindex', '0');
          this.focusable.push(node);
        }
      },
      cancelled,
    );
    if (!done) return false;
    // The stylesheet after the attributes (the cells' and the highlighted text's hosts): while no
    // sheet names them, setting them asks the browser for no style invalidation per element; the
    // sheet then restyles those elements once.
    this.paintFacts(input);
    addMarkStyle(this.doc);
    return true;
  }

  private paintFacts(input: MarkInput): void {
    const tone = new Map<string, FactTone>();
    for (const f of input.findings)
      for (const key of f.cells) {
        const t: FactTone = f.severity === 'error' ? 'error' : 'warning';
        if (tone.get(key) !== 'error') tone.set(key, t);
      }
    const quotes = new Map(input.facts.map((f) => [f.key, f.quote]));
    const ranges: { range: Range; tone: FactTone }[] = [];
    // Most facts are quoted from a few paragraphs: each paragraph's text is walked once.
    const read = new Map<Element, BlockText>();
    for (const [key, at] of input.factNodes) {
      let text = read.get(at.node);
      if (!text) {
        text = blockText(at.node);
        read.set(at.node, text);
      }
      const range = quoteRange(at.node, at.start, at.end, quotes.get(key) ?? '', text);
      if (!range) continue;
      this.factRanges.set(key, range);
      ranges.push({ range, tone: tone.get(key) ?? 'fact' });
    }
    this.wrappers = paintRanges(this.doc, ranges);
  }

  /**
   * Marks the cells the user flagged with a class and nothing else: neither the note nor how many
   * flags a cell has goes into the page (its scripts can read attributes and watch them change).
   */
  setFlags(flags: Flag[]): void {
    const next = new Set<Element>();
    // Most pages have no flag on a cell: then no address → cell map is built.
    if (flags.some((f) => f.address)) {
      const byAddr = new Map<string, Element>();
      this.cells.forEach((info, node) => {
        for (const a of info.addresses) byAddr.set(a, node);
      });
      for (const f of flags) {
        const node = f.address ? byAddr.get(f.address) : undefined;
        if (node) next.add(node);
      }
    }
    // Only what changed is touched: a second note on a flagged cell changes nothing on the page.
    for (const el of this.flagged) if (!next.has(el)) unflag(el);
    for (const el of next) if (!el.classList.contains(FLAGGED_CLASS)) el.classList.add(FLAGGED_CLASS);
    this.flagged = [...next];
    this.textFlags = paintTextFlags(this.doc, flags);
  }

  /** The elements a finding names, and the ranges of its facts. */
  targets(finding: Finding): { nodes: Element[]; ranges: Range[] } {
    const nodes: Element[] = [];
    for (const [node, info] of this.cells)
      if (finding.cells.some((c) => info.addresses.includes(c))) nodes.push(node);
    const ranges = finding.cells.flatMap((c) => this.factRanges.get(c) ?? []);
    return { nodes, ranges };
  }

  /**
   * Scrolls to what the finding names first and pulses it: a text finding names its sentence
   * first, so the page shows the claim, pulses it, and then the table's cells it disagrees with
   * (scrolled to only as far as they are out of view); false when nothing is on the page.
   */
  focus(finding: Finding): boolean {
    const { nodes, ranges } = this.targets(finding);
    if (nodes.length === 0 && ranges.length === 0) return false;
    const firstKey = finding.cells.find(
      (c) => this.factRanges.has(c) || nodes.some((n) => this.cells.get(n)?.addresses.includes(c)),
    );
    const range = firstKey === undefined ? undefined : this.factRanges.get(firstKey);
    clearTimeout(this.cellsNext);
    const pulseCells = () => {
      for (const n of nodes) {
        n.removeAttribute('data-audit-pulse');
        // Re-adding on the next frame restarts the animation if it is still running.
        requestAnimationFrame(() => n.setAttribute('data-audit-pulse', ''));
        setTimeout(() => n.removeAttribute('data-audit-pulse'), 2200);
      }
    };
    if (range) {
      // The sentence first; then its cells, brought into view only as far as they are not.
      scrollToRange(range);
      pulseRange(range);
      if (nodes.length > 0)
        this.cellsNext = setTimeout(() => {
          nodes[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
          pulseCells();
        }, SENTENCE_FIRST_MS);
      return true;
    }
    nodes[0]?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    pulseCells();
    if (ranges[0]) pulseRange(ranges[0]);
    return true;
  }

  /** Scrolls to a flagged text's sentence (a range of textFlags) and pulses it. */
  focusRange(range: Range): void {
    clearTimeout(this.cellsNext);
    scrollToRange(range);
    pulseRange(range);
  }

  /** Removes every attribute, highlight and stylesheet we added. */
  clear(): void {
    this.generation++;
    clearTimeout(this.cellsNext);
    for (const node of this.cells.keys()) for (const a of ATTRS) node.removeAttribute(a);
    // Also any the page copied onto new elements (a body rewritten from its own innerHTML), or
    // that another copy of this script left (the extension updated under an open page), or that a
    // page saved with marks on came with. None can be there unless marks were: cells marked here,
    // or the stylesheet, which every painted mark comes with (a saved page keeps it too). So the
    // first audit of a page, which never had any, skips two walks of the whole document.
    if (this.cells.size > 0 || this.flagged.length > 0 || hasMarkStyle(this.doc)) {
      for (const node of Array.from(this.doc.querySelectorAll(ATTRS.map((a) => `[${a}]`).join(','))))
        for (const a of ATTRS) node.removeAttribute(a);
      for (const node of [...this.flagged, ...Array.from(this.doc.getElementsByClassName(FLAGGED_CLASS))])
        unflag(node);
    }
    for (const node of this.focusable) node.removeAttribute('tabindex');
    clearRanges(this.wrappers);
    clearTextFlags();
    this.textFlags = [];
    removeMarkStyle(this.doc);
    this.cells = new Map();
    this.factRanges = new Map();
    this.wrappers = [];
    this.focusable = [];
    this.flagged = [];
  }
}
