/**
 * Puts the panel on the page: a closed shadow root holding the tooltip, which shows only the public
 * arithmetic of a marked cell, and the folded panel's tab (the counts, which the page's own tables
 * give); and, once the panel is opened, an extension-origin iframe (panel-frame.html) holding the
 * findings, the flag editor and the notes. The page's scripts can read neither the iframe's DOM,
 * its selection, its key events nor its text (window.find); they see a fixed-size box at the right
 * edge, a small tab by default unless it fits beside the report. The frame is created only when the
 * panel first opens (issue 9): putting an extension frame into a page costs the page's main thread
 * some 5 ms, which a page the panel stays folded on never pays. Plain DOM calls, no UI library:
 * this runs in the page script every report page compiles.
 */

import { TAB_MESSAGES, type TabWords } from '../../utils/load-audit';
import {
  type EditRequest,
  newToken,
  PANEL_PAGE,
  type PanelAction,
  type PanelReply,
  type PanelState,
  panelAction,
} from '../../utils/panel-link';
import { loadPanelOpen, type PanelOpen, savePanelOpen } from './panel-open';
import { EXPANDED_WIDTH, MIN_WIDTH, PANEL_CSS } from './panel-style';
import { api, t } from './runtime';
import { renderTooltip, type TipState } from './tooltip';

/**
 * What the panel shows, from the session: the state the frame is sent (less what the host adds,
 * its open/editing state), plus the tooltip, which stays in the page.
 */
export type PanelView = Omit<PanelState, 'kind' | 'expanded' | 'editing'> & {
  tip: TipState | null;
  /** The tab's words from the background (else the page looks them up itself, at a cost: TabWords). */
  tab?: TabWords;
};

/** What the panel asks the session to do. */
export interface PanelActions {
  toggleMarks(on: boolean): void;
  /** Scrolls to finding `index`; the cells and sentences it shows, or null when nothing is on the page. */
  focus(index: number): Shown[] | null;
  /** Scrolls to a cell or fact by its address; what it shows, or null when it is not on the page. */
  locate(address: string): Shown[] | null;
  save(): Promise<boolean>;
  /** The right edge of the report's column (viewport px, see reportRight), to tell whether the panel fits beside it. */
  reportRight(): number;
  /** The report's column (see reportColumn), measured without forcing a layout when the panel first goes up. */
  reportColumn(): Element | null;
}

/** A mounted panel: re-render with new state, open the flag editor, or remove it. */
export interface PanelHandle {
  update(view: PanelView): void;
  /** Opens the flag editor for a cell (`target`: its element, kept in view beside the panel). */
  edit(address: string | null, quote: string, target: Element | null, at?: number): void;
  remove(): void;
}

// Typing in the tooltip's root never happens, but clicks and keys on our host are ours.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut'];

/** Something shown on the page: a cell (Element) or a sentence (Range). */
type Shown = { getBoundingClientRect(): DOMRect };

/**
 * The page's column that holds the report: the nearest element holding all its tables (its text
 * runs as wide as that, not only as wide as the tables); null with no tables.
 */
export function reportColumn(tables: Element[]): Element | null {
  const first = tables[0];
  if (!first) return null;
  let box: Element | null = first.parentElement;
  while (box && !tables.every((t) => box?.contains(t))) box = box.parentElement;
  return box ?? document.documentElement;
}

/** The right edge of the report's column (viewport px); reading it lays the page out now. */
export function reportRight(tables: Element[]): number {
  return reportColumn(tables)?.getBoundingClientRect().right ?? window.innerWidth;
}

/** Where the report's column ends (viewport px), and the viewport's width. */
export interface ColumnEdge {
  right: number;
  width: number;
}

/** `column`'s edge now (reading it lays the page out, if anything has changed since it last was). */
export function columnEdge(column: Element | null): ColumnEdge {
  return column
    ? { right: column.getBoundingClientRect().right, width: window.innerWidth }
    : { right: 0, width: 0 };
}

/**
 * The right edge of `column` and the viewport's width, once the browser has laid the page out on
 * its own: an IntersectionObserver hears them after the next rendering step, so the page script
 * never forces a layout of a page still loading (a page in a background tab, where rendering
 * waits, is measured directly after a second).
 */
