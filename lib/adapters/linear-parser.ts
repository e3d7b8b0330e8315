/**
 * htmlparser2's Parser keeps its open-element stack with the newest element first, so every open
 * tag is an `unshift` that copies the whole stack: 200,000 nested elements took 45 s. This parser
 * is the same Parser with the stack kept newest-last (push/pop) and a count of open elements per
 * name, so a close tag for a name that is not open costs nothing either. It builds exactly the
 * tree htmlparser2 builds (linear-parser.test.ts compares them on every fixture and on random
 * markup); only the order the stack is kept in differs.
 */
import { type Document, DomHandler, type DomHandlerOptions } from 'domhandler';
import { Parser, type ParserOptions } from 'htmlparser2';

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
  constructor(cbs: DomHandler, options: ParserOptions) {
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

/** htmlparser2's parseDocument, in time linear in the depth of the markup too. */
export function parseDocument(data: string, options: ParserOptions & DomHandlerOptions = {}): Document {
  const handler = new DomHandler(undefined, options);
  new LinearParser(handler, options).end(data);
  return handler.root;
}
