/**
 * htmlparser2's Parser keeps its open-element stack with the newest element first, so every open
 * tag is an `unshift` that copies the whole stack: 200,000 nested elements took 45 s. This parser
 * is the same Parser with the stack kept newest-last (push/pop) and a count of open elements per
 * name, so a close tag for a name that is not open costs nothing either. It builds exactly the
 * tree htmlparser2 builds (linear-parser.test.ts compares them on every fixture and on random
 * markup); only the order the stack is kept in differs. parseBare, the CLI's, goes further: the
 * Tokenizer and this Parser fused into one loop that builds a bare tree (BareParser).
 */
import { type Document, DomHandler, type DomHandlerOptions } from 'domhandler';
import { type Handler, Parser, type ParserOptions, Tokenizer } from 'htmlparser2';

// htmlparser2 10's tables (not exported): which open tags close which, void and foreign elements.
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
const openImpliesClose = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['p', pTag],
  ['h1', pTag],
  ['h2', pTag],
  ['h3', pTag],
  ['h4', pTag],
  ['h5', pTag],
  ['h6', pTag],
  ['select', formTags],
  ['input', formTags],
  ['output', formTags],
  ['button', formTags],
  ['datalist', formTags],
  ['textarea', formTags],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', ddtTags],
  ['dt', ddtTags],
  ['address', pTag],
  ['article', pTag],
  ['aside', pTag],
  ['blockquote', pTag],
  ['details', pTag],
  ['div', pTag],
  ['dl', pTag],
  ['fieldset', pTag],
  ['figcaption', pTag],
  ['figure', pTag],
  ['footer', pTag],
  ['form', pTag],
  ['header', pTag],
  ['hr', pTag],
  ['main', pTag],
  ['nav', pTag],
  ['ol', pTag],
  ['pre', pTag],
  ['section', pTag],
  ['table', pTag],
  ['ul', pTag],
  ['rt', rtpTags],
  ['rp', rtpTags],
  ['tbody', tableSectionTags],
  ['tfoot', tableSectionTags],
]);
const foreignContextElements = new Set(['math', 'svg']);
const htmlIntegrationElements = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

interface Callbacks {
  onclosetag?(name: string, isImplied: boolean): void;
  onopentagname?(name: string): void;
  onopentag?(name: string, attribs: Record<string, string>, isImplied: boolean): void;
  onend?(): void;
}

/** The Parser's own state, which its type declares private. */
interface Internals {
  startIndex: number;
  endIndex: number;
  openTagStart: number;
  tagname: string;
  attribs: Record<string, string> | null;
  /** Newest last here (newest first in htmlparser2). */
  stack: string[];
  /** Newest last here, likewise. */
  foreignContext: boolean[];
  cbs: Callbacks;
  htmlMode: boolean;
  lowerCaseTagNames: boolean;
  recognizeSelfClosing: boolean;
  /** How many elements of each name are open. */
  openCount: Map<string, number>;
  isVoidElement(name: string): boolean;
  getSlice(start: number, end: number): string;
  endOpenTag(isImplied: boolean): void;
  onopentagend(endIndex: number): void;
  closeCurrentTag(isOpenImplied: boolean): void;
  emitOpenTag(name: string): void;
  push(name: string): void;
  pop(): string;
}

/** The Parser with a newest-last stack; otherwise line for line htmlparser2 10's Parser. */
class LinearParser extends Parser {
  constructor(cbs: Partial<Handler>, options: ParserOptions) {
    super(cbs, options);
    (this as unknown as Internals).openCount = new Map();
  }
}

