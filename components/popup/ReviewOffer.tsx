/**
 * The popup's way into the review view: on a *.gov.cn tab showing a PDF (Chrome's viewer runs no
 * content script, so the popup tells by the address, else by the server's content type),
 * 在审核视图中打开; on a report page whose report is an attachment, 审核附件 for each PDF or .docx
 * it links (.doc, .wps, .ofd named as not readable yet). The background fetches the file (same
 * host only) and opens the review page; a refusal or failure is shown here.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { decodeSafe, fileNameOf } from '../../lib/file-name';
import type { PageResult } from '../../lib/model';
import {
  type AttachmentKind,
  attachmentKind,
  documentExtension,
  extensionOf,
  unreadableMessage,
} from '../../utils/attachment';
import { sendMessage } from '../../utils/messages';
import { errorText } from '../lang';
import { i18n } from './i18n';

/** A link of the page that may be the report. */
export interface AttachmentLink {
  href: string;
  text: string;
  kind: AttachmentKind;
}

const isGov = (host: string) => host === 'gov.cn' || host.endsWith('.gov.cn');

/** A *.gov.cn http(s) address, or null. */
function govUrl(url: string | null): URL | null {
  try {
    const u = new URL(url ?? '');
    return (u.protocol === 'http:' || u.protocol === 'https:') && isGov(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/**
 * Whether the tab shows a PDF: its address ends in .pdf, else the document's type (Chrome's viewer
 * is a document of type application/pdf), else, where no script may run, the server's word (HEAD).
 */
async function showsPdf(url: string, tabId: number | null): Promise<boolean> {
  if (extensionOf(url) === 'pdf') return true;
  if (tabId !== null) {
    try {
      const [hit] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => document.contentType,
      });
      if (typeof hit?.result === 'string') return hit.result === 'application/pdf';
    } catch {
      // No script here: ask the server.
    }
  }
  try {
    const res = await fetch(url, { method: 'HEAD', credentials: 'include' });
    return /^application\/pdf/i.test(res.headers.get('content-type') ?? '');
  } catch {
    return false;
  }
}

/** The links in the tab's frames that name a document (href and text, as the browser resolved them). */
async function pageLinks(tabId: number): Promise<{ href: string; text: string }[]> {
  const hits = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () =>
      Array.from(document.querySelectorAll('a[href]'), (a) => ({
        href: (a as HTMLAnchorElement).href,
        text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      }))
        .filter(
          (l) =>
            /\.(?:pdf|docx?|wps|ofd)(?:$|[?#])/i.test(l.href) || /\.(?:pdf|docx?|wps|ofd)$/i.test(l.text),
        )
        .slice(0, 50),
  });
  return hits.flatMap((h) => (Array.isArray(h.result) ? (h.result as { href: string; text: string }[]) : []));
}

/** A report's own document among a page's links: its name or text says report (报告, 年报). */
const REPORTISH = /报告|年报/;

/** What the audit made of the page: a report or not, and whether its tables were read. */
export type PageKind = { detected: boolean; tables: boolean } | null;

/** The page's kind from its audit (null: no audit to go by). */
export function pageKindOf(result: PageResult | null): PageKind {
  if (!result) return null;
  return result.detected
    ? { detected: true, tables: Object.keys(result.report.cells).length > 0 }
    : { detected: false, tables: false };
}

/**
 * The attachments to offer: on a page whose report was read with its tables, none (its PDF copy adds
 * nothing); otherwise the PDF / Word links, those that name a report first, each address once.
 */
export function offeredAttachments(
  links: { href: string; text: string }[],
  page: PageKind,
): AttachmentLink[] {
  if (page?.detected && page.tables) return [];
  const seen = new Set<string>();
  const out: AttachmentLink[] = [];
  for (const l of links) {
    const kind = attachmentKind(l.href, l.text);
    if (!kind || seen.has(l.href)) continue;
    seen.add(l.href);
    out.push({ ...l, kind });
  }
  const named = out.filter((l) => REPORTISH.test(l.text) || REPORTISH.test(decodeSafe(l.href)));
  // A page read as a report (its tables missing) offers all its documents; any other page only those named as a report.
  return (page?.detected ? [...named, ...out.filter((l) => !named.includes(l))] : named).slice(0, 8);
}

/** Props: the inspected tab, its address, whether a content script answered, and its audit. */
export interface ReviewOfferProps {
  tabId: number | null;
  url: string | null;
  reachable: boolean;
  /** The page's audit (the popup's)… */
  result?: PageResult | null;
  /** …or what is known of it (the page's panel, which has findings and addresses, not cells). */
  page?: PageKind;
  /** Told whether the tab shows a PDF (the popup then says nothing of "not a report"). */
  onPdf?(pdf: boolean): void;
}

/** Our own static CSS: the popup's look, and in the page's narrow panel a compact one. */
const CSS = `
.review-offer ul{margin:4px 0;padding-left:18px}.review-offer li{margin:2px 0}
[data-gra="panel"] .review-offer{padding:6px 8px 0;font-size:12px}
[data-gra="panel"] .review-offer h2{font-size:12px;margin:0 0 4px}`;

/** The button(s) and the message of a refusal. */
export function ReviewOffer({ tabId, url, reachable, result = null, page, onPdf }: ReviewOfferProps) {
  const kind = page === undefined ? pageKindOf(result) : page;
  const [pdf, setPdf] = useState(false);
  const [links, setLinks] = useState<AttachmentLink[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const gov = govUrl(url);
  useEffect(() => {
    if (!gov || !url) return;
    void showsPdf(url, tabId).then((is) => {
      setPdf(is);
      onPdf?.(is);
    });
  }, [url, tabId]);
  useEffect(() => {
    if (!gov || tabId === null || !reachable) return;
    void pageLinks(tabId)
      .then((found) => setLinks(offeredAttachments(found, kind)))
      .catch(() => setLinks([]));
  }, [tabId, url, reachable, kind?.detected, kind?.tables]);
  if (!gov || tabId === null || (!pdf && links.length === 0)) return null;
  const open = async (href: string) => {
    setBusy(href);
    setMessage(null);
    try {
      const reply = await sendMessage('openReview', { tabId, url: href });
      if (!reply.ok) setMessage(reply.message);
    } catch (e) {
      setMessage(errorText(e));
    }
    setBusy(null);
  };
  return (
    <section class="review-offer" data-gra="review-offer">
      <style>{CSS}</style>
      {pdf && url && (
        <>
          <p class="hint">{i18n.t('review.openPdfHint')}</p>
          <p class="actions">
            <button
              type="button"
              class="primary"
              data-action="open-review"
              disabled={busy !== null}
              onClick={() => void open(url)}
            >
              {busy === url ? i18n.t('review.opening') : i18n.t('review.openPdf')}
            </button>
          </p>
        </>
      )}
      {links.length > 0 && (
        <>
          <h2>{i18n.t('review.attachments')}</h2>
          <ul class="attachments">
            {links.map((l) => (
              <li key={l.href} data-attachment={l.kind}>
                <span class="name" title={l.href}>
                  {l.text || fileNameOf(l.href)}
                </span>{' '}
                {l.kind === 'unreadable' ? (
                  <span class="hint" data-gra="not-readable" title={unreadableMessage(l.href, l.text)}>
                    （{i18n.t('review.notReadable')} .{documentExtension(l.href, l.text)}）
                  </span>
                ) : (
                  <button
                    type="button"
                    data-action="audit-attachment"
                    data-href={l.href}
                    disabled={busy !== null}
                    onClick={() => void open(l.href)}
                  >
                    {busy === l.href ? i18n.t('review.opening') : i18n.t('review.auditAttachment')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {message && (
        <p class="error" role="alert" data-gra="review-error">
          {message}
        </p>
      )}
    </section>
  );
}
