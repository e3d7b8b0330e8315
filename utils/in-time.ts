/**
 * `p`'s value, or `fallback` once `ms` have passed without it (the timer cleared either way); a
 * rejection of `p` before then is passed on. For reads of the extension's store at a page's load,
 * which must never hold the page back.
 */
export function inTime<T, F>(p: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
