/**
 * A fetched body read up to a size cap: the extension's attachment fetch (utils/attachment.ts) and
 * the portal sweep (utils/sweep.ts) both stop a video or an archive this way. Pure: `Response` is the
 * fetch standard's, in Node as in browsers.
 */

/**
 * The body of `res`, at most `max` bytes. Past the cap, by its declared length or by the bytes as
 * they come, the body is cancelled and `tooBig()` thrown. A response without a body is empty.
 */
export async function readCapped(res: Response, max: number, tooBig: () => Error): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