function measureSoon(column: Element | null): Promise<ColumnEdge> {
  return new Promise((resolve) => {
    if (!column) {
      resolve({ right: 0, width: 0 });
      return;
    }
    let done = false;
    const finish = (right: number) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ right, width: window.innerWidth });
    };
    const observer = new IntersectionObserver((entries) => {
      const e = entries[0];
      if (e) finish(e.boundingClientRect.right);
    });
    const timer = setTimeout(() => finish(column.getBoundingClientRect().right), 1000);
    observer.observe(column);
  });
}

/** The host element with its closed shadow root (a random name: a page cannot pre-define it). */
function createHost(): { host: HTMLElement; container: HTMLElement } {
  const host = document.createElement(`gra-audit-panel-${Math.random().toString(36).slice(2, 10)}`);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${PANEL_CSS}`;
  const container = document.createElement('div');
  // Keys and clipboard events on our host are ours: they never reach the page's listeners.
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  return { host, container };
}

/**
 * The folded panel's tab: the brand and the counts of errors and warnings, or a "!" and no counts
 * when the audit failed. Text nodes only (nothing the page wrote can become markup here).
 */
function renderTab(tab: HTMLElement, view: PanelView | null): void {
  const w = view?.tab;
  // Looked up here only without the background's words (an audit that failed before any answer);
  // `$1` is passed as itself, so the failure's message keeps its place for the error (as there).
  const word = (key: keyof TabWords) => w?.[key] ?? t(TAB_MESSAGES[key][0], TAB_MESSAGES[key][1], '$1');
  const span = (cls: string, text?: string, title?: string) => {
    const e = document.createElement('span');
    e.className = cls;
    if (text !== undefined) e.textContent = text;
    if (title !== undefined) e.title = title;
    return e;
  };
  const counts: HTMLElement[] = [];
  if (view?.error !== undefined) {
    const failed = span('count', undefined, word('failed').replace('$1', view.error));
    failed.setAttribute('data-gra', 'failed');
    failed.append(span('dot error'), '!');
    counts.push(failed);
  } else
    for (const s of ['error', 'warning'] as const) {
      const n = view?.findings.filter((f) => f.severity === s).length ?? 0;
      const c = span('count', undefined, s === 'error' ? word('errors') : word('warnings'));
      c.append(span(`dot ${s}`), String(n));
      counts.push(c);
    }
  tab.replaceChildren(span('brand', word('brand')), ...counts);
  const label = word('label');
  tab.setAttribute('aria-label', `${word('expand')} (${label})`);
  tab.title = label;
}

/**
 * Creates and mounts the panel host at the end of <body> (rejects when the page has none). `at`: the
 * report column's edge, read already (columnEdge); without it the column is measured after the
 * browser's next rendering step (measureSoon), and the tab shows one step later.
 */
export async function mountPanel(
  actions: PanelActions,
  signal: AbortSignal,
  open?: PanelOpen,
  at?: ColumnEdge,
): Promise<PanelHandle> {
  const column = at ? Promise.resolve(at) : measureSoon(actions.reportColumn());
  // How the user left the panel (open, folded, or never chosen): as the background handed it over
  // with the audit (`open`), else read while the page is measured.
  const remembered = open ? Promise.resolve(open) : loadPanelOpen();
  // The frame's token and address, made when the frame is first made: most report pages are read
  // with the panel folded, and random bytes made hex cost a cold page script most of a millisecond.
  let token = '';
  let src = '';
  // Our pages' origin (Chrome's per-session URL of the frame still loads under the extension's id),
  // worked out when the frame first loads: a tab that is never opened does not make this world's
  // first `URL` (its bindings) as the page loads.
  let ours: string | undefined;
  /** The panel's frame, created when the panel first opens. */
  let frame: HTMLIFrameElement | null = null;
  // Loads we caused (the first, and one after each re-insertion); any other means something
  // navigated the frame away from our page, and it is sent back.
  let loadsDue = 1;
  let view: PanelView | null = null;
  let port: MessagePort | null = null;
  let editing: EditRequest | null = null;
  let edits = 0;
  // Expanded at first only where it fits beside the report's column without covering it, or as the
  // user last left it. Narrowed (down to MIN_WIDTH) to fit beside them, with 8 px to spare on either side.
  let width = EXPANDED_WIDTH;
  const fitBeside = (at = { right: actions.reportRight(), width: window.innerWidth }): boolean => {
    const room = at.width - at.right - 16;
    width = room >= MIN_WIDTH ? Math.min(EXPANDED_WIDTH, Math.floor(room)) : EXPANDED_WIDTH;
    return room >= MIN_WIDTH;
  };
  // Nothing is shown until the report's column is measured and the remembered state read, so a
  // panel that opens at once does not flash as a tab first; an open or an edit before then decides instead.
  let expanded = false;
  let measured = false;
  let decided = false;
  let beforeEdit = expanded;
  // The open panel docks at the right edge, or the left while what it points at is under the right.
  let left = false;
  let sent = '';

  const { host, container } = createHost();
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.setAttribute('data-gra', 'expand');
  tab.setAttribute('aria-expanded', 'false');
  tab.addEventListener('click', (e) => {
    // Only the user's own click (a page cannot reach into our closed root, but be sure).
    if (!e.isTrusted) return;
    userExpand(true);
  });
  const tipBox = document.createElement('div');

  const size = () => {
    if (expanded) ensureFrame();
    if (frame) {
      frame.classList.toggle('expanded', expanded);
      frame.classList.toggle('left', expanded && left);
      // Set from the page's layout only, never from what the panel shows (the page can measure it).
      frame.style.width = expanded ? `${width}px` : '';
    }
    const showTab = !expanded && (measured || decided);
    // After the frame, so a tooltip near the right edge shows over the panel's tab.
    if (showTab && !tab.isConnected) container.insertBefore(tab, tipBox);
    if (!showTab) tab.remove();
  };
  /** Creates the panel's frame (once) and connects it when it has loaded. */
  const ensureFrame = () => {
    if (frame) return;
    token = newToken();
    src = `${api.runtime.getURL(PANEL_PAGE)}#${token}`;
    const f = document.createElement('iframe');
    f.src = src;
    f.title = '年报核查';
    f.className = 'frame';
    f.addEventListener('load', () => {
      if (loadsDue > 0) {
        loadsDue--;
        connect();
      } else {
        port?.close();
        port = null;
        loadsDue = 1;
        f.src = src;
      }
    });
    loadsDue = 1;
    frame = f;
    container.insertBefore(f, container.firstChild);
  };
  /** Whether the open panel on that side would cover any of `els` (horizontally; scrolling is vertical). */
  const covers = (onLeft: boolean, els: Shown[]) =>
    els.some((el) => {
      const r = el.getBoundingClientRect();
      return onLeft ? r.left < width + 16 : r.right > window.innerWidth - width - 16;
    });
  /** Moves the open panel off `els` (to the other edge), or folds it when both edges would cover them. */
  const keepClear = (els: Shown[], fold: boolean) => {
    if (!expanded || !covers(left, els)) return;
    if (!covers(!left, els)) left = !left;
    else if (fold) expanded = false;
    size();
    sendState();
  };
  const send = (msg: PanelState | PanelReply) => port?.postMessage(msg);
  const sendState = (force = false) => {
    if (!view || !measured) return;
    const { tip: _tip, tab: _tab, ...shown } = view;
    const state: PanelState = { kind: 'state', ...shown, expanded, editing };
    // Hovering re-renders the tooltip often; the frame hears only real changes.
    const key = JSON.stringify(state);
    if (!force && key === sent) return;
    sent = key;
    send(state);
  };
  const setExpanded = (on: boolean) => {
    decided = true;
    expanded = on;
    size();
    sendState();
  };
  /** The user opened or folded the panel (its tab, its ▸): remembered for the next page. */
  const userExpand = (on: boolean) => {
    // Opened from the tab, the panel comes out on the tab's side.
    if (on && !expanded) {
      left = false;
      fitBeside();
    }
    const wasFocused = on ? document.activeElement === host : false;
    setExpanded(on);
    void savePanelOpen(on ? 'open' : 'closed');
    // The keyboard follows: into the panel opened from the tab, back to the tab from the folded panel.
    if (on && wasFocused) frame?.focus();
    if (!on) tab.focus();
  };

  const onAction = async (action: PanelAction) => {
    switch (action.kind) {
      case 'focus':
      case 'locate': {
        const shown = action.kind === 'focus' ? actions.focus(action.index) : actions.locate(action.address);
        send({ kind: 'focused', shown: shown !== null });
        // The cells just brought into view must not sit under the panel.
        if (shown) keepClear(shown, true);
        break;
      }
      case 'marks':
        actions.toggleMarks(action.on);
        break;
      case 'save':
        send({ kind: 'saved', ok: await actions.save().catch(() => false) });
        break;
      case 'expand':
        userExpand(action.on);
        break;
      case 'closeEditor':
        editing = null;
        setExpanded(beforeEdit);
        break;
    }
  };

  // Once the frame has loaded (again after every reload: a page that rewrites its body reloads it)
  // we hand it one end of a MessageChannel, posted to the frame's window alone (its origin is the
  // extension's), with the token only we and the frame know; from then on everything goes over the
  // channel, never through the page's window, whose scripts could listen. Runtime ports would not
  // do: Firefox gives an extension page framed in a web page no tabs API and no way to reach us.
  const connect = () => {
    const target = frame?.contentWindow;
    if (!target) return;
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = (e: MessageEvent) => {
      const action = panelAction(e.data);
      if (action) void onAction(action);
    };
    port?.close();
    port = port1;
    // Delivered only if the frame still holds a page of ours.
    ours ??= new URL(api.runtime.getURL('/')).origin;
    target.postMessage({ gra: token }, ours, [port2]);
    sendState(true);
    // A frame created for the flag editor was focused before it had a document: again, now it has one.
    if (editing) frame?.focus();
  };

  container.append(tipBox);
  size();
  /** Puts the host at the end of <body> (again, after the page rewrote its body: the frame reloads). */
  const mount = () => {
    const body = document.body;
    if (!body) throw new Error('no <body> to put the panel in');
    loadsDue = 1;
    body.append(host);
  };
  mount();
  const remove = () => {
    port?.close();
    port = null;
    host.remove();
  };
  signal.addEventListener('abort', remove);
  // The card keeps off the panel (open or folded to its tab): issue 10.
  void Promise.all([column, remembered]).then(([at, open]) => {
    if (!decided) {
      const fits = fitBeside(at);
      expanded = open === 'open' || (open === 'auto' && fits);
      beforeEdit = expanded;
    }
    measured = true;
    size();
    sendState(true);
  });
  const renderTip = () => {
    const tip = view?.tip && view.marksOn ? view.tip : null;
    // The panel's box (or its tab's) only when a card is shown (reading it lays the page out).
    const shown = expanded ? frame : tab.isConnected ? tab : null;
    renderTooltip(tipBox, tip, tip && shown ? shown.getBoundingClientRect() : null);
  };
  return {
    update(next) {
      // A page that rewrites its <body> (single-page portals) takes our host with it: put it back
      // (the frame reloads and connects again with the same token). A page with no <body> at all
      // has nowhere to put it: the frame hears the state when the host is back in the page.
      if (!host.isConnected)
        try {
          mount();
        } catch {
          // No anchor (no <body>) for now.
        }
      // The same view again means only its tooltip changed (hover): the frame hears nothing.
      const same = next === view;
      view = next;
      renderTip();
      if (!same) {
        renderTab(tab, view);
        sendState();
      }
    },
    edit(address, quote, target, at) {
      decided = true;
      if (!editing) beforeEdit = expanded;
      // The same place asked again (a second click, a message sent twice) keeps the open form and
      // what is typed in it; another place gets a new form.
      const same = editing && editing.address === address && editing.quote === quote && editing.at === at;
      if (!same) editing = { id: ++edits, address, quote, ...(at === undefined ? {} : { at }) };
      if (!expanded) {
        left = false;
        fitBeside();
      }
      expanded = true;
      size();
      // Focus moves into the frame (the page's key listeners never see what is typed there); a frame
      // just created is focused again once it has loaded (connect).
      frame?.focus();
      // The cell being flagged stays in sight beside the editor.
      if (target) keepClear([target], false);
      sendState();
    },
    remove,
  };
}