const methods: Record<string, (this: Internals, ...args: never[]) => unknown> = {
  push(this: Internals, name: string) {
    this.stack.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  },
  pop(this: Internals): string {
    const name = this.stack.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    return name;
  },
  emitOpenTag(this: Internals, name: string) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1]!)) {
        const element = this.pop();
        this.cbs.onclosetag?.(element, true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.push(name);
      if (this.htmlMode) {
        if (foreignContextElements.has(name)) this.foreignContext.push(true);
        else if (htmlIntegrationElements.has(name)) this.foreignContext.push(false);
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag) this.attribs = {};
  },
  onclosetag(this: Internals, start: number, endIndex: number) {
    this.endIndex = endIndex;
    let name = this.getSlice(start, endIndex);
    if (this.lowerCaseTagNames) name = name.toLowerCase();
    if (this.htmlMode && (foreignContextElements.has(name) || htmlIntegrationElements.has(name))) {
      this.foreignContext.pop();
    }
    if (!this.isVoidElement(name)) {
      const pos = this.openCount.get(name) ? this.stack.lastIndexOf(name) : -1;
      if (pos !== -1) {
        for (let index = this.stack.length - 1; index >= pos; index--) {
          const element = this.pop();
          this.cbs.onclosetag?.(element, index !== pos);
        }
      } else if (this.htmlMode && name === 'p') {
        // Implicit open before close
        this.emitOpenTag('p');
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === 'br') {
      this.cbs.onopentagname?.('br');
      this.cbs.onopentag?.('br', {}, true);
      this.cbs.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  },
  onselfclosingtag(this: Internals, endIndex: number) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.foreignContext[this.foreignContext.length - 1]) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  },
  closeCurrentTag(this: Internals, isOpenImplied: boolean) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[this.stack.length - 1] === name) {
      this.cbs.onclosetag?.(name, !isOpenImplied);
      this.pop();
    }
  },
  reset(this: Internals) {
    Parser.prototype.reset.call(this as unknown as Parser);
    this.openCount.clear();
  },
  onend(this: Internals) {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index = this.stack.length - 1; index >= 0; index--) {
        this.cbs.onclosetag(this.stack[index]!, true);
      }
    }
    this.cbs.onend?.();
  },
};
Object.assign(LinearParser.prototype, methods);

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;

/** The Tokenizer's own state, which its type declares private. */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  /** Where the cached search for `&` started and what it found (the buffer's length: none). */
  ampFrom: number;
  ampAt: number;
}

const stock = Tokenizer.prototype as unknown as {
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  write(chunk: string): void;
};

/** The first `&` at or after buffer index `i`, or the buffer's length; each stretch searched once. */
function nextAmp(t: TokenizerInternals, i: number): number {
  if (t.ampFrom < 0 || i < t.ampFrom || i > t.ampAt) {
    const at = t.buffer.indexOf('&', i);
    t.ampFrom = i;
    t.ampAt = at < 0 ? t.buffer.length : at;
  }
  return t.ampAt;
}

/**
 * Moves the tokenizer from the character at its index (which its state ignores) to the next one of
 * `stop` or, when decoding entities, `&`: the characters between would each have been looked at and
 * left alone. Returns that character, or -1 with the buffer consumed (as htmlparser2's own
 * fastForwardTo leaves it).
 */
function skipTo(t: TokenizerInternals, stop: string): number {
  const buf = t.buffer;
  const from = t.index - t.offset + 1;
  let j = buf.indexOf(stop, from);
  if (j < 0) j = buf.length;
  if (t.decodeEntities) j = Math.min(j, nextAmp(t, from));
  if (j >= buf.length) {
    t.index = t.offset + buf.length - 1;
    return -1;
  }
  t.index = t.offset + j;
  return buf.charCodeAt(j);
}

/**
 * htmlparser2's Tokenizer, which looks at text and quoted attribute values one character at a time
 * when it decodes entities although only `<` (or the quote) and `&` matter there: this one jumps
 * to the next of those with indexOf and hands it to the stock state, so it emits exactly the same
 * events at the same indices (linear-parser.test.ts compares the trees), reading most of a page's
 * bytes (Word's long style attributes, prose) in native string searches.
 */
export class SkippingTokenizer extends Tokenizer {
  constructor(...args: ConstructorParameters<typeof Tokenizer>) {
    super(...args);
    (this as unknown as TokenizerInternals).ampFrom = -1;
  }
}

const skipping: Record<string, (this: TokenizerInternals, ...args: never[]) => unknown> = {
  write(this: TokenizerInternals, chunk: string) {
    this.ampFrom = -1;
    stock.write.call(this, chunk);
  },
  stateText(this: TokenizerInternals, c: number) {
    if (c !== LT && c !== AMP) {
      c = skipTo(this, '<');
      if (c < 0) return;
    }
    stock.stateText.call(this, c);
  },
  handleInAttributeValue(this: TokenizerInternals, c: number, quote: number) {
    if (c !== quote && c !== AMP) {
      c = skipTo(this, String.fromCharCode(quote));
      if (c < 0) return;
    }
    stock.handleInAttributeValue.call(this, c, quote);
  },
};
Object.assign(SkippingTokenizer.prototype, skipping);

/**
 * A bare tree for the CLI, where nothing marks the page afterwards: elements with their name,
 * attributes and children, text as plain strings, comments kept (the saved-from address is one).
 * It skips what domhandler's nodes carry for other uses (parent and sibling links, node types), so
 * reading a page allocates a fraction of the objects. Processing instructions (`<?xml …?>`) are
 * left out: they hold nothing the walk reads.
 */
