import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeldSaves } from './held-saves';

beforeEach(() => fakeBrowser.reset());

const save = (page: string, at: number, tabId = 1) => ({ tabId, frameId: 0, page, at });

describe('held saves', () => {
  it('holds one save per page and gives back those due, earliest first', async () => {
    const held = new HeldSaves();
    expect(await held.next()).toBeNull();
    expect(await held.hold(save('http://a.gov.cn/1', 2000))).toBe(true);
    // A second hold of the same page keeps the first (its time stands).
    expect(await held.hold(save('http://a.gov.cn/1', 9000))).toBe(false);
    await held.hold(save('http://a.gov.cn/2', 1500));
    await held.hold(save('http://a.gov.cn/3', 5000));
    expect(await held.next()).toBe(1500);
    expect(await held.takeDue(1000)).toEqual([]);
    expect((await held.takeDue(2500)).map((h) => h.page)).toEqual(['http://a.gov.cn/2', 'http://a.gov.cn/1']);
    // Taken means gone: a second wake-up does not save them again.
    expect(await held.takeDue(2500)).toEqual([]);
    expect(await held.next()).toBe(5000);
  });

  it('survives the worker: a new instance (a restarted worker) finds them in storage.session', async () => {
    await new HeldSaves().hold(save('http://a.gov.cn/1', 2000, 4));
    const stored = await browser.storage.session.get('autoSave:held');
    expect(Object.keys(stored['autoSave:held'] as object)).toEqual(['http://a.gov.cn/1']);
    const restarted = new HeldSaves();
    expect(await restarted.next()).toBe(2000);
    expect(await restarted.takeDue(3000)).toEqual([save('http://a.gov.cn/1', 2000, 4)]);
    expect(await browser.storage.session.get('autoSave:held')).toEqual({});
  });

  it("forgets a closed tab's saves, and ignores what is not a held save", async () => {
    await browser.storage.session.set({
      'autoSave:held': { 'http://x/': { page: 'http://x/', at: 'soon' }, 'http://y/': save('http://z/', 1) },
    });
    const held = new HeldSaves();
    expect(await held.next()).toBeNull();
    await held.hold(save('http://a.gov.cn/1', 10, 1));
    await held.hold(save('http://a.gov.cn/2', 20, 2));
    await held.forgetTab(1);
    expect((await held.takeDue(100)).map((h) => h.page)).toEqual(['http://a.gov.cn/2']);
  });

  it('keeps them in memory where the browser has no storage.session', async () => {
    const held = new HeldSaves(null);
    await held.hold(save('http://a.gov.cn/1', 10));
    expect(await held.takeDue(10)).toHaveLength(1);
  });
});
