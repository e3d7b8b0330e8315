import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertRoom, DESK_BUDGET_BYTES, deskFullMessage, fitsBudget } from './desk-budget';

afterEach(() => vi.unstubAllGlobals());

describe('desk storage budget', () => {
  it('fits up to the budget and not past it', () => {
    expect(fitsBudget(DESK_BUDGET_BYTES - 10, 10)).toBe(true);
    expect(fitsBudget(DESK_BUDGET_BYTES - 10, 11)).toBe(false);
  });

  it('refuses a save past the budget with a message in both languages', async () => {
    const estimate = vi.fn(async () => ({ usage: 199 * 1024 * 1024, quota: 1e12 }));
    vi.stubGlobal('navigator', { storage: { estimate } });
    await expect(assertRoom(512 * 1024)).resolves.toBeUndefined();
    await expect(assertRoom(2 * 1024 * 1024)).rejects.toThrow(
      /^书桌存储已满.*Desk storage is full: 199\.0 MB of 200\.0 MB/,
    );
    expect(deskFullMessage(5 * 1024 * 1024, 4 * 1024 * 1024)).toContain('5.0 MB of 4.0 MB');
  });

  it('saves when the browser cannot say how much is used', async () => {
    vi.stubGlobal('navigator', {});
    await expect(assertRoom(1e12)).resolves.toBeUndefined();
  });
});
