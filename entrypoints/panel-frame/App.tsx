/**
 * The page's panel, in an extension-origin iframe the content script docks at the page's right
 * edge: findings, checks, the flag editor and this page's flags. Notes are typed and shown only
 * here (and in the popup); the frame saves them to extension storage itself, so they never pass
 * through the page or the content script.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FlagEditor } from '../../components/FlagEditor';
import { Panel, PanelFailed, PanelTab } from '../../components/panel/Panel';
import { FlagList } from '../../components/popup/FlagList';
import { usePageFlags } from '../../components/popup/hooks';
import { i18n } from '../../components/popup/i18n';
import { ReviewOffer } from '../../components/popup/ReviewOffer';
import type { Flag } from '../../lib/model';
import type { PanelAction, PanelState } from '../../utils/panel-link';
import { DEFAULT_PREFS, loadPanelPrefs, type PanelPrefs, savePanelPrefs } from '../../utils/panel-prefs';
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

/**
 * Once per load of the frame, opens or folds the panel as the user last left it (on this page or
 * another); never chosen, it stays as the page put it (open only where it fits beside the report).
 * A panel holding the flag editor is never folded. True once the panel is as it will stay, and from
 * then on: until then the frame draws nothing, so a remembered-open panel does not flash as a tab
 * first (a slow store gives up waiting after half a second).
 */
function useRememberedOpen(state: PanelState | null, send: (a: PanelAction) => void): boolean {
  const [prefs, setPrefs] = useState<PanelPrefs | null>(null);
  /** undefined: not applied yet; null: nothing to change; else the state asked of the page. */
  const [wanted, setWanted] = useState<boolean | null | undefined>(undefined);
  const [late, setLate] = useState(false);
  useEffect(() => {
    void loadPanelPrefs().then(setPrefs, () => setPrefs(DEFAULT_PREFS));
    const timer = setTimeout(() => setLate(true), 500);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (wanted !== undefined || !state || !prefs) return;
    let want: boolean | null = null;
    if (prefs.open === 'open' && !state.expanded) want = true;
    if (prefs.open === 'closed' && state.expanded && !state.editing) want = false;
    setWanted(want);
    if (want !== null) send({ kind: 'expand', on: want });
  }, [state, prefs, send, wanted]);
  // Once settled, always: a panel that later opens (the flag editor) or folds must not vanish and
  // come back, which would re-create the editor and drop what was typed in it.
  const settled = useRef(false);
  if (late || (wanted !== undefined && (wanted === null || state?.expanded === wanted)))
    settled.current = true;
  return settled.current;
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
  const settled = useRememberedOpen(state, send);
  // The tab this panel sits in: 审核附件 reads the page's links there (a report that is an attachment).
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void browser.tabs
      .getCurrent()
      .then((tab) => setTabId(tab?.id ?? null))
      .catch(() => undefined);
  }, []);
  if (!state || !settled) return null;
  // The user's own open / fold, remembered for the next page (utils/panel-prefs.ts).
  const expand = (on: boolean) => {
    send({ kind: 'expand', on });
    void savePanelPrefs({ open: on ? 'open' : 'closed' }).catch(() => undefined);
  };
  if (!state.expanded)
    return <PanelTab findings={state.findings} error={state.error} onExpand={() => expand(true)} />;
  // The audit threw: its error, never counts or "no problems" for a page nothing was checked on.
  if (state.error !== undefined) return <PanelFailed error={state.error} onCollapse={() => expand(false)} />;
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
      onCollapse={() => expand(false)}
      onSave={() =>
        new Promise<boolean>((resolve) => {
          saves.current.push(resolve);
          send({ kind: 'save' });
        })
      }
    />
  );
}
