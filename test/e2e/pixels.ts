/** A PNG's pixels, decoded by the browser (the tests count colours in screenshots and exports). */
import type { Page } from 'playwright-core';

/** A rectangle of an image, in its pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Decodes `png` in `page` (an extension page: a report page's CSP may refuse a data: image) and
 * returns the RGBA bytes of `box`, or of the whole image, row by row.
 */
export async function pngPixels(page: Page, png: Buffer, box?: Box): Promise<Uint8Array> {
  const b64 = await page.evaluate(
    async ([src, b]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${src}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const r = b ?? { x: 0, y: 0, width: img.width, height: img.height };
      const data = g.getImageData(r.x, r.y, r.width, r.height).data;
      let bytes = '';
      for (let i = 0; i < data.length; i += 0x8000)
        bytes += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return btoa(bytes);
    },
    [png.toString('base64'), box ?? null] as const,
  );
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** A PNG's width in pixels, from its IHDR. */
export const pngWidth = (png: Buffer): number => png.readUInt32BE(16);
