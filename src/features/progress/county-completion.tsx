/**
 * Region-keyed tasks per county: completion as % of each county's allocation, ranked, and on the
 * county map (the map chunk loads only here). One card per task that has county actuals.
 */
import { lazy, Suspense, useMemo, type ReactElement } from 'react';
import {
  buildCompletionOption,
  completionChartHeight,
  completionItems,
} from '../../charts/progress/build-completion-option';
import { EChart } from '../../charts/echart';
import { toMetricMapModel } from '../../charts/map/map-model';
import { ChartCard } from '../../components/chart-card';
import { LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import type { Assessment } from '../../data/assess/types';
import { indicatorLabel } from '../../data/glossary';
import type { NormalizedRecord, Provenance } from '../../data/schema';
import { verdictTable } from './verdict-table';
import { progressText } from './progress-text';

const CountyMap = lazy(() => import('../../charts/map/county-map'));

/** Completion per county as records of a '%' metric: the county map's own model takes them. */
function completionRecords(
  items: ReturnType<typeof completionItems>,
  indicator: string,
  name: string,
): NormalizedRecord[] {
  return items.map((i) => ({
    region: i.region,
    regionLevel: i.assessment.regionKeyed ? 'county' : 'province',
    indicator,
    indicatorName: name,
    period: i.assessment.period,
    kind: 'actual',
    value: Number(i.completion.toFixed(1)),
    unit: '%',
    line: 0,
  }));
}

export function CountyCompletion({
  assessments,
  sources,
  version,
}: {
  readonly assessments: readonly Assessment[];
  readonly sources: readonly Provenance[];
  readonly version: string;
}): ReactElement {
  const settings = useChartSettings();
  const { lang } = settings;
  const first = assessments[0];
  const items = useMemo(
    () => completionItems(assessments).filter((i) => i.assessment.regionKeyed),
    [assessments],
  );
  const name = first ? indicatorLabel(lang, first.indicator, first.name) : '';
  const mapModel = useMemo(
    () =>
      toMetricMapModel(
        completionRecords(items, `completion.${first?.indicator ?? ''}`, name),
        `completion.${first?.indicator ?? ''}`,
      ),
    [items, first, name],
  );
  const met = items.filter((i) => i.assessment.status === 'met').length;
  const t = progressText(lang);
  const title = t.countyTitle(name, first?.period ?? '');
  const note = t.countyNote(items.length, met);
  const table = verdictTable(
    items.map((i) => i.assessment),
    lang,
    title,
  );
  return (
    <>
      <ChartCard
        id={`completion-${(first?.indicator ?? '').replace(/[^a-z0-9-]/gi, '-')}`}
        title={title}
        note={note}
        table={table}
        sources={sources}
        version={version}
        chart={
          <div className="chart-box" style={{ height: completionChartHeight(items.length, settings) }}>
            <EChart option={buildCompletionOption(items, settings)} label={title} testId="completion-chart" />
          </div>
        }
      />
      <ChartCard
        id={`completion-map-${(first?.indicator ?? '').replace(/[^a-z0-9-]/gi, '-')}`}
        title={t.mapTitle(name)}
        table={table}
        sources={sources}
        version={version}
        note={t.mapNote}
        chart={
          <Suspense fallback={<LoadingPanel label={title} />}>
            <CountyMap
              model={mapModel}
              settings={settings}
              selectedCounty={null}
              label={title}
              height={640}
              onSelectCounty={() => undefined}
            />
          </Suspense>
        }
      />
    </>
  );
}
