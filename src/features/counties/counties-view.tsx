/**
 * Per-county comparison of the black-soil tables: filters, then one of ranking / city subtotals /
 * small multiples / map, the farm group apart, and a county's detail when one is chosen.
 */
import { lazy, Suspense, type ReactElement } from 'react';
import { ErrorPanel, LoadingPanel } from '../../components/query-state';
import { useI18n } from '../../i18n/use-i18n';
import { COUNTY_PANELS, type CountyPanel } from '../../view-state/view-state';
import { useViewState } from '../../view-state/use-view-state';
import { CityShareCard, MultiplesCard } from './city-cards';
import { CountyDetailCard, FarmGroupCard } from './county-detail-card';
import { FilterSheet } from '../../components/filter-sheet';
import { FilterBar } from './filter-bar';
import { RankingCard } from './ranking-card';
import { useCountyData, type CountyData } from './use-county-models';
import { useRegionTables } from './region-tables';
import { regionText } from '../../i18n/region-text';
import { countiesText } from './counties-text';

const MapCard = lazy(() => import('./map-card'));

function PanelTabs({
  panel,
  onSelect,
}: {
  readonly panel: CountyPanel;
  readonly onSelect: (p: CountyPanel) => void;
}): ReactElement {
  const { lang } = useI18n();
  const text = countiesText(lang);
  return (
    <div className="panel-tabs" role="group" aria-label={text.comparison}>
      {COUNTY_PANELS.map((p) => (
        <button
          key={p}
          type="button"
          aria-pressed={p === panel}
          onClick={() => {
            onSelect(p);
          }}
        >
          {text.panels[p]}
        </button>
      ))}
    </div>
  );
}

function ActivePanel({ data }: { readonly data: CountyData }): ReactElement {
  const { state, update } = useViewState();
  const { t } = useI18n();
  if (data.shown.length === 0) {
    return (
      <div className="panel-state" role="status">
        {countiesText(state.lang).noneMatch}
      </div>
    );
  }
  switch (state.panel) {
    case 'cities':
      return <CityShareCard data={data} includeFarmGroup={state.farm} />;
    case 'multiples':
      return <MultiplesCard data={data} />;
    case 'map':
      return (
        <Suspense fallback={<LoadingPanel label={t.views.counties} />}>
          <MapCard data={data} state={state} update={update} />
        </Suspense>
      );
    case 'ranking':
      return <RankingCard data={data} state={state} update={update} />;
  }
}

export function CountiesView(): ReactElement {
  const { state, update } = useViewState();
  const { t } = useI18n();
  const regionTables = useRegionTables();
  const entry = regionTables.tables.find((e) => e.table.dataset === state.table);
  const result = useCountyData(state.metric, state, entry?.table.dataset ?? null, state.lang);
  if (state.table !== null && !entry) {
    // A link to a plan imported in this browser: the catalog with it is read first.
    if (!regionTables.ready) return <LoadingPanel label={t.views.counties} />;
    return <ErrorPanel error={new Error(regionText(state.lang).tableNotFound)} />;
  }
  if (result.status === 'pending') return <LoadingPanel label={t.views.counties} />;
  if (result.status === 'error') return <ErrorPanel error={result.error} />;
  const data = result.data;
  // The map carries its own farm-group card beside the shapes, and the city subtotals draw the
  // farm group as a bar with its value and share: a card beside them said (and printed) it twice.
  const farmAside = state.farm && state.panel !== 'map' && state.panel !== 'cities';
  return (
    <div className="view view-counties">
      <FilterSheet active={state.counties.length + state.cities.length + state.zones.length}>
        <FilterBar state={state} update={update} metrics={data.metrics} tables={regionTables.tables} />
      </FilterSheet>
      <PanelTabs
        panel={state.panel}
        onSelect={(panel) => {
          update({ panel });
        }}
      />
      <div className={farmAside ? 'with-aside' : undefined}>
        <ActivePanel data={data} />
        {farmAside && <FarmGroupCard data={data} />}
      </div>
      {state.detail !== null && (
        <CountyDetailCard
          data={data}
          county={state.detail}
          onClose={() => {
            update({ detail: null });
          }}
        />
      )}
    </div>
  );
}
