/**
 * Several reports in one tab (a portal page with its report and another in a frame): the popup
 * asks the background which frames hold a report — the same record the badge adds up — then each
 * of those frames for its audit, so it can list them all and the badge and popup say the same. A
 * child frame whose audit failed does not answer for itself: the background's record says why.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { type AuditReply, AuditReplySchema, FRAME_ERROR_MAX, sendMessage } from '../../utils/messages';
import type { AuditState } from './audit';

/** Where a message goes: the whole tab, or one frame of it. */
export type Target = number | { tabId: number; frameId: number };

/** One frame's report. */
export interface FrameAudit {
  frameId: number;
  reply: AuditReply & { result: { detected: true } };
}

/** A frame whose report could not be audited, and why (the audit's own message). */
export interface FrameFailure {
  frameId: number;
  error: string;
}

/** The tab's report frames and its failed frames. */
export interface TabFrames {
  frames: FrameAudit[];
  failed: FrameFailure[];
}

const FramesSchema = z.array(
  z.object({ frameId: z.number().int().min(0), error: z.string().max(FRAME_ERROR_MAX).optional() }),
);

/**
 * The tab's frames that hold a report, each with its audit, and its frames whose audit failed; empty
 * when the background knows none.
 */
export async function fetchFrames(tabId: number): Promise<TabFrames> {
  const listed = FramesSchema.safeParse(await sendMessage('tabReports', { tabId }).catch(() => null));
  if (!listed.success) return { frames: [], failed: [] };
  const failed = listed.data.flatMap(({ frameId, error }) =>
    error === undefined ? [] : [{ frameId, error }],
  );
  const replies = await Promise.all(
    listed.data
      .filter((f) => f.error === undefined)
      .map(async ({ frameId }) => {
        try {
          const reply = AuditReplySchema.parse(await sendMessage('getAudit', undefined, { tabId, frameId }));
          return reply.result?.detected ? ({ frameId, reply } as FrameAudit) : null;
        } catch {
          // The frame went away (navigated, removed) since it reported.
          return null;
        }
      }),
  );
  return { frames: replies.filter((r): r is FrameAudit => r !== null), failed };
}

/** The tab's report frames once the popup has its first answer; refreshed when that answer changes. */
export function useFrames(state: AuditState): TabFrames {
  const [frames, setFrames] = useState<TabFrames>({ frames: [], failed: [] });
  const tabId = state.kind === 'ready' ? state.tabId : null;
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void fetchFrames(tabId).then(
      (f) => live && setFrames(f),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [tabId, state]);
  return frames;
}

/**
 * What the popup shows: with two or more report frames, the picked one's reply (and a target that
 * reaches that frame alone); otherwise the tab's own answer, unless that is a failed audit while
 * another frame holds a report (the first frame to answer wins): then that report, the failure
 * being listed above it (FrameFailures).
 */
export function viewOf(
  state: AuditState,
  frames: FrameAudit[],
  picked: number,
): { state: AuditState; target: Target | null } {
  if (state.kind !== 'ready' && state.kind !== 'unreachable') return { state, target: null };
  const failedAnswer =
    state.kind === 'ready' && state.reply.error !== undefined && !state.reply.result?.detected;
  if (state.kind !== 'ready' || frames.length === 0 || (frames.length < 2 && !failedAnswer))
    return { state, target: state.tabId };
  const f = frames[Math.min(picked, frames.length - 1)]!;
  return { state: { ...state, reply: f.reply }, target: { tabId: state.tabId, frameId: f.frameId } };
}
