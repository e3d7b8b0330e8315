/**
 * The background's part of 审核附件 / 在审核视图中打开: the popup names a tab and an address; the
 * background checks the address is on that tab's own *.gov.cn host, fetches it (size cap, time
 * limit), keeps the bytes for the review page and opens it. A refusal or failure comes back as a
 * message for the popup to show; nothing is opened then.
 */
import { browser } from 'wxt/browser';
import { AttachmentError, fetchAttachment } from './attachment';
import { fromExtensionPage, onValidMessage } from './messages';
import { putReviewFile, reviewPath } from './review-files';

/** The popup's answer: the review page opened, or why not. */
export type OpenReviewReply = { ok: true } | { ok: false; message: string };

/** Fetches `url` for the page in tab `tabId` and opens the review page on it. */
export async function openReview(tabId: number, url: string): Promise<OpenReviewReply> {
  let page: string | null = null;
  try {
    // The tab's address as the browser knows it (visible to us on *.gov.cn, our host permission).
    page = (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    page = null;
  }
  try {
    const got = await fetchAttachment(url, page);
    const id = await putReviewFile({
      url: got.url,
      ...(page && page !== got.url ? { page } : {}),
      name: got.name,
      kind: got.kind,
      bytes: got.bytes.buffer.slice(
        got.bytes.byteOffset,
        got.bytes.byteOffset + got.bytes.byteLength,
      ) as ArrayBuffer,
    });
    await browser.tabs.create({ url: browser.runtime.getURL(reviewPath(id) as '/review.html') });
    return { ok: true };
  } catch (e) {
    if (e instanceof AttachmentError) return { ok: false, message: e.message };
    return {
      ok: false,
      message: `打开审核视图失败 / Could not open the review view: ${(e as Error)?.message ?? e}`,
    };
  }
}

type Sender = Parameters<Parameters<typeof onValidMessage>[1]>[0];

/**
 * One of our own extension pages: the popup (fromExtensionPage), or the page's panel, an extension
 * frame inside the report's tab (on Chrome under a per-session address, so not under getURL('/')).
 * A content script's sender has the web page's address, never an extension's.
 */
export function fromOurPages(sender: Sender): boolean {
  if (fromExtensionPage(sender)) return true;
  return sender.id === browser.runtime.id && /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
}

/** Listens for openReview from the popup, or from the page's panel (then its own tab is the page's). */
export function listenForReviews(): void {
  onValidMessage('openReview', fromOurPages, ({ tabId, url }, sender) => {
    const inPage = sender.tab?.id !== undefined && (sender.frameId ?? 0) > 0;
    return openReview(inPage ? sender.tab!.id! : tabId, url);
  });
}
