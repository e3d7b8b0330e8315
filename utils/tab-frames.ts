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
  /** Why the frame's audit failed (it threw: the read, or the background's audit); then not `detected`. */
  error?: string;
  /** The document that reported (Chrome's `documentId`): a later document in the frame is not it. */
  doc?: string;
}

type Frames = Record<string, FrameState>;

const key = (tabId: number) => `tabFrames:${tabId}`;

/** The part of storage.session the background's bookkeeping uses. */
export interface SessionArea {
  get(k: string): Promise<Record<string, unknown>>;
  set(v: object): Promise<void>;
  remove(k: string): Promise<void>;
}

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else null (this worker's memory). */
export function sessionArea(): SessionArea | null {
  const area = (browser.storage as { session?: unknown } | undefined)?.session;
  return (area as SessionArea | undefined) ?? null;
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

/**
 * Forgets a frame whose document went away (removed, or navigated elsewhere: its page script says
 * so on `pagehide`). `doc` is that document: where the frame has since reported from another one,
 * that newer report stays. Resolves to the tab's frames.
 */
export function forgetFrame(tabId: number, frameId: number, doc?: string): Promise<Frames> {
  return serial(async () => {
    const frames = await read(tabId);
    const state = frames[String(frameId)];
    if (!state || (doc !== undefined && state.doc !== undefined && state.doc !== doc)) return frames;
    const rest = { ...frames };
    delete rest[String(frameId)];
    await write(tabId, rest);
    return rest;
  });
}

/**
 * Drops the frames whose document is no longer there (`alive` says, given the frame id and the
 * document that reported, where known): a `pagehide` message that never came, a navigation of the
 * tab or of one frame. The top frame is checked only by its document (frame 0 itself is always
 * there). A frame that reported again while `alive` was asked keeps its new report. Resolves to the
 * tab's frames and whether any was dropped.
 */
export async function pruneFrames(
  tabId: number,
  alive: (frameId: number, doc: string | undefined) => Promise<boolean>,
): Promise<{ frames: Frames; dropped: boolean }> {
  const before = await tabFrames(tabId);
  const asked = Object.entries(before).filter(([id, f]) => id !== '0' || f.doc !== undefined);
  const dead = (
    await Promise.all(asked.map(async ([id, f]) => ((await alive(Number(id), f.doc)) ? null : { id, f })))
  ).filter((d) => d !== null);
  // Not `before`: a frame may have reported while the others were asked about, and the caller shows
  // what this returns (the badge must not go back to the count before that report).
  if (dead.length === 0) return { frames: await tabFrames(tabId), dropped: false };
  return serial(async () => {
    const frames = { ...(await read(tabId)) };
    let dropped = false;
    for (const { id, f } of dead)
      if (frames[id] === f) {
        delete frames[id];
        dropped = true;
      }
    if (dropped) await write(tabId, frames);
    return { frames, dropped };
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

/**
 * The frames holding a report, and those whose audit failed (with `error`: the popup names them,
 * since a failed child frame does not answer for itself), top frame first, then in frame-id order.
 */
export function reportFrames(
  frames: Frames,
): { frameId: number; errors: number; warnings: number; error?: string }[] {
  return Object.entries(frames)
    .filter(([, f]) => f.detected || f.error !== undefined)
    .map(([id, f]) => ({
      frameId: Number(id),
      errors: f.errors,
      warnings: f.warnings,
      ...(!f.detected && f.error !== undefined ? { error: f.error } : {}),
    }))
    .sort((a, b) => a.frameId - b.frameId);
}
