/** The popup's live state: the inspected tab's audit, and the page's flags as any context changes them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Flag } from '../../lib/model';
import { loadFlags, watchFlags } from '../../utils/flags';
import { type AuditState, fetchAudit, targetTab } from './audit';

/** Reads the tab once, and again whenever the tab finishes loading (a reload, a new page). */
export function useAudit(): [AuditState, (s: AuditState) => void] {
  const [state, setState] = useState<AuditState>({ kind: 'loading' });
  useEffect(() => {
    let tabId: number | null = null;
    const read = () =>
      targetTab(location.search)
        .then((tab) => {
          tabId = tab.id;
          return fetchAudit(tab);
        })
        .then(setState, (e: unknown) => setState({ kind: 'error', message: String(e) }));
    void read();
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') void read();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, []);
  return [state, setState];
}

/** The flags of the page, live: another context (the page's panel) may add one at any time. */
export function usePageFlags(pageUrl: string | null): Flag[] {
  const [flags, setFlags] = useState<Flag[]>([]);
  useEffect(() => {
    if (!pageUrl) return;
    void loadFlags(pageUrl).then(setFlags);
    return watchFlags(pageUrl, setFlags);
  }, [pageUrl]);
  return flags;
}
