import { describe, expect, it } from 'vitest';
import type { AuditReply } from '../../utils/messages';
import type { AuditState } from './audit';
import { type FrameAudit, viewOf } from './frames';

const reply = (url: string): AuditReply => ({ url, result: null, frame: 'top' });
const frame = (frameId: number, url: string) => ({ frameId, reply: reply(url) }) as unknown as FrameAudit;

describe('viewOf', () => {
  const ready: AuditState = { kind: 'ready', tabId: 7, reply: reply('http://a.gov.cn/') };

  it('with one report or none, shows the tab answer and talks to the whole tab', () => {
    expect(viewOf(ready, [], 0)).toEqual({ state: ready, target: 7 });
    expect(viewOf(ready, [frame(0, 'x')], 0)).toEqual({ state: ready, target: 7 });
    expect(viewOf({ kind: 'loading' }, [], 0)).toEqual({ state: { kind: 'loading' }, target: null });
  });

  it('with two, shows the picked frame and talks to that frame alone', () => {
    const frames = [frame(0, 'http://a.gov.cn/'), frame(12, 'http://b.gov.cn/')];
    const v = viewOf(ready, frames, 1);
    expect(v.target).toEqual({ tabId: 7, frameId: 12 });
    expect(v.state.kind === 'ready' && v.state.reply.url).toBe('http://b.gov.cn/');
    // A pick past the end (a frame went away) falls back to the last one.
    expect(viewOf(ready, frames, 5).target).toEqual({ tabId: 7, frameId: 12 });
  });

  it('a failed answer (a frame whose audit threw answered first) gives way to the report another frame holds', () => {
    const failed: AuditState = {
      kind: 'ready',
      tabId: 7,
      reply: { url: 'http://b.gov.cn/', result: null, frame: 'child', error: 'TypeError: x' },
    };
    const v = viewOf(failed, [frame(0, 'http://a.gov.cn/')], 0);
    expect(v.target).toEqual({ tabId: 7, frameId: 0 });
    expect(v.state.kind === 'ready' && v.state.reply.url).toBe('http://a.gov.cn/');
    // No report anywhere: the failure is what the popup shows.
    expect(viewOf(failed, [], 0)).toEqual({ state: failed, target: 7 });
  });
});
