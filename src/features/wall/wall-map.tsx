/**
 * The map slide's chart, loaded lazily like the desktop map: the shapes and the map series come
 * with this chunk, registered once (registerCountyMap caches), the first time the wall needs them.
 */
import { useMemo, type ReactElement } from 'react';
import { EChart } from '../../charts/echart';
import { buildMapOption } from '../../charts/map/build-map-option';
import type { MetricMapModel } from '../../charts/map/map-model';
import { registerCountyMap } from '../../charts/map/register-map';
import type { ChartSettings } from '../../charts/theme';
import { forWall } from './slide-model';

const SHAPES = registerCountyMap();

export default function WallMap({
  model,
  settings,
  label,
  testId,
  onReady,
}: {
  readonly model: MetricMapModel;
  readonly settings: ChartSettings;
  readonly label: string;
  readonly testId: string;
  readonly onReady: () => void;
}): ReactElement {
  const option = useMemo(
    () => forWall(buildMapOption(model, SHAPES, settings, null, 'wall')),
    [model, settings],
  );
  return <EChart option={option} label={label} testId={testId} onReady={onReady} />;
}
