import { describe, expect, it } from 'vitest';
import { readCapped } from './read-capped';

const tooBig = () => new Error('too big');

/** A body streamed in `parts` chunks of `size` bytes; `pulled` counts the chunks read. */
function streamed(parts: number, size: number, headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  let n = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (n++ >= parts) return c.close();
      seen.pulled++;
      c.enqueue(new Uint8Array(size).fill(n));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { res: new Response(body, { headers }), seen };
}

describe('readCapped', () => {
  it('reads a body in chunks, in order, up to the cap', async () => {
    const { res } = streamed(3, 4);
    const bytes = await readCapped(res, 12, tooBig);
    expect([...bytes]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
  });

  it('stops and cancels past the cap, before reading the rest', async () => {
    const { res, seen } = streamed(100, 4);
    await expect(readCapped(res, 10, tooBig)).rejects.toThrow('too big');
    expect(seen.pulled).toBeLessThan(10);
    expect(seen.cancelled).toBe(true);
  });

  it('refuses by the declared length without reading', async () => {
    const { res, seen } = streamed(1, 4, { 'content-length': '999' });
    await expect(readCapped(res, 10, tooBig)).rejects.toThrow('too big');
    expect(seen.cancelled).toBe(true);
  });

  it('is empty for a response without a body', async () => {
    expect((await readCapped(new Response(null, { status: 204 }), 10, tooBig)).length).toBe(0);
  });
});
