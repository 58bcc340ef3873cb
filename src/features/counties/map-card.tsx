/**
 * The county map (loaded with this chunk only when the map panel opens): a choropleth of the
 * chosen metric, or the protection zone types when colouring by zone. A click opens the county's
 * detail, the same URL state as choosing it elsewhere.
 */
import { lazy, Suspense, useMemo, type ReactElement } from 'react';
import { rankedSelection } from '../../charts/counties/county-model';
import { zoneMapModelOf, type MapModel } from '../../charts/map/map-model';
import { ChartCard } from '../../components/chart-card';
import { LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import { provenanceOf } from '../../queries/data-version';
import { rankingTable } from './ranking-card';
import { countiesText } from './counties-text';
import { metricLabel, type CountyCardProps } from './use-county-models';

const CountyMap = lazy(() => import('../../charts/map/county-map'));

export default function MapCard({ data, state, update }: CountyCardProps): ReactElement {
  const settings = useChartSettings();
  const lang = settings.lang;
  const model = useMemo<MapModel>(
    () => (state.colorBy === 'zone' ? zoneMapModelOf(data.membership) : { ...data.model, mode: 'metric' }),
    [state.colorBy, data.membership, data.model],
  );
  const items = useMemo(() => rankedSelection(data.model, data.shown), [data.model, data.shown]);
  const text = countiesText(lang);
  const title = state.colorBy === 'zone' ? text.zoneMapTitle : text.mapTitle(metricLabel(data, lang));
  return (
    <ChartCard
      id="county-map-card"
      title={title}
      table={rankingTable(data, items, lang)}
      {...provenanceOf(data.datasets, lang)}
      note={text.mapNote}
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
