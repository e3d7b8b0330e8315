/**
 * The page's panel, in an extension-origin iframe the content script docks at the page's right
 * edge: findings, checks, the flag editor and this page's flags. Notes are typed and shown only
 * here (and in the popup); the frame saves them to extension storage itself, so they never pass
 * through the page or the content script.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FlagEditor } from '../../components/FlagEditor';
import { Panel, PanelFailed, PanelTab } from '../../components/panel/Panel';
import { FlagList } from '../../components/popup/FlagList';
import { usePageFlags } from '../../components/popup/hooks';
import { i18n } from '../../components/popup/i18n';
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
  if (!state) return null;
  if (!state.expanded)
    return (
      <PanelTab
        findings={state.findings}
        error={state.error}
        onExpand={() => send({ kind: 'expand', on: true })}
      />
    );
  // The audit threw: its error, never counts or "no problems" for a page nothing was checked on.
  if (state.error !== undefined)
    return <PanelFailed error={state.error} onCollapse={() => send({ kind: 'expand', on: false })} />;
  const edit = state.editing;
  return (
    <Panel
      findings={state.findings}
      checks={state.checks}
      marksOn={state.marksOn}
      flagCount={flags.length}
      notOnPage={notOnPage}
      editor={
        edit && (
          <FlagEditor
            key={edit.id}
            address={edit.address}
            quote={edit.quote}
            {...(edit.at === undefined ? {} : { at: edit.at })}
            pageUrl={state.url}
            template={state.template}
            onClose={() => send({ kind: 'closeEditor' })}
          />
        )
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
      onCollapse={() => send({ kind: 'expand', on: false })}
      onSave={() =>
        new Promise<boolean>((resolve) => {
          saves.current.push(resolve);
          send({ kind: 'save' });
        })
      }
    />
  );
}