export interface BareElement {
  name: string;
  attribs: Record<string, string>;
  children: BareNode[];
}
/** A comment (or `<![CDATA[…]]>`, which HTML reads as one): a pseudo-element named `#comment`. */
export interface BareComment extends BareElement {
  name: '#comment';
  data: string;
}
export type BareNode = BareElement | BareComment | string;

const NO_ATTRIBS: Record<string, string> = Object.freeze({}) as Record<string, string>;

// htmlparser2 10's void elements (Parser.ts, not exported).
const voidElements = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** The Tokenizer's states (htmlparser2 10's numbering, not exported), as BareParser uses them. */
enum S {
  Text = 1,
  BeforeTagName = 2,
  InTagName = 3,
  InSelfClosingTag = 4,
  BeforeClosingTagName = 5,
  InClosingTagName = 6,
  AfterClosingTagName = 7,
  BeforeAttributeName = 8,
  InAttributeName = 9,
  AfterAttributeName = 10,
  BeforeAttributeValue = 11,
  InAttributeValueDq = 12,
  InAttributeValueSq = 13,
  InAttributeValueNq = 14,
  BeforeDeclaration = 15,
  InDeclaration = 16,
  InProcessingInstruction = 17,
  BeforeComment = 18,
  CDATASequence = 19,
  InSpecialComment = 20,
  InCommentLike = 21,
  BeforeSpecialS = 22,
  BeforeSpecialT = 23,
  SpecialStartSequence = 24,
  InSpecialTag = 25,
}

// htmlparser2's Sequences: what ends a comment, CDATA and the raw-text elements.
const seq = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const CDATA = seq('CDATA[');
const CDATA_END = seq(']]>');
const COMMENT_END = seq('-->');
const SCRIPT_END = seq('</script');
const STYLE_END = seq('</style');
const TITLE_END = seq('</title');
const TEXTAREA_END = seq('</textarea');
const XMP_END = seq('</xmp');

// entities' DecodingMode.
const LEGACY = 0;
const ATTRIBUTE = 2;

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isEndOfTagSection = (c: number) => c === 0x2f || c === 0x3e || isWhitespace(c);
const isASCIIAlpha = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * What ends a run of characters that one state steps over (scanTo): a bit per state, set on each
 * character that the state looks at (all ASCII); it passes by the rest. A table of every UTF-16
 * code unit, so the loop needs no range check: measured a little faster than comparing each
 * character with the state's few (parse of the fixtures, CPU time, median of 26 alternating runs).
 */
const END_OF_TAG_SECTION = 1;
const END_OF_ATTRIBUTE_NAME = 2;
const END_OF_UNQUOTED_VALUE = 4;
const END_OF_CLOSING_TAG_NAME = 8;
const STOPS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ws = isWhitespace(c);
  STOPS[c] =
    (isEndOfTagSection(c) ? END_OF_TAG_SECTION : 0) |
    (c === 0x3d || isEndOfTagSection(c) ? END_OF_ATTRIBUTE_NAME : 0) |
    (c === 0x3e || c === 0x26 || ws ? END_OF_UNQUOTED_VALUE : 0) |
    (c === 0x3e || ws ? END_OF_CLOSING_TAG_NAME : 0);
}

/** The parser whose entities the shared decoder is decoding (one page at a time, synchronously). */
let decoding: { emitCodePoint(cp: number, consumed: number): void } | null = null;
let sharedDecoder: EntityDecoderLike | null = null;

/** htmlparser2's own EntityDecoder (its version of entities), made once, reporting to `decoding`. */
function entityDecoder(): EntityDecoderLike {
  if (!sharedDecoder) {
    const t = new Tokenizer({ decodeEntities: true }, {} as never) as unknown as {
      entityDecoder: EntityDecoderLike;
      emitCodePoint(cp: number, consumed: number): void;
    };
    t.emitCodePoint = (cp, consumed) => decoding?.emitCodePoint(cp, consumed);
    sharedDecoder = t.entityDecoder;
  }
  return sharedDecoder;
}

/** Names met in lower case, by their first character and length (NAMES[(first & 0x7f) << 5 | length]). */
const NAMES: (string[] | undefined)[] = new Array(128 << 5);

/** The part of entities' EntityDecoder the parser drives (htmlparser2's own copy of entities). */
interface EntityDecoderLike {
  startEntity(mode: number): void;
  write(input: string, offset: number): number;
  end(): number;
}

/**
 * An empty array that holds strings from the start (an empty literal starts as an array of small
 * integers and changes kind at its first string): the parse loop, optimised on a page whose stack
 * V8 saw only so, was deoptimised ("not a Smi") at the first push of a later page.
 */
function emptyNames(): string[] {
  const names = [''];
  names.pop();
  return names;
}

