/**
 * The audit desk: every saved report in a list; one report offline; two years side by side; the
 * agency links; dataset exports; files to audit; backup. Everything reads the extension's IndexedDB.
 */
import { useMemo, useState } from 'preact/hooks';
import { AgencyLinks } from '../../components/desk/AgencyLinks';
import { Backup } from '../../components/desk/Backup';
import { LazyCharts } from '../../components/desk/charts/LazyCharts';
import { Exports } from '../../components/desk/Exports';
import { FileDrop } from '../../components/desk/FileDrop';
import { ReportList } from '../../components/desk/ReportList';
import { ReportView } from '../../components/desk/ReportView';
import { rowOf, tally } from '../../components/desk/results';
import { SideBySide } from '../../components/desk/SideBySide';
import { useCross } from '../../components/desk/useCross';
import { useDesk } from '../../components/desk/useDesk';
import { say } from '../../components/lang';
import { i18n } from '../../components/popup/i18n';
import type { SavedReport } from '../../lib/desk/model';

const NO_CROSS = tally([]);

type View =
  | { kind: 'list' }
  | { kind: 'report'; id: string }
  | { kind: 'compare'; a: SavedReport; b: SavedReport }
  | { kind: 'charts' };

/** The whole desk page. */
export function App() {
  const { desk, list, links, invalid, error, reload } = useDesk();
  const [view, setView] = useState<View>({ kind: 'list' });
  const cross = useCross(desk, list, links);
  const rows = useMemo(
    () => list?.map((s) => rowOf(s, cross ? (cross.get(s.id) ?? NO_CROSS) : null)),
    [list, cross],
  );
  let body = <p class="loading">{i18n.t('desk.loading')}</p>;
  if (error) {
    body = (
      <p class="error" role="alert">
        {i18n.t('app.error')} {error}
      </p>
    );
  } else if (desk && list && links) {
    if (view.kind === 'report') {
      body = (
        <ReportView
          desk={desk}
          id={view.id}
          list={list}
          links={links}
          onBack={() => setView({ kind: 'list' })}
          onRemoved={() => {
            setView({ kind: 'list' });
            void reload();
          }}
          onCompare={(a, b) => setView({ kind: 'compare', a, b })}
        />
      );
    } else if (view.kind === 'charts') {
      body = <LazyCharts desk={desk} links={links} onBack={() => setView({ kind: 'list' })} />;
    } else if (view.kind === 'compare') {
      const back = view.b.id;
      body = <SideBySide a={view.a} b={view.b} onClose={() => setView({ kind: 'report', id: back })} />;
    } else {
      body = (
        <>
          {invalid > 0 && (
            <p class="note" role="alert">
              {say('deskInvalid', { n: invalid })}
            </p>
          )}
          {list.length === 0 ? (
            <p class="none desk-empty">{i18n.t('desk.emptyFiles')}</p>
          ) : (
            <ReportList
              list={rows ?? []}
              ready={cross !== null}
              onOpen={(id) => setView({ kind: 'report', id })}
            />
          )}
          <div class="desk-tools">
            <FileDrop desk={desk} onSaved={() => void reload()} />
            <Exports desk={desk} links={links} />
            <Backup desk={desk} count={list.length} onChanged={() => void reload()} />
            <AgencyLinks
              list={list}
              links={links}
              onChange={(next) => {
                void desk.setLinks(next).then(reload);
              }}
            />
          </div>
        </>
      );
    }
  }
  return (
    <main lang={i18n.t('app.lang')} class="desk-main">
      <header class="bar">
        <strong>
          {i18n.t('app.name')} · {i18n.t('desk.title')}
        </strong>
        {desk && list && list.length > 0 && view.kind !== 'charts' && (
          <button type="button" data-action="charts" onClick={() => setView({ kind: 'charts' })}>
            {i18n.t('charts.open')}
          </button>
        )}
      </header>
      {body}
    </main>
  );
}
