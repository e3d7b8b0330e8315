/**
 * The typed message protocol between popup, background and content script. Every payload is
 * validated with zod on receipt and every sender is checked, because a page may be hostile: it
 * cannot reach runtime messaging itself, but nothing it put into our data is trusted either.
 */
import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
// zod/mini: the same validation at a third of the size, which matters in every page's content script.
import { z } from 'zod/mini';
import { type Flag, type PageResult, PageResultSchema } from '../lib/model';

/** The content script's answer to getAudit / runAudit; `result` is null when no report was looked for. */
export interface AuditReply {
  url: string;
  result: PageResult | null;
  frame: 'top' | 'child';
  /** Set when the audit threw: the popup shows 核查出错 / Audit failed, never "not a report". */
  error?: string;
}

/** The popup re-validates every reply: the page could be hostile and its text is in there. */
export const AuditReplySchema = z.object({
  url: z.string(),
  result: z.nullable(PageResultSchema),
  frame: z.enum(['top', 'child']),
  error: z.optional(z.string().check(z.maxLength(2000))),
});

/**
 * A frame of a tab that holds a report, as the background counted it for the badge; or, with
 * `error`, a frame whose audit failed (why: the audit's own message).
 */
export interface FrameReport {
  frameId: number;
  errors: number;
  warnings: number;
  error?: string;
}

/** The longest audit error a frame reports (as AuditReplySchema's). */
export const FRAME_ERROR_MAX = 2000;

/** The most page HTML a desk snapshot keeps (characters); larger pages are cut, not refused. */
export const SNAPSHOT_MAX = 5_000_000;
const NoData = z.optional(z.union([z.undefined(), z.null()]));
const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
/** Payload schemas, one per message; a payload that fails is refused. */
export const RequestSchemas = {
  getAudit: NoData,
  runAudit: NoData,
  setMarks: z.strictObject({ on: z.boolean() }),
  focusFinding: z.strictObject({ index: z.int().check(z.minimum(0), z.maximum(100_000)) }),
  flagCell: z.strictObject({
    address: z.optional(z.string().check(z.maxLength(200))),
    selectionText: z.optional(z.string().check(z.maxLength(5000))),
    /** 标记所选文字: flag the selection as text, even inside a cell. */
    text: z.optional(z.boolean()),
  }),
  auditDone: z.strictObject({
    errors: count,
    warnings: count,
    detected: z.optional(z.boolean()),
    gaps: z.optional(count),
    error: z.optional(z.string().check(z.maxLength(FRAME_ERROR_MAX))),
  }),
  frameGone: NoData,
  tabReports: z.strictObject({ tabId: z.int().check(z.minimum(0)) }),
  getSnapshot: NoData,
  saveToDesk: z.strictObject({
    result: PageResultSchema,
    html: z.string().check(z.maxLength(SNAPSHOT_MAX)),
    url: z.string().check(z.maxLength(8192)),
    title: z.string().check(z.maxLength(2000)),
  }),
  openReview: z.strictObject({
    tabId: z.int().check(z.minimum(0)),
    url: z.string().check(z.maxLength(8192)),
  }),
  pageFlags: z.strictObject({ url: z.string().check(z.maxLength(8192)) }),
  flagsChanged: z.strictObject({
    pages: z.array(z.string().check(z.maxLength(8192))).check(z.maxLength(100_000)),
  }),
} as const;

/** Who sends what: popup → content (getAudit … focusFinding), background → content (flagCell), content → background (auditDone). */
export interface ProtocolMap {
  getAudit(): AuditReply;
  runAudit(): AuditReply;
  setMarks(data: { on: boolean }): boolean;
  focusFinding(data: { index: number }): boolean;
  flagCell(data: { address?: string; selectionText?: string; text?: boolean }): boolean;
  /** `detected`: the frame holds a report (absent from older builds: counted as one). */
  /** `gaps`: checks the report allows that did not run (the badge then claims no clean pass). */
  /** `error`: the audit failed (threw), why; the frame then holds no counts (`detected` false). */
  auditDone(data: {
    errors: number;
    warnings: number;
    detected?: boolean;
    gaps?: number;
    error?: string;
  }): void;
  /** content → background, on `pagehide`: this frame's document is going (removed, navigated away). */
  frameGone(): void;
  /** popup → background: the tab's frames that hold a report, with the counts the badge adds up. */
  tabReports(data: { tabId: number }): FrameReport[];
  /** popup / background → content: the page's HTML for the desk's snapshot. */
  getSnapshot(): { html: string };
  /** content (the panel's 保存到审核台) → background, which stores it on the desk. */
  saveToDesk(data: { result: PageResult; html: string; url: string; title: string }): boolean;
  /**
   * popup → background: fetch a PDF / .docx on the tab's own *.gov.cn host and open the review page
   * on it (审核附件, 在审核视图中打开); or why not, as a message to show.
   */
  openReview(data: { tabId: number; url: string }): { ok: true } | { ok: false; message: string };
  /** content → background: the flags stored for the page at `url` (utils/flag-feed.ts). */
  pageFlags(data: { url: string }): Flag[];
  /** background → content: the pages (normalised URLs) whose stored flags changed. */
  flagsChanged(data: { pages: string[] }): void;
}

const quiet = { debug() {}, log() {}, warn() {}, error() {} };
// breakError: a foreign message shape is ignored rather than thrown inside the page.
const messenger = defineExtensionMessaging<ProtocolMap>({ logger: quiet, breakError: true });

/** Sends a message (to the background, or to a tab / frame when given). */
export const sendMessage = messenger.sendMessage;

type Sender = ExtensionMessage['sender'];
type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

/** A message from one of our own extension pages (popup, background), not from a content script. */
export function fromExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const origin = browser.runtime.getURL('/');
  // Chrome omits `url` for the service worker; a content script always has its page's URL.
  return sender.url === undefined ? sender.tab === undefined : sender.url.startsWith(origin);
}

/** A message from our content script in some tab (it has a tab and a frame). */
export function fromOurContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number';
}

/**
 * Listens for one message type: drops it unless `accept(sender)` holds and the payload passes its
 * schema, then calls `handler` with the parsed data. Returns the listener's remover.
 */
export function onValidMessage<K extends keyof ProtocolMap>(
  type: K,
  accept: (sender: Sender) => boolean,
  handler: (data: Data<K>, sender: Sender) => Reply<K> | Promise<Reply<K>>,
): () => void {
  const schema = RequestSchemas[type] as z.ZodMiniType;
  // async: a refusal becomes an `{ err }` answer rather than an exception in the messaging layer.
  return messenger.onMessage(type, async (message) => {
    if (!accept(message.sender)) throw new Error('rejected sender');
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) throw new Error(`invalid ${String(type)} payload`);
    return handler(parsed.data as Data<K>, message.sender);
  });
}