/**
 * htmlparser2's Tokenizer and Parser (HTML mode, entities decoded) fused into one loop that builds
 * the bare tree: the same states in the same order with the same section starts, so it emits the
 * very text, tags, attributes and comments they do (linear-parser.test.ts compares the trees on
 * every fixture and on random markup), without a method call and a property write per character
 * and per event. The open-element stack is kept newest-last with a count per name, as LinearParser
 * keeps it; entities go through the EntityDecoder htmlparser2 itself uses.
 */
class BareParser {
  readonly root: BareElement = { name: '#document', attribs: NO_ATTRIBS, children: [] };
  /** The elements built and still open (the document first). */
  private readonly els: BareElement[] = [this.root];
  /** The names the Parser keeps open (one ahead of `els` while an open tag is being read). */
  private readonly stack: string[] = emptyNames();
  private readonly openCount = new Map<string, number>();
  private readonly foreignContext: boolean[] = [false];
  private tagname = '';
  private attribname = '';
  private attribvalue = '';
  private attribs: Record<string, string> | null = null;

  // The tokenizer's state.
  private state: S = S.Text;
  private baseState: S = S.Text;
  private sectionStart = 0;
  private index = 0;
  private entityStart = 0;
  private isSpecial = false;
  private sequence: Uint8Array = CDATA;
  private sequenceIndex = 0;
  private readonly decoder: EntityDecoderLike;
  /** The `&` nextAmp found last (-1: none looked for yet). */
  private ampAt = -1;

  constructor(private readonly buf: string) {
    this.decoder = entityDecoder();
    decoding = this;
  }

  // --- the Parser's events, building the tree as BareHandler did ---

