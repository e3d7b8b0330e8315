/**
 * htmlparser2's Parser keeps its open-element stack with the newest element first, so every open
 * tag is an `unshift` that copies the whole stack: 200,000 nested elements took 45 s. This parser
 * is the same Parser with the stack kept newest-last (push/pop) and a count of open elements per
 * name, so a close tag for a name that is not open costs nothing either. It builds exactly the
 * tree htmlparser2 builds (linear-parser.test.ts compares them on every fixture and on random
 * markup); only the order the stack is kept in differs.
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

/** Builds the bare tree from the parser's events, as domhandler builds its own. */
class BareHandler {
  readonly root: BareElement = { name: '#document', attribs: NO_ATTRIBS, children: [] };
  private readonly stack: BareElement[] = [this.root];
  /** The comment whose text is still arriving (domhandler joins a comment's pieces likewise). */
  private comment: BareComment | null = null;
  onopentag(name: string, attribs: Record<string, string>) {
    const el: BareElement = { name, attribs, children: [] };
    this.stack[this.stack.length - 1]!.children.push(el);
    this.stack.push(el);
  }
  onclosetag() {
    this.stack.pop();
  }
  ontext(data: string) {
    // Adjacent runs are one text, as a reader sees them (the walk would join them anyway).
    const kids = this.stack[this.stack.length - 1]!.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] += data;
    else kids.push(data);
  }
  oncomment(data: string) {
    if (this.comment) {
      this.comment.data += data;
      return;
    }
    this.comment = { name: '#comment', attribs: NO_ATTRIBS, children: [], data };
    this.stack[this.stack.length - 1]!.children.push(this.comment);
  }
  oncommentend() {
    this.comment = null;
  }
}

/** Parses a page into the bare tree, with htmlparser2's rules (the same tree shape as parseDocument). */
export function parseBare(data: string): BareElement {
  const handler = new BareHandler();
  new LinearParser(handler, { decodeEntities: true, Tokenizer: SkippingTokenizer }).end(data);
  return handler.root;
}

/** htmlparser2's parseDocument, in time linear in the depth of the markup too. */
export function parseDocument(data: string, options: ParserOptions & DomHandlerOptions = {}): Document {
  const handler = new DomHandler(undefined, options);
  new LinearParser(handler, { ...options, Tokenizer: SkippingTokenizer }).end(data);
  return handler.root;
}
