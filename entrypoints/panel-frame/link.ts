/**
 * The frame's end of utils/panel-link.ts: finds its tab, opens a port named with the token in its
 * URL's #hash (the content script that made this frame answers, no other), and validates every
 * state it is sent (findings carry page text).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { CheckSchema, FindingSchema, TemplateSchema } from '../../lib/model';
import { type PanelAction, type PanelReply, type PanelState, PORT_PREFIX } from '../../utils/panel-link';

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
    }),
  ),
});
const ReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), ok: z.boolean() }),
  z.object({ kind: z.literal('focused'), shown: z.boolean() }),
]);

type Port = ReturnType<typeof browser.runtime.connect>;

/** What the frame knows: the page's state (null until the content script answers) and a sender. */
export interface Link {
  state: PanelState | null;
  /** The last reply to a save or focus. */
  reply: PanelReply | null;
  send(action: PanelAction): void;
}

/** Connects once (and again if the port drops while the frame lives) and keeps the latest state. */
export function useLink(): Link {
  const [state, setState] = useState<PanelState | null>(null);
  const [reply, setReply] = useState<PanelReply | null>(null);
  const port = useRef<Port | null>(null);
  useEffect(() => {
    const token = location.hash.slice(1);
    if (!/^[0-9a-f]{32}$/.test(token)) return;
    let closed = false;
    const connect = async () => {
      const tab = await browser.tabs.getCurrent();
      if (closed || tab?.id === undefined) return;
      const p = browser.tabs.connect(tab.id, { name: PORT_PREFIX + token });
      port.current = p;
      p.onMessage.addListener((raw: unknown) => {
        const s = StateSchema.safeParse(raw);
        if (s.success) setState(s.data as PanelState);
        const r = ReplySchema.safeParse(raw);
        if (r.success) setReply(r.data);
      });
      p.onDisconnect.addListener(() => {
        if (port.current === p) port.current = null;
      });
    };
    void connect();
    return () => {
      closed = true;
      port.current?.disconnect();
    };
  }, []);
  return {
    state,
    reply,
    send: (action) => {
      try {
        port.current?.postMessage(action);
      } catch {
        port.current = null;
      }
    },
  };
}
