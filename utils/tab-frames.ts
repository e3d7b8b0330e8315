/**
 * What each frame of each tab last reported (its counts, whether it holds a report), kept by the
 * background for the badge and for the popup's list of the tab's reports, so both read one record.
 * Mirrored into storage.session: an MV3 worker is stopped after half a minute idle, and a popup
 * opened later must still learn which frames hold reports (the badge itself outlives the worker).
 */
import { browser } from 'wxt/browser';

/** One frame's last audit. */
export interface FrameState {
  errors: number;
  warnings: number;
  detected: boolean;
  /** Checks this report allows that did not run (see lib/checks.ts); absent from older builds. */
  gaps?: number;
}

type Frames = Record<string, FrameState>;

const key = (tabId: number) => `tabFrames:${tabId}`;

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else this worker's memory. */
function sessionArea(): {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
  remove(k: string): Promise<void>;
} | null {
  const area = (browser.storage as { session?: unknown } | undefined)?.session;
  return (area as ReturnType<typeof sessionArea>) ?? null;
}

const memory = new Map<number, Frames>();
// Writes one after another: two frames reporting at once must not overwrite each other's entry.
let queue: Promise<unknown> = Promise.resolve();

async function read(tabId: number): Promise<Frames> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const area = sessionArea();
  const got: Record<string, unknown> = area ? await area.get(key(tabId)).catch(() => ({})) : {};
  const stored = got[key(tabId)] as Frames | undefined;
  const frames = stored && typeof stored === 'object' ? { ...stored } : {};
  memory.set(tabId, frames);
  return frames;
}

function write(tabId: number, frames: Frames): Promise<void> {
  memory.set(tabId, frames);
  const area = sessionArea();
  if (!area) return Promise.resolve();
  return Object.keys(frames).length === 0
    ? area.remove(key(tabId)).catch(() => undefined)
    : area.set({ [key(tabId)]: frames }).catch(() => undefined);
}

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Records a frame's newest audit (replacing its older one); resolves to the tab's frames. */
export function recordFrame(tabId: number, frameId: number, state: FrameState): Promise<Frames> {
  return serial(async () => {
    const frames = { ...(await read(tabId)), [String(frameId)]: state };
    await write(tabId, frames);
    return frames;
  });
}

/** Forgets a tab (a new document in it, or the tab closed). */
export function forgetTab(tabId: number): Promise<void> {
  return serial(() => write(tabId, {}));
}

/** The tab's frames as last recorded. */
export function tabFrames(tabId: number): Promise<Frames> {
  return serial(() => read(tabId));
}

/** The frames holding a report, top frame first, then in frame-id order. */
export function reportFrames(frames: Frames): { frameId: number; errors: number; warnings: number }[] {
  return Object.entries(frames)
    .filter(([, f]) => f.detected)
    .map(([id, f]) => ({ frameId: Number(id), errors: f.errors, warnings: f.warnings }))
    .sort((a, b) => a.frameId - b.frameId);
}
