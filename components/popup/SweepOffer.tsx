/**
 * 核查本页列出的全部年报 (N 个链接): on a *.gov.cn page that links to reports (a portal's column),
 * the popup offers to audit them all. The links are counted from the page as it is now, by the rule
 * the sweep itself follows (lib/sweep/links.ts); the click opens the sweep page, which asks the
 * background to read the column and its 下一页 pages.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isAttachmentUrl } from '../../lib/sweep/crawl';
import { sweepReadsUrl } from '../../lib/sweep/kind';
import { listLinks } from '../../lib/sweep/links';
import { sweepable } from '../../utils/sweep-protocol';
import { i18n } from './i18n';

/**
 * The links a sweep of the page would read: its report links on its own host, PDF and .docx
 * reports included (the sweep page reads them), less other attachments (.doc, spreadsheets …),
 * which the sweep names but cannot read. A page with no report link but attachments is a report
 * page whose report is its PDF: it gets the review view's offer instead (ReviewOffer), not a sweep.
 */
export function sweepCount(html: string, url: string): number {
  const links = listLinks(html, url).reports;
  if (!links.some((l) => !isAttachmentUrl(l.url))) return 0;
  return links.filter((l) => sweepReadsUrl(l.url)).length;
}

/** The page's address and its report links on its own host, or null where it cannot be read. */
async function pageLinks(tabId: number): Promise<{ url: string; count: number } | null> {
  try {
    const [hit] = await browser.scripting.executeScript({
      target: { tabId },
      // Only a *.gov.cn page's HTML leaves the page (activeTab lets the popup run here on any site).
      func: () =>
        /(?:^|\.)gov\.cn$/i.test(location.hostname)
          ? { url: location.href, html: document.documentElement.outerHTML }
          : null,
    });
    const page = hit?.result as { url?: unknown; html?: unknown } | undefined;
    if (typeof page?.url !== 'string' || typeof page.html !== 'string' || !sweepable(page.url)) return null;
    return { url: page.url, count: sweepCount(page.html, page.url) };
  } catch {
    // Not a page we may read (a browser page, a site not granted): no offer.
    return null;
  }
}

/** The offer, shown only when the tab is a *.gov.cn page with at least one report link. */
export function SweepOffer({ tabId }: { tabId: number | null }) {
  const [links, setLinks] = useState<{ url: string; count: number } | null>(null);
  useEffect(() => {
    setLinks(null);
    if (tabId !== null) void pageLinks(tabId).then(setLinks);
  }, [tabId]);
  if (!links || links.count === 0) return null;
  const open = () => {
    const target = `${browser.runtime.getURL('/sweep.html')}?url=${encodeURIComponent(links.url)}`;
    void browser.tabs.create({ url: target });
  };
  return (
    <p class="sweep-offer">
      <button
        type="button"
        data-action="sweep"
        data-links={links.count}
        title={i18n.t('sweep.offerHint')}
        onClick={open}
      >
        {i18n.t('sweep.offer', [String(links.count)])}
      </button>
    </p>
  );
}
