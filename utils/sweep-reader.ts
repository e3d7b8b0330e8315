/**
 * The sweep page's side of an attachment (utils/sweep.ts hands it each PDF or .docx it fetched): reads
 * and audits it with pdf.js in its worker (utils/pdfjs-browser.ts) or mammoth, through the same core as
 * the CLI's `--follow` (lib/pdf/attachment.ts), and says why when it cannot. Only the sweep page
 * imports this, on demand: the background and the content script never carry pdf.js.
 */
import { SweepError } from '../lib/sweep/crawl';
import { fromBase64, type SweepRead, type SweepReadResult } from './sweep-protocol';

/** The answer to one `read`: the audit and snapshot, or the failure's kind and reason. */
export async function readForSweep(m: SweepRead): Promise<SweepReadResult> {
  try {
    const [{ loadPdfReader }, { readAttachment }] = await Promise.all([
      import('./pdfjs-browser'),
      import('../lib/pdf/attachment'),
    ]);
    const { result, html } = await readAttachment(m.kind, fromBase64(m.data), m.url, loadPdfReader);
    return { type: 'read-result', id: m.id, ok: true, result, html };
  } catch (e) {
    return {
      type: 'read-result',
      id: m.id,
      ok: false,
      kind: e instanceof SweepError ? e.kind : 'other',
      reason: String((e as Error)?.message ?? e).replace(/\s+/g, ' '),
    };
  }
}
