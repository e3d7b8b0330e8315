/**
 * The page's panel, in an extension-origin iframe the content script docks at the page's right
 * edge: findings, checks, the flag editor and this page's flags. Notes are typed and shown only
 * here (and in the popup); the frame saves them to extension storage itself, so they never pass
 * through the page or the content script.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FlagEditor } from '../../components/FlagEditor';
import { Panel, PanelFailed } from '../../components/panel/Panel';
import { FlagList } from '../../components/popup/FlagList';
import { usePageFlags } from '../../components/popup/hooks';
import { i18n } from '../../components/popup/i18n';
import { ReviewOffer } from '../../components/popup/ReviewOffer';
import type { Flag } from '../../lib/model';
import type { PanelState } from '../../utils/panel-link';
import { useLink } from './link';

/**
 * Each flag's orphan state, as the popup decides it: an address flag is an orphan when the report
 * no longer has that cell or fact, a quote-only flag when the content script no longer finds its quote.
 */
function withOrphans(flags: Flag[], state: PanelState): Flag[] {
  const anchors = new Set(state.anchors);
  return flags.map((f) => ({
    ...f,
    orphan: f.address === null ? state.lostQuotes.includes(f.id) : !anchors.has(f.address),
  }));
}

/** The whole frame. */
export function App() {
  const { state, reply, send } = useLink();
  const [notOnPage, setNotOnPage] = useState(false);
  const saves = useRef<((ok: boolean) => void)[]>([]);
  const flags = usePageFlags(state?.url ?? null);
  useEffect(() => {
    if (reply?.kind === 'focused') setNotOnPage(!reply.shown);
    if (reply?.kind === 'saved') {
      for (const done of saves.current) done(reply.ok);
      saves.current = [];
    }
  }, [reply]);
  useEffect(() => {
    document.documentElement.lang = i18n.t('app.lang');
  }, []);
  // The tab this panel sits in: 审核附件 reads the page's links there (a report that is an attachment).
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void browser.tabs
      .getCurrent()
      .then((tab) => setTabId(tab?.id ?? null))
      .catch(() => undefined);
  }, []);
  // Folded, the page shows the panel's tab itself (entrypoints/content/panel-host.ts) and this frame
  // is hidden: it draws nothing.
  if (!state?.expanded) return null;
  // Folding is the user's own choice, which the page script remembers for the next page.
  const fold = () => send({ kind: 'expand', on: false });
  // The audit threw: its error, never counts or "no problems" for a page nothing was checked on.
  if (state.error !== undefined) return <PanelFailed error={state.error} onCollapse={fold} />;
  const edit = state.editing;
  return (
    <Panel
      findings={state.findings}
      checks={state.checks}
      marksOn={state.marksOn}
      flagCount={flags.length}
      notOnPage={notOnPage}
      editor={
        <>
          {/* The report's tables were not read: its PDF or Word attachment can be (审核附件). */}
          <ReviewOffer
            tabId={tabId}
            url={state.url}
            reachable={true}
            page={{ detected: true, tables: state.anchors.some((a) => /^t[234]\./.test(a)) }}
          />
          {edit && (
            <FlagEditor
              key={edit.id}
              address={edit.address}
              quote={edit.quote}
              {...(edit.at === undefined ? {} : { at: edit.at })}
              pageUrl={state.url}
              template={state.template}
              onClose={() => send({ kind: 'closeEditor' })}
            />
          )}
        </>
      }
      flags={
        <FlagList
          flags={withOrphans(flags, state)}
          pageUrl={state.url}
          template={state.template}
          onLocate={(address) => send({ kind: 'locate', address })}
        />
      }
      onToggleMarks={() => send({ kind: 'marks', on: !state.marksOn })}
      onFocus={(index) => send({ kind: 'focus', index })}
      onCollapse={fold}
      onSave={() =>
        new Promise<boolean>((resolve) => {
          saves.current.push(resolve);
          send({ kind: 'save' });
        })
      }
    />
  );
}
