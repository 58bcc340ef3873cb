/** The filtered counties ranked by the chosen metric; a click opens a county's detail. */
import { useMemo, type ReactElement } from 'react';
import { buildRankingOption, rankingChartHeight } from '../../charts/counties/build-ranking-option';
import { rankedSelection, type CountyValue } from '../../charts/counties/county-model';
import { EChart } from '../../charts/echart';
import { formatFixed } from '../../charts/format-indicator';
import { ChartCard } from '../../components/chart-card';
import type { TableSpec } from '../../components/data-table';
import { regionColumn } from '../../components/table-columns';
import { useChartSettings } from '../../components/use-chart-settings';
import { unitLabel, zoneLabel } from '../../data/glossary';
import type { Lang } from '../../data/lang';
import { resolveRegion } from '../../data/regions';
import { provenanceOf } from '../../queries/data-version';
import { countiesText } from './counties-text';
import { metricLabel, type CountyCardProps, type CountyData } from './use-county-models';

export function rankingTable(
  data: CountyData,
  items: readonly CountyValue[],
  lang: Lang,
): TableSpec<CountyValue> {
  const { model } = data;
  const text = countiesText(lang);
  const label = metricLabel(data, lang);
  return {
    caption: text.rankingCaption(label, items.length),
    rowKey: (c) => c.region,
    rows: items,
    columns: [
      { id: 'rank', header: text.rank, value: (c) => c.rank, numeric: true },
      { ...regionColumn(lang, 'region', text.county, (c) => c.region), rowHeader: true },
      regionColumn(lang, 'city', text.city, (c) => c.city),
      {
        id: 'zones',
        header: text.zoneTypes,
        value: (c) => c.zones.join('、'),
        display: (c) => c.zones.map((z) => zoneLabel(lang, z)).join(' + '),
      },
      {
        id: 'value',
        header: text.valueIn(label, unitLabel(lang, model.unit)),
        value: (c) => c.value,
        display: (c) => (c.value === null ? '—' : formatFixed(c.value, model.decimals)),
        numeric: true,
      },
    ],
  };
}

export function RankingCard({ data, state, update }: CountyCardProps): ReactElement {
  const settings = useChartSettings();
  const lang = settings.lang;
  const items = useMemo(() => rankedSelection(data.model, data.shown), [data.model, data.shown]);
  const option = useMemo(
    () =>
      buildRankingOption(
        { model: data.model, items, colorBy: state.colorBy, selected: state.detail },
        settings,
      ),
    [data.model, items, state.colorBy, state.detail, settings],
  );
  const table = useMemo(() => rankingTable(data, items, lang), [data, items, lang]);
  const text = countiesText(lang);
  const title = text.rankingTitle(metricLabel(data, lang));
  const height = rankingChartHeight(items.length, settings);
  const onClick = (name: string): void => {
    const county = resolveRegion(name);
    if (county?.level === 'county') update({ detail: county.name });
  };
  return (
    <ChartCard
      id="county-ranking"
      title={title}
      table={table}
      {...provenanceOf(data.datasets, lang)}
      note={text.rankingNote}
      chart={
        <div className="chart-box" style={{ height }}>
          <EChart
            option={option}
            label={title}
            height={height}
            testId="county-ranking-chart"
            onItemClick={(item) => {
              onClick(item.name);
            }}
          />
        </div>
      }
    />
  );
}
