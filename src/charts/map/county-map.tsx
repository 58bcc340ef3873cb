/**
 * The county map as a view uses it, loaded lazily:
 *   const CountyMap = lazy(() => import('../../charts/map/county-map'));
 * Everything map-specific (ECharts' map series, visualMap, the shapes) comes with this chunk.
 * The farm group has no polygon, so it is a labelled card beside the map rather than dropped.
 */
import { useCallback, useMemo, type CSSProperties, type ReactElement } from 'react';
import { regionLabel, unitLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import { FARM_GROUP } from '../../data/regions';
import { EChart, type ChartItemClick } from '../echart';
import { formatValue } from '../format';
import type { ChartSettings } from '../theme';
import { buildMapOption } from './build-map-option';
import { zoneGroups } from './build-zone-map-option';
import { countyIndex } from './map-join';
import type { MapModel } from './map-model';
import { registerCountyMap } from './register-map';

const SHAPES = registerCountyMap();
const COUNTY_OF_SHAPE = countyIndex(SHAPES);

export interface CountyMapProps {
  readonly model: MapModel;
  readonly settings: ChartSettings;
  /** Canonical name of the selected key county, outlined on the map. */
  readonly selectedCounty: string | null;
  /** Called with the canonical county name; never for counties outside the 39. */
  readonly onSelectCounty: (county: string) => void;
  readonly testId?: string;
  /** Accessible name of the figure. */
  readonly label?: string;
  /** Height of the map (the card sits beside it). */
  readonly height?: CSSProperties['height'];
}

function FarmGroupCard({
  model,
  settings,
}: {
  readonly model: MapModel;
  readonly settings: ChartSettings;
}): ReactElement {
  const { lang } = settings;
  const name = regionLabel(lang, FARM_GROUP.name);
  const figure =
    model.mode === 'metric' ? (
      <p className="farm-value">
        {model.farmGroup === null ? '—' : formatValue(model.farmGroup, model.decimals)}{' '}
        <span>{unitLabel(lang, model.unit)}</span>
      </p>
    ) : (
      <p>
        <strong>{zoneGroups([model.farmGroupZones], settings)[0]?.label ?? '—'}</strong>
      </p>
    );
  return (
    <aside
      className="farm-card farm-card--map"
      aria-label={name}
      data-testid="county-map-farm-group"
      style={{ flex: '0 0 14em' }}
    >
      <h3>{name}</h3>
      {figure}
      <p className="muted">
        {pick(
          lang,
          '农垦集团的农场分布在全省各地，地图上没有单独的区域。',
          'Its farms lie all over the province: it has no area of its own on the map.',
        )}
      </p>
    </aside>
  );
}

export default function CountyMap(props: CountyMapProps): ReactElement {
  const {
    model,
    settings,
    selectedCounty,
    onSelectCounty,
    testId = 'county-map',
    label,
    height = 600,
  } = props;
  const option = useMemo(
    () => buildMapOption(model, SHAPES, settings, selectedCounty),
    [model, settings, selectedCounty],
  );
  const onItemClick = useCallback(
    (item: ChartItemClick) => {
      const county = COUNTY_OF_SHAPE.get(item.name);
      if (county !== undefined) onSelectCounty(county);
    },
    [onSelectCounty],
  );
  return (
    <div className="county-map" style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div className="county-map-chart" style={{ flex: '1 1 auto', minWidth: 0, height }}>
        <EChart
          option={option}
          label={label ?? pick(settings.lang, '重点县地图', 'Map of the key counties')}
          testId={testId}
          onItemClick={onItemClick}
        />
      </div>
      <FarmGroupCard model={model} settings={settings} />
    </div>
  );
}
