/**
 * Where pdf.js finds its character maps in the extension: wxt.config.ts copies pdfjs-dist's Chinese
 * cmaps (GB1, CNS1, their Uni*, GBK and Big5 encodings, Identity) into the build as /pdfjs-cmaps/.
 * A Chinese PDF whose font is not embedded and whose text is encoded by a predefined CMap
 * (UniGB-UCS2-H, GBK-EUC-H …) has no readable text without them and would be taken for a scan.
 * Only extension pages (review, desk, sweep) use it: their origin is the extension's.
 */
export function cmapParams(): { cMapUrl: string; cMapPacked: true } {
  return { cMapUrl: new URL('/pdfjs-cmaps/', location.origin).href, cMapPacked: true };
}
