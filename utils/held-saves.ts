/**
 * Auto-saves a limit held back (utils/auto-save.ts), kept where a stopped service worker finds them
 * again. An MV3 worker is stopped after half a minute without events, and a held-back save waits up
 * to a minute, so a timer in the worker's memory is often gone before it fires, and with it the
 * page's last state. Each held save (its page, the tab and frame that show it, and when it is due)
 * lives in storage.session (kept while the browser runs, never on disk, out of content scripts'
 * reach); the background arms an alarm for the earliest, which wakes a stopped worker, and takes the
 * due ones whenever it wakes.
 */
import { type SessionArea, sessionArea } from './tab-frames';

/** A save held back: page `page` (URL without #hash), shown by `frameId` of `tabId`, due at `at` (ms). */
export interface HeldSave {
  tabId: number;
  frameId: number;
  page: string;
  at: number;
}

type Held = Record<string, HeldSave>;

const KEY = 'autoSave:held';

function isHeldSave(v: unknown): v is HeldSave {
  const h = v as Partial<HeldSave> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.tabId === 'number' &&
    typeof h.frameId === 'number' &&
    typeof h.page === 'string' &&
    typeof h.at === 'number'
  );
}

/** The held saves, one per page, in storage.session (or memory where there is none). */
export class HeldSaves {
  private memory: Held = {};
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: SessionArea | null = sessionArea()) {}

  private async read(): Promise<Held> {
    if (!this.area) return { ...this.memory };
    const got = await this.area.get(KEY).catch(() => ({}) as Record<string, unknown>);
    const stored = got[KEY];
    const held: Held = {};
    if (stored && typeof stored === 'object')
      for (const [page, h] of Object.entries(stored)) if (isHeldSave(h) && h.page === page) held[page] = h;
    return held;
  }

  private async write(held: Held): Promise<void> {
    if (!this.area) {
      this.memory = held;
      return;
    }
    await (Object.keys(held).length === 0 ? this.area.remove(KEY) : this.area.set({ [KEY]: held })).catch(
      () => undefined,
    );
  }

  /** One change at a time: two audits at once must not drop each other's entry. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Holds a save; false (nothing changed) when one for the page is already held. */
  hold(save: HeldSave): Promise<boolean> {
    return this.serial(async () => {
      const held = await this.read();
      if (held[save.page]) return false;
      await this.write({ ...held, [save.page]: save });
      return true;
    });
  }

  /** Takes (removes and returns) the saves due by `now`, earliest first. */
  takeDue(now: number): Promise<HeldSave[]> {
    return this.serial(async () => {
      const held = await this.read();
      const due = Object.values(held)
        .filter((h) => h.at <= now)
        .sort((a, b) => a.at - b.at);
      if (due.length === 0) return [];
      for (const h of due) delete held[h.page];
      await this.write(held);
      return due;
    });
  }

  /** When the earliest held save is due, or null when none is held. */
  next(): Promise<number | null> {
    return this.serial(async () => {
      const times = Object.values(await this.read()).map((h) => h.at);
      return times.length === 0 ? null : Math.min(...times);
    });
  }

  /** Drops a closed tab's held saves (their frames are gone with it). */
  forgetTab(tabId: number): Promise<void> {
    return this.serial(async () => {
      const held = await this.read();
      const kept = Object.fromEntries(Object.entries(held).filter(([, h]) => h.tabId !== tabId));
      if (Object.keys(kept).length !== Object.keys(held).length) await this.write(kept);
    });
  }
}
