/**
 * The page script's own few lines of extension messaging. The page script runs in a fresh isolated
 * world on every report page, where each kilobyte of code is compiled cold: so no browser polyfill
 * (Chrome's MV3 `chrome` and Firefox's `browser` both return promises), no messaging library and no
 * schema library. It speaks utils/messages.ts's protocol (@webext-core/messaging's envelope
 * `{ id, type, data, timestamp }`, answered `{ res }` or `{ err }`), checks every sender as that
 * file's fromExtensionPage does, and every payload with the small checks below.
 */

/** The part of the extension API the page script uses. */
interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}
interface Api {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        cb: (message: unknown, sender: Sender, respond: (answer: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: { addListener(cb: (changes: Record<string, unknown>, area: string) => void): void };
  };
  i18n: { getMessage(name: string, substitutions?: string[]): string };
}

const g = globalThis as { browser?: Api; chrome?: Api };
/** Firefox's `browser`, else Chrome's `chrome` (both promise-based for what we call). */
export const api: Api = (g.browser ?? g.chrome)!;

/**
 * A message text from the extension's locales (`flags.flagged` → flags_flagged), or `fallback`;
 * `sub` fills its `$1`.
 */
export function t(key: string, fallback: string, sub?: string): string {
  const subs = sub === undefined ? undefined : [sub];
  try {
    return api.i18n.getMessage(key.replace(/\./g, '_'), subs) || fallback.replace('$1', sub ?? '');
  } catch {
    return fallback.replace('$1', sub ?? '');
  }
}

let nextId = Math.floor(Math.random() * 10_000);

/** Sends a protocol message to the background and returns its answer (throws its error). */
export async function send(type: string, data: unknown): Promise<unknown> {
  const answer = (await api.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as {
    res?: unknown;
    err?: { message?: string };
  } | null;
  if (!answer) throw new Error('No response');
  if (answer.err != null) throw new Error(answer.err.message ?? 'Error');
  return answer.res;
}

/** A message from one of our own extension pages (popup, background), not from a content script. */
function fromExtensionPage(sender: Sender): boolean {
  if (sender.id !== api.runtime.id) return false;
  // Chrome omits `url` for the service worker; a content script always has its page's URL.
  return sender.url === undefined ? sender.tab === undefined : sender.url.startsWith(api.runtime.getURL('/'));
}

type Handler = (data: unknown) => unknown;
const handlers = new Map<string, Handler>();
let listening = false;

/**
 * Answers messages of `type` from our extension pages: `valid` checks the payload (a refused one is
 * answered with an error, as utils/messages.ts's onValidMessage does), `handler` gives the answer.
 */
export function handle<T>(
  type: string,
  valid: (data: unknown) => data is T,
  handler: (data: T) => unknown,
): void {
  handlers.set(type, (data) => {
    if (!valid(data)) throw new Error(`invalid ${type} payload`);
    return handler(data);
  });
  if (listening) return;
  listening = true;
  api.runtime.onMessage.addListener((message, sender, respond) => {
    const m = message as { type?: unknown; data?: unknown; timestamp?: unknown } | null;
    if (typeof m !== 'object' || m === null || typeof m.type !== 'string' || typeof m.timestamp !== 'number')
      return undefined;
    const h = handlers.get(m.type);
    if (!h) return undefined;
    Promise.resolve()
      .then(() => {
        if (!fromExtensionPage(sender)) throw new Error('rejected sender');
        return h(m.data);
      })
      .then(
        (res) => respond({ res }),
        (e: unknown) =>
          respond({ err: { name: 'Error', message: e instanceof Error ? e.message : String(e) } }),
      );
    // The answer comes later (respond), in Chrome and Firefox alike.
    return true;
  });
}

/** Payload checks (what utils/messages.ts's schemas say, without a schema library). */
export const is = {
  none: (d: unknown): d is undefined | null => d === undefined || d === null,
  marks: (d: unknown): d is { on: boolean } =>
    isRecord(d, ['on']) && typeof (d as { on: unknown }).on === 'boolean',
  focus: (d: unknown): d is { index: number } => {
    const i = isRecord(d, ['index']) ? (d as { index: unknown }).index : undefined;
    return typeof i === 'number' && Number.isInteger(i) && i >= 0 && i <= 100_000;
  },
  flagCell: (d: unknown): d is { address?: string; selectionText?: string; text?: boolean } => {
    if (!isRecord(d, ['address', 'selectionText', 'text'])) return false;
    const { address, selectionText, text } = d as Record<string, unknown>;
    return (
      (address === undefined || (typeof address === 'string' && address.length <= 200)) &&
      (selectionText === undefined || (typeof selectionText === 'string' && selectionText.length <= 5000)) &&
      (text === undefined || typeof text === 'boolean')
    );
  },
};

/** A plain object with no keys but `keys` (a strict object). */
function isRecord(d: unknown, keys: string[]): boolean {
  return (
    typeof d === 'object' && d !== null && !Array.isArray(d) && Object.keys(d).every((k) => keys.includes(k))
  );
}