  private text(data: string) {
    // Adjacent runs are one text, as a reader sees them (the walk would join them anyway).
    const kids = this.els[this.els.length - 1]!.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] += data;
    else kids.push(data);
  }

  private ontext(start: number, end: number) {
    this.text(this.buf.slice(start, end));
  }

  private comment(data: string) {
    const c: BareComment = { name: '#comment', attribs: NO_ATTRIBS, children: [], data };
    this.els[this.els.length - 1]!.children.push(c);
  }

  private push(name: string) {
    this.stack.push(name);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
  }

  /** Closes the newest open element (the Parser's onclosetag into the handler). */
  private pop() {
    const name = this.stack.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    this.els.pop();
  }

  private emitOpenTag(name: string) {
    this.tagname = name;
    const impliesClose = openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1]!)) this.pop();
    }
    if (!voidElements.has(name)) {
      // The handler's element is pushed when the open tag ends; `pop` drops it then.
      this.stack.push(name);
      this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
      if (foreignContextElements.has(name)) this.foreignContext.push(true);
      else if (htmlIntegrationElements.has(name)) this.foreignContext.push(false);
    }
    this.attribs = {};
  }

  private endOpenTag() {
    if (this.attribs) {
      const el: BareElement = { name: this.tagname, attribs: this.attribs, children: [] };
      this.els[this.els.length - 1]!.children.push(el);
      this.els.push(el);
      this.attribs = null;
    }
    if (voidElements.has(this.tagname)) this.els.pop();
    this.tagname = '';
  }

  private closeCurrentTag() {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.pop();
  }

  /** Whether the page has `name` at `start` (as written: lower case). */
  private has(name: string, start: number): boolean {
    const buf = this.buf;
    for (let k = 0; k < name.length; k++) if (buf.charCodeAt(start + k) !== name.charCodeAt(k)) return false;
    return true;
  }

  /**
   * A tag or attribute name, lower-cased: one the page wrote in lower case before (nearly all) is
   * the same string again, so reading a page allocates a name only the first time it meets it.
   */
  private nameAt(start: number, end: number): string {
    const n = end - start;
    const key = n < 32 ? ((this.buf.charCodeAt(start) & 0x7f) << 5) | n : -1;
    const known = key >= 0 ? NAMES[key] : undefined;
    if (known) for (const name of known) if (this.has(name, start)) return name;
    const raw = this.buf.slice(start, end);
    const name = raw.toLowerCase();
    if (key >= 0 && name === raw) {
      if (!known) NAMES[key] = [name];
      else if (known.length < 8) known.push(name);
    }
    return name;
  }

  private onclosetag(start: number, end: number) {
    // Mostly the element open last.
    const top = this.stack[this.stack.length - 1];
    const name =
      top !== undefined && top.length === end - start && this.has(top, start) ? top : this.nameAt(start, end);
    if (foreignContextElements.has(name) || htmlIntegrationElements.has(name)) this.foreignContext.pop();
    if (!voidElements.has(name)) {
      const pos = this.openCount.get(name) ? this.stack.lastIndexOf(name) : -1;
      if (pos !== -1) {
        for (let index = this.stack.length - 1; index >= pos; index--) this.pop();
      } else if (name === 'p') {
        // Implicit open before close
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      this.els[this.els.length - 1]!.children.push({ name: 'br', attribs: {}, children: [] });
    }
  }

  private onattribend() {
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = '';
  }

  // --- entities, as the Tokenizer starts and ends them ---

  emitCodePoint(cp: number, consumed: number) {
    const ch = String.fromCodePoint(cp);
    if (this.baseState !== S.Text && this.baseState !== S.InSpecialTag) {
      if (this.sectionStart < this.entityStart)
        this.attribvalue += this.buf.slice(this.sectionStart, this.entityStart);
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.attribvalue += ch;
    } else {
      if (this.sectionStart < this.entityStart) this.ontext(this.sectionStart, this.entityStart);
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.text(ch);
    }
  }

  /**
   * The Tokenizer's startEntity at `index` (an `&`) and its InEntity state on the next character,
   * which the whole page is in: leaves `index` where the Tokenizer's loop goes on from, less one.
   * Returns false when the entity runs to the end of the page (the state stays in the entity).
   */
  private entity(state: S): boolean {
    this.baseState = state;
    this.entityStart = this.index;
    this.decoder.startEntity(state === S.Text || state === S.InSpecialTag ? LEGACY : ATTRIBUTE);
    // The Tokenizer's next step: InEntity on the character after the `&`.
    const at = ++this.index;
    const length = this.decoder.write(this.buf, at);
    if (length >= 0) {
      // Done: emitCodePoint moved index (and sectionStart) past it, or there was none.
      if (length === 0) this.index -= 1;
      return true;
    }
    if (at < this.buf.length && this.buf.charCodeAt(at) === AMP) {
      this.index -= 1;
      return true;
    }
    this.index = this.buf.length - 1;
    return false;
  }

  /**
   * The first `&` at or after `i`, or the page's length; found once for every stretch (a search
   * from each tag to a far `&`, or to none, would make a page of many tags quadratic).
   */
  private nextAmp(i: number): number {
    if (i > this.ampAt) {
      const at = this.buf.indexOf('&', i);
      this.ampAt = at < 0 ? this.buf.length : at;
    }
    return this.ampAt;
  }

  /**
   * Jumps from index to the next `stop` or `&` (true), or to the page's last character when there
   * is neither (false): the text and quoted values, where nothing else matters, skipped by indexOf.
   */
  private jumpTo(stop: string): boolean {
    const len = this.buf.length;
    let j = this.buf.indexOf(stop, this.index + 1);
    if (j < 0) j = len;
    const a = this.nextAmp(this.index + 1);
    if (a < j) j = a;
    if (j >= len) {
      this.index = len - 1;
      return false;
    }
    this.index = j;
    return true;
  }

  /**
   * Steps over the characters after index that the state passes by, to the last one before the
   * next character with the `stop` bit (STOPS), or to the page's last character: the loop's next
   * step then reads that character in the same state, as the Tokenizer reaches it one at a time.
   */
  private scanTo(stop: number) {
    const buf = this.buf;
    const len = buf.length;
    let j = this.index + 1;
    for (; j < len; j++) {
      const d = buf.charCodeAt(j);
      if ((STOPS[d]! & stop) !== 0) break;
    }
    this.index = j - 1;
  }

  /** The Tokenizer's fastForwardTo: the next `c` after index, or the last index and false. */
  private fastForwardTo(c: number): boolean {
    const j = this.buf.indexOf(String.fromCharCode(c), this.index + 1);
    if (j < 0) {
      this.index = this.buf.length - 1;
      return false;
    }
    this.index = j;
    return true;
  }

  private startSpecial(sequence: Uint8Array, offset: number) {
    this.isSpecial = true;
    this.sequence = sequence;
    this.sequenceIndex = offset;
    this.state = S.SpecialStartSequence;
  }

  /** Parses the whole page. */
  run(): BareElement {
    const buf = this.buf;
    const len = buf.length;
    let inEntity = false;
    while (this.index < len) {
      const c = buf.charCodeAt(this.index);
      switch (this.state) {
        case S.Text: {
          if (c !== LT && c !== AMP) {
            // Nothing but `<` and `&` matters in text.
            if (this.jumpTo('<')) continue;
            break;
          }
          if (c === LT) {
            if (this.index > this.sectionStart) this.ontext(this.sectionStart, this.index);
            this.state = S.BeforeTagName;
            this.sectionStart = this.index;
          } else if (!this.entity(S.Text)) inEntity = true;
          break;
        }
        case S.BeforeTagName: {
          if (c === 0x21) {
            this.state = S.BeforeDeclaration;
            this.sectionStart = this.index + 1;
          } else if (c === 0x3f) {
            this.state = S.InProcessingInstruction;
            this.sectionStart = this.index + 1;
          } else if (isASCIIAlpha(c)) {
            const lower = c | 0x20;
            this.sectionStart = this.index;
            if (lower === SCRIPT_END[2]) this.state = S.BeforeSpecialS;
            else if (lower === TITLE_END[2] || lower === XMP_END[2]) this.state = S.BeforeSpecialT;
            else this.state = S.InTagName;
          } else if (c === 0x2f) {
            this.state = S.BeforeClosingTagName;
          } else {
            this.state = S.Text;
            continue;
          }
          break;
        }
        case S.InTagName: {
          if (isEndOfTagSection(c)) {
            this.emitOpenTag(this.nameAt(this.sectionStart, this.index));
            this.sectionStart = -1;
            this.state = S.BeforeAttributeName;
            continue;
          }
          // The rest of the name at once.
          this.scanTo(END_OF_TAG_SECTION);
          break;
        }
        case S.BeforeAttributeName: {
          if (c === GT) {
            this.endOpenTag();
            if (this.isSpecial) {
              this.state = S.InSpecialTag;
              this.sequenceIndex = 0;
            } else this.state = S.Text;
            this.sectionStart = this.index + 1;
          } else if (c === 0x2f) {
            this.state = S.InSelfClosingTag;
          } else if (!isWhitespace(c)) {
            this.state = S.InAttributeName;
            this.sectionStart = this.index;
          }
          break;
        }
        case S.InAttributeName: {
          if (c === 0x3d || isEndOfTagSection(c)) {
            this.attribname = this.nameAt(this.sectionStart, this.index);
            this.sectionStart = this.index;
            this.state = S.AfterAttributeName;
            continue;
          }
          this.scanTo(END_OF_ATTRIBUTE_NAME);
          break;
        }
        case S.AfterAttributeName: {
          if (c === 0x3d) {
            this.state = S.BeforeAttributeValue;
          } else if (c === 0x2f || c === GT) {
            this.onattribend();
            this.sectionStart = -1;
            this.state = S.BeforeAttributeName;
            continue;
          } else if (!isWhitespace(c)) {
            this.onattribend();
            this.state = S.InAttributeName;
            this.sectionStart = this.index;
          }
          break;
        }
        case S.BeforeAttributeValue: {
          if (c === 0x22) {
            this.state = S.InAttributeValueDq;
            this.sectionStart = this.index + 1;
          } else if (c === 0x27) {
            this.state = S.InAttributeValueSq;
            this.sectionStart = this.index + 1;
          } else if (!isWhitespace(c)) {
            this.sectionStart = this.index;
            this.state = S.InAttributeValueNq;
            continue;
          }
          break;
        }
        case S.InAttributeValueDq:
        case S.InAttributeValueSq: {
          const quote = this.state === S.InAttributeValueDq ? 0x22 : 0x27;
          if (c !== quote && c !== AMP) {
            // Nothing but the quote and `&` matters in a quoted value.
            if (this.jumpTo(quote === 0x22 ? '"' : "'")) continue;
            break;
          }
          if (c === quote) {
            this.attribvalue += buf.slice(this.sectionStart, this.index);
            this.sectionStart = -1;
            this.onattribend();
            this.state = S.BeforeAttributeName;
          } else if (!this.entity(this.state)) inEntity = true;
          break;
        }
        case S.InAttributeValueNq: {
          if (isWhitespace(c) || c === GT) {
            this.attribvalue += buf.slice(this.sectionStart, this.index);
            this.sectionStart = -1;
            this.onattribend();
            this.state = S.BeforeAttributeName;
            continue;
          }
          if (c === AMP) {
            if (!this.entity(S.InAttributeValueNq)) inEntity = true;
            break;
          }
          this.scanTo(END_OF_UNQUOTED_VALUE);
          break;
        }
        case S.InSelfClosingTag: {
          if (c === GT) {
            // htmlparser2's onselfclosingtag: only foreign elements close themselves.
            if (this.foreignContext[this.foreignContext.length - 1]) this.closeCurrentTag();
            else this.endOpenTag();
            this.state = S.Text;
            this.sectionStart = this.index + 1;
            this.isSpecial = false;
          } else if (!isWhitespace(c)) {
            this.state = S.BeforeAttributeName;
            continue;
          }
          break;
        }
        case S.BeforeClosingTagName: {
          if (isWhitespace(c)) {
            // Ignore
          } else if (c === GT) {
            this.state = S.Text;
          } else {
            this.state = isASCIIAlpha(c) ? S.InClosingTagName : S.InSpecialComment;
            this.sectionStart = this.index;
          }
          break;
        }
        case S.InClosingTagName: {
          if (c === GT || isWhitespace(c)) {
            this.onclosetag(this.sectionStart, this.index);
            this.sectionStart = -1;
            this.state = S.AfterClosingTagName;
            continue;
          }
          this.scanTo(END_OF_CLOSING_TAG_NAME);
          break;
        }
        case S.AfterClosingTagName: {
          if (c === GT || this.fastForwardTo(GT)) {
            this.state = S.Text;
            this.sectionStart = this.index + 1;
          }
          break;
        }
        case S.BeforeDeclaration: {
          if (c === 0x5b) {
            this.state = S.CDATASequence;
            this.sequenceIndex = 0;
          } else this.state = c === 0x2d ? S.BeforeComment : S.InDeclaration;
          break;
        }
        case S.CDATASequence: {
          if (c === CDATA[this.sequenceIndex]) {
            if (++this.sequenceIndex === CDATA.length) {
              this.state = S.InCommentLike;
              this.sequence = CDATA_END;
              this.sequenceIndex = 0;
              this.sectionStart = this.index + 1;
            }
          } else {
            this.sequenceIndex = 0;
            this.state = S.InDeclaration;
            continue;
          }
          break;
        }
        case S.InDeclaration:
        case S.InProcessingInstruction: {
          // Neither is kept in the bare tree.
          if (c === GT || this.fastForwardTo(GT)) {
            this.state = S.Text;
            this.sectionStart = this.index + 1;
          }
          break;
        }
        case S.BeforeComment: {
          if (c === 0x2d) {
            this.state = S.InCommentLike;
            this.sequence = COMMENT_END;
            // Allow short comments (eg. <!-->)
            this.sequenceIndex = 2;
            this.sectionStart = this.index + 1;
          } else this.state = S.InDeclaration;
          break;
        }
        case S.InCommentLike: {
          const sequence = this.sequence;
          if (c === sequence[this.sequenceIndex]) {
            if (++this.sequenceIndex === sequence.length) {
              const data = buf.slice(this.sectionStart, this.index - 2);
              // HTML reads CDATA as a comment.
              this.comment(sequence === CDATA_END ? `[CDATA[${data}]]` : data);
              this.sequenceIndex = 0;
              this.sectionStart = this.index + 1;
              this.state = S.Text;
            }
          } else if (this.sequenceIndex === 0) {
            if (this.fastForwardTo(sequence[0]!)) this.sequenceIndex = 1;
          } else if (c !== sequence[this.sequenceIndex - 1]) {
            // Allow long sequences, eg. --->, ]]]>
            this.sequenceIndex = 0;
          }
          break;
        }
        case S.InSpecialComment: {
          if (c === GT || this.fastForwardTo(GT)) {
            this.comment(buf.slice(this.sectionStart, this.index));
            this.state = S.Text;
            this.sectionStart = this.index + 1;
          }
          break;
        }
        case S.BeforeSpecialS: {
          const lower = c | 0x20;
          if (lower === SCRIPT_END[3]) this.startSpecial(SCRIPT_END, 4);
          else if (lower === STYLE_END[3]) this.startSpecial(STYLE_END, 4);
          else {
            this.state = S.InTagName;
            continue;
          }
          break;
        }
        case S.BeforeSpecialT: {
          const lower = c | 0x20;
          if (lower === TITLE_END[3]) this.startSpecial(TITLE_END, 4);
          else if (lower === TEXTAREA_END[3]) this.startSpecial(TEXTAREA_END, 4);
          else if (lower === XMP_END[3]) this.startSpecial(XMP_END, 4);
          else {
            this.state = S.InTagName;
            continue;
          }
          break;
        }
        case S.SpecialStartSequence: {
          const isEnd = this.sequenceIndex === this.sequence.length;
          const isMatch = isEnd ? isEndOfTagSection(c) : (c | 0x20) === this.sequence[this.sequenceIndex];
          if (!isMatch) this.isSpecial = false;
          else if (!isEnd) {
            this.sequenceIndex++;
            break;
          }
          this.sequenceIndex = 0;
          this.state = S.InTagName;
          continue;
        }
        case S.InSpecialTag: {
          const sequence = this.sequence;
          if (this.sequenceIndex === sequence.length) {
            if (c === GT || isWhitespace(c)) {
              const endOfText = this.index - sequence.length;
              if (this.sectionStart < endOfText) this.ontext(this.sectionStart, endOfText);
              this.isSpecial = false;
              this.sectionStart = endOfText + 2; // Skip over the `</`
              this.state = S.InClosingTagName;
              continue;
            }
            this.sequenceIndex = 0;
          }
          if ((c | 0x20) === sequence[this.sequenceIndex]) {
            this.sequenceIndex += 1;
          } else if (this.sequenceIndex === 0) {
            if (sequence === TITLE_END) {
              // We have to parse entities in <title> tags.
              if (c === AMP && !this.entity(S.InSpecialTag)) inEntity = true;
            } else if (this.fastForwardTo(LT)) {
              // Outside of <title> tags, we can fast-forward.
              this.sequenceIndex = 1;
            }
          } else {
            // If we see a `<`, set the sequence index to 1; useful for eg. `<</script>`.
            this.sequenceIndex = Number(c === LT);
          }
          break;
        }
      }
      this.index++;
    }
    this.finish(inEntity);
    return this.root;
  }

  /** The Tokenizer's cleanup, finish and handleTrailingData once the page is read. */
  private finish(inEntity: boolean) {
    const len = this.buf.length;
    // cleanup(): text or a value read up to the end is emitted (an entity's state emits nothing).
    if (!inEntity && this.sectionStart !== this.index) {
      if (this.state === S.Text || (this.state === S.InSpecialTag && this.sequenceIndex === 0)) {
        this.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (
        this.state === S.InAttributeValueDq ||
        this.state === S.InAttributeValueSq ||
        this.state === S.InAttributeValueNq
      ) {
        this.attribvalue += this.buf.slice(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
    if (inEntity) {
      this.decoder.end();
      this.state = this.baseState;
    }
    if (this.sectionStart >= len) return;
    switch (this.state) {
      case S.InCommentLike: {
        const data = this.buf.slice(this.sectionStart, len);
        this.comment(this.sequence === CDATA_END ? `[CDATA[${data}]]` : data);
        break;
      }
      // An open or closing tag left unfinished is dropped.
      case S.InTagName:
      case S.BeforeAttributeName:
      case S.BeforeAttributeValue:
      case S.AfterAttributeName:
      case S.InAttributeName:
      case S.InAttributeValueSq:
      case S.InAttributeValueDq:
      case S.InAttributeValueNq:
      case S.InClosingTagName:
        break;
      default:
        this.ontext(this.sectionStart, len);
    }
  }
}

/**
 * A small page that takes the parser through nearly every state: doctype, processing instruction,
 * title with an entity, script and style text, the three kinds of attribute value with entities, a
 * comment, CDATA, a declaration that is not CDATA (Word's `<![if …]>`), foreign and self-closing
 * elements, textarea and xmp, implied closes, closing tags with spaces, an entity without its
 * semicolon and one the decoder does not know.
 */
export const WARM_UP =
  '<!DOCTYPE html><?xml x?><html><head><title>a &amp; b</title><script>if (a<b) {}</script>' +
  '<style>p{}</style><meta charset=utf-8 name=\'x\' content="y &lt; z"></head><body><!-- c -->' +
  '<![CDATA[d]]><![if !x]><![endif]><p class=a id="b" title=\'c\' hidden>t &amp; &#20; &unknown; &amp <br/>' +
  '<svg><path d="M0"/></svg><textarea>x</textarea><xmp>y</xmp></p ><table><tr><td>1</td></tr>' +
  '</table><div a=b&amp;c></div ><ul><li>x<li>y</ul></body></html>';
let warm = false;

/**
 * Reads the warm-up page a few times, once per thread: worth it before many pages (the CLI over a
 * folder). The parser's loop is one large function that V8 optimises while it reads the first page,
 * and optimises again each time a later page reaches a state the first did not (V8 had no types for
 * it); after the warm-up it has types for nearly every state. In a fresh CLI over the bench's 441
 * pages that cut the loop's deoptimisations from 6-8 to 2-3 and the command's CPU by 4-6% (16
 * alternated runs at load 7-11). It costs some 6 ms in a fresh process (the parser's code still
 * cold), so a single page is read without it. It changes no tree: names it meets are kept for reuse
 * as any page's are.
 */
export function warmUpParser(): void {
  if (warm) return;
  warm = true;
  for (let k = 0; k < 3; k++) new BareParser(WARM_UP).run();
}

/** Parses a page into the bare tree, with htmlparser2's rules (the same tree shape as parseDocument). */
export function parseBare(data: string): BareElement {
  return new BareParser(data).run();
}

/** htmlparser2's parseDocument, in time linear in the depth of the markup too. */
export function parseDocument(data: string, options: ParserOptions & DomHandlerOptions = {}): Document {
  const handler = new DomHandler(undefined, options);
  new LinearParser(handler, { ...options, Tokenizer: SkippingTokenizer }).end(data);
  return handler.root;
}
