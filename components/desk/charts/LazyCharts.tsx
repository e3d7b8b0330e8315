/**
 * The charts view as the desk page imports it: a few lines that load the real view and the chart
 * library with import() the first time the view opens, so the desk's list loads none of it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgencyLinks } from '../../../lib/desk/agency';
import type { Desk } from '../../../utils/desk-db';
import { errorText } from '../../lang';
import { i18n } from '../../popup/i18n';

interface Props {
  desk: Desk;
  links: AgencyLinks;
  onBack(): void;
}

/** Shows 正在绘制图表… until the charts' code is loaded, then the charts. */
export function LazyCharts(props: Props) {
  const [View, setView] = useState<ComponentType<Props> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    import('./Charts').then((m) => setView(() => m.Charts)).catch((e: unknown) => setError(errorText(e)));
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {i18n.t('charts.failed')} {error}
      </p>
    );
  return View ? <View {...props} /> : <p class="loading">{i18n.t('charts.loading')}</p>;
}
