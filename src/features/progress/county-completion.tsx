/**
 * Region-keyed tasks per county: completion as % of each county's allocation, ranked, and on the
 * county map (the map chunk loads only here). One card per task that has county actuals.
 */
import { lazy, Suspense, useMemo, type ReactElement } from 'react';
import {
  buildCompletionOption,
  completionChartHeight,
  completionItems,
} from '../../charts/build-completion-option';
import { EChart } from '../../charts/echart';
import { toMetricMapModel } from '../../charts/map/map-model';
import { ChartCard } from '../../components/chart-card';
import { LoadingPanel } from '../../components/query-state';
import { useChartSettings } from '../../components/use-chart-settings';
import type { Assessment } from '../../data/assess/types';
import { indicatorLabel } from '../../data/glossary';
import { pick } from '../../data/lang';
import type { NormalizedRecord, Provenance } from '../../data/schema';
import { verdictTable } from './verdict-table';

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
  const title = pick(
    lang,
    `${name}：各县完成率（${first?.period.replace('-', '—') ?? ''}）`,
    `${name}: completion by county (${first?.period ?? ''})`,
  );
  const note = pick(
    lang,
    `${items.length} 个县（市、区）报送，${met} 个完成任务（✔），${items.length - met} 个未完成；完成率 = 实际 ÷ 分解任务。`,
    `${items.length} counties reported, ${met} met their allocation (✔), ${items.length - met} did not; completion = actual ÷ allocated task.`,
  );
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
        title={pick(lang, `${name}：完成率地图`, `${name}: completion map`)}
        table={table}
        sources={sources}
        version={version}
        note={pick(
          lang,
          '颜色越深完成率越高；灰色为未报送或不在分解任务中的县。',
          'Darker: higher completion; grey: not reported or no allocation.',
        )}
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
