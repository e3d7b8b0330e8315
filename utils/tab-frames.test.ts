import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetFrame, forgetTab, pruneFrames, recordFrame, reportFrames, tabFrames } from './tab-frames';

beforeEach(() => fakeBrowser.reset());

describe('tab frames', () => {
  it('keeps each frame of a tab apart, lists the report frames, and forgets a tab', async () => {
    await Promise.all([
      recordFrame(5, 0, { errors: 1, warnings: 0, detected: true }),
      recordFrame(5, 12, { errors: 2, warnings: 3, detected: true }),
      recordFrame(5, 9, { errors: 0, warnings: 0, detected: false }),
    ]);
    // A frame's newer audit replaces its older one.
    await recordFrame(5, 12, { errors: 4, warnings: 3, detected: true });
    expect(reportFrames(await tabFrames(5))).toEqual([
      { frameId: 0, errors: 1, warnings: 0 },
      { frameId: 12, errors: 4, warnings: 3 },
    ]);
    expect(await tabFrames(6)).toEqual({});
    await forgetTab(5);
    expect(await tabFrames(5)).toEqual({});
  });

  it('lists a frame whose audit failed with its reason, and no counts', async () => {
    await recordFrame(3, 0, { errors: 0, warnings: 0, detected: true });
    await recordFrame(3, 7, { errors: 0, warnings: 0, detected: false, error: 'TypeError: root is null' });
    await recordFrame(3, 8, { errors: 0, warnings: 0, detected: false });
    expect(reportFrames(await tabFrames(3))).toEqual([
      { frameId: 0, errors: 0, warnings: 0 },
      { frameId: 7, errors: 0, warnings: 0, error: 'TypeError: root is null' },
    ]);
    // Audited again, successfully: the reason goes.
    await recordFrame(3, 7, { errors: 1, warnings: 0, detected: true });
    expect(reportFrames(await tabFrames(3))[1]).toEqual({ frameId: 7, errors: 1, warnings: 0 });
  });

  it("forgets a frame whose document went, but not a newer document's report in that frame", async () => {
    await recordFrame(4, 0, { errors: 1, warnings: 0, detected: true, doc: 'A' });
    await recordFrame(4, 9, { errors: 2, warnings: 0, detected: true, doc: 'B' });
    // The top frame's old document says it is gone after its new one reported: ignored.
    await forgetFrame(4, 0, 'old');
    expect(Object.keys(await tabFrames(4))).toEqual(['0', '9']);
    expect(Object.keys(await forgetFrame(4, 9, 'B'))).toEqual(['0']);
    // Without a document id (Firefox) the frame is forgotten as such.
    expect(await forgetFrame(4, 0)).toEqual({});
    expect(await forgetFrame(4, 5, 'C')).toEqual({});
  });

  it('answers a prune that drops nothing with the frames as they are now, not as they were when asked', async () => {
    // The badge is set from this answer when the tab completes: a frame that reported while the
    // others were pinged (a child frame's audit landing late) must be in it, or the badge shows ✓.
    await recordFrame(8, 0, { errors: 0, warnings: 0, detected: true, doc: 'top' });
    const { frames, dropped } = await pruneFrames(8, async () => {
      await recordFrame(8, 2, { errors: 1, warnings: 0, detected: true, doc: 'child' });
      return true;
    });
    expect(dropped).toBe(false);
    expect(Object.keys(frames).sort()).toEqual(['0', '2']);
  });

  it('prunes the child frames no longer there, keeping the top frame and a frame that reported meanwhile', async () => {
    await recordFrame(6, 0, { errors: 1, warnings: 0, detected: true });
    await recordFrame(6, 3, { errors: 2, warnings: 0, detected: true });
    await recordFrame(6, 4, { errors: 3, warnings: 0, detected: true });
    await recordFrame(6, 5, { errors: 0, warnings: 0, detected: false, error: 'Error: x' });
    const asked: number[] = [];
    const { frames, dropped } = await pruneFrames(6, async (id) => {
      asked.push(id);
      // Frame 4 reports again while it is asked about: that newer report stays.
      if (id === 4) await recordFrame(6, 4, { errors: 5, warnings: 0, detected: true });
      return id === 3;
    });
    expect(asked.sort()).toEqual([3, 4, 5]);
    expect(dropped).toBe(true);
    expect(frames).toEqual(await tabFrames(6));
    expect(reportFrames(frames)).toEqual([
      { frameId: 0, errors: 1, warnings: 0 },
      { frameId: 3, errors: 2, warnings: 0 },
      { frameId: 4, errors: 5, warnings: 0 },
    ]);
    expect((await pruneFrames(6, async () => true)).dropped).toBe(false);
  });

  it('checks the top frame by the document that reported (frame 0 is always there)', async () => {
    await recordFrame(8, 0, { errors: 1, warnings: 0, detected: true, doc: 'old' });
    await recordFrame(8, 2, { errors: 1, warnings: 0, detected: true, doc: 'child' });
    const asked: [number, string | undefined][] = [];
    const { frames } = await pruneFrames(8, async (id, doc) => {
      asked.push([id, doc]);
      return doc !== 'old';
    });
    expect(asked).toEqual([
      [0, 'old'],
      [2, 'child'],
    ]);
    expect(Object.keys(frames)).toEqual(['2']);
  });
});
