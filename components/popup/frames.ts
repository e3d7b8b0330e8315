/**
 * Several reports in one tab (a portal page with its report and another in a frame): the popup
 * asks the background which frames hold a report — the same record the badge adds up — then each
 * of those frames for its audit, so it can list them all and the badge and popup say the same.
 */
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { type AuditReply, AuditReplySchema, sendMessage } from '../../utils/messages';
import type { AuditState } from './audit';

/** Where a message goes: the whole tab, or one frame of it. */
export type Target = number | { tabId: number; frameId: number };

/** One frame's report. */
export interface FrameAudit {
  frameId: number;
  reply: AuditReply & { result: { detected: true } };
}

const FramesSchema = z.array(z.object({ frameId: z.number().int().min(0) }));

/** The tab's frames that hold a report, each with its audit (empty when the background knows none). */
export async function fetchFrames(tabId: number): Promise<FrameAudit[]> {
  const listed = FramesSchema.safeParse(await sendMessage('tabReports', { tabId }).catch(() => null));
  if (!listed.success) return [];
  const replies = await Promise.all(
    listed.data.map(async ({ frameId }) => {
      try {
        const reply = AuditReplySchema.parse(await sendMessage('getAudit', undefined, { tabId, frameId }));
        return reply.result?.detected ? ({ frameId, reply } as FrameAudit) : null;
      } catch {
        // The frame went away (navigated, removed) since it reported.
        return null;
      }
    }),
  );
  return replies.filter((r): r is FrameAudit => r !== null);
}

/** The tab's report frames once the popup has its first answer; refreshed when that answer changes. */
export function useFrames(state: AuditState): FrameAudit[] {
  const [frames, setFrames] = useState<FrameAudit[]>([]);
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
 * reaches that frame alone); otherwise the tab's own answer.
 */
export function viewOf(
  state: AuditState,
  frames: FrameAudit[],
  picked: number,
): { state: AuditState; target: Target | null } {
  if (state.kind !== 'ready' && state.kind !== 'unreachable') return { state, target: null };
  if (state.kind !== 'ready' || frames.length < 2) return { state, target: state.tabId };
  const f = frames[Math.min(picked, frames.length - 1)]!;
  return { state: { ...state, reply: f.reply }, target: { tabId: state.tabId, frameId: f.frameId } };
}
