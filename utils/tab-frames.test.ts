import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, recordFrame, reportFrames, tabFrames } from './tab-frames';

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
});
