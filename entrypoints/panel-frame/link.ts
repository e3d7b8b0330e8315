/**
 * The frame's end of utils/panel-link.ts: takes the MessageChannel port that comes with the token
 * in its URL's #hash (from the content script that made this frame, no other) and validates every
 * state it is sent (findings carry page text).
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod/mini';
import { CheckSchema, FindingSchema, TemplateSchema } from '../../lib/model';
import { ERROR_MAX, type PanelAction, type PanelReply, type PanelState } from '../../utils/panel-link';

const StateSchema = z.object({
  kind: z.literal('state'),
  url: z.string().check(z.maxLength(8192)),
  findings: z.array(FindingSchema),
  checks: z.optional(z.array(CheckSchema)),
  template: z.nullable(TemplateSchema),
  anchors: z.array(z.string().check(z.maxLength(200))),
  lostQuotes: z.array(z.string().check(z.maxLength(200))),
  marksOn: z.boolean(),
  expanded: z.boolean(),
  editing: z.nullable(
    z.object({
      id: z.int(),
      address: z.nullable(z.string().check(z.maxLength(200))),
      quote: z.string().check(z.maxLength(5000)),
      at: z.optional(z.int().check(z.minimum(0))),
    }),
  ),
  error: z.optional(z.string().check(z.maxLength(ERROR_MAX))),
});
const ReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), ok: z.boolean() }),
  z.object({ kind: z.literal('focused'), shown: z.boolean() }),
]);

/** What the frame knows: the page's state (null until the content script connects) and a sender. */
export interface Link {
  state: PanelState | null;
  /** The last reply to a save or focus. */
  reply: PanelReply | null;
  send(action: PanelAction): void;
}

/** This frame's token (its URL's #hash), given by the content script that made it. */
const token = location.hash.slice(1);
let port: MessagePort | null = null;
let latest: Pick<Link, 'state' | 'reply'> = { state: null, reply: null };
const subscribers = new Set<(l: Pick<Link, 'state' | 'reply'>) => void>();

/**
 * The content script hands us one end of a MessageChannel, posted to this window with our token:
 * a message without it (the page's scripts can post to us too) is ignored. Listened for at once,
 * before the first render, so the content script's post after our load event finds us.
 */
if (/^[0-9a-f]{32}$/.test(token))
  window.addEventListener('message', (e: MessageEvent) => {
    const data: unknown = e.data;
    const given = e.ports[0];
    if (!given || typeof data !== 'object' || data === null || (data as { gra?: unknown }).gra !== token)
      return;
    port?.close();
    port = given;
    given.onmessage = (m: MessageEvent) => {
      const s = StateSchema.safeParse(m.data);
      if (s.success) latest = { ...latest, state: s.data as PanelState };
      const r = ReplySchema.safeParse(m.data);
      if (r.success) latest = { ...latest, reply: r.data };
      if (s.success || r.success) for (const cb of subscribers) cb(latest);
    };
  });

/** The page's latest state and reply, re-rendered on every change. */
export function useLink(): Link {
  const [now, setNow] = useState(latest);
  useEffect(() => {
    subscribers.add(setNow);
    setNow(latest);
    return () => {
      subscribers.delete(setNow);
    };
  }, []);
  return { ...now, send: (action) => port?.postMessage(action) };
}
